// Big ints in the heap: ints outside the small-int range of a Value.
// Layout: header | limb count | sign (1 when negative) | 64-bit limbs, least significant first.
// Arithmetic converts to the Swift `BigInt` of Numbers/ (slow path only) and back;
// results that fit a small int always come back as small ints, so a heap big int
// is never a small value and equal ints have one representation each.

enum BigIntLayout {
    static let count = 1
    static let sign = 2
    static let limbs = 3
}

extension VM {
    /// The Python int for a BigInt: a small int when it fits.
    func newInt(_ value: BigInt) throws(Raised) -> Value {
        try newInt(isNegative: value.isNegative, limbs: value.limbs)
    }

    /// The int of a sign and a normalized magnitude.
    func newInt(isNegative: Bool, limbs: [UInt64]) throws(Raised) -> Value {
        try newInt(capacity: limbs.count) { out in
            limbs.withUnsafeBufferPointer { out.update(from: $0.baseAddress!, count: $0.count) }
            return (isNegative, limbs.count)
        }
    }

    /// The int whose magnitude `write` puts straight into a new object's limbs (room
    /// for `capacity`), returning its sign and normalized limb count. A result that
    /// fits a small int is returned as one; the object is then garbage.
    @inline(__always)
    func newInt(capacity: Int, _ write: (UnsafeMutablePointer<UInt64>) -> (isNegative: Bool, count: Int)) throws(Raised) -> Value {
        // Not zeroed: `write` writes every limb it counts, and a large object's zero fill was a
        // fifth of pidigits (limbs past the count are never read).
        let ref = try allocate(kind: .bigInt, typeID: TypeID.int, words: BigIntLayout.limbs + max(capacity, 1), zeroed: false)
        let limbs = heapLimbs(ref)
        let (isNegative, count) = capacity == 0 ? (false, 0) : write(limbs)
        if count == 0 { return Value(int: 0) }
        if count == 1 && limbs[0] <= UInt64(Int64.max) {
            let magnitude = Int64(limbs[0])
            let small = isNegative ? -magnitude : magnitude
            if Value.fitsSmallInt(small) { return Value(int: small) }
        }
        ref.setWord(BigIntLayout.count, count)
        ref.setWord(BigIntLayout.sign, isNegative && count > 0 ? 1 : 0)
        return ref.value
    }

    func newInt(_ value: Int64) throws(Raised) -> Value {
        if Value.fitsSmallInt(value) { return Value(int: value) }
        return try newInt(BigInt(value))
    }

    /// The limbs of a big int object, least significant first.
    @inline(__always)
    private func heapLimbs(_ ref: ObjectRef) -> UnsafeMutablePointer<UInt64> {
        (ref.address + BigIntLayout.limbs * 8).assumingMemoryBound(to: UInt64.self)
    }

    /// Any int-like value (small int, bool, big int) as a BigInt.
    func bigIntValue(_ value: Value) -> BigInt {
        if let small = smallIntValue(value) { return BigInt(small) }
        let ref = ObjectRef(value)
        let limbs = Magnitude.copy(Magnitude.Limbs(start: heapLimbs(ref), count: ref.word(BigIntLayout.count)))
        let magnitude = BigInt(isNegative: false, limbs: limbs)
        return ref.word(BigIntLayout.sign) == 1 ? magnitude.negated : magnitude
    }

    func bigIntToDouble(_ value: Value) throws(Raised) -> Double {
        guard let result = bigIntValue(value).toDouble() else {
            throw raise(exceptionTypes.overflowError, "int too large to convert to float")
        }
        return result
    }

    /// Runs `body` on an int's sign and magnitude where they are: a big int's limbs
    /// in the heap, a small int's in a local word (no copy either way).
    @inline(__always)
    func withMagnitude<R, E: Error>(_ value: Value, _ body: (Bool, Magnitude.Limbs) throws(E) -> R) throws(E) -> R {
        if let small = smallIntValue(value) {
            var word = small.magnitude
            let count = small == 0 ? 0 : 1
            return try withUnsafePointer(to: &word) { (pointer) throws(E) -> R in
                try body(small < 0, Magnitude.Limbs(start: pointer, count: count))
            }
        }
        let ref = ObjectRef(value)
        return try body(ref.word(BigIntLayout.sign) == 1,
                        Magnitude.Limbs(start: heapLimbs(ref), count: ref.word(BigIntLayout.count)))
    }

