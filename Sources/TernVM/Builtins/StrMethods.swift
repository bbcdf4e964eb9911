// str concatenation and repetition, the argument helpers of the str methods, and
// their installation (the methods live in StrSearch, StrCase, StrFormatMethod).

extension VM {
    /// Joins `count` str values at `items` into one str.
    func concatenateStrings(_ items: UnsafeMutablePointer<Value>, _ count: Int) throws(Raised) -> Value {
        var total = 0, ascii = true
        for index in 0..<count {
            let view = StrView(items[index])
            total += view.count
            if !view.isASCII { ascii = false }
        }
        let ref = try allocateStr(count: total, width: ascii ? 1 : 4)
        let result = StrView(ref.value)
        var position = 0
        for index in 0..<count {
            let view = StrView(items[index])
            copyCodePoints(of: view, into: result, at: position)
            position += view.count
        }
        return ref.value
    }

    /// `left + right` of two strs. Allocating never collects, so the pair needs no rooting; it
    /// is not on the value stack either, where a trace's inlined frames may lie (trace helpers call this).
    func concatenateStrs(_ left: Value, _ right: Value) throws(Raised) -> Value {
        var pair = (left, right)
        return try withUnsafeMutablePointer(to: &pair) { pointer throws(Raised) in
            try pointer.withMemoryRebound(to: Value.self, capacity: 2) { items throws(Raised) in
                try concatenateStrings(items, 2)
            }
        }
    }

    /// `separator.join(items)` for a list, tuple or exact deque `items`: measured, then written
    /// into one str.
    func joinStrs(_ separator: Value, _ items: Value) throws(Raised) -> Value {
        switch ObjectRef(items).kind {
        case .list:
            return try joinStrs(separator, UnsafeBufferPointer(start: ListView(items).items, count: ListView(items).count))
        case .tuple:
            return try joinStrs(separator, UnsafeBufferPointer(start: TupleView(items).items, count: TupleView(items).count))
        default:
            // A deque's ring holds its items in at most two runs: from head to the end, then from 0.
            let deque = dequeView(items)
            let ring = deque.ring.items, head = deque.head, firstCount = min(deque.count, deque.capacity - head)
            return try joinStrs(separator, UnsafeBufferPointer(start: ring + head, count: firstCount),
                                UnsafeBufferPointer(start: ring, count: deque.count - firstCount))
        }
    }

    /// Joins the items of `first` and then of `second` (reading them runs no Python code, so
    /// they cannot change between the two passes).
    private func joinStrs(_ separator: Value, _ first: UnsafeBufferPointer<Value>,
                          _ second: UnsafeBufferPointer<Value> = UnsafeBufferPointer(start: nil, count: 0)) throws(Raised) -> Value {
        let count = first.count + second.count
        if count == 0 { return names.emptyString }
        let glue = StrView(separator)
        var total = glue.count * (count - 1), ascii = glue.isASCII
        for pass in 0..<2 {
            let run = pass == 0 ? first : second
            for (index, value) in run.enumerated() {
                let item = builtinSelf(value)
                guard isStr(item) else {
                    let position = pass == 0 ? index : first.count + index
                    throw raiseTypeError("sequence item \(position): expected str instance, \(typeName(value)) found")
                }
                let view = StrView(item)
                total += view.count
                if !view.isASCII { ascii = false }
            }
        }
        // In CPython: one exact str is returned itself.
        if count == 1 { let only = first.isEmpty ? second[0] : first[0]; if isExactType(only, TypeID.str) { return only } }
        let result = StrView(try allocateStr(count: total, width: ascii ? 1 : 4).value)
        var position = 0, written = 0
        for pass in 0..<2 {
            for value in pass == 0 ? first : second {
                if written > 0 && glue.count > 0 {
                    copyCodePoints(of: glue, into: result, at: position)
                    position += glue.count
                }
                let item = StrView(builtinSelf(value))
                copyCodePoints(of: item, into: result, at: position)
                position += item.count
                written += 1
            }
        }
        return result.ref.value
    }

    func repeatStr(_ value: Value, _ times: Int) throws(Raised) -> Value {
        let view = StrView(value)
        let count = repeatTimes(Int64(times), length: view.count)
        if count == 1 { return value }
        let ref = try allocateStr(count: try repeatedLength(view.count, count, itemBytes: view.width), width: view.width)
        let bytes = view.byteCount
        fillRepeating(ref.bytes(from: StrLayout.data), total: count * bytes, from: view.ref.bytes(from: StrLayout.data), count: bytes)
        return ref.value
    }

    /// Index of `needle` in `haystack[start..<end]`, or -1.
    func strFind(_ haystack: Value, _ needle: Value, _ start: Int, _ end: Int) -> Int {
        let h = StrView(haystack), n = StrView(needle)
        if n.count == 0 { return start <= end ? start : -1 }
        var index = start
        while index + n.count <= end {
            var matched = true
            for offset in 0..<n.count where h[index + offset] != n[offset] { matched = false; break }
            if matched { return index }
            index += 1
        }
        return -1
    }

    /// The builtin value behind `self` (the payload of an instance of a subclass of str or bytes).
    @inline(__always) func builtinSelf(_ value: Value) -> Value {
        if value.isObject && ObjectRef(value).kind == .instance {
            let payload = ObjectRef(value).instancePayload
            if !payload.isNull { return payload }
        }
        return value
    }

    func scalars(_ value: Value) -> [UInt32] { StrView(builtinSelf(value)).scalars }

    /// In CPython: str's notion of whitespace (Unicode White_Space plus the \x1c-\x1f separators).
    static func isSpace(_ c: UInt32) -> Bool {
        c == 32 || (c >= 9 && c <= 13) || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F || c == 0x85 || c == 0xA0
            || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
    }

