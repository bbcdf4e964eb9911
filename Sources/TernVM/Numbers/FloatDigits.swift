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

    /// True when every digit is zero (the number rounded to zero).
    var isZero: Bool { digits.allSatisfy { $0 == UInt8(ascii: "0") } }

    /// Reads text of the form `ddd.ddd` or `d.ddde±xx` (no sign) and normalizes it.
    init(scientificText text: String) {
        var mantissa = Array(text.utf8)
        var exponent = 0
        if let eIndex = mantissa.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            exponent = Int(String(decoding: mantissa[(eIndex + 1)...], as: UTF8.self)
                .replacingPlusSign()) ?? 0
            mantissa.removeSubrange(eIndex...)
        }
        var pointPosition = mantissa.count
        if let dot = mantissa.firstIndex(of: UInt8(ascii: ".")) {
            pointPosition = dot
            mantissa.remove(at: dot)
        }
        var decimalPoint = pointPosition + exponent
        var start = 0
        while start < mantissa.count && mantissa[start] == UInt8(ascii: "0") {
            start += 1
            decimalPoint -= 1
        }
        var end = mantissa.count
        while end > start && mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if start == end {
            self.digits = [UInt8(ascii: "0")]
            self.decimalPoint = 1
        } else {
            self.digits = Array(mantissa[start..<end])
            self.decimalPoint = decimalPoint
        }
    }

    /// The shortest digits that read back as `value` (finite), nearest when
    /// several are shortest. Swift's `description` computes these.
    static func shortest(_ value: Double) -> DecimalDigits {
        DecimalDigits(scientificText: value.magnitude.description)
    }

    /// `value` correctly rounded (half-even on the exact binary value) to
    /// `count` significant digits; glibc's printf is exact.
    static func significant(_ value: Double, count: Int) -> DecimalDigits {
        DecimalDigits(scientificText: formatWithC(value.magnitude, conversion: "e", precision: max(count, 1) - 1))
    }

    /// `value` correctly rounded to `count` digits after the decimal point.
    static func fixed(_ value: Double, fractionDigits count: Int) -> DecimalDigits {
        DecimalDigits(scientificText: formatWithC(value.magnitude, conversion: "f", precision: count))
    }
}

extension String {
    /// Int(_:) rejects a leading "+"; exponents from printf carry one.
    fileprivate func replacingPlusSign() -> String {
        hasPrefix("+") ? String(dropFirst()) : self
    }
}

/// Runs C's snprintf with one double and `%.<precision><conversion>`.
func formatWithC(_ value: Double, conversion: Character, precision: Int) -> String {
    let capacity = precision + 340
    let letter = CChar(bitPattern: conversion.asciiValue ?? UInt8(ascii: "f"))
    return String(unsafeUninitializedCapacity: capacity) { buffer in
        let written = buffer.withMemoryRebound(to: CChar.self) { characters in
            tern_format_double(characters.baseAddress, capacity, letter, Int32(precision), value)
        }
        precondition(written >= 0 && Int(written) < capacity, "snprintf buffer too small")
        return Int(written)
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

/// Formats a double (magnitude only; the caller adds the sign) following
/// CPython's rules for where the decimal point and exponent go.
func layoutFloatMagnitude(_ value: Double, mode: FloatLayoutMode, precision: Int,
                          options: FloatLayoutOptions) -> (text: String, roundedToZero: Bool) {
    if value.isNaN { return (options.uppercase ? "NAN" : "nan", false) }
    if value.isInfinite { return (options.uppercase ? "INF" : "inf", false) }
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

    var text = [UInt8]()
    text.reserveCapacity(end - start + 8)
    for index in start..<end {
        if index == point { text.append(UInt8(ascii: ".")) }
        text.append(index >= 0 && index < decimal.digits.count ? decimal.digits[index] : UInt8(ascii: "0"))
    }
    if point == end && options.alternate { text.append(UInt8(ascii: ".")) }
    if useExponent {
        text.append(options.uppercase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        text.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let exponentDigits = String(exponent.magnitude)
        if exponentDigits.count < 2 { text.append(UInt8(ascii: "0")) }
        text.append(contentsOf: exponentDigits.utf8)
    }
    return (String(decoding: text, as: UTF8.self), decimal.isZero)
}
