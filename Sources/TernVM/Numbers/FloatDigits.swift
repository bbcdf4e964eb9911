// Decimal digits of a double and the layout of those digits into text, the
// shared engine behind repr(float), format() and the % operator.

import Glibc
import TernIntrinsics

/// A decimal digit string: the value is 0.d1d2d3... × 10^decimalPoint.
/// Zero is the digit "0" with decimal point 1; otherwise there are no leading
/// or trailing zero digits.
struct DecimalDigits {
    var digits: [UInt8]
    var decimalPoint: Int

    init(digits: [UInt8], decimalPoint: Int) {
        self.digits = digits
        self.decimalPoint = decimalPoint
    }

    /// True when every digit is zero (the number rounded to zero).
    var isZero: Bool { digits.allSatisfy { $0 == UInt8(ascii: "0") } }

    /// Reads text of the form `ddd.ddd` or `d.ddde±xx` (no sign) and normalizes it.
    init(scientificText text: UnsafeBufferPointer<UInt8>) {
        var end = text.count
        var exponent = 0
        if let eIndex = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            var position = eIndex + 1
            var negative = false
            if position < text.count && (text[position] == UInt8(ascii: "+") || text[position] == UInt8(ascii: "-")) {
                negative = text[position] == UInt8(ascii: "-")
                position += 1
            }
            while position < text.count { exponent = exponent * 10 + Int(text[position] &- 0x30); position += 1 }
            if negative { exponent = -exponent }
            end = eIndex
        }
        var mantissa = [UInt8]()
        mantissa.reserveCapacity(end)
        var pointPosition = -1
        for index in 0..<end {
            if text[index] == UInt8(ascii: ".") { pointPosition = mantissa.count } else { mantissa.append(text[index]) }
        }
        if pointPosition < 0 { pointPosition = mantissa.count }
        var decimalPoint = pointPosition + exponent
        var start = 0
        while start < mantissa.count && mantissa[start] == UInt8(ascii: "0") {
            start += 1
            decimalPoint -= 1
        }
        var last = mantissa.count
        while last > start && mantissa[last - 1] == UInt8(ascii: "0") { last -= 1 }
        if start == last {
            self.digits = [UInt8(ascii: "0")]
            self.decimalPoint = 1
        } else {
            if last < mantissa.count { mantissa.removeSubrange(last...) }
            if start > 0 { mantissa.removeSubrange(0..<start) }
            self.digits = mantissa
            self.decimalPoint = decimalPoint
        }
    }

    /// The shortest digits that read back as `value` (finite), nearest when
    /// several are shortest. Swift's `description` computes these.
    static func shortest(_ value: Double) -> DecimalDigits {
        var text = value.magnitude.description
        return text.withUTF8 { DecimalDigits(scientificText: $0) }
    }

    /// `value` correctly rounded (half-even on the exact binary value) to
    /// `count` significant digits; glibc's printf is exact.
    static func significant(_ value: Double, count: Int) -> DecimalDigits {
        withCFormatted(value.magnitude, conversion: UInt8(ascii: "e"), precision: max(count, 1) - 1) { DecimalDigits(scientificText: $0) }
    }

    /// `value` correctly rounded to `count` digits after the decimal point.
    static func fixed(_ value: Double, fractionDigits count: Int) -> DecimalDigits {
        if let exact = exactFixed(value.magnitude, fractionDigits: count) { return exact }
        return withCFormatted(value.magnitude, conversion: UInt8(ascii: "f"), precision: count) { DecimalDigits(scientificText: $0) }
    }
}

extension DecimalDigits {
    private static let powersOfTen: [UInt64] = (0...19).map { (0..<$0).reduce(UInt64(1)) { product, _ in product * 10 } }

    /// `fixed` without printf for the common case: below 2^53 and at most 19 digits after
    /// the point, value × 10^count is m × 10^count / 2^shift with m < 2^53, which fits 128
    /// bits, so the rounding (half to even) is done exactly on integers.
    fileprivate static func exactFixed(_ value: Double, fractionDigits count: Int) -> DecimalDigits? {
        guard count <= 19, value < 0x1p53 else { return nil }
        if value == 0 { return DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1) }
        let significand: UInt64, shift: Int
        if value.isSubnormal {
            significand = value.significandBitPattern
            shift = 1074
        } else {
            significand = (1 << 52) | value.significandBitPattern
            shift = 52 - Int(value.exponent)
        }
        let product = UInt128(significand) * UInt128(powersOfTen[count])
        var scaled: UInt128 = 0
        if shift == 0 {
            scaled = product
        } else if shift < 128 {
            scaled = product >> shift
            let remainder = product & ((1 << shift) - 1)
            let half: UInt128 = 1 << (shift - 1)
            if remainder > half || (remainder == half && scaled & 1 == 1) { scaled += 1 }
        }
        // (A shift of 128 or more leaves less than half of 2^128 > product: rounds to 0.)
        if scaled == 0 { return DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1) }
        // Digits from the right, trailing zeros dropped (the decimal point counts them).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { text in
            var start = 40, dropped = 0
            func push(_ digit: UInt8) {
                if digit == 0 && start == 40 { dropped += 1; return }
                start -= 1
                text[start] = 0x30 + digit
            }
            if scaled <= UInt128(UInt64.max) {
                var rest = UInt64(scaled)
                while rest > 0 { push(UInt8(truncatingIfNeeded: rest % 10)); rest /= 10 }
            } else {
                while scaled > 0 { push(UInt8(truncatingIfNeeded: scaled % 10)); scaled /= 10 }
            }
            return DecimalDigits(digits: Array(text[start...]), decimalPoint: 40 - start + dropped - count)
        }
    }
}

