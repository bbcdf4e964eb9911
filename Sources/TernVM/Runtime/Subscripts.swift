// Subscription and slicing (x[i], x[a:b:c], assignment and deletion), len(),
// and the range, slice and bytes objects they involve.

enum BytesLayout {
    static let length = 1
    static let hash = 2
    static let data = 3
}

extension VM {
    // MARK: bytes

    func newBytes(_ contents: [UInt8]) throws(Raised) -> Value {
        try contents.withUnsafeBufferPointer { (source) throws(Raised) in try newBytes(copying: source) }
    }

    /// A bytes object holding a copy of `source` (which may be another heap object's memory:
    /// allocation never collects, docs/gc.md).
    func newBytes(copying source: UnsafeBufferPointer<UInt8>) throws(Raised) -> Value {
        let ref = try allocateBytes(count: source.count, zeroed: false)
        if let base = source.baseAddress { ref.bytes(from: BytesLayout.data).update(from: base, count: source.count) }
        return ref.value
    }

    /// A bytes object of `count` zero bytes, for callers that fill it in place; `zeroed: false`
    /// leaves all but the terminator unwritten, for callers that write every byte.
    func allocateBytes(count: Int, zeroed: Bool = true) throws(Raised) -> ObjectRef {
        let ref = try allocate(kind: .bytes, typeID: TypeID.bytes, bytes: BytesLayout.data * 8 + count + 1, zeroed: zeroed)
        ref.setWord(BytesLayout.length, count)
        ref.setWord(BytesLayout.hash, 0)
        ref.bytes(from: BytesLayout.data)[count] = 0
        return ref
    }

    /// Shortens a bytes object made by `allocateBytes` that nothing else has seen yet, for results
    /// whose size is only bounded in advance (the cell keeps its size; the heap sizes by cell).
    func truncateNewBytes(_ ref: ObjectRef, to count: Int) {
        ref.setWord(BytesLayout.length, count)
        ref.bytes(from: BytesLayout.data)[count] = 0
    }

    func bytesContents(_ value: Value) -> [UInt8] {
        let ref = ObjectRef(value)
        return Array(UnsafeBufferPointer(start: ref.bytes(from: BytesLayout.data), count: ref.word(BytesLayout.length)))
    }

    // MARK: range and slice

    func newRange(start: Int, stop: Int, step: Int) throws(Raised) -> Value {
        if step == 0 { throw raiseValueError("range() arg 3 must not be zero") }
        let ref = try allocate(kind: .range, typeID: TypeID.range, words: RangeLayout.words)
        ref.setWord(RangeLayout.start, start)
        ref.setWord(RangeLayout.stop, stop)
        ref.setWord(RangeLayout.step, step)
        var length = 0
        if step > 0 && start < stop { length = (stop - start - 1) / step + 1 }
        if step < 0 && start > stop { length = (start - stop - 1) / (-step) + 1 }
        ref.setWord(RangeLayout.length, length)
        ref[RangeLayout.big] = .null
        return ref.value
    }

    func rangeContains(_ range: Value, _ item: Value) throws(Raised) -> Bool {
        if !ObjectRef(range)[RangeLayout.big].isNull || (isIntLike(item) && smallIntValue(item) == nil) {
            guard isIntLike(item) else { return try forEachContains(range, item) }
            return bigRangeIndex(range, bigIntValue(item)) != nil
        }
        guard let value = smallIntValue(item), !item.isBool || true else {
            return try forEachContains(range, item)
        }
        if !isIntLike(item) { return try forEachContains(range, item) }
        let ref = ObjectRef(range)
        let start = ref.word(RangeLayout.start), step = ref.word(RangeLayout.step), length = ref.word(RangeLayout.length)
        if length == 0 { return false }
        let offset = Int(value) - start
        if step > 0 ? (offset < 0 || Int(value) >= ref.word(RangeLayout.stop)) : (offset > 0 || Int(value) <= ref.word(RangeLayout.stop)) {
            return false
        }
        return offset % step == 0
    }

    private func forEachContains(_ container: Value, _ item: Value) throws(Raised) -> Bool {
        var found = false
        try forEach(container) { (element) throws(Raised) in
            if !found, try isEqual(element, item) { found = true }
        }
        return found
    }