    /// `a op b` for ints of which at least one is big (or a small-int fast path overflowed).
    func bigIntBinary(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        switch op {
        case BinaryOp.add, BinaryOp.sub, BinaryOp.mul:
            // The commonest operations read both operands in place.
            return try withMagnitude(left) { (leftNegative, l) throws(Raised) in
                try withMagnitude(right) { (rightNegative, r) throws(Raised) in
                    if op == BinaryOp.mul {
                        return try newInt(capacity: l.count + r.count) { out in
                            (leftNegative != rightNegative, Magnitude.multiply(l, r, into: out))
                        }
                    }
                    let rightSign = op == BinaryOp.sub ? !rightNegative : rightNegative
                    return try newInt(capacity: max(l.count, r.count) + 1) { out in
                        Magnitude.signedSum(leftNegative, l, rightSign, r, into: out)
                    }
                }
            }
        case BinaryOp.lshift:
            if let count = smallIntValue(right), count >= 0 {
                let bits = withMagnitude(left) { (_, l) in Magnitude.bitLength(l) }
                if bits > 0 { try checkIntegerRoom(bits: bits, plus: Int(count)) }
                return try shiftedLeft(left, by: Int(count))
            }
        default: break
        }
        let a = bigIntValue(left), b = bigIntValue(right)
        switch op {
        case BinaryOp.floordiv:
            if b.isZero { throw raise(exceptionTypes.zeroDivisionError, "integer division or modulo by zero") }
            return try newInt(a.floorDivided(by: b))
        case BinaryOp.mod:
            if b.isZero { throw raise(exceptionTypes.zeroDivisionError, "integer modulo by zero") }
            return try newInt(a.floorModulo(by: b))
        case BinaryOp.truediv:
            if b.isZero { throw raise(exceptionTypes.zeroDivisionError, "division by zero") }
            guard let quotient = BigInt.trueDivide(a, b) else {
                throw raise(exceptionTypes.overflowError, "integer division result too large for a float")
            }
            return Value(anyDouble: quotient)
        case BinaryOp.and: return try newInt(a & b)
        case BinaryOp.or: return try newInt(a | b)
        case BinaryOp.xor: return try newInt(a ^ b)
        case BinaryOp.lshift, BinaryOp.rshift:
            if b.isNegative { throw raiseValueError("negative shift count") }
            guard let count = b.asInt64, op == BinaryOp.lshift || count < Int64(a.bitLength) else {
                if op == BinaryOp.rshift { return Value(int: a.isNegative ? -1 : 0) }
                if a.isZero { return Value(int: 0) }
                throw raiseMemoryError()
            }
            // The result must fit in the heap: checked before the digits are computed.
            if op == BinaryOp.lshift && !a.isZero { try checkIntegerRoom(bits: a.bitLength, plus: Int(count)) }
            if op == BinaryOp.rshift { return try newInt(a >> Int(count)) }
            return try shiftedLeft(left, by: Int(count))
        default:
            return .null
        }
    }

    /// `value << count` for a count whose result was checked to fit: exact for
    /// either sign, so the magnitude is shifted in place.
    private func shiftedLeft(_ value: Value, by count: Int) throws(Raised) -> Value {
        try withMagnitude(value) { (isNegative, l) throws(Raised) in
            if l.isEmpty { return Value(int: 0) }
            return try newInt(capacity: l.count + count / 64 + 1) { out in
                (isNegative, Magnitude.significantCount(out, Magnitude.shiftLeft(l, count, into: out)))
            }
        }
    }

    /// MemoryError when an integer of `bits + plus` bits could not fit in the heap.
    func checkIntegerRoom(bits: Int, plus: Int) throws(Raised) {
        let (total, overflow) = bits.addingReportingOverflow(plus)
        if overflow { throw raiseMemoryError() }
        try ensureHeapRoom(bytes: total / 8, swiftBytesPerByte: 1)
    }

    func bigIntPower(_ base: Value, _ exponent: Value) throws(Raised) -> Value {
        let e = bigIntValue(exponent)
        guard let small = e.asInt64, small <= Int64(Int32.max) else {
            throw raiseMemoryError()
        }
        let b = bigIntValue(base)
        let (bits, overflow) = b.bitLength.multipliedReportingOverflow(by: Int(small))
        // Beyond 2^28 bits the power would take minutes to compute; CPython computes it.
        if overflow || bits > 64 * 4_000_000 { throw raiseMemoryError() }
        try checkIntegerRoom(bits: bits, plus: 0)
        return try newInt(b.power(Int(small)))
    }

    func compareBigInts(_ left: Value, _ right: Value) -> Int {
        withMagnitude(left) { (leftNegative, l) in
            withMagnitude(right) { (rightNegative, r) in
                if leftNegative != rightNegative { return leftNegative ? -1 : 1 }
                let order = Magnitude.compare(l, r)
                return leftNegative ? -order : order
            }
        }
    }

    func intToString(_ value: Value, radix: Int = 10) -> String {
        if let small = smallIntValue(value) { return String(small, radix: radix) }
        return bigIntValue(value).toString(radix: radix)
    }
}
