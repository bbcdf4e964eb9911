#if canImport(Glibc)
import Glibc
#endif
// Operators on any values: builtin types first, then the dunder protocol
// (__add__/__radd__ with subclass priority, in-place forms, rich comparisons with
// reflection and the NotImplemented fallback), truth, membership and unary ops.

extension VM {
    // MARK: Binary operators

    func binaryOp(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        let base = op & 15
        let inPlace = op >= 16
        // str's % runs before a right operand's __rmod__ unless that operand is of a str subclass.
        if base == BinaryOp.mod && left.isObject && ObjectRef(left).typeID == TypeID.str
            && (!right.isObject || !types[ObjectRef(right).typeID].flags.contains(.heapType)) {
            return try percentFormat(left, right)
        }
        var reflectedTried = false
        if isSequenceWithoutNumberSlots(left) {
            let reflected = reflectedBeforeSequenceOperation(left, right, base)
            if !reflected.isNull {
                let result = try callSpecial(reflected, right, left)
                if result != notImplemented { return result }
                reflectedTried = true
            }
        } else {
            let numeric = try numericBinary(left, right, base)
            if !numeric.isNull { return numeric }
        }
        let builtin = try builtinSequenceBinary(left, right, base, inPlace: inPlace)
        if !builtin.isNull { return builtin }
        if inPlace {
            let method = lookupInType(typeID(of: left), names.inPlace[base])
            if !method.isNull {
                let result = try callSpecial(method, left, right)
                if result != notImplemented { return result }
            }
        }
        let result = try dunderBinary(left, right, base, reflectedTried: reflectedTried)
        if !result.isNull { return result }
        if base == BinaryOp.mod && isStr(left) { return try percentFormat(left, right) }
        if base == BinaryOp.mod && isBytesLike(left) { return try bytesPercentFormat(left, right) }
        if base == BinaryOp.mul, let repeated = try sequenceRepeatByIndex(left, right, op) { return repeated }
        if base == BinaryOp.mul, let times = try checkHugeRepeat(left, right) {
            let countOnLeft = typeID(of: left) == TypeID.int
            return try binaryOp(countOnLeft ? times : left, countOnLeft ? right : times, base)
        }
        throw raiseUnsupportedBinary(left, right, base, inPlace: inPlace)
    }

    /// The TypeError for a binary operator that no operand supports (CPython's messages).
    func raiseUnsupportedBinary(_ left: Value, _ right: Value, _ base: Int, inPlace: Bool) -> Raised {
        if let message = sequenceOperandError(left, right, base) { return raiseTypeError(message) }
        let symbol = BinaryOp.symbols[base] + (inPlace ? "=" : "")
        if base == BinaryOp.add && left.isObject && !inPlace {
            // In CPython: sequence concatenation (sq_concat) names the left type.
            let kind = ObjectRef(left).kind
            if kind == .list || kind == .tuple || kind == .str {
                let leftName = kind == .list ? "list" : (kind == .tuple ? "tuple" : "str")
                return raiseTypeError("can only concatenate \(leftName) (not \"\(typeName(right))\") to \(leftName)")
            }
        }
        if base == BinaryOp.pow && !inPlace {
            return raiseTypeError("unsupported operand type(s) for ** or pow(): '\(typeName(left))' and '\(typeName(right))'")
        }
        let message = "unsupported operand type(s) for \(symbol): '\(typeName(left))' and '\(typeName(right))'"
        if base == BinaryOp.rshift && !inPlace && typeID(of: left) == TypeID.builtinFunction
            && StrView(ObjectRef(left)[BuiltinFunctionLayout.name]).equals("print") {
            // Python 2's `print >> stream, text`, as CPython hints it.
            return raiseTypeError(message + ". Did you mean \"print(<message>, file=<output_stream>)\"?")
        }
        return raiseTypeError(message)
    }

    /// str, bytes, bytearray, list and tuple (and their subclasses): in CPython they concatenate
    /// and repeat through sequence slots, which come after every number slot of both operands.
    @inline(__always) private func isSequenceWithoutNumberSlots(_ value: Value) -> Bool {
        guard value.isObject else { return false }
        switch ObjectRef(value).kind {
        case .str, .bytes, .byteArray, .list, .tuple: return true
        default: return false
        }
    }

