// The `_weakref` module and the weak reference type (`ref`, alias ReferenceType) as
// CPython 3.11 has them: calling a ref returns its referent or None, its hash is the
// referent's (cached), two refs are equal when their live referents are, and ref can
// be subclassed (weakref.py's WeakMethod and KeyedRef). Proxies are in
// Builtins/WeakProxyMethods.swift, the objects in Objects/WeakReference.swift.

extension VM {
    /// Makes the three weak reference types (at bootstrap: their ids are fixed from then on).
    func installWeakReferenceTypes() {
        WeakReferenceTypeIDs.reference = makeWeakReferenceType("ReferenceType", flags: .withoutInstanceDict)
        WeakReferenceTypeIDs.proxy = makeWeakReferenceType("ProxyType", flags: [.customGetattribute, .customSetattr])
        WeakReferenceTypeIDs.callableProxy = makeWeakReferenceType("CallableProxyType", flags: [.customGetattribute, .customSetattr])
        installReferenceMethods()
        installWeakProxyMethods()
    }

    /// A builtin type named as CPython names it ("weakref.ReferenceType", __module__ "weakref").
    private func makeWeakReferenceType(_ name: String, flags: TypeFlags) -> Int {
        let id = makeBuiltinClass(name: "weakref." + name, base: TypeID.object, layout: .weakref, flags: flags)
        let type = ObjectRef(types[id].object)
        type[TypeLayout.qualifiedName] = intern(name)
        // Subclasses of ref are laid out as weak references.
        type[TypeLayout.solidBase] = type.value
        try! dictSet(TypeView(type.value).dict, names.module, intern("weakref"))
        return id
    }

    /// The referent and callback of `ref(object[, callback])` / `proxy(...)`, checked as CPython checks them.
    private func weakReferenceArguments(_ arguments: Arguments, skip: Int, function: String, keywordsName: String) throws(Raised) -> (Value, Value) {
        if arguments.keywordCount > 0 { throw raiseTypeError("\(keywordsName)() takes no keyword arguments") }
        let count = arguments.count - skip
        if count < 1 { throw raiseTypeError("\(function) expected at least 1 argument, got \(count)") }
        if count > 2 { throw raiseTypeError("\(function) expected at most 2 arguments, got \(count)") }
        return (arguments[skip], count == 2 ? arguments[skip + 1] : .none)
    }

