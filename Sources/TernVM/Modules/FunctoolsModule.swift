// `_functools`: `reduce`, `cmp_to_key`, `partial` (FunctoolsPartial.swift) and
// `_lru_cache_wrapper` (FunctoolsLRUCache.swift) in Swift, which CPython's functools.py
// imports in place of its Python versions. As builtins they do not bind as methods when a
// class stores them.

extension VM {
    func installFunctoolsModule(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "reduce") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "reduce", min: 2, max: 3)
            return try vm.reduce(arguments[0], arguments[1], initial: arguments.count == 3 ? arguments[2] : .null)
        }
        try installPartial(module)
        try installLRUCacheWrapper(module)
        let keyWrapper = installKeyWrapperType()
        try defineModuleFunction(module, "cmp_to_key") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "cmp_to_key", ["mycmp"], required: 1)
            return try vm.newPayloadObject(keyWrapper, [bound[0], .none])
        }
    }

    /// function(function(initial, a), b)... over the iterable, as functools.reduce.
    private func reduce(_ function: Value, _ iterable: Value, initial: Value) throws(Raised) -> Value {
        let iterator: Value
        do throws(Raised) {
            iterator = try getIterator(iterable)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.typeError) { throw error }
            throw raiseTypeError("reduce() arg 2 must support iteration")
        }
        // The running total lives in a stack slot, where the collector sees it between calls.
        return try withStackSpace(2) { (slots) throws(Raised) in
            slots[0] = iterator
            slots[1] = initial
            while true {
                let item = try iteratorNext(slots[0])
                if item.isNull { break }
                slots[1] = slots[1].isNull ? item : try withRoots(item) { () throws(Raised) in try call(function, slots[1], item) }
            }
            if slots[1].isNull { throw raiseTypeError("reduce() of empty iterable with no initial value") }
            return slots[1]
        }
    }

    /// functools.KeyWrapper: holds the comparison function and, once called with an object,
    /// that object (None before); its comparisons compare mycmp(a, b) with 0.
    private func installKeyWrapperType() -> Int {
        if keyWrapperTypeID >= 0 { return keyWrapperTypeID }
        let id = makeBuiltinClass(name: "KeyWrapper", base: TypeID.object, layout: .instance)
        keyWrapperTypeID = id
        try! dictSet(TypeView(types[id].object).dict, names.module, intern("functools"))
        try! dictSet(TypeView(types[id].object).dict, names.hash, .none)
        TypeLookupCache.invalidate()
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            throw vm.raiseTypeError("cannot create 'functools.KeyWrapper' instances")
        }
        defineMethod(id, "__call__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "K", ["obj"], required: 1, skip: 1)
            return try vm.newPayloadObject(id, [vm.payloadFields(arguments[0])[0], bound[0]])
        }
        defineGetter(id, "obj") { vm, value throws(Raised) in vm.payloadFields(value)[1] }
        for (name, op) in [("__lt__", 2), ("__le__", 3), ("__eq__", 0), ("__ne__", 1), ("__gt__", 4), ("__ge__", 5)] {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                guard vm.typeID(of: arguments[1]) == id else { throw vm.raiseTypeError("other argument must be K instance") }
                let left = vm.payloadFields(arguments[0]), right = vm.payloadFields(arguments[1])
                let order = try vm.call(left[0], left[1], right[1])
                return try vm.richCompare(order, Value(int: 0), op)
            }
        }
        return id
    }
}