    /// The right operand's reflected method written in Python, which CPython calls before a
    /// sequence's own concatenation or repetition (`[1] + L()` with L.__radd__, `b * I(2)` with
    /// I.__rmul__) unless the left operand's class defines the forward method in Python; else NULL.
    @inline(__always) private func reflectedBeforeSequenceOperation(_ left: Value, _ right: Value, _ base: Int) -> Value {
        guard right.isObject else { return .null }
        let leftType = ObjectRef(left).typeID, rightType = ObjectRef(right).typeID
        guard rightType != leftType, types[rightType].flags.contains(.heapType) else { return .null }
        let reflected = lookupInType(rightType, names.reflected[base])
        guard reflected.isObject, ObjectRef(reflected).kind == .function else { return .null }
        if types[leftType].flags.contains(.heapType) {
            let forward = lookupInType(leftType, names.binary[base])
            if forward.isObject && ObjectRef(forward).kind == .function { return .null }
        }
        return reflected
    }

    /// a.__op__(b) then b.__rop__(a) (reflected first when b's type is a subclass overriding it). NULL if neither.
    /// `reflectedTried`: binaryOp has called the reflected method already (it declined).
    func dunderBinary(_ left: Value, _ right: Value, _ base: Int, reflectedTried: Bool = false) throws(Raised) -> Value {
        let leftType = typeID(of: left), rightType = typeID(of: right)
        let forward = lookupInType(leftType, names.binary[base])
        var reflected = Value.null
        if leftType != rightType && !reflectedTried { reflected = lookupInType(rightType, names.reflected[base]) }
        if !reflected.isNull && isSubtype(rightType, leftType) && types[rightType].flags.contains(.heapType) {
            let result = try withRoots(forward) { () throws(Raised) in try callSpecial(reflected, right, left) }
            if result != notImplemented { return result }
            reflected = .null
        }
        if !forward.isNull {
            let result = try withRoots(reflected) { () throws(Raised) in try callSpecial(forward, left, right) }
            if result != notImplemented { return result }
        }
        if !reflected.isNull {
            let result = try callSpecial(reflected, right, left)
            if result != notImplemented { return result }
        }
        return .null
    }