    private func installReferenceMethods() {
        let ref = WeakReferenceTypeIDs.reference
        defineStaticMethod(ref, "__new__") { vm, arguments throws(Raised) in
            let (referent, callback) = try vm.weakReferenceArguments(arguments, skip: 1, function: "__new__", keywordsName: "ref")
            return try vm.newWeakReference(typeID: TypeView(arguments[0]).ownTypeID, to: referent, callback: callback)
        }
        defineMethod(ref, "__init__") { vm, arguments throws(Raised) in
            _ = try vm.weakReferenceArguments(arguments, skip: 1, function: "__init__", keywordsName: "ref")
            return .none
        }
        defineMethod(ref, "__call__") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("weakref() takes no keyword arguments") }
            if arguments.count != 1 { throw vm.raiseTypeError("weakref expected 0 arguments, got \(arguments.count - 1)") }
            let referent = vm.weakReferent(arguments[0])
            return referent.isNull ? .none : referent
        }
        defineGetter(ref, "__callback__") { vm, value throws(Raised) in
            let callback = ObjectRef(value)[WeakReferenceLayout.callback]
            return callback.isNull ? .none : callback
        }
        defineMethod(ref, "__hash__") { vm, arguments throws(Raised) in
            try vm.newInt(Int64(try vm.weakReferenceHash(arguments[0])))
        }
        for (name, op) in [("__eq__", 0), ("__ne__", 1)] {
            defineMethod(ref, name, arguments: 1...1) { vm, arguments throws(Raised) in
                let a = arguments[0], b = arguments[1]
                // In CPython: a proxy counts as a weak reference here (PyWeakref_Check).
                guard vm.isWeakReference(b) else { return vm.notImplemented }
                let left = vm.weakReferent(a), right = vm.weakReferent(b)
                // In CPython: once either referent is dead, refs are equal only to themselves.
                if left.isNull || right.isNull { return Value(bool: (a == b) == (op == 0)) }
                return try vm.withRoots(left, right) { () throws(Raised) in try vm.richCompare(left, right, op) }
            }
        }
        defineMethod(ref, "__repr__") { vm, arguments throws(Raised) in
            try vm.newStr(try vm.weakReferenceRepr(arguments[0]))
        }
    }

    /// hash(ref): the referent's hash, computed once; TypeError when it died unhashed.
    func weakReferenceHash(_ weakref: Value) throws(Raised) -> Int {
        if isWeakProxy(weakref) { throw raiseTypeError("unhashable type: '\(typeName(weakref))'") }
        let ref = ObjectRef(weakref)
        let cached = ref.word(WeakReferenceLayout.hash)
        if cached != -1 { return cached }
        let referent = weakReferent(weakref)
        if referent.isNull { throw raiseTypeError("weak object has gone away") }
        let hash = try withRoots(weakref) { () throws(Raised) in try hashValue(referent) }
        ref.setWord(WeakReferenceLayout.hash, hash)
        return hash
    }

    /// `<weakref at 0x…; to 'C' at 0x… (name)>`, or `<weakref at 0x…; dead>`.
    private func weakReferenceRepr(_ weakref: Value) throws(Raised) -> String {
        let address = "0x" + String(weakref.bits, radix: 16)
        let referent = weakReferent(weakref)
        if referent.isNull { return "<weakref at \(address); dead>" }
        let target = "to '\(typeName(referent))' at 0x\(String(referent.bits, radix: 16))"
        let name = try withRoots(weakref, referent) { () throws(Raised) in try getAttributeOrNull(referent, names.name) }
        if isStr(name) { return "<weakref at \(address); \(target) (\(swiftString(name)))>" }
        return "<weakref at \(address); \(target)>"
    }

    func installWeakrefModule(_ module: Value) throws(Raised) {
        try setModuleAttribute(module, "ref", typeObject(WeakReferenceTypeIDs.reference))
        try setModuleAttribute(module, "ReferenceType", typeObject(WeakReferenceTypeIDs.reference))
        try setModuleAttribute(module, "ProxyType", typeObject(WeakReferenceTypeIDs.proxy))
        try setModuleAttribute(module, "CallableProxyType", typeObject(WeakReferenceTypeIDs.callableProxy))
        try defineModuleFunction(module, "proxy") { vm, arguments throws(Raised) in
            let (referent, callback) = try vm.weakReferenceArguments(arguments, skip: 0, function: "proxy", keywordsName: "proxy")
            let callable = vm.isCallable(referent)
            let id = callable ? WeakReferenceTypeIDs.callableProxy : WeakReferenceTypeIDs.proxy
            return try vm.newWeakReference(typeID: id, to: referent, callback: callback)
        }
        try defineModuleFunction(module, "getweakrefcount") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_weakref.getweakrefcount", min: 1, max: 1)
            return Value(int: vm.weakReferences(to: arguments[0]).count)
        }
        try defineModuleFunction(module, "getweakrefs") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_weakref.getweakrefs", min: 1, max: 1)
            return try vm.newList(vm.weakReferences(to: arguments[0]))
        }
        try defineModuleFunction(module, "_remove_dead_weakref") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_remove_dead_weakref", min: 2, max: 2)
            let dict = arguments[0], key = arguments[1]
            guard vm.isInstance(dict, typeID: TypeID.dict) else {
                throw vm.raiseTypeError("_remove_dead_weakref() argument 1 must be dict, not \(vm.typeName(dict))")
            }
            // In CPython: the entry goes only while its value is still a dead weak reference.
            let value = try vm.dictGet(DictView(dict), key)
            if vm.isWeakReference(value) && vm.weakReferent(value).isNull { _ = try vm.dictRemove(DictView(dict), key) }
            return .none
        }
    }
}
