// __length_hint__ of the builtin container iterators: how many items are left
// (operator.length_hint, list(iterator) and test suites read it).

extension VM {
    func installIteratorLengthHints() {
        for id in [TypeID.listIterator, TypeID.tupleIterator, TypeID.rangeIterator, TypeID.strIterator, TypeID.bytesIterator,
                   TypeID.listReverseIterator, TypeID.dictKeyIterator, TypeID.dictValueIterator, TypeID.dictItemIterator,
                   TypeID.setIterator] {
            defineMethod(id, "__length_hint__", arguments: 0...0) { vm, arguments throws(Raised) in
                Value(int: vm.iteratorItemsLeft(ObjectRef(arguments[0])))
            }
        }
    }

    /// Items an iterator over a builtin container has still to give; 0 once it is exhausted or,
    /// for dicts and sets, once its container changed size (its next step raises).
    private func iteratorItemsLeft(_ iterator: ObjectRef) -> Int {
        let source = iterator[IteratorLayout.source], index = iterator.word(IteratorLayout.index)
        switch iterator.typeID {
        case TypeID.rangeIterator: return max(0, iterator.word(IteratorLayout.limit))
        case TypeID.listIterator: return source.isNull ? 0 : max(0, ListView(source).count - index)
        case TypeID.tupleIterator: return max(0, TupleView(source).count - index)
        case TypeID.strIterator: return max(0, StrView(source).count - index)
        case TypeID.bytesIterator:
            if source.isNull { return 0 }
            let count = ObjectRef(source).kind == .byteArray ? ByteArrayView(source).count : ObjectRef(source).word(BytesLayout.length)
            return max(0, count - index)
        case TypeID.listReverseIterator: return index < ListView(source).count ? index + 1 : 0
        case TypeID.dictKeyIterator, TypeID.dictValueIterator, TypeID.dictItemIterator:
            let dict = DictView(source)
            guard dict.count == iterator.word(IteratorLayout.limit) else { return 0 }
            var left = 0, entry = dictNextEntry(dict, from: index)
            while entry >= 0 { left += 1; entry = dictNextEntry(dict, from: entry + 1) }
            return left
        case TypeID.setIterator:
            guard setCount(source) == iterator.word(IteratorLayout.limit) else { return 0 }
            var left = 0, slot = setNextSlot(source, from: index)
            while slot >= 0 { left += 1; slot = setNextSlot(source, from: slot + 1) }
            return left
        default: return 0
        }
    }
}
