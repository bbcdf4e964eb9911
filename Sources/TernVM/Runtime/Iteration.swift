// The iteration protocol: iter() and next() for builtin containers without
// leaving Swift, __iter__/__next__ for everything else, and the helpers built on
// them (unpacking, list()/tuple() of any iterable). `iteratorNext` returns NULL
// when the iterator is exhausted (StopIteration is swallowed there).

extension VM {
    func newIterator(_ typeID: Int, source: Value, index: Int = 0, limit: Int = 0,
                     aux1: Value = .null, aux2: Value = .null) throws(Raised) -> Value {
        let ref = try allocate(kind: .iterator, typeID: typeID, words: IteratorLayout.words)
        ref.setWord(IteratorLayout.index, index)
        ref.setWord(IteratorLayout.limit, limit)
        ref[IteratorLayout.source] = source
        ref[IteratorLayout.aux1] = aux1
        ref[IteratorLayout.aux2] = aux2
        return ref.value
    }

    /// iter(value).
    /// Whether instances of a class cannot be iterated: no __iter__ nor __getitem__, or `__iter__ = None`.
    func isNotIterableType(_ id: Int) -> Bool {
        let method = lookupInType(id, names.iter)
        return method.isNone || (method.isNull && lookupInType(id, names.getitem).isNull)
    }

    func getIterator(_ value: Value) throws(Raised) -> Value {
        let id = typeID(of: value)
        switch id {
        case TypeID.list: return try newIterator(TypeID.listIterator, source: value)
        case TypeID.tuple: return try newIterator(TypeID.tupleIterator, source: value)
        case TypeID.str: return try newIterator(TypeID.strIterator, source: value)
        case TypeID.bytes: return try newIterator(TypeID.bytesIterator, source: value)
        case TypeID.range:
            return try rangeIterator(value)
        case TypeID.dict, TypeID.dictKeys:
            let dict = id == TypeID.dict ? value : ObjectRef(value)[DictViewLayout.dict]
            return try newIterator(TypeID.dictKeyIterator, source: dict, limit: DictView(dict).count)
        case TypeID.dictValues:
            let dict = ObjectRef(value)[DictViewLayout.dict]
            return try newIterator(TypeID.dictValueIterator, source: dict, limit: DictView(dict).count)
        case TypeID.dictItems:
            let dict = ObjectRef(value)[DictViewLayout.dict]
            return try newIterator(TypeID.dictItemIterator, source: dict, limit: DictView(dict).count)
        case TypeID.set, TypeID.frozenset:
            return try newIterator(TypeID.setIterator, source: value, limit: setCount(value))
        case TypeID.generator:
            return value
        default:
            break
        }
        if value.isObject && ObjectRef(value).kind == .iterator && !types[id].flags.contains(.heapType) { return value }
        let method = lookupInType(id, names.iter)
        // In CPython: __iter__ = None says the class is not iterable, whatever its __getitem__.
        if method.isNone { throw raiseTypeError("'\(typeName(value))' object is not iterable") }
        if !method.isNull {
            let iterator = try callSpecial(method, value)
            if lookupInType(typeID(of: iterator), names.next).isNull && !(iterator.isObject && (ObjectRef(iterator).kind == .iterator || ObjectRef(iterator).kind == .generator)) {
                throw raiseTypeError("iter() returned non-iterator of type '\(typeName(iterator))'")
            }
            return iterator
        }
        // In CPython: `__iter__ = None` makes a class not iterable even when it has __getitem__.
        if method.isNull && !lookupInType(id, names.getitem).isNull {
            return try newIterator(TypeID.sequenceIterator, source: value)
        }
        throw raiseTypeError("'\(typeName(value))' object is not iterable")
    }