    /// str, list, tuple, bytes concatenation and repetition; set operators. NULL when not applicable.
    func builtinSequenceBinary(_ left: Value, _ right: Value, _ base: Int, inPlace: Bool) throws(Raised) -> Value {
        guard left.isObject else {
            if base == BinaryOp.mul && right.isObject && smallIntValue(left) != nil {
                return try builtinSequenceBinary(right, left, base, inPlace: false)
            }
            return .null
        }
        let leftType = typeID(of: left)
        switch leftType {
        case TypeID.str:
            if base == BinaryOp.add && isStr(right) { return try concatenateStrs(left, right) }
            if base == BinaryOp.mul, let count = smallIntValue(right) { return try repeatStr(left, Int(count)) }
        case TypeID.list:
            if base == BinaryOp.add && typeID(of: right) == TypeID.list {
                if inPlace { try listExtend(ListView(left), right); return left }
                let a = ListView(left), b = ListView(right)
                let result = try newList(capacity: a.count + b.count)
                for index in 0..<a.count { result[index] = a[index] }
                for index in 0..<b.count { result[a.count + index] = b[index] }
                result.count = a.count + b.count
                return result.ref.value
            }
            if base == BinaryOp.add && inPlace {
                try listExtend(ListView(left), right); return left
            }
            if base == BinaryOp.mul, let count = smallIntValue(right) {
                let source = ListView(left)
                let times = repeatTimes(count, length: source.count)
                if inPlace {
                    _ = try repeatedLength(source.count, times, itemBytes: 8)
                    let original = try newList(UnsafeBufferPointer(start: source.count > 0 ? source.items : nil, count: source.count))
                    listClear(source)
                    for _ in 0..<times { try listExtend(source, original) }
                    return left
                }
                let total = try repeatedLength(source.count, times, itemBytes: 8)
                let result = try newList(capacity: total)
                var position = 0
                for _ in 0..<times {
                    for index in 0..<source.count { result[position] = source[index]; position += 1 }
                }
                result.count = total
                return result.ref.value
            }
        case TypeID.tuple:
            if base == BinaryOp.add && typeID(of: right) == TypeID.tuple {
                let a = TupleView(left), b = TupleView(right)
                let result = try allocateTuple(count: a.count + b.count)
                for index in 0..<a.count { result[index] = a[index] }
                for index in 0..<b.count { result[a.count + index] = b[index] }
                return result.ref.value
            }
            if base == BinaryOp.mul, let count = smallIntValue(right) {
                let source = TupleView(left)
                let times = repeatTimes(count, length: source.count)
                if times == 1 { return left }
                let result = try allocateTuple(count: try repeatedLength(source.count, times, itemBytes: 8))
                var position = 0
                for _ in 0..<times {
                    for index in 0..<source.count { result[position] = source[index]; position += 1 }
                }
                return result.ref.value
            }
        case TypeID.bytes, TypeID.byteArray:
            return try bytesLikeBinary(left, right, base, inPlace: inPlace)
        case TypeID.set, TypeID.frozenset:
            if isSetLike(right) { return try setOperator(left, right, base, inPlace: inPlace) }
            if isDictSetView(right) && base >= BinaryOp.or && base <= BinaryOp.and || base == BinaryOp.sub && isDictSetView(right) {
                let other = try newSetFrom(right)
                return try withRoots(other) { () throws(Raised) in try setOperator(left, other, base, inPlace: inPlace) }
            }
        case TypeID.dictKeys, TypeID.dictItems:
            // In CPython: keys and items views are sets for &, |, ^ and -, and the result is a set.
            guard base == BinaryOp.sub || (base >= BinaryOp.or && base <= BinaryOp.and) else { break }
            let leftSet = try newSetFrom(left)
            return try withRoots(leftSet) { () throws(Raised) in
                let rightSet = isSetLike(right) ? right : try newSetFrom(right)
                return try withRoots(rightSet) { () throws(Raised) in try setOperator(leftSet, rightSet, base, inPlace: false) }
            }
        case TypeID.dict:
            if base == BinaryOp.or && typeID(of: right) == TypeID.dict {
                if inPlace { try dictUpdate(DictView(left), right, rejectDuplicates: false); return left }
                let result = try dictCopy(DictView(left))
                try withRoots(result.ref.value) { () throws(Raised) in
                    try dictUpdate(result, right, rejectDuplicates: false)
                }
                return result.ref.value
            }
        default:
            break
        }
        return .null
    }

    /// Whether a value is a dict's keys() or items() view (set-like in CPython).
    func isDictSetView(_ value: Value) -> Bool {
        let id = typeID(of: value)
        return id == TypeID.dictKeys || id == TypeID.dictItems
    }

    // MARK: Comparisons

    /// a op b for ==, !=, <, <=, >, >= with Python's reflection rules.
    func richCompare(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        if left.isInt && right.isInt { return Value(bool: compareInts(left.int, right.int, op)) }
        if let result = compareExactStrs(left, right, op) { return Value(bool: result) }
        try enterNativeRecursion(" in comparison")
        defer { nativeDepth -= 1 }
        if let builtin = try builtinCompare(left, right, op) { return Value(bool: builtin) }
        let leftType = typeID(of: left), rightType = typeID(of: right)
        let forwardName = compareName(op), reflectedName = compareName(reflectedCompare(op))
        var checkedReflected = false
        if leftType != rightType && isSubtype(rightType, leftType) {
            let reflected = lookupInType(rightType, reflectedName)
            if !reflected.isNull {
                checkedReflected = true
                let result = try callComparison(reflected, right, left)
                if result != notImplemented { return result }
            }
        }
        let forward = lookupInType(leftType, forwardName)
        if !forward.isNull {
            let result = try callComparison(forward, left, right)
            if result != notImplemented { return result }
        }
        if !checkedReflected {
            let reflected = lookupInType(rightType, reflectedName)
            if !reflected.isNull {
                let result = try callComparison(reflected, right, left)
                if result != notImplemented { return result }
            }
        }
        switch op {
        case 0: return Value(bool: left == right)
        case 1: return Value(bool: left != right)
        default:
            let symbols = ["==", "!=", "<", "<=", ">", ">="]
            throw raiseTypeError("'\(symbols[op])' not supported between instances of '\(typeName(left))' and '\(typeName(right))'")
        }
    }