    func rangesEqual(_ a: Value, _ b: Value) -> Bool {
        let x = ObjectRef(a), y = ObjectRef(b)
        if !x[RangeLayout.big].isNull || !y[RangeLayout.big].isNull {
            let left = rangeParts(a), right = rangeParts(b)
            if left.length != right.length { return false }
            if left.length == BigInt.zero { return true }
            return left.start == right.start && (left.length == BigInt(1) || left.step == right.step)
        }
        let length = x.word(RangeLayout.length)
        if length != y.word(RangeLayout.length) { return false }
        if length == 0 { return true }
        if x.word(RangeLayout.start) != y.word(RangeLayout.start) { return false }
        return length == 1 || x.word(RangeLayout.step) == y.word(RangeLayout.step)
    }

    func newSlice(_ start: Value, _ stop: Value, _ step: Value) throws(Raised) -> Value {
        let ref = try allocate(kind: .slice, typeID: TypeID.slice, words: SliceLayout.words)
        ref[SliceLayout.start] = start
        ref[SliceLayout.stop] = stop
        ref[SliceLayout.step] = step
        return ref.value
    }

    /// An index argument as Int (via __index__), with CPython's TypeError otherwise.
    func indexValue(_ value: Value, _ what: () -> String) throws(Raised) -> Int {
        if let small = smallIntValue(value) { return Int(small) }
        if isIntLike(value) {
            guard let big = bigIntValue(value).asInt64 else {
                throw raise(exceptionTypes.indexError, "cannot fit 'int' into an index-sized integer")
            }
            return Int(big)
        }
        let method = lookupInType(typeID(of: value), names.index)
        if !method.isNull { return try indexValue(try indexResult(callSpecial(method, value)), what) }
        throw raiseTypeError(what())
    }

    /// The count of a repeat of a native sequence (array, deque), or nil (NotImplemented)
    /// when `other` is no index and its __rmul__ may answer; CPython's sequence TypeError
    /// otherwise. `sameKind`: `other` is a sequence of the same class family.
    func sequenceRepeatCount(_ other: Value, _ sequenceOnLeft: Bool, sameKind: Bool) throws(Raised) -> Int? {
        if let small = smallIntValue(other) { return Int(small) }
        if let number = try numberIndex(other) {
            if let small = bigIntValue(number).asInt64 { return Int(small) }
            throw raise(exceptionTypes.overflowError, "cannot fit 'int' into an index-sized integer")
        }
        // `sequence * x` leaves x's own __rmul__ its turn. `x * sequence` reaches here only after
        // x's * declined: a builtin sequence's refusal is worded by sequenceOperandError, any
        // other x is no count (in CPython: sequence_repeat).
        if sequenceOnLeft && types[typeID(of: other)].flags.contains(.heapType) && !sameKind
            && !lookupInType(typeID(of: other), intern("__rmul__")).isNull { return nil }
        if !sequenceOnLeft && sequenceOperandError(other, .none, BinaryOp.mul) != nil { return nil }
        throw raiseTypeError("can't multiply sequence by non-int of type '\(typeName(other))'")
    }

    /// An argument as CPython's "n" conversion (a C ssize_t) takes it: through __index__,
    /// with OverflowError past a machine word.
    func ssizeArgument(_ value: Value) throws(Raised) -> Int {
        if value.isInt { return Int(value.int) }
        guard let number = try numberIndex(value) else {
            throw raiseTypeError("'\(typeName(value))' object cannot be interpreted as an integer")
        }
        if let small = smallIntValue(number) { return Int(small) }
        guard let big = bigIntValue(number).asInt64 else {
            throw raise(exceptionTypes.overflowError, "Python int too large to convert to C ssize_t")
        }
        return Int(big)
    }

    /// An index argument as Int (via __index__), an int past Int's range clamped to Int.min or
    /// Int.max: slice bounds, find/index start and end, round's ndigits (In CPython:
    /// _PyEval_SliceIndex and PyNumber_AsSsize_t without an exception type).
    func clampedIndexValue(_ value: Value, _ what: () -> String) throws(Raised) -> Int {
        if let small = smallIntValue(value) { return Int(small) }
        guard let number = try numberIndex(value) else { throw raiseTypeError(what()) }
        if let small = smallIntValue(number) { return Int(small) }
        let big = bigIntValue(number)
        if let fits = big.asInt64 { return Int(fits) }
        return big.isNegative ? Int.min : Int.max
    }