    /// next() for the builtin iterators that need no call into Python: the value,
    /// NULL when exhausted, or nil when the slow path must handle it.
    @inline(__always) func fastIteratorNext(_ iterator: Value) -> Value? {
        guard iterator.isObject else { return nil }
        let ref = ObjectRef(iterator)
        switch ref.typeID {
        case TypeID.rangeIterator:
            let remaining = ref.word(IteratorLayout.limit)
            if remaining <= 0 { return .null }
            let current = ref.word(IteratorLayout.index)
            if !Value.fitsSmallInt(Int64(current)) { return nil }
            ref.setWord(IteratorLayout.limit, remaining - 1)
            ref.setWord(IteratorLayout.index, current &+ Int(ref[IteratorLayout.aux1].int))
            return Value(int: current)
        case TypeID.listIterator:
            let index = ref.word(IteratorLayout.index)
            let source = ref[IteratorLayout.source]
            if source.isNull { return .null }
            let list = ListView(source)
            if index >= list.count { ref[IteratorLayout.source] = .null; return .null }
            ref.setWord(IteratorLayout.index, index + 1)
            return list[index]
        case TypeID.tupleIterator:
            let index = ref.word(IteratorLayout.index)
            let tuple = TupleView(ref[IteratorLayout.source])
            if index >= tuple.count { return .null }
            ref.setWord(IteratorLayout.index, index + 1)
            return tuple[index]
        default:
            return nil
        }
    }

    /// next(iterator), or NULL when exhausted.
    /// For an iterator over a dict (its keys, values or items) or a set, whose step runs no Python
    /// code: whether the next step ends it (true) or yields an item (false); nil for other iterators
    /// and for one whose container changed size (the step raises).
    func containerIteratorEnds(_ iterator: ObjectRef) -> Bool? {
        let source = iterator[IteratorLayout.source], index = iterator.word(IteratorLayout.index)
        switch iterator.typeID {
        case TypeID.dictKeyIterator, TypeID.dictValueIterator, TypeID.dictItemIterator:
            let dict = DictView(source)
            guard dict.count == iterator.word(IteratorLayout.limit) else { return nil }
            return dictNextEntry(dict, from: index) < 0
        case TypeID.setIterator:
            guard setCount(source) == iterator.word(IteratorLayout.limit) else { return nil }
            return setNextSlot(source, from: index) < 0
        default:
            return nil
        }
    }

