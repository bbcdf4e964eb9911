// Ints past the small-int range that still fit in 64 bits (hash keys, random
// 63-bit values, Zobrist hashes in `go`) are heap big ints, but their arithmetic
// need not go through the general BigInt of Numbers/ (Swift arrays, malloc and
// ARC per operation): this file reads one-limb big ints as Int64 and does the
// common operations with overflow checks, falling back to BigInt otherwise.

extension VM {
    /// An int (small, bool or one-limb big) as Int64; nil past 64 bits or for non-ints.
    @inline(__always) func wordIntValue(_ value: Value) -> Int64? {
        if let small = smallIntValue(value) { return small }
        guard value.isObject else { return nil }
        let ref = ObjectRef(value)
        guard ref.kind == .bigInt, ref.word(BigIntLayout.count) == 1 else { return nil }
        let limb = UInt64(UInt(bitPattern: ref.word(BigIntLayout.limbs)))
        if ref.word(BigIntLayout.sign) == 1 {
            // -2^63 is the only negative value whose magnitude does not fit in Int64.
            if limb == UInt64(1) << 63 { return Int64.min }
            return limb < UInt64(1) << 63 ? -Int64(limb) : nil
        }
        return limb < UInt64(1) << 63 ? Int64(limb) : nil
    }

    /// The Python int for an Int64, allocating a one-limb big int without going through BigInt.
    func newWordInt(_ value: Int64) throws(Raised) -> Value {
        if Value.fitsSmallInt(value) { return Value(int: value) }
        let ref = try allocate(kind: .bigInt, typeID: TypeID.int, words: BigIntLayout.limbs + 1)
        ref.setWord(BigIntLayout.count, 1)
        ref.setWord(BigIntLayout.sign, value < 0 ? 1 : 0)
        ref.setWord(BigIntLayout.limbs, Int(bitPattern: UInt(value.magnitude)))
        return ref.value
    }

    /// `left op right` when both are ints within 64 bits and the result is too; nil otherwise
    /// (the caller then takes the exact BigInt path, which also raises the errors).
    func wordIntBinary(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value? {
        guard let a = wordIntValue(left), let b = wordIntValue(right) else { return nil }
        let result: Int64
        switch op {
        case BinaryOp.add:
            let (sum, overflow) = a.addingReportingOverflow(b)
            if overflow { return nil }
            result = sum
        case BinaryOp.sub:
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if overflow { return nil }
            result = difference
        case BinaryOp.mul:
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if overflow { return nil }
            result = product
        case BinaryOp.floordiv, BinaryOp.mod:
            if b == 0 || (a == Int64.min && b == -1) { return nil }
            var quotient = a / b, remainder = a % b
            // Python floors: the remainder takes the divisor's sign.
            if remainder != 0 && ((remainder < 0) != (b < 0)) { quotient -= 1; remainder += b }
            result = op == BinaryOp.mod ? remainder : quotient
        case BinaryOp.and: result = a & b
        case BinaryOp.or: result = a | b
        case BinaryOp.xor: result = a ^ b
        case BinaryOp.rshift:
            if b < 0 { return nil }
            result = b >= 63 ? (a < 0 ? -1 : 0) : a >> b
        default:
            return nil
        }
        return try newWordInt(result)
    }
}