    /// `value` as a C int, as CPython converts an `int` argument: through
    /// __index__, and OverflowError (either sign) past 32 bits.
    func cIntValue(_ value: Value, _ what: () -> String) throws(Raised) -> Int {
        guard let number = try numberIndex(value) else { throw raiseTypeError(what()) }
        if let small = smallIntValue(number), small >= Int64(Int32.min), small <= Int64(Int32.max) { return Int(small) }
        throw raise(exceptionTypes.overflowError, "Python int too large to convert to C int")
    }

    /// The int `value` stands for as a count or index: itself, or what its __index__ returns
    /// (CPython's PyNumber_Index); nil when it has no __index__.
    func numberIndex(_ value: Value) throws(Raised) -> Value? {
        if isIntLike(value) { return value }
        let method = lookupInType(typeID(of: value), names.index)
        return method.isNull ? nil : try indexResult(callSpecial(method, value))
    }

    /// In CPython: __index__ must return an int (else it could return itself and recurse forever).
    private func indexResult(_ result: Value) throws(Raised) -> Value {
        if isIntLike(result) { return result }
        throw raiseTypeError("__index__ returned non-int (type \(typeName(result)))")
    }

    /// slice.indices(length): clamped (start, stop, step, count).
    func sliceIndices(_ slice: Value, length: Int) throws(Raised) -> (Int, Int, Int, Int) {
        let ref = ObjectRef(slice)
        let startValue = ref[SliceLayout.start], stopValue = ref[SliceLayout.stop], stepValue = ref[SliceLayout.step]
        if (startValue.isNone || startValue.isInt) && (stopValue.isNone || stopValue.isInt) && (stepValue.isNone || stepValue.isInt) {
            // Small ints and None (nearly every slice): no __index__ calls, no closures.
            let step = stepValue.isNone ? 1 : Int(stepValue.int)
            if step == 0 { throw raiseValueError("slice step cannot be zero") }
            @inline(__always) func clampSmall(_ value: Value, _ defaultValue: Int) -> Int {
                value.isNone ? defaultValue : clampSliceIndex(Int(value.int), length: length, step: step)
            }
            let start = clampSmall(startValue, step < 0 ? length - 1 : 0)
            let stop = clampSmall(stopValue, step < 0 ? -1 : length)
            var count = 0
            if step > 0 && start < stop { count = (stop - start - 1) / step + 1 }
            if step < 0 && stop < start { count = (start - stop - 1) / (-step) + 1 }
            return (start, stop, step, count)
        }
        let message = { "slice indices must be integers or None or have an __index__ method" }
        var step = 1
        if !ref[SliceLayout.step].isNone {
            // At least -Int.max, so that -step cannot overflow.
            step = max(try clampedIndexValue(ref[SliceLayout.step], message), -Int.max)
            if step == 0 { throw raiseValueError("slice step cannot be zero") }
        }
        func clamp(_ value: Value, default defaultValue: Int) throws(Raised) -> Int {
            value.isNone ? defaultValue : clampSliceIndex(try clampedIndexValue(value, message), length: length, step: step)
        }
        let start = try clamp(ref[SliceLayout.start], default: step < 0 ? length - 1 : 0)
        let stop = try clamp(ref[SliceLayout.stop], default: step < 0 ? -1 : length)
        var count = 0
        if step > 0 && start < stop { count = (stop - start - 1) / step + 1 }
        if step < 0 && stop < start { count = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, count)
    }

    // MARK: len()

    /// The length of a builtin container (not of a subclass, which may define __len__), else nil.
    @inline(__always) func builtinLength(_ value: Value) -> Int? {
        guard value.isObject else { return nil }
        let ref = ObjectRef(value)
        guard !types[ref.typeID].flags.contains(.heapType) else { return nil }
        switch ref.kind {
        case .str: return StrView(value).count
        case .list: return ListView(value).count
        case .tuple: return TupleView(value).count
        case .dict: return DictView(value).count
        case .set: return setCount(value)
        case .bytes: return ref.word(BytesLayout.length)
        case .range: return ref[RangeLayout.big].isNull ? ref.word(RangeLayout.length) : nil
        case .dictView: return DictView(ref[DictViewLayout.dict]).count
        default: return nil
        }
    }

