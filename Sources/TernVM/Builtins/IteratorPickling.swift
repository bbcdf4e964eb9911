// __reduce__ and __setstate__ of the builtin iterators, which pickle and copy use: as in
// CPython, an iterator over a sequence is iter(sequence) and its position, one over a
// dict or a set is iter(list of the items it has left), and enumerate, zip, map and
// filter are rebuilt from the iterators they hold.

extension VM {
    func installIteratorPickling() {
        for id in [TypeID.listIterator, TypeID.tupleIterator, TypeID.strIterator, TypeID.bytesIterator, TypeID.sequenceIterator] {
            defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
                let iter = try vm.builtinNamed("iter")
                let ref = ObjectRef(arguments[0])
                let source = ref[IteratorLayout.source]
                // An exhausted list or sequence iterator has let go of its sequence: it pickles as
                // an iterator over an empty list or tuple.
                if source.isNull {
                    let empty = id == TypeID.listIterator ? try vm.newList().ref.value : vm.emptyTuple
                    return try vm.newTuple([iter, try vm.newTuple([empty])])
                }
                return try vm.newTuple([iter, try vm.newTuple([source]), Value(int: ref.word(IteratorLayout.index))])
            }
            defineMethod(id, "__setstate__", arguments: 1...1) { vm, arguments throws(Raised) in
                let ref = ObjectRef(arguments[0])
                var index = try vm.indexValue(arguments[1]) { "an integer is required" }
                let source = ref[IteratorLayout.source]
                if source.isNull { return .none }
                index = max(0, index)
                if id != TypeID.sequenceIterator { index = min(index, try vm.length(of: source)) }
                ref.setWord(IteratorLayout.index, index)
                return .none
            }
        }
        // A range iterator keeps where it stands and how many values are left: it pickles
        // as the range of those values, at position 0.
        defineMethod(TypeID.rangeIterator, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let iter = try vm.builtinNamed("iter")
            let ref = ObjectRef(arguments[0])
            let start = try vm.newInt(Int64(ref.word(IteratorLayout.index)))
            let step = ref[IteratorLayout.aux1]
            let range = try vm.withRoots(start) { () throws(Raised) in
                let span = try vm.binaryOp(Value(int: max(0, ref.word(IteratorLayout.limit))), step, BinaryOp.mul)
                let stop = try vm.withRoots(span) { () throws(Raised) in try vm.binaryOp(start, span, BinaryOp.add) }
                return try vm.withRoots(stop) { () throws(Raised) in try vm.call(vm.typeObject(TypeID.range), start, stop, step) }
            }
            return try vm.withRoots(range) { () throws(Raised) in
                try vm.newTuple([iter, try vm.newTuple([range]), Value(int: 0)])
            }
        }
        defineMethod(TypeID.rangeIterator, "__setstate__", arguments: 1...1) { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            let skipped = min(max(0, try vm.indexValue(arguments[1]) { "an integer is required" }), max(0, ref.word(IteratorLayout.limit)))
            ref.setWord(IteratorLayout.index, ref.word(IteratorLayout.index) + skipped * Int(ref[IteratorLayout.aux1].int))
            ref.setWord(IteratorLayout.limit, ref.word(IteratorLayout.limit) - skipped)
            return .none
        }
        for id in [TypeID.dictKeyIterator, TypeID.dictValueIterator, TypeID.dictItemIterator, TypeID.setIterator] {
            defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
                let iter = try vm.builtinNamed("iter")
                let left = try vm.containerItemsLeft(ObjectRef(arguments[0]))
                return try vm.newTuple([iter, try vm.newTuple([left])])
            }
        }
        defineMethod(TypeID.callableIterator, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let iter = try vm.builtinNamed("iter")
            let ref = ObjectRef(arguments[0])
            let callable = ref[IteratorLayout.source]
            let parts = callable.isNull ? try vm.newTuple([vm.emptyTuple]) : try vm.newTuple([callable, ref[IteratorLayout.aux1]])
            return try vm.newTuple([iter, parts])
        }
        defineMethod(TypeID.enumerate, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            let parts = try vm.newTuple([ref[IteratorLayout.source], ref[IteratorLayout.aux1]])
            return try vm.withRoots(parts) { () throws(Raised) in try vm.newTuple([vm.typeObject(TypeID.enumerate), parts]) }
        }
        defineMethod(TypeID.zip, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            if ref.word(IteratorLayout.limit) == 1 {
                return try vm.newTuple([vm.typeObject(TypeID.zip), ref[IteratorLayout.source], .true])
            }
            return try vm.newTuple([vm.typeObject(TypeID.zip), ref[IteratorLayout.source]])
        }
        defineMethod(TypeID.zip, "__setstate__", arguments: 1...1) { vm, arguments throws(Raised) in
            if try vm.isTrue(arguments[1]) { ObjectRef(arguments[0]).setWord(IteratorLayout.limit, 1) }
            return .none
        }
        defineMethod(TypeID.map, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            let iterators = TupleView(ref[IteratorLayout.source])
            var parts = [ref[IteratorLayout.aux1]]
            for index in 0..<iterators.count { parts.append(iterators[index]) }
            let tuple = try vm.newTuple(parts)
            return try vm.withRoots(tuple) { () throws(Raised) in try vm.newTuple([vm.typeObject(TypeID.map), tuple]) }
        }
        defineMethod(TypeID.filter, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            let parts = try vm.newTuple([ref[IteratorLayout.aux1], ref[IteratorLayout.source]])
            return try vm.withRoots(parts) { () throws(Raised) in try vm.newTuple([vm.typeObject(TypeID.filter), parts]) }
        }
    }

    /// The builtin named `name` (iter, getattr), by a full lookup in the builtins dict: a
    /// program may have replaced the entry or the key. The reductions read their object's
    /// state after it, since a key's __eq__ may run Python code that advances the iterator.
    func builtinNamed(_ name: String) throws(Raised) -> Value {
        let found = try dictGet(DictView(builtinsDict), intern(name))
        if found.isNull { throw raise(exceptionTypes.attributeError, name) }
        return found
    }

    /// A list of what a dict or set iterator has still to give, leaving the iterator as it is
    /// (empty once its container changed size: its next step raises).
    private func containerItemsLeft(_ iterator: ObjectRef) throws(Raised) -> Value {
        let list = try newList()
        let source = iterator[IteratorLayout.source], index = iterator.word(IteratorLayout.index)
        try withRoots(list.ref.value) { () throws(Raised) in
            if iterator.typeID == TypeID.setIterator {
                guard setCount(source) == iterator.word(IteratorLayout.limit) else { return }
                var slot = setNextSlot(source, from: index)
                while slot >= 0 {
                    try listAppend(list, setKey(source, slot: slot))
                    slot = setNextSlot(source, from: slot + 1)
                }
                return
            }
            let dict = DictView(source)
            guard dict.count == iterator.word(IteratorLayout.limit) else { return }
            var entry = dictNextEntry(dict, from: index)
            while entry >= 0 {
                switch iterator.typeID {
                case TypeID.dictKeyIterator: try listAppend(list, dict.key(entry))
                case TypeID.dictValueIterator: try listAppend(list, dict.value(entry))
                default: try listAppend(list, try newTuple(dict.key(entry), dict.value(entry)))
                }
                entry = dictNextEntry(dict, from: entry + 1)
            }
        }
        return list.ref.value
    }
}