/// Runs C's snprintf with one double and `%.<precision><conversion>` into a
/// temporary buffer and passes the text to `body`.
func withCFormatted<Result>(_ value: Double, conversion: UInt8, precision: Int,
                            _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let capacity = precision + 340
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
        let written = buffer.withMemoryRebound(to: CChar.self) { characters in
            tern_format_double(characters.baseAddress, capacity, CChar(bitPattern: conversion), Int32(precision), value)
        }
        precondition(written >= 0 && Int(written) < capacity, "snprintf buffer too small")
        return body(UnsafeBufferPointer(start: buffer.baseAddress, count: Int(written)))
    }
}

/// How digits are laid out, after CPython's `format_float_short`.
enum FloatLayoutMode {
    /// Shortest round-trip digits, exponent when decimal point <= -4 or > 16 (repr).
    case shortest
    /// `precision` digits after the point in exponent form ('e').
    case exponent
    /// `precision` digits after the point ('f').
    case fixed
    /// `precision` significant digits, exponent only when needed ('g').
    case general
}

/// Options for `layoutFloat` beyond the mode and precision.
struct FloatLayoutOptions {
    /// '#': keep trailing zeros for 'g' and always show a decimal point.
    var alternate = false
    /// Give integral fixed-notation results a ".0" (repr and format's empty type).
    var addDotZero = false
    /// 'E', 'F', 'G': uppercase exponent letter and INF/NAN.
    var uppercase = false
}

/// Writes a double's magnitude (the caller adds the sign) following CPython's
/// rules for where the decimal point and exponent go; returns whether it
/// rounded to zero.
@discardableResult
func layoutFloatMagnitude(_ value: Double, mode: FloatLayoutMode, precision: Int,
                          options: FloatLayoutOptions, into out: inout TextBuilder) -> Bool {
    if value.isNaN { out.appendASCII(options.uppercase ? "NAN" : "nan"); return false }
    if value.isInfinite { out.appendASCII(options.uppercase ? "INF" : "inf"); return false }
    var decimal: DecimalDigits
    var minimumEnd: Int  // virtual digits shown at least up to this index
    var useExponent: Bool
    switch mode {
    case .shortest:
        decimal = .shortest(value)
        useExponent = decimal.decimalPoint <= -4 || decimal.decimalPoint > 16
        minimumEnd = decimal.digits.count
    case .exponent:
        decimal = .significant(value, count: precision + 1)
        useExponent = true
        minimumEnd = precision + 1
    case .fixed:
        decimal = .fixed(value, fractionDigits: precision)
        useExponent = false
        minimumEnd = decimal.decimalPoint + precision
    case .general:
        let significant = max(precision, 1)
        decimal = .significant(value, count: significant)
        let limit = options.addDotZero ? significant - 1 : significant
        useExponent = decimal.decimalPoint <= -4 || decimal.decimalPoint > limit
        minimumEnd = options.alternate ? significant : decimal.digits.count
    }
    var exponent = 0
    if useExponent {
        exponent = decimal.decimalPoint - 1
        decimal.decimalPoint = 1
    }
    let point = decimal.decimalPoint
    let start = point <= 0 ? point - 1 : 0
    var end = max(minimumEnd, decimal.digits.count)
    end = max(end, (!useExponent && options.addDotZero) ? point + 1 : point)

    let exponentText = useExponent ? 6 : 0
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 2 + exponentText) { text in
        var length = 0
        decimal.digits.withUnsafeBufferPointer { digits in
            for index in start..<end {
                if index == point { text[length] = UInt8(ascii: "."); length += 1 }
                text[length] = index >= 0 && index < digits.count ? digits[index] : UInt8(ascii: "0")
                length += 1
            }
        }
        if point == end && options.alternate { text[length] = UInt8(ascii: "."); length += 1 }
        out.appendASCII(UnsafeBufferPointer(rebasing: text[0..<length]))
    }
    if useExponent {
        out.appendASCII(options.uppercase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        out.appendASCII(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        out.appendDigits(UInt64(exponent.magnitude), minimumDigits: 2)
    }
    return decimal.isZero
}

/// `layoutFloatMagnitude` as a Swift String (complex and the unit tests' callers).
func layoutFloatMagnitude(_ value: Double, mode: FloatLayoutMode, precision: Int,
                          options: FloatLayoutOptions) -> (text: String, roundedToZero: Bool) {
    var out = TextBuilder()
    let roundedToZero = layoutFloatMagnitude(value, mode: mode, precision: precision, options: options, into: &out)
    return (out.string, roundedToZero)
}