    func length(of value: Value) throws(Raised) -> Int {
        if let count = builtinLength(value) { return count }
        if typeID(of: value) == dequeTypeID && dequeTypeID != 0 { return dequeView(value).count }
        if value.isObject && ObjectRef(value).kind == .range && typeID(of: value) == TypeID.range {
            throw raise(exceptionTypes.overflowError, "Python int too large to convert to C ssize_t")
        }
        let method = lookupInType(typeID(of: value), names.len)
        if method.isNull { throw raiseTypeError("object of type '\(typeName(value))' has no len()") }
        let result = try callSpecial(method, value)
        guard isIntLike(result) else { throw raiseTypeError("'\(typeName(result))' object cannot be interpreted as an integer") }
        let count = try indexValue(result) { "" }
        if count < 0 { throw raiseValueError("__len__() should return >= 0") }
        return count
    }

    // MARK: x[key]

    /// Whether `method` is dict's own __getitem__ (`setting`: __setitem__), which a dict subclass
    /// such as Counter or defaultdict keeps. Both are kept once found: a builtin type's methods
    /// never change after start-up (a lookup in dict's dict per subscript before).
    @inline(__always) private func isDictOwnSubscript(_ method: Value, setting: Bool) -> Bool {
        let kept = setting ? dictOwnSubscripts.set : dictOwnSubscripts.get
        if !kept.isNull { return method == kept }
        let own = dictGetStr(TypeView(types[TypeID.dict].object).dict, setting ? names.setitem : names.getitem)
        if setting { dictOwnSubscripts.set = own } else { dictOwnSubscripts.get = own }
        return method == own
    }

    func getItem(_ container: Value, _ key: Value) throws(Raised) -> Value {
        let id = typeID(of: container)
        // A byte or character read by an int (`data[0]`, `text[pos]` in parsers): no length or
        // slice checks through sequenceGetItem; out of range goes there for its error.
        if key.isInt {
            if id == TypeID.bytes {
                let ref = ObjectRef(container)
                if let index = indexInRange(key, count: ref.word(BytesLayout.length)) {
                    return Value(int: Int(ref.bytes(from: BytesLayout.data)[index]))
                }
            } else if id == TypeID.str {
                let view = StrView(container)
                if let index = indexInRange(key, count: view.count) { return try newStr(codePoint: view[index]) }
            } else if id == TypeID.byteArray, let index = indexInRange(key, count: ByteArrayView(container).count) {
                return Value(int: Int(ByteArrayView(container).data[index]))
            }
        }
        switch id {
        case TypeID.list, TypeID.tuple, TypeID.str, TypeID.bytes, TypeID.range:
            return try sequenceGetItem(container, key, id)
        case TypeID.dict:
            let value = try dictGet(DictView(container), key)
            if value.isNull { throw raise(exception: try newException(exceptionTypes.keyError, args: try newTuple([key]))) }
            return value
        default:
            // array.array and deque themselves (a subclass may define its own __getitem__) index natively.
            if id == arrayTypeID && id != 0 { return try arrayGetItem(container, key) }
            if id == dequeTypeID && id != 0 { return try dequeGetItem(container, key) }
        }
        if isType(container) {
            if container == types[TypeID.type].object { return try genericAlias(container, key) }
            let method = lookupInType(TypeView(container).ownTypeID, intern("__class_getitem__"))
            if !method.isNull {
                // __class_getitem__ is an implicit classmethod (see createClass).
                if method.isObject && ObjectRef(method).kind == .classMethod {
                    return try call(ObjectRef(method)[WrapperLayout.function], container, key)
                }
                return try call(method, container, key)
            }
        }
        let method = lookupInType(id, names.getitem)
        if !method.isNull {
            // A dict subclass that keeps dict's own __getitem__ (defaultdict, Counter) indexes natively.
            if container.isObject && ObjectRef(container).kind == .dict && isDictOwnSubscript(method, setting: false) {
                return try dictSubscript(container, key)
            }
            return try callSpecial(method, container, key)
        }
        if id == TypeID.dict || isInstance(container, typeID: TypeID.dict) {
            let payloadDict = container
            let value = try dictGet(DictView(payloadDict), key)
            if !value.isNull { return value }
            let missing = lookupInType(id, names.missing)
            if !missing.isNull { return try call(missing, container, key) }
            throw raise(exception: try newException(exceptionTypes.keyError, args: try newTuple([key])))
        }
        if isType(container) { throw raiseTypeError("type '\(typeNameInMessages(id: TypeView(container).ownTypeID))' is not subscriptable") }
        throw raiseTypeError("'\(typeName(container))' object is not subscriptable")
    }

