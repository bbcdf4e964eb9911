// range objects whose bounds or length do not fit in Int (range(10 ** 20)).
// They keep the usual raw words (clamped, for iteration and truth) plus the
// exact values as a tuple of Python ints in RangeLayout.big; len() of one raises
// OverflowError as in CPython, while indexing, `in`, index() and count() work.

extension VM {
    /// range(...) from the constructor's arguments (ints or objects with __index__).
    func newRange(arguments values: [Value]) throws(Raised) -> Value {
        var parts: [BigInt] = []
        for value in values {
            var number = value
            if !isIntLike(number) {
                let method = lookupInType(typeID(of: number), names.index)
                if method.isNull { throw raiseTypeError("'\(typeName(number))' object cannot be interpreted as an integer") }
                number = try callSpecial(method, number)
                guard isIntLike(number) else { throw raiseTypeError("__index__ returned non-int (type \(typeName(number)))") }
            }
            parts.append(bigIntValue(number))
        }
        let start = parts.count == 1 ? BigInt.zero : parts[0]
        let stop = parts.count == 1 ? parts[0] : parts[1]
        let step = parts.count == 3 ? parts[2] : BigInt(1)
        if step == BigInt.zero { throw raiseValueError("range() arg 3 must not be zero") }
        let length = rangeLength(start: start, stop: stop, step: step)
        if let first = start.asInt64, let last = stop.asInt64, let stride = step.asInt64, let count = length.asInt64,
           Swift.abs(first) < 1 << 61, Swift.abs(last) < 1 << 61, Swift.abs(stride) < 1 << 61 {
            _ = count
            return try newRange(start: Int(first), stop: Int(last), step: Int(stride))
        }
        let ref = try allocate(kind: .range, typeID: TypeID.range, words: RangeLayout.words)
        ref[RangeLayout.big] = .null
        func clamped(_ value: BigInt) -> Int { Int(value.asInt64 ?? (value.isNegative ? Int64.min : Int64.max)) }
        ref.setWord(RangeLayout.start, clamped(start))
        ref.setWord(RangeLayout.stop, clamped(stop))
        ref.setWord(RangeLayout.step, clamped(step))
        ref.setWord(RangeLayout.length, clamped(length))
        let exact = try newTuple([try newInt(start), try newInt(stop), try newInt(step), try newInt(length)])
        ref[RangeLayout.big] = exact
        return ref.value
    }

    /// The number of values in range(start, stop, step), exactly.
    func rangeLength(start: BigInt, stop: BigInt, step: BigInt) -> BigInt {
        if !step.isNegative && start < stop { return (stop - start - BigInt(1)).floorDivMod(step).0 + BigInt(1) }
        if step.isNegative && stop < start { return (start - stop - BigInt(1)).floorDivMod(step.negated).0 + BigInt(1) }
        return BigInt.zero
    }

    /// (start, stop, step, length) of any range as exact integers.
    func rangeParts(_ range: Value) -> (start: BigInt, stop: BigInt, step: BigInt, length: BigInt) {
        let ref = ObjectRef(range)
        let big = ref[RangeLayout.big]
        if big.isNull {
            return (BigInt(ref.word(RangeLayout.start)), BigInt(ref.word(RangeLayout.stop)),
                    BigInt(ref.word(RangeLayout.step)), BigInt(ref.word(RangeLayout.length)))
        }
        let tuple = TupleView(big)
        return (bigIntValue(tuple[0]), bigIntValue(tuple[1]), bigIntValue(tuple[2]), bigIntValue(tuple[3]))
    }

    /// The position of `value` in the range, or nil when it is not one of its values.
    func bigRangeIndex(_ range: Value, _ value: BigInt) -> BigInt? {
        let parts = rangeParts(range)
        if parts.length == BigInt.zero { return nil }
        let (quotient, remainder) = (value - parts.start).floorDivMod(parts.step)
        if remainder != BigInt.zero || quotient.isNegative || !(quotient < parts.length) { return nil }
        return quotient
    }