    /// str against str (names, keys, tokens: most comparisons a program makes of its own
    /// data that are not of numbers) without builtinCompare's walk through the numeric kinds.
    @inline(__always) func compareExactStrs(_ left: Value, _ right: Value, _ op: Int) -> Bool? {
        guard left.isObject && right.isObject && ObjectRef(left).typeID == TypeID.str
              && ObjectRef(right).typeID == TypeID.str else { return nil }
        if op <= 1 {
            let equal = StrView(left) == StrView(right)
            return op == 0 ? equal : !equal
        }
        return orderResult(StrView.compare(StrView(left), StrView(right)), op)
    }

    private func compareName(_ op: Int) -> Value {
        switch op {
        case 0: return names.eq
        case 1: return names.ne
        case 2: return names.lt
        case 3: return names.le
        case 4: return names.gt
        default: return names.ge
        }
    }

    private func reflectedCompare(_ op: Int) -> Int {
        switch op {
        case 2: return 4
        case 3: return 5
        case 4: return 2
        case 5: return 3
        default: return op
        }
    }

    @inline(__always) private func orderResult(_ comparison: Int, _ op: Int) -> Bool {
        switch op {
        case 0: return comparison == 0
        case 1: return comparison != 0
        case 2: return comparison < 0
        case 3: return comparison <= 0
        case 4: return comparison > 0
        default: return comparison >= 0
        }
    }

