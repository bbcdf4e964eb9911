// Conversions between BigInt and Double, and Python's numeric hash.

extension BigInt {
    /// `float(self)` rounded half-to-even, or nil when the result would overflow
    /// (the VM raises "OverflowError: int too large to convert to float").
    public func toDouble() -> Double? {
        let bits = bitLength
        if bits <= 64 {
            let value = Double(limbs.first ?? 0)  // UInt64 -> Double rounds to nearest even.
            return isNegative ? -value : value
        }
        if bits > 1024 { return nil }
        // Keep the top 64 bits and fold everything below into a sticky bit;
        // 64 bits leave 11 guard bits under the 53-bit significand, so one
        // rounding of the 64-bit value gives the correctly rounded result.
        let shift = bits - 64
        var top = Magnitude.shiftRight(limbs, shift).first ?? 0
        if Magnitude.hasBitsBelow(limbs, shift) { top |= 1 }
        let value = Double(sign: .plus, exponent: shift, significand: Double(top))
        if value.isInfinite { return nil }
        return isNegative ? -value : value
    }

    /// `a / b` for ints, correctly rounded like CPython's long true division;
    /// nil when the quotient overflows ("integer division result too large
    /// for a float"). The divisor must be nonzero ("division by zero").
    public static func trueDivide(_ dividend: BigInt, _ divisor: BigInt) -> Double? {
        precondition(!divisor.isZero, "BigInt.trueDivide by zero")
        let negative = dividend.isNegative != divisor.isNegative
        if dividend.isZero { return negative ? -0.0 : 0.0 }
        // Both exactly representable: one IEEE division is correctly rounded.
        if dividend.bitLength <= 53 && divisor.bitLength <= 53,
           let a = dividend.toDouble(), let b = divisor.toDouble() {
            return a / b
        }
        let exponentEstimate = dividend.bitLength - divisor.bitLength  // a/b is in [2^(e-1), 2^(e+1)).
        if exponentEstimate > 1025 { return nil }
        if exponentEstimate < -1080 { return negative ? -0.0 : 0.0 }
        // Scale so the integer quotient has 55-56 bits, but never keep bits
        // below 2^-1076: two bits under the smallest subnormal are enough to
        // round, with the remainder folded in as a sticky bit.
        let scale = min(55 - exponentEstimate, 1076)
        let numerator = scale >= 0 ? dividend.limbs.shiftedLeft(scale) : dividend.limbs
        let denominator = scale >= 0 ? divisor.limbs : divisor.limbs.shiftedLeft(-scale)
        let (quotientLimbs, remainderLimbs) = Magnitude.divide(numerator, denominator)
        var quotient = quotientLimbs.first ?? 0
        if !remainderLimbs.isEmpty { quotient |= 1 }
        let quotientBits = 64 - quotient.leadingZeroBitCount
        // Drop bits beyond 53 significant ones, or below 2^-1074.
        let drop = max(quotientBits - 53, scale - 1074, 0)
        if drop > 0 {
            let dropped = quotient & ((UInt64(1) << drop) - 1)
            let half = UInt64(1) << (drop - 1)
            quotient >>= drop
            if dropped > half || (dropped == half && quotient & 1 == 1) { quotient += 1 }
        }
        let magnitude = Double(sign: .plus, exponent: drop - scale, significand: Double(quotient))
        if magnitude.isInfinite { return nil }
        return negative ? -magnitude : magnitude
    }
}

extension Array where Element == UInt64 {
    /// A magnitude shifted left by `bits`.
    fileprivate func shiftedLeft(_ bits: Int) -> [UInt64] { Magnitude.shiftLeft(self, bits) }
}

// MARK: - Hashing

/// CPython's hash modulus for numbers: the Mersenne prime 2^61 - 1.
let pythonHashModulus: UInt64 = (UInt64(1) << 61) - 1

/// Reduces a 64-bit value modulo 2^61 - 1 (using 2^61 ≡ 1).
private func reduceModuloHashPrime(_ value: UInt64) -> UInt64 {
    var folded = (value & pythonHashModulus) + (value >> 61)
    if folded >= pythonHashModulus { folded -= pythonHashModulus }
    return folded
}

/// Applies the sign and CPython's rule that a hash is never -1.
private func signedHash(_ magnitude: UInt64, negative: Bool) -> Int64 {
    let value = negative ? -Int64(magnitude) : Int64(magnitude)
    return value == -1 ? -2 : value
}

extension BigInt {
    /// `hash(int)`: the value modulo 2^61 - 1 with the value's sign; -1 becomes -2.
    public var pythonHash: Int64 {
        var hash: UInt64 = 0
        var index = limbs.count - 1
        while index >= 0 {
            // hash * 2^64 + limb, and 2^64 ≡ 2^3 modulo 2^61 - 1.
            let shifted = reduceModuloHashPrime(hash << 3)
            hash = reduceModuloHashPrime(shifted + reduceModuloHashPrime(limbs[index]))
            index -= 1
        }
        return signedHash(hash, negative: isNegative)
    }
}

/// `hash(n)` for an int that fits in Int64 (the VM's unboxed ints).
public func pythonHash(int64 value: Int64) -> Int64 {
    signedHash(reduceModuloHashPrime(value.magnitude), negative: value < 0)
}

/// `hash(x)` for a float: equal to the hash of the int or fraction it equals,
/// so integral floats hash like ints; inf is 314159 and -inf -314159.
/// NaN: CPython 3.10+ hashes a NaN by object identity; this returns 0 and the
/// VM may substitute an identity hash.
public func pythonHash(double value: Double) -> Int64 {
    if value.isNaN { return 0 }
    if value.isInfinite { return value < 0 ? -314_159 : 314_159 }
    if value == 0 { return 0 }
    // |x| = significand * 2^exponent with an integer significand below 2^53;
    // multiplying by 2^k modulo 2^61 - 1 rotates the 61-bit value left by k mod 61.
    let magnitude = value.magnitude
    var significand: UInt64
    var exponent: Int
    if magnitude.isSubnormal {
        significand = magnitude.significandBitPattern
        exponent = -1074
    } else {
        significand = (UInt64(1) << 52) | magnitude.significandBitPattern
        exponent = Int(magnitude.exponent) - 52
    }
    let rotation = ((exponent % 61) + 61) % 61
    significand = reduceModuloHashPrime(significand)
    let rotated = rotation == 0 ? significand
        : ((significand << UInt64(rotation)) & pythonHashModulus) | (significand >> UInt64(61 - rotation))
    return signedHash(reduceModuloHashPrime(rotated), negative: value < 0)
}

extension BigInt {
    /// The non-negative value of bytes read least significant first, eight to a limb.
    public init(littleEndianBytes bytes: [UInt8]) {
        var limbs = [UInt64](repeating: 0, count: (bytes.count + 7) / 8)
        for (index, byte) in bytes.enumerated() {
            limbs[index / 8] |= UInt64(byte) << UInt64(8 * (index % 8))
        }
        self.init(isNegative: false, limbs: limbs)
    }
}
