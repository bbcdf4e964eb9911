// Arbitrary-precision integers with Python's semantics: the slow path behind
// Tern's unboxed small ints. Pure value type; depends on nothing else in TernVM.

/// An error raised by the numeric library, carrying the Python exception kind
/// and CPython's message text so the VM can raise it unchanged.
public struct PythonNumberError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case overflowError = "OverflowError"
        case zeroDivisionError = "ZeroDivisionError"
        case typeError = "TypeError"
    }
    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}

/// A signed integer of any size, stored as sign and magnitude.
///
/// Invariant: `limbs` is little-endian with no most-significant zero limb, and
/// zero is `limbs == []` with `isNegative == false`; so synthesized equality
/// and hashing are value equality.
public struct BigInt: Hashable, Sendable {
    /// True when the value is below zero (never true for zero).
    public private(set) var isNegative: Bool
    /// The magnitude, least significant 64-bit limb first.
    public private(set) var limbs: [UInt64]

    /// Builds a value from a sign and a magnitude that may carry leading zero limbs.
    init(isNegative: Bool, limbs: [UInt64]) {
        var trimmed = limbs
        Magnitude.normalize(&trimmed)
        self.isNegative = isNegative && !trimmed.isEmpty
        self.limbs = trimmed
    }

    public static let zero = BigInt(isNegative: false, limbs: [])
    public static let one = BigInt(isNegative: false, limbs: [1])

    public init(_ value: Int64) {
        self.init(isNegative: value < 0, limbs: [value.magnitude])
    }

    public init(_ value: Int) {
        self.init(Int64(value))
    }

    public init(_ value: UInt64) {
        self.init(isNegative: false, limbs: [value])
    }

    /// The value of an integral finite double, or nil for fractions, infinities and NaN.
    public init?(exactly value: Double) {
        guard value.isFinite, value.rounded(.towardZero) == value else { return nil }
        self.init(truncating: value)
    }

    /// `int(x)` for a finite double: the value rounded toward zero.
    public init(truncating value: Double) {
        precondition(value.isFinite, "BigInt(truncating:) needs a finite double")
        let whole = value.rounded(.towardZero)
        if whole == 0 {
            self = .zero
            return
        }
        // A normal double is (2^52 + fraction bits) * 2^(exponent - 52).
        let significand = (UInt64(1) << 52) | whole.significandBitPattern
        let shift = Int(whole.exponent) - 52
        let magnitude = BigInt(isNegative: false, limbs: [significand])
        let shifted = shift >= 0 ? magnitude << shift : magnitude >> -shift
        self = whole < 0 ? shifted.negated : shifted
    }

    public var isZero: Bool { limbs.isEmpty }

    /// -1, 0 or 1.
    public var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }

    public var negated: BigInt {
        BigInt(isNegative: !isNegative, limbs: limbs)
    }

    public var magnitude: BigInt {
        BigInt(isNegative: false, limbs: limbs)
    }

    /// `int.bit_length()`: bits in the magnitude, 0 for zero.
    public var bitLength: Int {
        limbs.withUnsafeBufferPointer { Magnitude.bitLength($0) }
    }

    /// The value as an Int64, or nil when it does not fit.
    public var asInt64: Int64? {
        if limbs.isEmpty { return 0 }
        if limbs.count > 1 { return nil }
        let value = limbs[0]
        if isNegative {
            if value <= UInt64(Int64.max) { return -Int64(value) }
            return value == UInt64(1) << 63 ? Int64.min : nil
        }
        return value <= UInt64(Int64.max) ? Int64(value) : nil
    }

    /// True when the lowest bit of the magnitude is set.
    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }
}

extension BigInt: Comparable {
    public static func < (left: BigInt, right: BigInt) -> Bool {
        compare(left, right) < 0
    }

    /// -1, 0 or 1 as `left` is below, equal to or above `right`.
    public static func compare(_ left: BigInt, _ right: BigInt) -> Int {
        if left.isNegative != right.isNegative { return left.isNegative ? -1 : 1 }
        let order = Magnitude.compare(left.limbs, right.limbs)
        return left.isNegative ? -order : order
    }
}

extension BigInt: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) {
        self.init(value)
    }
}

extension BigInt: CustomStringConvertible {
    public var description: String { toString(radix: 10) }
}

// MARK: - Arithmetic operators

extension BigInt {
    public static func + (left: BigInt, right: BigInt) -> BigInt {
        let sum = left.limbs.withUnsafeBufferPointer { l in
            right.limbs.withUnsafeBufferPointer { r in Magnitude.signedSum(left.isNegative, l, right.isNegative, r) }
        }
        return BigInt(isNegative: sum.isNegative, limbs: sum.limbs)
    }

    public static func - (left: BigInt, right: BigInt) -> BigInt {
        left + right.negated
    }

    public static prefix func - (value: BigInt) -> BigInt {
        value.negated
    }

    public static func * (left: BigInt, right: BigInt) -> BigInt {
        BigInt(isNegative: left.isNegative != right.isNegative,
               limbs: Magnitude.multiply(left.limbs, right.limbs))
    }

    public static func += (left: inout BigInt, right: BigInt) { left = left + right }
    public static func -= (left: inout BigInt, right: BigInt) { left = left - right }
    public static func *= (left: inout BigInt, right: BigInt) { left = left * right }

    /// `abs(x)`.
    public var absoluteValue: BigInt { magnitude }

    /// `x ** exponent` for a non-negative exponent, by repeated squaring.
    public func power(_ exponent: Int) -> BigInt {
        precondition(exponent >= 0, "BigInt.power needs a non-negative exponent")
        var result = BigInt.one
        var base = self
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result = result * base }
            remaining >>= 1
            if remaining > 0 { base = base * base }
        }
        return result
    }

    /// The product of the integers `low...high` (both at least 1), by halving the
    /// range so the factors multiplied stay alike in size and Karatsuba applies.
    public static func product(_ low: UInt64, _ high: UInt64) -> BigInt {
        if low > high { return .one }
        if high - low < 16 {
            var result = BigInt.one
            var word: UInt64 = 1
            for factor in low...high {
                let (product, overflow) = word.multipliedReportingOverflow(by: factor)
                if overflow {
                    result = result * BigInt(word)
                    word = factor
                } else {
                    word = product
                }
            }
            return result * BigInt(word)
        }
        let middle = low + (high - low) / 2
        return product(low, middle) * product(middle + 1, high)
    }

    /// `math.gcd(a, b)`: always non-negative.
    public static func gcd(_ first: BigInt, _ second: BigInt) -> BigInt {
        var a = first.magnitude
        var b = second.magnitude
        while !b.isZero {
            if a.limbs.count == 1 && b.limbs.count == 1 { return BigInt(gcd(a.limbs[0], b.limbs[0])) }
            let remainder = BigInt(isNegative: false, limbs: Magnitude.divide(a.limbs, b.limbs).remainder)
            a = b
            b = remainder
        }
        return a
    }

    /// Euclid on single words: the common case of `math.gcd`, without arrays.
    public static func gcd(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var (a, b) = (first, second)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