    /// r[i] and r[a:b:c] for a range past Int.
    func bigRangeGetItem(_ range: Value, _ key: Value) throws(Raised) -> Value {
        let parts = rangeParts(range)
        if typeID(of: key) == TypeID.slice {
            // Positions of the slice, computed with exact integers, mapped onto the range.
            let slice = ObjectRef(key)
            func part(_ value: Value) throws(Raised) -> BigInt? {
                if value.isNone { return nil }
                guard isIntLike(value) else { throw raiseTypeError("slice indices must be integers or None or have an __index__ method") }
                return bigIntValue(value)
            }
            let step = try part(slice[SliceLayout.step]) ?? BigInt(1)
            if step == BigInt.zero { throw raiseValueError("slice step cannot be zero") }
            let negative = step.isNegative
            func clamp(_ index: BigInt?, _ fallback: BigInt) -> BigInt {
                guard var index else { return fallback }
                if index.isNegative {
                    index = index + parts.length
                    if index.isNegative { return negative ? BigInt(-1) : BigInt.zero }
                } else if !(index < parts.length) {
                    return negative ? parts.length - BigInt(1) : parts.length
                }
                return index
            }
            let first = clamp(try part(slice[SliceLayout.start]), negative ? parts.length - BigInt(1) : BigInt.zero)
            let last = clamp(try part(slice[SliceLayout.stop]), negative ? BigInt(-1) : parts.length)
            let newStart = try newInt(parts.start + first * parts.step)
            return try withRoots(newStart) { () throws(Raised) in
                let newStop = try newInt(parts.start + last * parts.step)
                return try withRoots(newStop) { () throws(Raised) in
                    try newRange(arguments: [newStart, newStop, try newInt(parts.step * step)])
                }
            }
        }
        guard isIntLike(key) || !lookupInType(typeID(of: key), names.index).isNull else {
            throw raiseTypeError("range indices must be integers or slices, not \(typeName(key))")
        }
        var index = bigIntValue(isIntLike(key) ? key : try call(lookupInType(typeID(of: key), names.index), key))
        if index.isNegative { index = index + parts.length }
        if index.isNegative || !(index < parts.length) { throw raise(exceptionTypes.indexError, "range object index out of range") }
        return try newInt(parts.start + index * parts.step)
    }

    /// repr() of a range: range(start, stop) or range(start, stop, step).
    func rangeRepr(_ range: Value) -> String {
        let parts = rangeParts(range)
        func text(_ value: BigInt) -> String { (value.isNegative ? "-" : "") + value.magnitude.toString(radix: 10) }
        let step = parts.step == BigInt(1) ? "" : ", \(text(parts.step))"
        return "range(\(text(parts.start)), \(text(parts.stop))\(step))"
    }

    /// iter(range): from the raw words when the values fit in Int, else by index.
    func rangeIterator(_ range: Value) throws(Raised) -> Value {
        let ref = ObjectRef(range)
        if !ref[RangeLayout.big].isNull {
            let parts = rangeParts(range)
            let fitsWords = parts.start.asInt64 != nil && parts.step.asInt64 != nil
                && (parts.length.asInt64 == nil || (parts.start + parts.step * parts.length).asInt64 != nil)
            // Otherwise iterate by index: each value is computed exactly by r[i].
            if !fitsWords { return try newIterator(TypeID.sequenceIterator, source: range) }
        }
        // The range iterator keeps its step as a small int: larger steps iterate by index too.
        if !Value.fitsSmallInt(Int64(ref.word(RangeLayout.step))) {
            return try newIterator(TypeID.sequenceIterator, source: range)
        }
        return try newIterator(TypeID.rangeIterator, source: .null, index: ref.word(RangeLayout.start),
                               limit: ref.word(RangeLayout.length), aux1: Value(int: ref.word(RangeLayout.step)))
    }

    /// reversed(range): an iterator over the same values from the last one down.
    func rangeReversedIterator(_ range: Value) throws(Raised) -> Value {
        let ref = ObjectRef(range)
        if ref[RangeLayout.big].isNull && Value.fitsSmallInt(Int64(ref.word(RangeLayout.step))) {
            // Bounds below 2^61 (see newRange(arguments:)): the last value and the negated step fit in Int.
            let start = ref.word(RangeLayout.start), step = ref.word(RangeLayout.step), length = ref.word(RangeLayout.length)
            return try newIterator(TypeID.rangeIterator, source: .null, index: start + (length - 1) * step,
                                   limit: length, aux1: Value(int: -step))
        }
        let parts = rangeParts(range)
        let last = parts.start + (parts.length - BigInt(1)) * parts.step
        let first = try newInt(last)
        let reversed = try withRoots(first) { () throws(Raised) in
            let stop = try newInt(parts.start - parts.step)
            return try withRoots(stop) { () throws(Raised) in try newRange(arguments: [first, stop, try newInt(parts.step.negated)]) }
        }
        return try withRoots(reversed) { () throws(Raised) in try rangeIterator(reversed) }
    }

    /// range.start, .stop and .step (`slot` is the RangeLayout word), exact for big ranges too.
    func rangeAttribute(_ range: Value, _ slot: Int) throws(Raised) -> Value {
        let big = ObjectRef(range)[RangeLayout.big]
        if big.isNull { return try newInt(Int64(ObjectRef(range).word(slot))) }
        return TupleView(big)[slot - RangeLayout.start]
    }
}
