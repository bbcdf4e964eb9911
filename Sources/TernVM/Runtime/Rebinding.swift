// Rebinding what a running program normally keeps fixed: an object's class
// (`obj.__class__ = C`) and a function's code (`f.__code__ = g.__code__`).
// Caches stay correct without extra checks: instance caches are keyed on the
// type id, and calls read the code from the function each time. A JIT must
// guard on both (docs/design.md, decision 7).

extension VM {
    /// `obj.__class__ = new`, with CPython's checks (In CPython: object_set_class).
    func assignClass(_ object: Value, _ new: Value) throws(Raised) {
        guard isType(new) else {
            throw raiseTypeError("__class__ must be set to a class, not '\(typeName(new))' object")
        }
        let oldID = typeID(of: object), newID = TypeView(new).ownTypeID
        let bothHeapTypes = types[oldID].flags.contains(.heapType) && types[newID].flags.contains(.heapType)
        let bothModules = isSubtype(oldID, TypeID.module) && isSubtype(newID, TypeID.module)
        guard object.isObject, bothHeapTypes || bothModules else {
            throw raiseTypeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        // Modules of any module class are one kind of object: only declared slots can differ.
        guard bothModules ? declaredSlotNames(oldID) == declaredSlotNames(newID) : classLayoutsCompatible(oldID, newID) else {
            throw raiseTypeError("__class__ assignment: '\(typeName(id: newID))' object layout differs from '\(typeName(id: oldID))'")
        }
        let ref = ObjectRef(object)
        ref.header = (ref.header & 0xFFFF_FFFF) | UInt64(newID) << 32
        // The class is reached through the header: an old object now names a maybe young class.
        ref.rememberStores()
        if types[newID].flags.contains(.hasFinalizer) && !types[oldID].flags.contains(.hasFinalizer) {
            finalizable.append(object)
        }
    }

    /// Whether instances of `a` can become instances of `b`: the same memory layout,
    /// the same builtin base, and the same instance dict or declared slots.
    private func classLayoutsCompatible(_ a: Int, _ b: Int) -> Bool {
        guard types[a].layout == types[b].layout,
              ObjectRef(types[a].object)[TypeLayout.solidBase] == ObjectRef(types[b].object)[TypeLayout.solidBase],
              types[a].flags.contains(.withoutInstanceDict) == types[b].flags.contains(.withoutInstanceDict) else { return false }
        return !types[a].flags.contains(.withoutInstanceDict) || declaredSlotNames(a) == declaredSlotNames(b)
    }

    /// `function.__code__ = code` (In CPython: func_set_code, which checks the free variables).
    func assignCode(_ function: Value, _ code: Value) throws(Raised) {
        guard code.isObject, ObjectRef(code).kind == .code else {
            throw raiseTypeError("__code__ must be set to a code object")
        }
        let info = codeInfo(of: code)
        let closure = ObjectRef(function)[FunctionLayout.closure]
        let closureCount = closure.isNull ? 0 : TupleView(closure).count
        if info.pointee.freeCount != closureCount {
            let name = swiftString(ObjectRef(function)[FunctionLayout.name])
            throw raise(exceptionTypes.valueError, "\(name)() requires a code object with \(closureCount) free vars, not \(info.pointee.freeCount)")
        }
        let ref = ObjectRef(function)
        ref.setWord(FunctionLayout.code, Int(bitPattern: info))
        ref[FunctionLayout.codeObject] = code
    }
}

extension VM {
    /// `C.__bases__ = bases`, with CPython's checks (In CPython: type_set_bases):
    /// the class and every class derived from it get new MROs, versions and flags.
    func assignBases(_ type: Value, _ bases: Value) throws(Raised) {
        let id = TypeView(type).ownTypeID
        let name = swiftString(TypeView(type).name)
        guard types[id].flags.contains(.heapType) else {
            throw raiseTypeError("cannot set '__bases__' attribute of immutable type '\(name)'")
        }
        guard typeID(of: bases) == TypeID.tuple else {
            throw raiseTypeError("can only assign tuple to \(name).__bases__, not \(typeName(bases))")
        }
        let tuple = TupleView(bases)
        guard tuple.count > 0 else { throw raiseTypeError("can only assign non-empty tuple to \(name).__bases__, not ()") }
        for index in 0..<tuple.count {
            let base = tuple[index]
            guard isType(base) else { throw raiseTypeError("\(name).__bases__ must be tuple of classes, not '\(typeName(base))'") }
            if isSubtype(TypeView(base).ownTypeID, id) { throw raiseTypeError("a __bases__ item causes an inheritance cycle") }
        }
        let oldBases = ObjectRef(type)[TypeLayout.bases]
        let oldBase = TupleView(oldBases)[0]
        let newBase = tuple[0]
        let oldSolid = ObjectRef(type)[TypeLayout.solidBase]
        for index in 0..<tuple.count where ObjectRef(tuple[index])[TypeLayout.solidBase] != oldSolid {
            let builtin = !types[TypeView(tuple[index]).ownTypeID].flags.contains(.heapType)
            let what = builtin && types[TypeView(tuple[index]).ownTypeID].layout != types[id].layout ? "deallocator" : "object layout"
            throw raiseTypeError("__bases__ assignment: '\(swiftString(TypeView(newBase).name))' \(what) differs from '\(swiftString(TypeView(oldBase).name))'")
        }
        unlinkFromBases(id, type)
        ObjectRef(type)[TypeLayout.bases] = bases
        do throws(Raised) {
            for affected in [id] + descendants(of: id) {
                let object = types[affected].object
                let mro = try computeMRO(TypeView(object).name, ObjectRef(object)[TypeLayout.bases])
                ObjectRef(object)[TypeLayout.mro] = try newTuple([object] + mro)
            }
        } catch {
            ObjectRef(type)[TypeLayout.bases] = oldBases
            linkToBases(id, type)
            throw error
        }
        linkToBases(id, type)
        TypeLookupCache.invalidate()
        typeChanged(id)
        for affected in [id] + descendants(of: id) { updateTypeFlags(affected) }
    }
}