    func iteratorNext(_ iterator: Value) throws(Raised) -> Value {
        if let fast = fastIteratorNext(iterator) { return fast }
        guard iterator.isObject else { throw raiseTypeError("'\(typeName(iterator))' object is not an iterator") }
        let ref = ObjectRef(iterator)
        let id = ref.typeID
        switch id {
        case TypeID.rangeIterator:
            // A value past the small-int range (the fast path declined it).
            let current = ref.word(IteratorLayout.index)
            ref.setWord(IteratorLayout.limit, ref.word(IteratorLayout.limit) - 1)
            ref.setWord(IteratorLayout.index, current &+ Int(ref[IteratorLayout.aux1].int))
            return try newInt(Int64(current))
        case TypeID.strIterator:
            let index = ref.word(IteratorLayout.index)
            let view = StrView(ref[IteratorLayout.source])
            if index >= view.count { return .null }
            ref.setWord(IteratorLayout.index, index + 1)
            return try newStr(codePoint: view[index])
        case TypeID.bytesIterator:
            let index = ref.word(IteratorLayout.index)
            if ref[IteratorLayout.source].isNull { return .null }
            let source = ObjectRef(ref[IteratorLayout.source])
            if source.kind == .byteArray {
                // As CPython's bytearray_iterator: it sees the bytearray grow and shrink, and
                // once exhausted it lets go of it and stays exhausted.
                let array = ByteArrayView(source.value)
                if index >= array.count { ref[IteratorLayout.source] = .null; return .null }
                ref.setWord(IteratorLayout.index, index + 1)
                return Value(int: Int(array.data[index]))
            }
            if index >= source.word(BytesLayout.length) { return .null }
            ref.setWord(IteratorLayout.index, index + 1)
            return Value(int: Int(source.bytes(from: BytesLayout.data)[index]))
        case TypeID.listReverseIterator:
            let index = ref.word(IteratorLayout.index)
            let list = ListView(ref[IteratorLayout.source])
            if index < 0 || index >= list.count { return .null }
            ref.setWord(IteratorLayout.index, index - 1)
            return list[index]
        case TypeID.dictKeyIterator, TypeID.dictValueIterator, TypeID.dictItemIterator:
            let dict = DictView(ref[IteratorLayout.source])
            if dict.count != ref.word(IteratorLayout.limit) {
                ref.setWord(IteratorLayout.limit, -1)
                throw raise(exceptionTypes.runtimeError, "dictionary changed size during iteration")
            }
            let entry = dictNextEntry(dict, from: ref.word(IteratorLayout.index))
            if entry < 0 { return .null }
            ref.setWord(IteratorLayout.index, entry + 1)
            if id == TypeID.dictKeyIterator { return dict.key(entry) }
            if id == TypeID.dictValueIterator { return dict.value(entry) }
            return try newTuple(dict.key(entry), dict.value(entry))
        case TypeID.setIterator:
            var position = ref.word(IteratorLayout.index)
            let item = try nextSetItem(ref[IteratorLayout.source], count: ref.word(IteratorLayout.limit), position: &position)
            ref.setWord(IteratorLayout.index, position)
            return item
        case TypeID.generator:
            return try generatorNext(iterator)
        case TypeID.enumerate:
            let next = try iteratorNext(ref[IteratorLayout.source])
            if next.isNull { return .null }
            let count = ref[IteratorLayout.aux1]
            ref[IteratorLayout.aux1] = try binaryOp(count, Value(int: 1), BinaryOp.add)
            return try newTuple(count, next)
        case TypeID.zip:
            return try zipNext(ref)
        case TypeID.map:
            return try mapNext(ref)
        case TypeID.filter:
            return try filterNext(ref)
        case TypeID.callableIterator:
            if ref[IteratorLayout.source].isNull { return .null }
            let result = try endingAtStopIteration { () throws(Raised) in try call(ref[IteratorLayout.source]) }
            if result.isNull {
                ref[IteratorLayout.source] = .null
                return .null
            }
            if try isEqual(result, ref[IteratorLayout.aux1]) { ref[IteratorLayout.source] = .null; return .null }
            return result
        case TypeID.sequenceIterator:
            let source = ref[IteratorLayout.source]
            if source.isNull { return .null }
            let index = ref.word(IteratorLayout.index)
            do throws(Raised) {
                let item = try getItem(source, Value(int: index))
                ref.setWord(IteratorLayout.index, index + 1)
                return item
            } catch {
                if exceptionMatches(raisedException, exceptionTypes.indexError) || exceptionMatches(raisedException, exceptionTypes.stopIteration) {
                    raisedException = .null
                    ref[IteratorLayout.source] = .null
                    return .null
                }
                throw error
            }
        default:
            if id == dequeIteratorTypeID || id == dequeReverseIteratorTypeID, id != 0 { return try dequeIteratorNext(iterator) }
        }
        let method = lookupInType(id, names.next)
        if method.isNull { throw raiseTypeError("'\(typeName(iterator))' object is not an iterator") }
        do throws(Raised) {
            return try callSpecial(method, iterator)
        } catch {
            if exceptionMatches(raisedException, exceptionTypes.stopIteration) {
                raisedException = .null
                return .null
            }
            throw error
        }
    }