    /// A str argument of a str method, with CPython's "must be str, not int" message.
    func strArgument(_ value: Value, allowNone: Bool = false) throws(Raised) -> [UInt32]? {
        if allowNone && (value.isNone || value.isNull) { return nil }
        let inner = builtinSelf(value)
        guard isStr(inner) else { throw raiseTypeError("must be str\(allowNone ? " or None" : ""), not \(typeName(value))") }
        return StrView(inner).scalars
    }

    /// Optional start/end arguments (None or absent: nil), read with __index__.
    func optionalIndex(_ arguments: Arguments, _ position: Int) throws(Raised) -> Int? {
        guard arguments.positionalCount > position, !arguments[position].isNone else { return nil }
        return try clampedIndexValue(arguments[position]) { "slice indices must be integers or None or have an __index__ method" }
    }

    /// A positional-or-keyword argument, or NULL.
    func argument(_ arguments: Arguments, _ position: Int, _ name: String) -> Value {
        arguments.positionalCount > position ? arguments[position] : arguments.keyword(name)
    }

    func installStrMethods() {
        installStrSearchMethods()
        installStrCaseMethods()
        installStrFormatMethods()
        installStrConstructor()
        installBytesMethods()
        installByteArrayMethods()
        installTextIdentityDunders(TypeID.str)
        installTextIdentityDunders(TypeID.bytes)
    }

    /// repr, str, hash and the comparisons of str and bytes as methods, which instances of
    /// their subclasses reach (plain values take the interpreter's own paths, and a method
    /// gets the plain value an instance carries as its receiver: see NativeEntry.unwrapsPayload).
    private func installTextIdentityDunders(_ id: Int) {
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            return try vm.repr(arguments[0])
        }
        defineMethod(id, "__str__") { vm, arguments throws(Raised) in
            return id == TypeID.str ? vm.builtinSelf(arguments[0]) : try vm.repr(arguments[0])
        }
        defineMethod(id, "__hash__") { vm, arguments throws(Raised) in
            return try vm.newInt(Int64(try vm.hashValue(arguments[0])))
        }
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                let other = vm.builtinSelf(arguments[1])
                guard id == TypeID.str ? vm.isStr(other) : vm.isBytesLike(other),
                      let result = try vm.builtinCompare(arguments[0], other, op) else { return vm.notImplemented }
                return Value(bool: result)
            }
        }
    }
}

extension VM {
    /// A sequence times an int too big for a small int: CPython's errors (the repeat
    /// paths take small ints only; anything bigger cannot fit in memory anyway).
    /// Returns the repeat count to use instead (0 for a huge negative count), or nil.
    func checkHugeRepeat(_ left: Value, _ right: Value) throws(Raised) -> Value? {
        let leftType = typeID(of: left), rightType = typeID(of: right)
        let sequences = [TypeID.str, TypeID.list, TypeID.tuple, TypeID.bytes, TypeID.byteArray]
        let (sequence, count): (Int, Value) = sequences.contains(leftType) && rightType == TypeID.int ? (leftType, right)
            : sequences.contains(rightType) && leftType == TypeID.int ? (rightType, left) : (-1, .null)
        if sequence < 0 || smallIntValue(count) != nil { return nil }
        let number = bigIntValue(count)
        guard let times = number.asInt64 else { throw raise(exceptionTypes.overflowError, "cannot fit 'int' into an index-sized integer") }
        if times <= 0 { return Value(int: 0) }
        let length = try length(of: count == right ? left : right)
        if length == 0 { return Value(int: 0) }  // nothing repeated any number of times
        let tooLong = Int(times).multipliedReportingOverflow(by: length).overflow
        if tooLong && sequence == TypeID.str { throw raise(exceptionTypes.overflowError, "repeated string is too long") }
        if tooLong && sequence != TypeID.list && sequence != TypeID.tuple { throw raise(exceptionTypes.overflowError, "repeated bytes are too long") }
        throw raiseMemoryError()
    }

    /// A builtin sequence times an object with __index__ (not an int): in CPython the
    /// repeat (sq_repeat) takes what __index__ returns. nil when that does not apply.
    func sequenceRepeatByIndex(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value? {
        let sequences = [TypeID.str, TypeID.list, TypeID.tuple, TypeID.bytes, TypeID.byteArray]
        let sequenceOnLeft = sequences.contains(typeID(of: left))
        guard sequenceOnLeft || sequences.contains(typeID(of: right)) else { return nil }
        let other = sequenceOnLeft ? right : left
        if isIntLike(other) { return nil }
        guard let count = try numberIndex(other) else { return nil }
        return try withRoots(count) { () throws(Raised) in
            try binaryOp(sequenceOnLeft ? left : count, sequenceOnLeft ? count : right, op)
        }
    }

    /// In CPython: str, list and tuple explain a failed + or * in their own words.
    func sequenceOperandError(_ left: Value, _ right: Value, _ base: Int) -> String? {
        let leftType = typeID(of: left), rightType = typeID(of: right)
        let sequences = [TypeID.str, TypeID.list, TypeID.tuple]
        if base == BinaryOp.add && sequences.contains(leftType) {
            return "can only concatenate \(typeName(left)) (not \"\(typeName(right))\") to \(typeName(left))"
        }
        if base == BinaryOp.mul {
            if sequences.contains(leftType) || leftType == TypeID.bytes || leftType == TypeID.byteArray {
                return "can't multiply sequence by non-int of type '\(typeName(right))'"
            }
            if sequences.contains(rightType) || rightType == TypeID.bytes || rightType == TypeID.byteArray {
                return "can't multiply sequence by non-int of type '\(typeName(left))'"
            }
        }
        return nil
    }
}