    func sequenceGetItem(_ container: Value, _ key: Value, _ id: Int) throws(Raised) -> Value {
        if id == TypeID.range && !ObjectRef(container)[RangeLayout.big].isNull { return try bigRangeGetItem(container, key) }
        let length = try self.length(of: container)
        if typeID(of: key) == TypeID.slice {
            let (start, _, step, count) = try sliceIndices(key, length: length)
            switch id {
            case TypeID.list:
                // Copied straight between heap arrays: slicing is hot (fannkuch, copies with [:]).
                let result = try newList(capacity: count)
                if count > 0 {
                    let source = ListView(container).items, target = result.items
                    if step == 1 {
                        target.update(from: source + start, count: count)
                    } else {
                        for index in 0..<count { target[index] = source[start + index * step] }
                    }
                }
                result.count = count
                return result.ref.value
            case TypeID.tuple:
                let result = try allocateTuple(count: count)
                let source = TupleView(container).items
                for index in 0..<count { result[index] = source[start + index * step] }
                return result.ref.value
            case TypeID.str:
                if step == 1 { return try substring(container, start, start + count) }
                let view = StrView(container)
                var scalars: [UInt32] = []
                for index in 0..<count { scalars.append(view[start + index * step]) }
                return try newStr(scalars: scalars)
            case TypeID.bytes:
                // Copied straight from the source (copying all of it first made slicing O(len)).
                let result = try allocateBytes(count: count)
                let source = ObjectRef(container).bytes(from: BytesLayout.data), target = result.bytes(from: BytesLayout.data)
                for index in 0..<count { target[index] = source[start + index * step] }
                return result.value
            default:
                let ref = ObjectRef(container)
                let rangeStep = ref.word(RangeLayout.step)
                let first = ref.word(RangeLayout.start) + start * rangeStep
                return try newRange(start: first, stop: first + count * step * rangeStep, step: step * rangeStep)
            }
        }
        // In CPython bytes says "byte indices" here (and "bytes" in its compile-time warning).
        // Named only for an error: computing it for every index cost more than the indexing. A local
        // function, not a closure value: a closure value capturing `self` is a heap allocation per call.
        func typeNameText() -> String { id == TypeID.str ? "string" : (id == TypeID.bytes ? "byte" : typeName(id: id)) }
        var index = try indexValue(key) {
            id == TypeID.str ? "string indices must be integers, not '\(self.typeName(key))'"
                : "\(typeNameText()) indices must be integers or slices, not \(self.typeName(key))"
        }
        if index < 0 { index += length }
        if index < 0 || index >= length {
            let message = id == TypeID.bytes ? "index out of range" : (id == TypeID.range ? "range object index out of range" : "\(typeNameText()) index out of range")
            throw raise(exceptionTypes.indexError, message)
        }
        switch id {
        case TypeID.list: return ListView(container)[index]
        case TypeID.tuple: return TupleView(container)[index]
        case TypeID.str: return try newStr(codePoint: StrView(container)[index])
        case TypeID.bytes: return Value(int: Int(ObjectRef(container).bytes(from: BytesLayout.data)[index]))
        default:
            let ref = ObjectRef(container)
            return try newInt(Int64(ref.word(RangeLayout.start) + index * ref.word(RangeLayout.step)))
        }
    }

    /// The small int `key` as an index into `count` items, counted from the end when negative;
    /// nil when out of range (the caller's general path raises the type's own error).
    @inline(__always) private func indexInRange(_ key: Value, count: Int) -> Int? {
        let index = key.int < 0 ? Int(key.int) + count : Int(key.int)
        return index >= 0 && index < count ? index : nil
    }

    func setItem(_ container: Value, _ key: Value, _ value: Value) throws(Raised) {
        let id = typeID(of: container)
        // `charmap[i] = 1` (the charsets `re` compiles): an int byte stored in place.
        if id == TypeID.byteArray && key.isInt && value.isInt && value.int >= 0 && value.int < 256,
           let index = indexInRange(key, count: ByteArrayView(container).count) {
            ByteArrayView(container).data[index] = UInt8(value.int)
            return
        }
        switch id {
        case TypeID.dict:
            try dictSet(DictView(container), key, value)
            return
        case TypeID.list:
            try listSetItem(ListView(container), key, value)
            return
        default:
            // array.array itself (a subclass may define its own __setitem__) stores natively.
            if id == arrayTypeID && id != 0 { return try arraySetItem(container, key, value) }
        }
        let method = lookupInType(id, names.setitem)
        if !method.isNull {
            if container.isObject && ObjectRef(container).kind == .dict && isDictOwnSubscript(method, setting: true) {
                try dictSet(DictView(container), key, value)
                return
            }
            _ = try callSpecial(method, container, key, value)
            return
        }
        throw raiseTypeError("'\(typeName(container))' object does not support item assignment")
    }

