// deque's iterators, forward and reversed: payload objects whose fields are (deque, items
// taken, the deque's state when made, items left). A deque whose length or order changed
// since raises RuntimeError, as in CPython; iteratorNext (Runtime/Iteration.swift) steps
// them without a call.

enum DequeIteratorField {
    static let deque = 0, taken = 1, state = 2, left = 3
}

extension VM {
    func installDequeIterators(_ module: Value) throws(Raised) {
        for reverse in [false, true] {
            let name = reverse ? "_deque_reverse_iterator" : "_deque_iterator"
            let id = nativeModuleClass(reverse ? dequeReverseIteratorTypeID : dequeIteratorTypeID, name: name,
                                       module: "_collections", base: TypeID.object, layout: .instance)
            if reverse { dequeReverseIteratorTypeID = id } else { dequeIteratorTypeID = id }
            types[id].flags.formUnion([.withoutInstanceDict, .namedWithModule])
            try setModuleAttribute(module, name, types[id].object)
            defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
                let bound = try vm.bindNativeArguments(arguments, name, ["deque", "index"], required: 1, skip: 1)
                guard vm.isDeque(bound[0]) else {
                    throw vm.raiseTypeError("\(name)() argument 1 must be collections.deque, not \(vm.typeName(bound[0]))")
                }
                let iterator = try vm.newDequeIterator(bound[0], reverse: reverse)
                let skip = bound[1].isNull ? 0 : try vm.ssizeArgument(bound[1])
                try vm.withRoots(iterator) { () throws(Raised) in
                    for _ in 0..<max(0, skip) where try vm.dequeIteratorNext(iterator).isNull { break }
                }
                return iterator
            }
            defineMethod(id, "__iter__") { _, arguments throws(Raised) in arguments[0] }
            defineMethod(id, "__next__") { vm, arguments throws(Raised) in
                let item = try vm.dequeIteratorNext(arguments[0])
                if item.isNull { throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil)) }
                return item
            }
            defineMethod(id, "__length_hint__", arguments: 0...0) { vm, arguments throws(Raised) in
                vm.payloadFields(arguments[0])[DequeIteratorField.left]
            }
            defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
                let fields = vm.payloadFields(arguments[0])
                let deque = fields[DequeIteratorField.deque]
                let taken = vm.dequeView(deque).count - Int(fields[DequeIteratorField.left].int)
                let state = try vm.newTuple([deque, Value(int: taken)])
                return try vm.withRoots(state) { () throws(Raised) in try vm.newTuple([vm.typeOf(arguments[0]), state]) }
            }
        }
    }

    func newDequeIterator(_ deque: Value, reverse: Bool) throws(Raised) -> Value {
        let view = dequeView(deque)
        return try newPayloadObject(reverse ? dequeReverseIteratorTypeID : dequeIteratorTypeID,
                                    [deque, Value(int: 0), Value(int: view.state), Value(int: view.count)])
    }

    /// The next item of a deque iterator, or NULL when it is exhausted.
    func dequeIteratorNext(_ iterator: Value) throws(Raised) -> Value {
        let fields = payloadFields(iterator)
        let view = dequeView(fields[DequeIteratorField.deque])
        let left = Int(fields.items[DequeIteratorField.left].int)
        if view.state != Int(fields.items[DequeIteratorField.state].int) {
            fields.items[DequeIteratorField.left] = Value(int: 0)
            throw raise(exceptionTypes.runtimeError, "deque mutated during iteration")
        }
        if left == 0 { return .null }
        let taken = Int(fields.items[DequeIteratorField.taken].int)
        fields.items[DequeIteratorField.taken] = Value(int: taken + 1)
        fields.items[DequeIteratorField.left] = Value(int: left - 1)
        return view[typeID(of: iterator) == dequeReverseIteratorTypeID ? view.count - 1 - taken : taken]
    }
}
