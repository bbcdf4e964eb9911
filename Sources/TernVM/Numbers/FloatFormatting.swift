// repr(float), float(str) and round(float, n) with CPython's exact results.

import Glibc

/// `repr(x)` for a float, exactly as CPython prints it: shortest round-trip
/// digits, fixed notation for 1e-4 <= |x| < 1e16, else `1e+16` style.
public func pythonFloatRepr(_ value: Double) -> String {
    var out = TextBuilder()
    writeFloatRepr(value, into: &out)
    return out.string
}

/// `repr(x)` for a float, written into `out`.
func writeFloatRepr(_ value: Double, into out: inout TextBuilder) {
    if value.isNaN { return out.appendASCII("nan") }
    if value.sign == .minus { out.appendASCII(UInt8(ascii: "-")) }
    var options = FloatLayoutOptions()
    options.addDotZero = true
    layoutFloatMagnitude(value, mode: .shortest, precision: 0, options: options, into: &out)
}

/// `float(text)`: surrounding whitespace, a sign, decimal digits with PEP 515
/// underscores between digits, an exponent, or inf/infinity/nan in any case.
/// Hexadecimal is not accepted. Returns nil where CPython raises ValueError.
public func parsePythonFloat(_ text: String) -> Double? {
    let bytes = asciiNumberText(text)
    func isDigit(_ index: Int) -> Bool {
        index >= 0 && index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }
    var cleaned = [UInt8]()
    cleaned.reserveCapacity(bytes.count)
    for index in 0..<bytes.count {
        if bytes[index] == UInt8(ascii: "_") {
            // An underscore must sit between two digits.
            guard isDigit(index - 1) && isDigit(index + 1) else { return nil }
            continue
        }
        cleaned.append(bytes[index])
    }
    var position = 0
    var negative = false
    if position < cleaned.count && (cleaned[position] == UInt8(ascii: "+") || cleaned[position] == UInt8(ascii: "-")) {
        negative = cleaned[position] == UInt8(ascii: "-")
        position += 1
    }
    let word = String(decoding: cleaned[position...], as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
    if word == "nan" { return negative ? -.nan : .nan }
    guard isDecimalLiteral(cleaned[position...]) else { return nil }
    let literal = String(decoding: cleaned, as: UTF8.self)
    return literal.withCString { strtod($0, nil) }
}

/// `digits [. digits] | . digits`, then an optional `e [sign] digits`.
private func isDecimalLiteral(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    func skipDigits() -> Int {
        let begin = index
        while index < bytes.endIndex && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") {
            index += 1
        }
        return index - begin
    }
    var mantissaDigits = skipDigits()
    if index < bytes.endIndex && bytes[index] == UInt8(ascii: ".") {
        index += 1
        mantissaDigits += skipDigits()
    }
    guard mantissaDigits > 0 else { return false }
    if index < bytes.endIndex && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
        index += 1
        if index < bytes.endIndex && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
            index += 1
        }
        guard skipDigits() > 0 else { return false }
    }
    return index == bytes.endIndex
}

/// `round(x, digits)`: x rounded half-to-even on its exact decimal value to a
/// multiple of 10^-digits (digits may be negative), then correctly rounded
/// back to a double. Returns nil when the result overflows (CPython raises
/// "OverflowError: rounded value too large to represent").
public func roundDouble(_ value: Double, digits: Int) -> Double? {
    // In CPython: beyond these bounds the result is x itself or a signed zero.
    if digits > 323 { return value }
    if digits < -308 { return value.isFinite ? (value.sign == .minus ? -0.0 : 0.0) : value }
    if !value.isFinite || value == 0 { return value }
    // Exact value: |x| = significand / 2^scale (scale may be negative).
    let magnitude = value.magnitude
    var significand: BigInt
    var binaryExponent: Int
    if magnitude.isSubnormal {
        significand = BigInt(magnitude.significandBitPattern)
        binaryExponent = -1074
    } else {
        significand = BigInt((UInt64(1) << 52) | magnitude.significandBitPattern)
        binaryExponent = Int(magnitude.exponent) - 52
    }
    // Scaled = |x| × 10^digits as numerator / denominator.
    var numerator = significand
    var denominator = BigInt.one
    if binaryExponent >= 0 { numerator = numerator << binaryExponent } else { denominator = denominator << -binaryExponent }
    let powerOfTen = BigInt(10).power(Int(digits.magnitude))
    if digits >= 0 { numerator = numerator * powerOfTen } else { denominator = denominator * powerOfTen }
    let (roundedDown, remainder) = numerator.floorDivMod(denominator)
    let order = BigInt.compare(remainder << 1, denominator)
    let quotient = (order > 0 || (order == 0 && roundedDown.isOdd)) ? roundedDown + .one : roundedDown
    let result: Double?
    if digits >= 0 {
        result = BigInt.trueDivide(quotient, powerOfTen)
    } else {
        result = (quotient * powerOfTen).toDouble()
    }
    guard let rounded = result, rounded.isFinite else { return nil }
    return value.sign == .minus ? -rounded : rounded
}

/// `round(x)` with no digits: the nearest integer, ties to even; nil for
/// infinities and NaN (CPython raises OverflowError and ValueError:
/// "cannot convert float infinity to integer", "cannot convert float NaN to integer").
public func roundDoubleToInteger(_ value: Double) -> BigInt? {
    guard value.isFinite else { return nil }
    return BigInt(truncating: value.rounded(.toNearestOrEven))
}
