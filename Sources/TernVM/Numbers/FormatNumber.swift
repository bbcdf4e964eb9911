// Formatting of int and float values by format spec: signs, prefixes, digit
// grouping, zero padding and alignment, after CPython's number layout.

/// The pieces of a formatted number before padding.
struct NumberParts {
    /// "", "-", "+" or " ".
    var sign: String
    /// "0x", "0b", "0o", "0X" or "".
    var prefix: String = ""
    /// The integer digits, which grouping and zero padding apply to.
    var integerDigits: [UInt8]
    /// Everything after the integer digits: fraction, exponent, '%', or inf/nan.
    var remainder: String = ""
}

/// Joins the parts with grouping, zero padding (fill '0' with '=' alignment
/// pads inside the grouped digits) and alignment to the spec's width.
func assembleNumber(_ parts: NumberParts, _ spec: FormatSpec, groupSize: Int = 3) -> String {
    let width = spec.width ?? 0
    let align = spec.align ?? ">"
    let leadingCount = parts.sign.unicodeScalars.count + parts.prefix.unicodeScalars.count
    let remainderCount = parts.remainder.unicodeScalars.count
    var minimumDigits = 0
    if spec.fill == "0" && align == "=" {
        minimumDigits = width - leadingCount - remainderCount
    }
    let separator = spec.grouping.map { UInt8($0.value) }
    let digits = groupDigits(parts.integerDigits, separator: separator, groupSize: groupSize,
                             minimumWidth: minimumDigits)
    let body = String(decoding: digits, as: UTF8.self) + parts.remainder
    let head = parts.sign + parts.prefix
    let total = leadingCount + digits.count + remainderCount
    if total >= width { return head + body }
    if align == "=" {
        return head + repeatedScalar(spec.fill, count: width - total) + body
    }
    return pad(head + body, width: width, fill: spec.fill, align: align)
}

/// Inserts a separator every `groupSize` digits from the right and pads with
/// leading zeros (also grouped) up to `minimumWidth`; never starts with a separator.
func groupDigits(_ digits: [UInt8], separator: UInt8?, groupSize: Int, minimumWidth: Int) -> [UInt8] {
    var reversed = [UInt8]()
    reversed.reserveCapacity(max(digits.count * 2, minimumWidth))
    var index = digits.count - 1
    var inGroup = 0
    while index >= 0 || reversed.count < minimumWidth {
        if let separator, inGroup == groupSize {
            reversed.append(separator)
            inGroup = 0
        }
        reversed.append(index >= 0 ? digits[index] : UInt8(ascii: "0"))
        index -= 1
        inGroup += 1
    }
    return reversed.reversed()
}

/// The sign text for a number: '-' when negative, else what the spec's sign asks for.
func signText(negative: Bool, _ sign: Unicode.Scalar?) -> String {
    if negative { return "-" }
    switch sign {
    case "+": return "+"
    case " ": return " "
    default: return ""
    }
}

// MARK: - Integers

/// `format(value, spec)` for int. An empty spec is `str(value)`; for bool and
/// other subclasses the VM formats `str(obj)` itself when the spec is empty.
public func formatInteger(_ value: BigInt, _ specText: String, typeName: String = "int") throws(PythonNumberError) -> String {
    if specText.isEmpty { return value.description }
    let spec = try FormatSpec.parse(specText, typeName: typeName, defaultType: "d", defaultAlign: ">")
    return try formatInteger(value, spec, typeName: typeName)
}

/// `format(value, spec)` for int with a parsed spec.
public func formatInteger(_ value: BigInt, _ spec: FormatSpec, typeName: String = "int") throws(PythonNumberError) -> String {
    let type = spec.type ?? "d"
    switch type {
    case "e", "E", "f", "F", "g", "G", "%":
        guard let double = value.toDouble() else {
            throw PythonNumberError(.overflowError, "int too large to convert to float")
        }
        return try formatFloat(double, spec, typeName: typeName)
    case "b", "c", "d", "o", "x", "X", "n":
        break
    default:
        throw unknownFormatCode(type, typeName: typeName)
    }
    if spec.precision != nil {
        throw PythonNumberError(.valueError, "Precision not allowed in integer format specifier")
    }
    if spec.coerceNegativeZero {
        throw PythonNumberError(.valueError, "Negative zero coercion (z) not allowed in integer format specifier")
    }
    if type == "c" {
        if spec.sign != nil {
            throw PythonNumberError(.valueError, "Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw PythonNumberError(.valueError, "Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard let code = value.asInt64, code >= 0, code <= 0x10FFFF else {
            throw PythonNumberError(.overflowError, "%c arg not in range(0x110000)")
        }
        // Surrogates cannot live in a Swift String; they print as U+FFFD here.
        let scalar = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
        return assembleNumber(NumberParts(sign: "", integerDigits: [], remainder: String(Character(scalar))), spec)
    }
    let radix: Int
    var prefix = ""
    switch type {
    case "b": radix = 2; prefix = "0b"
    case "o": radix = 8; prefix = "0o"
    case "x": radix = 16; prefix = "0x"
    case "X": radix = 16; prefix = "0X"
    default: radix = 10
    }
    var digits = value.magnitude.toString(radix: radix)
    if type == "X" { digits = digits.uppercased() }
    let parts = NumberParts(sign: signText(negative: value.isNegative, spec.sign),
                            prefix: spec.alternate ? prefix : "",
                            integerDigits: Array(digits.utf8))
    return assembleNumber(parts, spec, groupSize: radix == 10 ? 3 : 4)
}

// MARK: - Floats

/// `format(value, spec)` for float. An empty spec is `repr(value)`.
public func formatFloat(_ value: Double, _ specText: String, typeName: String = "float") throws(PythonNumberError) -> String {
    if specText.isEmpty { return pythonFloatRepr(value) }
    let spec = try FormatSpec.parse(specText, typeName: typeName, defaultType: nil, defaultAlign: ">")
    return try formatFloat(value, spec, typeName: typeName)
}

/// `format(value, spec)` for float with a parsed spec.
public func formatFloat(_ value: Double, _ spec: FormatSpec, typeName: String = "float") throws(PythonNumberError) -> String {
    if let precision = spec.precision, precision > Int(Int32.max) { throw PythonNumberError(.valueError, "precision too big") }
    var options = FloatLayoutOptions()
    options.alternate = spec.alternate
    var mode: FloatLayoutMode
    var precision = spec.precision ?? 6
    var number = value
    var suffix = ""
    switch spec.type {
    case nil:
        // In CPython: like repr without a precision, else like 'g' but with
        // at least one digit after the point.
        options.addDotZero = true
        mode = spec.precision == nil ? .shortest : .general
        precision = spec.precision ?? 0
    case "e", "E": mode = .exponent
    case "f", "F": mode = .fixed
    case "g", "G", "n": mode = .general
    case "%":
        mode = .fixed
        number = value * 100
        suffix = "%"
    default:
        throw unknownFormatCode(spec.type!, typeName: typeName)
    }
    if let type = spec.type, type == "E" || type == "F" || type == "G" { options.uppercase = true }
    let (text, roundedToZero) = layoutFloatMagnitude(number, mode: mode, precision: precision, options: options)
    var negative = number.sign == .minus && !number.isNaN
    if spec.coerceNegativeZero && roundedToZero { negative = false }
    let bytes = Array(text.utf8)
    let digitCount = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
    let parts = NumberParts(sign: signText(negative: negative, spec.sign),
                            integerDigits: Array(bytes[0..<digitCount]),
                            remainder: String(decoding: bytes[digitCount...], as: UTF8.self) + suffix)
    return assembleNumber(parts, spec)
}