    /// Calls `body` with each item of `iterable` (rooting the iterator meanwhile).
    func forEach(_ iterable: Value, _ body: (Value) throws(Raised) -> Void) throws(Raised) {
        if typeID(of: iterable) == TypeID.list {
            let list = ListView(iterable)
            var index = 0
            try withRoots(iterable) { () throws(Raised) in
                while index < list.count { try body(list[index]); index += 1 }
            }
            return
        }
        if typeID(of: iterable) == TypeID.tuple {
            let tuple = TupleView(iterable)
            try withRoots(iterable) { () throws(Raised) in
                for index in 0..<tuple.count { try body(tuple[index]) }
            }
            return
        }
        if typeID(of: iterable) == TypeID.set || typeID(of: iterable) == TypeID.frozenset {
            // The set iterator's steps without the iterator.
            let count = setCount(iterable)
            var position = 0
            try withRoots(iterable) { () throws(Raised) in
                while true {
                    let item = try nextSetItem(iterable, count: count, position: &position)
                    if item.isNull { return }
                    try withRoots(item) { () throws(Raised) in try body(item) }
                }
            }
            return
        }
        let iterator = try getIterator(iterable)
        try withRoots(iterator) { () throws(Raised) in
            while true {
                let item = try iteratorNext(iterator)
                if item.isNull { return }
                try withRoots(item) { () throws(Raised) in try body(item) }
            }
        }
    }

    /// A set iterator's step: the set's item in the first used slot at or after `position`
    /// (which moves past it), or NULL at the end; RuntimeError when the set no longer holds
    /// the `count` items it held when the iteration began.
    func nextSetItem(_ set: Value, count: Int, position: inout Int) throws(Raised) -> Value {
        if setCount(set) != count { throw raise(exceptionTypes.runtimeError, "Set changed size during iteration") }
        let slot = setNextSlot(set, from: position)
        if slot < 0 { return .null }
        position = slot + 1
        return setKey(set, slot: slot)
    }

    func listFrom(_ iterable: Value) throws(Raised) -> Value {
        let list = try newList()
        try withRoots(list.ref.value) { () throws(Raised) in try listExtend(list, iterable) }
        return list.ref.value
    }

    func tupleFrom(_ iterable: Value) throws(Raised) -> Value {
        if typeID(of: iterable) == TypeID.tuple { return iterable }
        let list = try listFrom(iterable)
        let view = ListView(list)
        return try newTuple(UnsafeBufferPointer(start: view.capacity > 0 ? view.items : nil, count: view.count))
    }

    func listExtend(_ list: ListView, _ iterable: Value) throws(Raised) {
        let id = typeID(of: iterable)
        if id == TypeID.list || id == TypeID.tuple {
            let count = id == TypeID.list ? ListView(iterable).count : TupleView(iterable).count
            let items = id == TypeID.list ? (count > 0 ? ListView(iterable).items : nil) : TupleView(iterable).items
            try listReserve(list, list.count + count)
            let start = list.count
            for index in 0..<count { list[start + index] = items![index] }
            list.count = start + count
            return
        }
        try withRoots(list.ref.value) { () throws(Raised) in
            try forEach(iterable) { (item) throws(Raised) in try listAppend(list, item) }
        }
    }

    /// UNPACK_SEQUENCE: replaces the top of the stack by `count` items, the first on top.
    func unpackSequence(_ sp: UnsafeMutablePointer<Value>, count: Int) throws(Raised) -> UnsafeMutablePointer<Value> {
        let sequence = sp[-1]
        let id = typeID(of: sequence)
        if id == TypeID.tuple || id == TypeID.list {
            let length = id == TypeID.tuple ? TupleView(sequence).count : ListView(sequence).count
            if length != count { throw raiseUnpackCount(expected: count, got: length) }
            let items = id == TypeID.tuple ? TupleView(sequence).items : ListView(sequence).items
            let base = sp - 1
            for index in 0..<count { base[index] = items[count - 1 - index] }
            return base + count
        }
        let items = try listForUnpacking(sequence)
        let list = ListView(items)
        if list.count != count { throw raiseUnpackCount(expected: count, got: list.count) }
        let base = sp - 1
        for index in 0..<count { base[index] = list[count - 1 - index] }
        return base + count
    }

    private func raiseUnpackCount(expected: Int, got: Int) -> Raised {
        if got > expected { return raiseValueError("too many values to unpack (expected \(expected))") }
        return raiseValueError("not enough values to unpack (expected \(expected), got \(got))")
    }

