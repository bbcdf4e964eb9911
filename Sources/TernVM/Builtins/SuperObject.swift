// super(): the proxy object that looks attributes up in the MRO after a given
// class. It has a native __getattribute__ (the type's customGetattribute flag
// routes every attribute access through it).

extension VM {
    func installSuperMethods() {
        defineStaticMethod(TypeID.superType, "__new__") { vm, arguments throws(Raised) in try vm.makeSuper(arguments) }
        defineMethod(TypeID.superType, "__getattribute__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.superGetAttribute(arguments[0], vm.attributeName(arguments[1]))
        }
        // In CPython: an unbound super (`super(C)`) kept as a class attribute binds to the
        // instance it is read through; a bound one stays as it is.
        defineMethod(TypeID.superType, "__get__", arguments: 1...2) { vm, arguments throws(Raised) in
            let instance = arguments[1]
            let ref = ObjectRef(arguments[0])
            if instance.isNone || !ref[SuperLayout.object].isNone { return arguments[0] }
            return try vm.makeSuper(thisClass: ref[SuperLayout.thisClass], object: instance)
        }
        types[TypeID.superType].flags.insert(.customGetattribute)
    }

    private func makeSuper(_ arguments: Arguments) throws(Raised) -> Value {
        var thisClass = Value.null, object = Value.null
        if arguments.count >= 3 {
            thisClass = arguments[1]; object = arguments[2]
        } else if arguments.count == 2 {
            thisClass = arguments[1]; object = .none
        } else {
            // Zero-argument form: the caller's __class__ cell and first argument.
            let frame = frames[frameCount - 1]
            let code = frame.code.pointee
            let object_ = codeObject(frame.code)
            guard code.argCount > 0 || code.flags & 0x04 != 0 else { throw raise(exceptionTypes.runtimeError, "super(): no arguments") }
            object = frame.base[0]
            sealGrowingStr(object)
            let firstArgument = code.localCount > 0 ? swiftString(code.varNames[0]) : ""
            if let position = object_.cellVars.firstIndex(of: firstArgument) {
                object = ObjectRef(frame.base[code.localCount + position])[CellLayout.contents]
            }
            if let index = object_.freeVars.firstIndex(of: "__class__") {
                thisClass = ObjectRef(frame.base[code.localCount + code.cellCount + index])[CellLayout.contents]
            }
            if thisClass.isNull { throw raise(exceptionTypes.runtimeError, "super(): __class__ cell not found") }
        }
        return try makeSuper(thisClass: thisClass, object: object)
    }

    /// super(thisClass, object), or an unbound super when `object` is None.
    private func makeSuper(thisClass: Value, object: Value) throws(Raised) -> Value {
        guard isType(thisClass) else { throw raiseTypeError("super() argument 1 must be a type, not \(typeName(thisClass))") }
        if !object.isNone {
            let classID = TypeView(thisClass).ownTypeID
            let isSubclass = isType(object) && isSubtype(TypeView(object).ownTypeID, classID)
            if !isSubclass && !isInstance(object, typeID: classID) {
                throw raiseTypeError("super(type, obj): obj must be an instance or subtype of type")
            }
        }
        let ref = try allocate(kind: .superObject, typeID: TypeID.superType, words: SuperLayout.words)
        ref[SuperLayout.thisClass] = thisClass
        ref[SuperLayout.object] = object
        ref[SuperLayout.objectType] = isType(object) && isSubtype(TypeView(object).ownTypeID, TypeView(thisClass).ownTypeID) ? object : typeOf(object)
        return ref.value
    }

    private func superGetAttribute(_ superObject: Value, _ name: Value) throws(Raised) -> Value {
        let ref = ObjectRef(superObject)
        let thisClass = ref[SuperLayout.thisClass]
        let object = ref[SuperLayout.object]
        let objectType = ref[SuperLayout.objectType]
        if object.isNone {
            // In CPython: an unbound super has no MRO to search; its own attributes are read.
            let found = try getAttributeOrNullGeneric(superObject, name, TypeID.superType)
            if found.isNull { throw raise(exceptionTypes.attributeError, "'super' object has no attribute '\(swiftString(name))'") }
            return found
        }
        let mro = TypeView(objectType).mro
        var index = 0
        while index < mro.count && mro[index] != thisClass { index += 1 }
        index += 1
        let interned = internedName(name)
        while index < mro.count {
            let found = dictGetStr(TypeView(mro[index]).dict, interned)
            if !found.isNull {
                if object.isNone || object == objectType && isType(object) {
                    if found.isObject && ObjectRef(found).kind == .classMethod {
                        return try newBoundMethod(ObjectRef(found)[WrapperLayout.function], objectType)
                    }
                    if found.isObject && ObjectRef(found).kind == .staticMethod { return ObjectRef(found)[WrapperLayout.function] }
                    return found
                }
                return try bindDescriptor(found, object, objectType)
            }
            index += 1
        }
        if swiftString(name) == "__class__" { return typeOf(superObject) }
        throw raise(exceptionTypes.attributeError, "'super' object has no attribute '\(swiftString(name))'")
    }
}
