// The `_deque` module: collections.deque (DequeStorage.swift) and its iterators, which
// lib/_collections.py exports as CPython's _collections does.

extension VM {
    func installDequeModule(_ module: Value) throws(Raised) {
        let id = try nativeMutableSequenceClass(dequeTypeID, name: "deque", module: "collections", in: module)
        dequeTypeID = id
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            guard arguments.count > 0, vm.isType(arguments[0]), vm.isSubtype(TypeView(arguments[0]).ownTypeID, vm.dequeTypeID) else {
                throw vm.raiseTypeError("deque.__new__(X): X is not a subtype of deque")
            }
            return try vm.newDeque(typeID: TypeView(arguments[0]).ownTypeID)
        }
        defineMethod(id, "__init__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "deque", ["iterable", "maxlen"], required: 0, skip: 1)
            var maxlen = -1
            if !bound[1].isNull && !bound[1].isNone {
                guard vm.isIntLike(bound[1]) else { throw vm.raiseTypeError("an integer is required") }
                maxlen = try vm.ssizeArgument(bound[1])
                if maxlen < 0 { throw vm.raiseValueError("maxlen must be non-negative") }
            }
            let view = vm.dequeView(arguments[0])
            if view.count > 0 { try vm.dequeClear(view) }
            view.maxlen = maxlen
            if !bound[0].isNull { try vm.dequeExtend(arguments[0], bound[0], left: false) }
            return .none
        }
        defineGetter(id, "maxlen") { vm, value throws(Raised) in
            let maxlen = vm.dequeView(value).maxlen
            return maxlen < 0 ? .none : Value(int: maxlen)
        }
        defineClassMethod(id, "__class_getitem__") { vm, arguments throws(Raised) in try vm.genericAlias(arguments[0], arguments[1]) }
        defineMethod(id, "copy", arguments: 0...0) { vm, arguments throws(Raised) in try vm.dequeCopy(arguments[0]) }
        defineMethod(id, "__copy__", arguments: 0...0) { vm, arguments throws(Raised) in try vm.dequeCopy(arguments[0]) }
        defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in try vm.dequeReduce(arguments[0]) }
        defineMethod(id, "__sizeof__", arguments: 0...0) { vm, arguments throws(Raised) in
            Value(int: 64 + 8 * vm.dequeView(arguments[0]).capacity)
        }
        try dictSet(TypeView(types[id].object).dict, names.hash, .none)
        defineDequeMethods(id)
        defineDequeSequenceMethods(id)
        try installDequeIterators(module)
    }

    /// copy(): a deque keeps its class; a subclass's copy is `type(d)(d)` (with its maxlen), as in CPython.
    func dequeCopy(_ deque: Value) throws(Raised) -> Value {
        let view = dequeView(deque)
        if typeID(of: deque) == dequeTypeID {
            let copy = try newDeque(typeID: dequeTypeID, maxlen: view.maxlen)
            try withRoots(copy) { () throws(Raised) in try dequeExtend(copy, deque, left: false) }
            return copy
        }
        if view.maxlen < 0 { return try call(typeOf(deque), deque) }
        return try call(typeOf(deque), deque, Value(int: view.maxlen))
    }

    /// __reduce__: (class, ((), maxlen) or (), the instance dict or None, iter(deque)).
    private func dequeReduce(_ deque: Value) throws(Raised) -> Value {
        let maxlen = dequeView(deque).maxlen
        let empty = try newTuple([])
        let arguments = try withRoots(empty) { () throws(Raised) in
            maxlen < 0 ? empty : try newTuple([empty, Value(int: maxlen)])
        }
        return try withRoots(arguments) { () throws(Raised) in
            let state = try defaultState(deque, required: false)
            return try withRoots(state) { () throws(Raised) in
                let iterator = try getIterator(deque)
                return try withRoots(iterator) { () throws(Raised) in
                    try newTuple([typeOf(deque), arguments, state, iterator])
                }
            }
        }
    }
}