    /// UNPACK_EX: `before` items, a list of the rest, then `after` items; first item on top.
    func unpackStarred(_ sp: UnsafeMutablePointer<Value>, before: Int, after: Int) throws(Raised) -> UnsafeMutablePointer<Value> {
        let items = try listForUnpacking(sp[-1])
        let list = ListView(items)
        if list.count < before + after {
            throw raiseValueError("not enough values to unpack (expected at least \(before + after), got \(list.count))")
        }
        let middleCount = list.count - before - after
        let middle = try newList(capacity: middleCount)
        for index in 0..<middleCount { middle[index] = list[before + index] }
        middle.count = middleCount
        var values: [Value] = []
        for index in 0..<before { values.append(list[index]) }
        values.append(middle.ref.value)
        for index in 0..<after { values.append(list[before + middleCount + index]) }
        let base = sp - 1
        for (offset, value) in values.reversed().enumerated() { base[offset] = value }
        return base + values.count
    }

    // MARK: zip, map, filter

    private func zipNext(_ ref: ObjectRef) throws(Raised) -> Value {
        let iterators = TupleView(ref[IteratorLayout.source])
        if iterators.count == 0 { return .null }
        let result = try allocateTuple(count: iterators.count)
        // Items of lists, tuples and ranges go straight in: taking them runs no code and
        // cannot collect. The first other iterator, or the end, goes the general way.
        var first = 0
        while first < iterators.count, let item = fastIteratorNext(iterators[first]), !item.isNull {
            result[first] = item
            first += 1
        }
        if first == iterators.count { return result.ref.value }
        for index in first..<iterators.count { result[index] = .none }
        return try withRoots(result.ref.value) { () throws(Raised) in
            for index in first..<iterators.count {
                let item = try iteratorNext(iterators[index])
                if item.isNull {
                    if ref.word(IteratorLayout.limit) == 1 && index > 0 {
                        throw raiseValueError("zip() argument \(index + 1) is shorter than argument 1")
                    }
                    if ref.word(IteratorLayout.limit) == 1 && index == 0 {
                        for other in 1..<iterators.count where !(try iteratorNext(iterators[other])).isNull {
                            throw raiseValueError("zip() argument \(other + 1) is longer than argument 1")
                        }
                    }
                    return .null
                }
                result[index] = item
            }
            return result.ref.value
        }
    }

    private func mapNext(_ ref: ObjectRef) throws(Raised) -> Value {
        let iterators = TupleView(ref[IteratorLayout.source])
        let function = ref[IteratorLayout.aux1]
        return try withStackSpace(iterators.count) { (slots) throws(Raised) in
            for index in 0..<iterators.count {
                let item = try iteratorNext(iterators[index])
                if item.isNull { return .null }
                slots[index] = item
            }
            return try endingAtStopIteration { () throws(Raised) in
                try call(function, arguments: slots, count: iterators.count, keywordNames: .null)
            }
        }
    }

    /// `body`'s result, or NULL (the end of the iteration) when it raises StopIteration. In CPython an
    /// iterator's next that fails with StopIteration ends the loop over it, so a function that map,
    /// filter or iter(callable, sentinel) calls ends their iteration by raising it.
    private func endingAtStopIteration(_ body: () throws(Raised) -> Value) throws(Raised) -> Value {
        do throws(Raised) {
            return try body()
        } catch {
            guard exceptionMatches(raisedException, exceptionTypes.stopIteration) else { throw error }
            raisedException = .null
            return .null
        }
    }

    private func filterNext(_ ref: ObjectRef) throws(Raised) -> Value {
        let iterator = ref[IteratorLayout.source]
        let function = ref[IteratorLayout.aux1]
        while true {
            let item = try iteratorNext(iterator)
            if item.isNull { return .null }
            let keep = try withRoots(item) { () throws(Raised) -> Bool? in
                if function.isNone { return try isTrue(item) }
                let verdict = try endingAtStopIteration { () throws(Raised) in try call(function, item) }
                return verdict.isNull ? nil : try isTrue(verdict)
            }
            guard let keep else { return .null }
            if keep { return item }
        }
    }
}
