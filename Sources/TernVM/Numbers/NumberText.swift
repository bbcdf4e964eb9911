// Character classes shared by int() and float() parsing: Python's notion of
// whitespace and of Unicode decimal digits.

/// True for the whitespace `int()` and `float()` strip from both ends.
/// In CPython: ASCII " \t\n\v\f\r" only (not \x1c-\x1f, which
/// `str.isspace()` accepts), plus every non-ASCII `isspace()` character.
func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true
    case 0..<0x80: return false
    default: return scalar.properties.isWhitespace
    }
}

/// The value of a Unicode decimal digit (ASCII or any other script), else nil.
/// In CPython: int() and float() accept digits of every script.
func decimalDigitValue(_ scalar: Unicode.Scalar) -> Int? {
    if scalar.value >= 0x30 && scalar.value <= 0x39 { return Int(scalar.value - 0x30) }
    if scalar.value < 0x80 { return nil }
    guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else {
        return nil
    }
    return Int(value)
}

/// The text with whitespace trimmed and non-ASCII decimal digits turned into
/// ASCII digits, as CPython does before parsing numbers; other non-ASCII
/// characters become a character no grammar accepts.
func asciiNumberText(_ text: String) -> [UInt8] {
    var scalars = Array(text.unicodeScalars)
    while let first = scalars.first, isPythonWhitespace(first) { scalars.removeFirst() }
    while let last = scalars.last, isPythonWhitespace(last) { scalars.removeLast() }
    return scalars.map { scalar -> UInt8 in
        if scalar.value < 0x80 { return UInt8(scalar.value) }
        if let digit = decimalDigitValue(scalar) { return UInt8(0x30 + digit) }
        return UInt8(ascii: "?")
    }
}

/// The value of an ASCII letter-or-digit in bases up to 36, else nil.
func digitValue(_ byte: UInt8) -> Int? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 10
    default: return nil
    }
}