    private func listAssignSlice(_ list: ListView, _ slice: Value, _ value: Value) throws(Raised) {
        // The replacement is a fresh list (it may be the list itself: a[:] = a), except that
        // another exact list is used as it is: nothing below runs Python code that could change it.
        let reuse = typeID(of: value) == TypeID.list && value != list.ref.value
        let replacementValue = reuse ? value : try withRoots(list.ref.value) { () throws(Raised) in try listFrom(value) }
        let replacement = ListView(replacementValue)
        let (start, _, step, count) = try sliceIndices(slice, length: list.count)
        if step == 1 {
            let oldCount = list.count
            let removed = max(0, count)
            let newCount = oldCount - removed + replacement.count
            try withRoots(replacementValue) { () throws(Raised) in try listReserve(list, newCount) }
            let items: UnsafeMutablePointer<Value>? = list.capacity > 0 ? list.items : nil
            let tailStart = start + removed, tailCount = oldCount - tailStart
            if tailCount > 0 && replacement.count != removed {
                // Move the tail into place (regions may overlap).
                (items! + start + replacement.count).update(from: items! + tailStart, count: tailCount)
            }
            for index in 0..<replacement.count { items![start + index] = replacement[index] }
            // Slots past the new end are cleared so the collector never sees stale values.
            var index = newCount
            while index < oldCount { items![index] = .null; index += 1 }
            if list.capacity > 0 { ObjectRef(list.storage).rememberStores() }
            list.count = newCount
            return
        }
        if replacement.count != count {
            throw raiseValueError("attempt to assign sequence of size \(replacement.count) to extended slice of size \(count)")
        }
        for index in 0..<count { list[start + index * step] = replacement[index] }
    }

    func deleteItem(_ container: Value, _ key: Value) throws(Raised) {
        let id = typeID(of: container)
        switch id {
        case TypeID.dict:
            if try dictRemove(DictView(container), key).isNull {
                throw raise(exception: try newException(exceptionTypes.keyError, args: try newTuple([key])))
            }
            return
        case TypeID.list:
            try listDeleteItem(ListView(container), key)
            return
        default:
            break
        }
        let method = lookupInType(id, names.delitem)
        if !method.isNull { _ = try callSpecial(method, container, key); return }
        throw raiseTypeError("'\(typeName(container))' object doesn't support item deletion")
    }

    /// list[key] = value for a list or a list subclass (index or slice).
    func listSetItem(_ list: ListView, _ key: Value, _ value: Value) throws(Raised) {
        if typeID(of: key) == TypeID.slice {
            try listAssignSlice(list, key, value)
            return
        }
        var index = try indexValue(key) { "list indices must be integers or slices, not \(self.typeName(key))" }
        if index < 0 { index += list.count }
        if index < 0 || index >= list.count { throw raise(exceptionTypes.indexError, "list assignment index out of range") }
        list[index] = value
    }

    /// del list[key] for a list or a list subclass (index or slice).
    func listDeleteItem(_ list: ListView, _ key: Value) throws(Raised) {
        if typeID(of: key) == TypeID.slice {
            let (start, _, step, count) = try sliceIndices(key, length: list.count)
            var remove = Set<Int>()
            for index in 0..<count { remove.insert(start + index * step) }
            var items: [Value] = []
            for index in 0..<list.count where !remove.contains(index) { items.append(list[index]) }
            for index in 0..<items.count { list[index] = items[index] }
            for index in items.count..<list.count { list[index] = .null }
            list.count = items.count
            return
        }
        var index = try indexValue(key) { "list indices must be integers or slices, not \(self.typeName(key))" }
        if index < 0 { index += list.count }
        if index < 0 || index >= list.count { throw raise(exceptionTypes.indexError, "list assignment index out of range") }
        _ = listRemove(list, at: index)
    }
}

/// A slice bound clamped into a sequence of `length` items (CPython's PySlice_AdjustIndices).
@inline(__always) func clampSliceIndex(_ index: Int, length: Int, step: Int) -> Int {
    if index < 0 {
        let adjusted = index + length
        return adjusted < 0 ? (step < 0 ? -1 : 0) : adjusted
    }
    if index >= length { return step < 0 ? length - 1 : length }
    return index
}
