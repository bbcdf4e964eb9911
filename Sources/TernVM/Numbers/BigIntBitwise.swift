// Shifts and bitwise operators with Python's infinite two's-complement view
// of negative integers.

extension BigInt {
    /// `self << count`; a negative count shifts right.
    public static func << (value: BigInt, count: Int) -> BigInt {
        if count < 0 { return value >> -count }
        return BigInt(isNegative: value.isNegative, limbs: Magnitude.shiftLeft(value.limbs, count))
    }

    /// `self >> count`, rounding toward minus infinity like Python; a negative count shifts left.
    public static func >> (value: BigInt, count: Int) -> BigInt {
        if count < 0 { return value << -count }
        let shifted = BigInt(isNegative: false, limbs: Magnitude.shiftRight(value.limbs, count))
        if !value.isNegative { return shifted }
        // -(|x| >> k), minus one more when bits were shifted out (floor).
        let roundedAway = Magnitude.hasBitsBelow(value.limbs, count) ? shifted + .one : shifted
        return roundedAway.isZero ? BigInt(-1) : roundedAway.negated
    }

    public static func & (left: BigInt, right: BigInt) -> BigInt {
        combine(left, right) { $0 & $1 }
    }

    public static func | (left: BigInt, right: BigInt) -> BigInt {
        combine(left, right) { $0 | $1 }
    }

    public static func ^ (left: BigInt, right: BigInt) -> BigInt {
        combine(left, right) { $0 ^ $1 }
    }

    /// `~x == -x - 1`.
    public static prefix func ~ (value: BigInt) -> BigInt {
        value.negated - .one
    }

    /// Applies a limb-wise operation to the two's-complement forms of both
    /// operands, sign-extended one limb past the longer, and converts back.
    private static func combine(_ left: BigInt, _ right: BigInt,
                                _ operation: (UInt64, UInt64) -> UInt64) -> BigInt {
        let width = max(left.limbs.count, right.limbs.count) + 1
        let leftBits = left.twosComplement(width: width)
        let rightBits = right.twosComplement(width: width)
        var result = [UInt64](repeating: 0, count: width)
        for index in 0..<width {
            result[index] = operation(leftBits[index], rightBits[index])
        }
        return BigInt(twosComplement: result)
    }

    /// The value as `width` limbs of two's complement (the width must leave room for the sign).
    private func twosComplement(width: Int) -> [UInt64] {
        var bits = limbs + [UInt64](repeating: 0, count: width - limbs.count)
        if isNegative {
            // Invert and add one.
            var carry: UInt64 = 1
            for index in 0..<width {
                let (sum, overflow) = (~bits[index]).addingReportingOverflow(carry)
                bits[index] = sum
                carry = overflow ? 1 : 0
            }
        }
        return bits
    }

    /// Reads a two's-complement limb array whose top bit is the sign.
    private init(twosComplement bits: [UInt64]) {
        guard let top = bits.last, top >> 63 == 1 else {
            self.init(isNegative: false, limbs: bits)
            return
        }
        var magnitude = bits
        var carry: UInt64 = 1
        for index in 0..<magnitude.count {
            let (sum, overflow) = (~magnitude[index]).addingReportingOverflow(carry)
            magnitude[index] = sum
            carry = overflow ? 1 : 0
        }
        self.init(isNegative: true, limbs: magnitude)
    }
}
