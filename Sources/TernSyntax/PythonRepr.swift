// Python's repr() for the constant kinds the AST holds, so dumps match CPython's.

/// repr() of a str.
func pythonRepr(string: String) -> String {
    let useDouble = string.contains("'") && !string.contains("\"")
    let quote: Character = useDouble ? "\"" : "'"
    var result = String(quote)
    for scalar in string.unicodeScalars {
        switch scalar {
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default:
            if Character(scalar) == quote {
                result += "\\" + String(quote)
            } else if scalar.value < 0x7F && scalar.value >= 0x20 {
                result.unicodeScalars.append(scalar)
            } else if isPrintable(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar.value < 0x100 {
                result += "\\x" + paddedHex(scalar.value, 2)
            } else if scalar.value < 0x10000 {
                result += "\\u" + paddedHex(scalar.value, 4)
            } else {
                result += "\\U" + paddedHex(scalar.value, 8)
            }
        }
    }
    result.append(quote)
    return result
}

/// repr() of a bytes object.
func pythonRepr(bytes: [UInt8]) -> String {
    let useDouble = bytes.contains(39) && !bytes.contains(34)
    let quote: UInt8 = useDouble ? 34 : 39
    var result = "b" + String(UnicodeScalar(quote))
    for byte in bytes {
        switch byte {
        case 92: result += "\\\\"
        case 10: result += "\\n"
        case 13: result += "\\r"
        case 9: result += "\\t"
        case quote: result += "\\" + String(UnicodeScalar(quote))
        case 0x20..<0x7F: result.unicodeScalars.append(UnicodeScalar(byte))
        default: result += "\\x" + paddedHex(UInt32(byte), 2)
        }
    }
    result += String(UnicodeScalar(quote))
    return result
}

func paddedHex(_ value: UInt32, _ width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// repr() of a float: the shortest round-tripping digits, laid out as Python does
/// (positional for exponents in -4..<16, otherwise scientific with two-digit exponents).
func pythonRepr(float value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
    // Swift's description gives the shortest round-tripping digits; re-lay them out.
    let description = "\(abs(value))"
    var mantissa = Substring(description)
    var exponent = 0
    if let eIndex = description.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = description[..<eIndex]
        exponent = Int(description[description.index(after: eIndex)...])!
    }
    var digits = ""
    var pointPosition = 0
    var seenPoint = false
    for character in mantissa {
        if character == "." { seenPoint = true; continue }
        digits.append(character)
        if !seenPoint { pointPosition += 1 }
    }
    // Strip leading zeros (adjusting the point) and trailing zeros.
    while digits.count > 1 && digits.first == "0" { digits.removeFirst(); pointPosition -= 1 }
    while digits.count > 1 && digits.last == "0" { digits.removeLast() }
    let decimalPoint = pointPosition + exponent
    var result = value < 0 ? "-" : ""
    if decimalPoint > -4 && decimalPoint <= 16 {
        if decimalPoint <= 0 {
            result += "0." + String(repeating: "0", count: -decimalPoint) + digits
        } else if decimalPoint >= digits.count {
            result += digits + String(repeating: "0", count: decimalPoint - digits.count) + ".0"
        } else {
            let index = digits.index(digits.startIndex, offsetBy: decimalPoint)
            result += digits[..<index] + "." + digits[index...]
        }
    } else {
        let shownExponent = decimalPoint - 1
        result += String(digits.first!)
        if digits.count > 1 { result += "." + digits.dropFirst() }
        let magnitude = String(abs(shownExponent))
        result += "e" + (shownExponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" + magnitude : magnitude)
    }
    return result
}

/// repr() of a purely imaginary complex number such as `3j`.
func pythonRepr(imaginary value: Double) -> String {
    var text = pythonRepr(float: value)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text + "j"
}

func pythonRepr(constant: Constant) -> String {
    switch constant {
    case .none: return "None"
    case .ellipsis: return "Ellipsis"
    case .bool(let value): return value ? "True" : "False"
    case .int(let value): return String(value)
    case .bigInt(let digits): return digits
    case .float(let value): return pythonRepr(float: value)
    case .imaginary(let value): return pythonRepr(imaginary: value)
    case .string(let value): return pythonRepr(string: value)
    case .bytes(let value): return pythonRepr(bytes: value)
    }
}