    /// Comparisons between builtin values of compatible types; nil when the dunder path must decide.
    func builtinCompare(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Bool? {
        let leftType = typeID(of: left), rightType = typeID(of: right)
        if leftType == rightType {
            // The containers compared most, before the walk through the numeric kinds.
            switch leftType {
            case TypeID.tuple:
                let a = TupleView(left), b = TupleView(right)
                return try compareSequences(left, right, a.items, a.count, b.items, b.count, op)
            case TypeID.list:
                return try compareLists(left, right, op)
            case TypeID.bytes:
                return compareBytesLike(left, right, op)
            default:
                break
            }
        }
        if isComplex(left) || isComplex(right) {
            // complex numbers have == and != only; ordering falls to the TypeError path.
            guard op <= 1 else { return nil }
            let equal = isComplex(left) ? complexEquals(complexParts(left), right) : complexEquals(complexParts(right), left)
            return equal.map { op == 0 ? $0 : !$0 }
        }
        let leftIsInt = isIntLike(left), rightIsInt = isIntLike(right)
        if leftIsInt && rightIsInt {
            if let a = wordIntValue(left), let b = wordIntValue(right) { return compareInts(a, b, op) }
            return orderResult(compareBigInts(left, right), op)
        }
        if (left.isFloat || leftIsInt) && (right.isFloat || rightIsInt) {
            return compareMixedNumbers(left, right, op)
        }
        if let bytesResult = compareBytesLike(left, right, op) { return bytesResult }
        if leftType != rightType {
            if (leftType == TypeID.set || leftType == TypeID.frozenset) && (rightType == TypeID.set || rightType == TypeID.frozenset) {
                return try compareSets(left, right, op)
            }
            let leftIsView = leftType == TypeID.dictKeys || leftType == TypeID.dictItems
            let rightIsView = rightType == TypeID.dictKeys || rightType == TypeID.dictItems
            if (leftIsView || rightIsView) && (isSetLike(left) || isSetLike(right) || (leftIsView && rightIsView)) {
                let leftSet = isSetLike(left) ? left : try newSetFrom(left)
                return try withRoots(leftSet) { () throws(Raised) in
                    let rightSet = isSetLike(right) ? right : try newSetFrom(right)
                    return try withRoots(rightSet) { () throws(Raised) in try compareSets(leftSet, rightSet, op) }
                }
            }
            // Builtin values of different types are unequal, except weak references and
            // proxies, which compare through their referents.
            if op <= 1 && !types[leftType].flags.contains(.heapType) && !types[rightType].flags.contains(.heapType)
                && !isWeakReference(left) && !isWeakReference(right) {
                return op == 1
            }
            return nil
        }
        switch leftType {
        case TypeID.str: return orderResult(StrView.compare(StrView(left), StrView(right)), op)
        case TypeID.noneType: if op <= 1 { return op == 0 } else { return nil }
        case TypeID.dict:
            if op > 1 { return nil }
            let equal = try dictsEqual(DictView(left), DictView(right))
            return op == 0 ? equal : !equal
        case TypeID.set, TypeID.frozenset:
            return try compareSets(left, right, op)
        case TypeID.range:
            if op > 1 { return nil }
            return op == 0 ? rangesEqual(left, right) : !rangesEqual(left, right)
        case TypeID.slice:
            let a = ObjectRef(left), b = ObjectRef(right)
            let leftParts = try newTuple([a[SliceLayout.start], a[SliceLayout.stop], a[SliceLayout.step]])
            return try withRoots(leftParts) { () throws(Raised) in
                let rightParts = try newTuple([b[SliceLayout.start], b[SliceLayout.stop], b[SliceLayout.step]])
                return try withRoots(rightParts) { () throws(Raised) in try builtinCompare(leftParts, rightParts, op) }
            }
        case TypeID.method:
            // Bound methods are equal when bound to the same object (identity) and their functions are equal.
            if op > 1 { return nil }
            let a = ObjectRef(left), b = ObjectRef(right)
            var equal = a[BoundMethodLayout.receiver] == b[BoundMethodLayout.receiver]
            if equal { equal = try isTrue(try richCompare(a[BoundMethodLayout.function], b[BoundMethodLayout.function], 0)) }
            return op == 0 ? equal : !equal
        case TypeID.dictKeys, TypeID.dictItems:
            let leftSet = try newSetFrom(left)
            return try withRoots(leftSet) { () throws(Raised) in
                let rightSet = try newSetFrom(right)
                return try withRoots(rightSet) { () throws(Raised) in try compareSets(leftSet, rightSet, op) }
            }
        default:
            if !types[leftType].flags.contains(.heapType) && op <= 1 && lookupInType(leftType, names.eq).isNull {
                return op == 0 ? left == right : left != right
            }
            return nil
        }
    }

    /// Exact comparison of an int and a float (Python never rounds the int).
    func compareMixedNumbers(_ left: Value, _ right: Value, _ op: Int) -> Bool {
        let a = left.isFloat ? left.double : nil
        let b = right.isFloat ? right.double : nil
        if let a, let b { return compareDoubles(a, b, op) }
        // A small int (49 bits) converts to a double exactly, so the double comparison is exact.
        if let b, left.isInt { return compareDoubles(Double(left.int), b, op) }
        if let a, right.isInt { return compareDoubles(a, Double(right.int), op) }
        if a?.isNaN == true || b?.isNaN == true { return op == 1 }
        // One side is an int: compare exactly.
        if let x = a, !x.isFinite { return orderResult(x > 0 ? 1 : -1, op) }
        if let y = b, !y.isFinite { return orderResult(y > 0 ? -1 : 1, op) }
        let leftExact: (BigInt, Double) = a.map { (BigInt(truncating: $0), $0 - $0.rounded(.towardZero)) } ?? (bigIntValue(left), 0)
        let rightExact: (BigInt, Double) = b.map { (BigInt(truncating: $0), $0 - $0.rounded(.towardZero)) } ?? (bigIntValue(right), 0)
        var comparison = BigInt.compare(leftExact.0, rightExact.0)
        if comparison == 0 {
            comparison = leftExact.1 < rightExact.1 ? -1 : (leftExact.1 > rightExact.1 ? 1 : 0)
        }
        return orderResult(comparison, op)
    }

    /// Lexicographic comparison of two item buffers (tuples, lists), re-reading after each call.
    private func compareSequences(_ leftValue: Value, _ rightValue: Value, _ a: UnsafeMutablePointer<Value>, _ aCount: Int,
                                  _ b: UnsafeMutablePointer<Value>, _ bCount: Int, _ op: Int) throws(Raised) -> Bool {
        if aCount != bCount && op <= 1 { return op == 1 }
        var index = 0
        while index < aCount && index < bCount {
            let x = a[index], y = b[index]
            var equal: Bool
            if let quick = quickEquality(x, y) {
                equal = quick
            } else {
                equal = try withRoots(leftValue, rightValue) { () throws(Raised) in try isEqual(x, y) }
            }
            if !equal {
                if op == 0 { return false }
                if op == 1 { return true }
                return try withRoots(leftValue, rightValue) { () throws(Raised) in try isTrue(try richCompare(x, y, op)) }
            }
            index += 1
        }
        return compareInts(Int64(aCount), Int64(bCount), op)
    }

    func compareLists(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Bool {
        let a = ListView(left), b = ListView(right)
        if a.count != b.count && op <= 1 { return op == 1 }
        var index = 0
        while index < a.count && index < b.count {
            let x = a[index], y = b[index]
            let equal = try isEqual(x, y)
            if !equal {
                if op == 0 { return false }
                if op == 1 { return true }
                return try isTrue(try richCompare(x, y, op))
            }
            index += 1
        }
        return compareInts(Int64(a.count), Int64(b.count), op)
    }

    private func dictsEqual(_ a: DictView, _ b: DictView) throws(Raised) -> Bool {
        if a.count != b.count { return false }
        var entry = 0
        while entry < a.used {
            let key = a.key(entry)
            if !key.isNull {
                let value = a.value(entry)
                let other = try dictGet(b, key)
                if other.isNull { return false }
                if !(try isEqual(value, other)) { return false }
            }
            entry += 1
        }
        return true
    }

    /// == as containers use it: identity first, then __eq__.
    func isEqual(_ a: Value, _ b: Value) throws(Raised) -> Bool {
        if a == b { return true }
        if let quick = quickEquality(a, b) { return quick }
        return try isTrue(try richCompare(a, b, 0))
    }

    /// Equality decided without calling Python: small ints, floats, strs. nil when unknown.
    @inline(__always) func quickEquality(_ a: Value, _ b: Value) -> Bool? {
        if a == b { return true }
        if a.isInt && b.isInt { return false }
        if a.isObject && b.isObject {
            let ka = ObjectRef(a).kind, kb = ObjectRef(b).kind
            if ka == .str && kb == .str && ObjectRef(a).typeID == TypeID.str && ObjectRef(b).typeID == TypeID.str {
                return StrView(a) == StrView(b)
            }
            // Two classes of metaclass type itself compare by identity.
            if ObjectRef(a).typeID == TypeID.type && ObjectRef(b).typeID == TypeID.type { return false }
            if ka == .bytes && kb == .bytes && ObjectRef(a).typeID == TypeID.bytes && ObjectRef(b).typeID == TypeID.bytes {
                let x = ObjectRef(a), y = ObjectRef(b)
                let count = x.word(BytesLayout.length)
                return count == y.word(BytesLayout.length) && memcmp(x.bytes(from: BytesLayout.data), y.bytes(from: BytesLayout.data), count) == 0
            }
            if ka == .tuple && kb == .tuple && ObjectRef(a).typeID == TypeID.tuple && ObjectRef(b).typeID == TypeID.tuple {
                return quickTupleEquality(TupleView(a), TupleView(b))
            }
        }
        if a.isFloat && b.isFloat { return a.double == b.double }
        return nil
    }

    /// Two exact tuples (dict and set keys) compared without running Python code when every
    /// pair of items can be (nested tuples go to the full comparison); else nil.
    private func quickTupleEquality(_ a: TupleView, _ b: TupleView) -> Bool? {
        let count = a.count
        if count != b.count { return false }
        var index = 0
        while index < count {
            let x = a[index], y = b[index]
            if x != y {
                if x.isObject && ObjectRef(x).kind == .tuple { return nil }
                guard let equal = quickEquality(x, y) else { return nil }
                if !equal { return false }
            }
            index += 1
        }
        return true
    }

    // MARK: Truth, membership, unary

    func isTrue(_ value: Value) throws(Raised) -> Bool {
        if value == .true { return true }
        if value == .false || value.isNone { return false }
        if value.isInt { return value.int != 0 }
        if value.isFloat { return value.double != 0 }
        let ref = ObjectRef(value)
        let id = ref.typeID
        if !types[id].flags.contains(.heapType) {
            switch ref.kind {
            case .str: return StrView(value).count > 0
            case .list: return ListView(value).count > 0
            case .tuple: return TupleView(value).count > 0
            case .dict: return DictView(value).count > 0
            case .set: return ref.word(SetLayout.count) > 0
            case .bytes, .byteArray: return ref.word(1) > 0
            case .complex:
                let (real, imaginary) = complexParts(value)
                return real != 0 || imaginary != 0
            case .bigInt: return true
            case .range: return ref.word(RangeLayout.length) > 0
            case .dictView: return DictView(ref[DictViewLayout.dict]).count > 0
            case .weakref: return isWeakProxy(value) ? try isTrue(try proxyReferent(value)) : true
            default: return true
            }
        }
        // `while queue:` over a deque (a subclass may define __bool__ or __len__).
        if id == dequeTypeID && id != 0 { return dequeView(value).count > 0 }
        if types[id].alwaysTrueVersion == types[id].version &+ 1 { return try instanceTruth(ref) }
        let boolMethod = lookupInType(id, names.bool)
        if !boolMethod.isNull {
            let result = try callSpecial(boolMethod, value)
            if !result.isBool {
                throw raiseTypeError("__bool__ should return bool, returned \(typeName(result))")
            }
            return result == .true
        }
        let lenMethod = lookupInType(id, names.len)
        if !lenMethod.isNull { return try length(of: value) > 0 }
        types[id].alwaysTrueVersion = types[id].version &+ 1
        return try instanceTruth(ref)
    }

    /// The truth of an object whose type defines neither __bool__ nor __len__: true, unless it is
    /// an instance of a subclass of a builtin container, which is true when its payload is.
    private func instanceTruth(_ ref: ObjectRef) throws(Raised) -> Bool {
        if ref.kind == .instance && !ref.instancePayload.isNull { return try isTrue(ref.instancePayload) }
        return true
    }

    /// `item in container`.
    func contains(_ container: Value, _ item: Value) throws(Raised) -> Bool {
        let id = typeID(of: container)
        switch id {
        case TypeID.list:
            let list = ListView(container)
            var index = 0
            while index < list.count {
                if try isEqual(list[index], item) { return true }
                index += 1
            }
            return false
        case TypeID.tuple:
            let tuple = TupleView(container)
            for index in 0..<tuple.count where try isEqual(tuple[index], item) { return true }
            return false
        case TypeID.dict:
            return !(try dictGet(DictView(container), item)).isNull
        case TypeID.set, TypeID.frozenset:
            return try setContains(container, item)
        case TypeID.str:
            guard isStr(item) else {
                throw raiseTypeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return strFind(container, item, 0, StrView(container).count) >= 0
        case TypeID.range:
            return try rangeContains(container, item)
        case TypeID.dictKeys:
            return !(try dictGet(DictView(ObjectRef(container)[DictViewLayout.dict]), item)).isNull
        default:
            break
        }
        let method = lookupInType(id, names.contains)
        if !method.isNull { return try isTrue(try callSpecial(method, container, item)) }
        let iterator: Value
        do throws(Raised) {
            iterator = try getIterator(container)
        } catch {
            // In CPython: `in` on a non-container says "argument of type 'X' is not iterable".
            if exceptionMatches(raisedException, exceptionTypes.typeError)
                && isNotIterableType(id) {
                throw raiseTypeError("argument of type '\(typeName(container))' is not iterable")
            }
            throw error
        }
        return try withRoots(iterator) { () throws(Raised) in
            while true {
                let next = try iteratorNext(iterator)
                if next.isNull { return false }
                if try isEqual(next, item) { return true }
            }
        }
    }

    func unaryNegative(_ value: Value) throws(Raised) -> Value {
        if let small = smallIntValue(value) { return try newInt(-small) }
        if value.isFloat { return Value(double: -value.double) }
        if isIntLike(value) { return try newInt(bigIntValue(value).negated) }
        return try unaryDunder(value, names.neg, "-")
    }

    func unaryPositive(_ value: Value) throws(Raised) -> Value {
        if let small = smallIntValue(value) { return Value(int: small) }
        if value.isFloat || isIntLike(value) { return value }
        return try unaryDunder(value, names.pos, "+")
    }

    func unaryInvert(_ value: Value) throws(Raised) -> Value {
        if let small = smallIntValue(value) { return Value(int: ~small) }
        if isIntLike(value) { return try newInt(~bigIntValue(value)) }
        return try unaryDunder(value, names.invert, "~")
    }

    private func unaryDunder(_ value: Value, _ name: Value, _ symbol: String) throws(Raised) -> Value {
        let method = lookupInType(typeID(of: value), name)
        if method.isNull { throw raiseTypeError("bad operand type for unary \(symbol): '\(typeName(value))'") }
        return try callSpecial(method, value)
    }
}
