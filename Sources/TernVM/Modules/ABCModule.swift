// _abc: what abc.ABCMeta runs on (CPython's is C). With it, abc.py defines ABCMeta over these
// functions instead of falling back to _py_abc: isinstance(x, Mapping) was 3.4× CPython's time
// through _py_abc's Python methods, and typing's runtime protocols look for abc's own frames.
// Each ABC keeps an `_abc_data` in `_abc_impl`: its registry, its cache of subclasses, its
// negative cache and that cache's version, the three as sets of weak references to classes.

enum ABCDataField {
    static let registry = 0, cache = 1, negativeCache = 2, negativeVersion = 3
}

extension VM {
    func installABCModule(_ module: Value) throws(Raised) {
        let id = nativeModuleClass(abcDataTypeID, name: "_abc_data", module: "_abc", base: TypeID.object, layout: .instance)
        abcDataTypeID = id
        types[id].flags.formUnion([.withoutInstanceDict, .final])
        try defineModuleFunction(module, "get_cache_token") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "get_cache_token", min: 0, max: 0)
            return Value(int: vm.abcInvalidationCounter)
        }
        try defineModuleFunction(module, "_abc_init") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_abc_init", min: 1, max: 1)
            try vm.abcInit(arguments[0])
            return .none
        }
        try defineModuleFunction(module, "_abc_register") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_abc_register", min: 2, max: 2)
            return try vm.abcRegister(arguments[0], arguments[1])
        }
        try defineModuleFunction(module, "_abc_instancecheck") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_abc_instancecheck", min: 2, max: 2)
            return try vm.abcInstanceCheck(arguments[0], arguments[1])
        }
        try defineModuleFunction(module, "_abc_subclasscheck") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_abc_subclasscheck", min: 2, max: 2)
            return Value(bool: try vm.abcSubclassCheck(arguments[0], arguments[1]))
        }
        try defineModuleFunction(module, "_get_dump") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_get_dump", min: 1, max: 1)
            let data = try vm.abcData(arguments[0])
            var parts: [Value] = []
            for field in [ABCDataField.registry, ABCDataField.cache, ABCDataField.negativeCache] {
                parts.append(try vm.setCopy(data[field], typeID: TypeID.set))
                vm.pushRoot(parts[parts.count - 1])
            }
            defer { vm.tempRootCount -= parts.count }
            return try vm.newTuple(parts + [data[ABCDataField.negativeVersion]])
        }
        try defineModuleFunction(module, "_reset_registry") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_reset_registry", min: 1, max: 1)
            try vm.setClear(try vm.abcData(arguments[0])[ABCDataField.registry])
            return .none
        }
        try defineModuleFunction(module, "_reset_caches") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_reset_caches", min: 1, max: 1)
            let data = try vm.abcData(arguments[0])
            try vm.setClear(data[ABCDataField.cache])
            try vm.setClear(data[ABCDataField.negativeCache])
            return .none
        }
    }

    /// The `_abc_data` of an ABC (its `_abc_impl`).
    private func abcData(_ cls: Value) throws(Raised) -> TupleView {
        let impl = try getAttribute(cls, intern("_abc_impl"))
        guard typeID(of: impl) == abcDataTypeID else { throw raiseTypeError("_abc_impl is set to a wrong type") }
        return payloadFields(impl)
    }

    /// _abc_init(cls): computes __abstractmethods__ and gives the class its _abc_data.
    private func abcInit(_ cls: Value) throws(Raised) {
        let abstracts = try newSet()
        try withRoots(abstracts) { () throws(Raised) in
            if isType(cls) {
                var own: [(Value, Value)] = []
                try dictForEach(TypeView(cls).dict) { (name, value) throws(Raised) in own.append((name, value)) }
                for (name, value) in own where try isAbstractObject(value) { try setAdd(abstracts, name) }
            } else {
                let items = try call(try getAttribute(try getAttribute(cls, intern("__dict__")), intern("items")))
                try forEach(items) { (pair) throws(Raised) in
                    let name = try getItem(pair, Value(int: 0)), value = try getItem(pair, Value(int: 1))
                    if try isAbstractObject(value) { try setAdd(abstracts, name) }
                }
            }
            let bases = try getAttribute(cls, intern("__bases__"))
            guard typeID(of: bases) == TypeID.tuple else { throw raiseTypeError("__bases__ is not tuple") }
            for index in 0..<TupleView(bases).count {
                let inherited = try getAttributeOrNull(TupleView(bases)[index], intern("__abstractmethods__"))
                if inherited.isNull { continue }
                try forEach(inherited) { (name) throws(Raised) in
                    let value = try getAttributeOrNull(cls, name)
                    if !value.isNull, try isAbstractObject(value) { try setAdd(abstracts, name) }
                }
            }
            try setAttribute(cls, intern("__abstractmethods__"), try frozenCopy(abstracts))
        }
        var sets: [Value] = []
        for _ in 0..<3 {
            sets.append(try newSet())
            pushRoot(sets[sets.count - 1])
        }
        defer { tempRootCount -= 3 }
        let data = try newPayloadObject(abcDataTypeID, sets + [Value(int: abcInvalidationCounter)])
        try withRoots(data) { () throws(Raised) in try setAttribute(cls, intern("_abc_impl"), data) }
    }


    private func abcRegister(_ cls: Value, _ subclass: Value) throws(Raised) -> Value {
        guard isType(subclass) else { throw raiseTypeError("Can only register classes") }
        if try isSubclassCheck(subclass, cls) { return subclass }
        if try isSubclassCheck(cls, subclass) { throw raise(exceptionTypes.runtimeError, "Refusing to create an inheritance cycle") }
        try weakSetAdd(try abcData(cls)[ABCDataField.registry], subclass)
        abcInvalidationCounter += 1
        // As in CPython 3.10+: a class registered with a sequence or mapping ABC is matched by those patterns.
        if isType(cls) {
            let collection = types[TypeView(cls).ownTypeID].flags.intersection([.patternSequence, .patternMapping])
            if !collection.isEmpty { setCollectionFlags(TypeView(subclass).ownTypeID, collection) }
        }
        return subclass
    }

    private func setCollectionFlags(_ id: Int, _ flags: TypeFlags) {
        guard types[id].flags.contains(.heapType),
              types[id].flags.intersection([.patternSequence, .patternMapping]).isEmpty else { return }
        types[id].flags.formUnion(flags)
        for subclass in descendants(of: id) where types[subclass].flags.intersection([.patternSequence, .patternMapping]).isEmpty {
            types[subclass].flags.formUnion(flags)
        }
    }

    private func abcInstanceCheck(_ cls: Value, _ instance: Value) throws(Raised) -> Value {
        let data = try abcData(cls)
        let subclass = try getAttribute(instance, names.classAttribute)
        if try weakSetContains(data[ABCDataField.cache], subclass) { return .true }
        let subtype = typeObject(typeID(of: instance))
        let check = try getAttribute(cls, names.subclasscheck)
        return try withRoots(check, subclass) { () throws(Raised) in
            if subtype == subclass {
                if data[ABCDataField.negativeVersion] == Value(int: abcInvalidationCounter),
                   try weakSetContains(data[ABCDataField.negativeCache], subclass) { return .false }
                return try call(check, subclass)
            }
            let result = try call(check, subclass)
            if try isTrue(result) { return result }
            return try call(check, subtype)
        }
    }

    private func abcSubclassCheck(_ cls: Value, _ subclass: Value) throws(Raised) -> Bool {
        guard isType(subclass) else { throw raiseTypeError("issubclass() arg 1 must be a class") }
        let data = try abcData(cls)
        if try weakSetContains(data[ABCDataField.cache], subclass) { return true }
        if data[ABCDataField.negativeVersion].int < abcInvalidationCounter {
            try setClear(data[ABCDataField.negativeCache])
            data[ABCDataField.negativeVersion] = Value(int: abcInvalidationCounter)
        } else if try weakSetContains(data[ABCDataField.negativeCache], subclass) {
            return false
        }
        let hook = try call(try getAttribute(cls, intern("__subclasshook__")), subclass)
        if hook == .true { try weakSetAdd(data[ABCDataField.cache], subclass); return true }
        if hook == .false { try weakSetAdd(data[ABCDataField.negativeCache], subclass); return false }
        if hook != notImplemented {
            throw raise(exceptionTypes.assertionError, "__subclasshook__ must return either False, True, or NotImplemented")
        }
        var found = try isDirectSubclass(subclass, of: cls)
        if !found { found = try isSubclassOfAny(subclass, registryOf: data) }
        if !found { found = try isSubclassOfSubclasses(subclass, of: cls) }
        if found {
            try weakSetAdd(data[ABCDataField.cache], subclass)
            return true
        }
        try weakSetAdd(data[ABCDataField.negativeCache], subclass)
        return false
    }

    /// Whether `cls` is in `subclass.__mro__`.
    private func isDirectSubclass(_ subclass: Value, of cls: Value) throws(Raised) -> Bool {
        let mro = try getAttribute(subclass, intern("__mro__"))
        guard typeID(of: mro) == TypeID.tuple else { return false }
        for index in 0..<TupleView(mro).count where TupleView(mro)[index] == cls { return true }
        return false
    }

    private func isSubclassOfAny(_ subclass: Value, registryOf data: TupleView) throws(Raised) -> Bool {
        let registered = try setItems(data[ABCDataField.registry])
        for weakref in registered {
            let target = weakReferent(weakref)
            if target.isNone || target.isNull { continue }
            if try isSubclassCheck(subclass, target) { return true }
        }
        return false
    }

    private func isSubclassOfSubclasses(_ subclass: Value, of cls: Value) throws(Raised) -> Bool {
        let subclasses = try call(try getAttribute(cls, intern("__subclasses__")))
        return try withRoots(subclasses) { () throws(Raised) in
            guard typeID(of: subclasses) == TypeID.list else { throw raiseTypeError("__subclasses__() must return a list") }
            var index = 0
            while index < ListView(subclasses).count {
                if try isSubclassCheck(subclass, ListView(subclasses)[index]) { return true }
                index += 1
            }
            return false
        }
    }

    private func weakSetAdd(_ set: Value, _ object: Value) throws(Raised) {
        let weakref = try newWeakReference(typeID: WeakReferenceTypeIDs.reference, to: object, callback: .none)
        try withRoots(weakref) { () throws(Raised) in try setAdd(set, weakref) }
    }

    private func weakSetContains(_ set: Value, _ object: Value) throws(Raised) -> Bool {
        if setCount(set) == 0 { return false }
        let weakref = try newWeakReference(typeID: WeakReferenceTypeIDs.reference, to: object, callback: .none)
        return try withRoots(weakref) { () throws(Raised) in try setContains(set, weakref) }
    }
}
