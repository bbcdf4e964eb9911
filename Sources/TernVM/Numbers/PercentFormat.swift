// printf-style formatting for the % operator: parsing the format string into
// literal text and conversions, and formatting one value per conversion.

/// A width or precision in a % conversion.
public enum PercentCount: Equatable, Sendable {
    case none
    case value(Int)
    /// `*`: taken from the next argument.
    case fromArgument
    /// Digits past a machine word: "width too big" or "precision too big", as in CPython.
    case tooBig
}

/// One `%[(key)][flags][width][.precision][length]type` conversion.
public struct PercentConversion: Equatable, Sendable {
    public var mappingKey: String?
    /// '-'.
    public var leftAlign = false
    /// '+'.
    public var forceSign = false
    /// ' '.
    public var spaceSign = false
    /// '#'.
    public var alternate = false
    /// '0'.
    public var zeroPad = false
    public var width: PercentCount = .none
    public var precision: PercentCount = .none
    /// The conversion character: one of d i u o x X e E f F g G c r s a (or '%' for "%%").
    public var type: Unicode.Scalar = "s"
    /// The code-point index of the conversion character in the format string.
    public var index = 0

    public init() {}

    /// Applies the values of `*` arguments with CPython's rules: a negative
    /// width left-aligns, a negative precision counts as 0.
    public mutating func resolveStars(width starWidth: Int?, precision starPrecision: Int?) {
        if case .fromArgument = width, let starWidth {
            if starWidth < 0 { leftAlign = true }
            width = .value(Int(starWidth.magnitude))
        }
        if case .fromArgument = precision, let starPrecision {
            precision = .value(max(starPrecision, 0))
        }
    }

    var widthValue: Int {
        if case .value(let value) = width { return value }
        return 0
    }

    var precisionValue: Int? {
        if case .value(let value) = precision { return value }
        return nil
    }
}

/// A piece of a parsed % format string.
public enum PercentPiece: Equatable, Sendable {
    case literal(String)
    case conversion(PercentConversion)
    /// A malformed conversion; always the last piece. When `conversion` is
    /// non-nil, CPython first fetches its arguments (mapping key and `*`
    /// values, then one argument), so "not enough arguments" or "format
    /// requires a mapping" take precedence; the error follows.
    case invalid(PercentConversion?, PythonNumberError)
}

/// Splits a % format string into literal text and conversions ("%%" becomes literal "%").
/// Errors: "incomplete format", "incomplete format key",
/// "unsupported format character 'y' (0x79) at index 1".
public func parsePercentFormat(_ format: String, forBytes: Bool = false) -> [PercentPiece] {
    let scalars = Array(format.unicodeScalars)
    var pieces = [PercentPiece]()
    var literal = [Unicode.Scalar]()
    var position = 0
    func flushLiteral() {
        if !literal.isEmpty {
            pieces.append(.literal(stringFromScalars(literal)))
            literal.removeAll(keepingCapacity: true)
        }
    }
    while position < scalars.count {
        let scalar = scalars[position]
        position += 1
        if scalar != "%" {
            literal.append(scalar)
            continue
        }
        var conversion = PercentConversion()
        if position < scalars.count && scalars[position] == "(" {
            // Parentheses nest inside a mapping key.
            var depth = 1
            let keyStart = position + 1
            position += 1
            while position < scalars.count && depth > 0 {
                if scalars[position] == "(" { depth += 1 }
                if scalars[position] == ")" { depth -= 1 }
                position += 1
            }
            if depth > 0 {
                flushLiteral()
                // The VM checks only that the arguments are a mapping before raising this.
                var keyed = PercentConversion()
                keyed.mappingKey = stringFromScalars(scalars[keyStart...])
                pieces.append(.invalid(keyed, PythonNumberError(.valueError, "incomplete format key")))
                return pieces
            }
            conversion.mappingKey = stringFromScalars(scalars[keyStart..<(position - 1)])
        }
        flagLoop: while position < scalars.count {
            switch scalars[position] {
            case "-": conversion.leftAlign = true
            case "+": conversion.forceSign = true
            case " ": conversion.spaceSign = true
            case "#": conversion.alternate = true
            case "0": conversion.zeroPad = true
            default: break flagLoop
            }
            position += 1
        }
        conversion.width = readPercentCount(scalars, &position)
        if position < scalars.count && scalars[position] == "." {
            position += 1
            conversion.precision = readPercentCount(scalars, &position)
            if conversion.precision == .none { conversion.precision = .value(0) }
        }
        while position < scalars.count && (scalars[position] == "h" || scalars[position] == "l" || scalars[position] == "L") {
            position += 1
        }
        guard position < scalars.count else {
            flushLiteral()
            pieces.append(.invalid(nil, PythonNumberError(.valueError, "incomplete format")))
            return pieces
        }
        let type = scalars[position]
        conversion.type = type
        conversion.index = position
        position += 1
        if type == "%" && isBarePercent(conversion) {
            literal.append("%")
            continue
        }
        switch type {
        case "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a", "b" where forBytes:
            flushLiteral()
            pieces.append(.conversion(conversion))
        default:
            flushLiteral()
            let shown = (type.value >= 32 && type.value <= 126) ? String(Character(type)) : "?"
            let message = "unsupported format character '\(shown)' (0x\(String(type.value, radix: 16))) at index \(conversion.index)"
            pieces.append(.invalid(conversion, PythonNumberError(.valueError, message)))
            return pieces
        }
    }
    flushLiteral()
    return pieces
}

/// True for "%%" itself: no key, flags, width or precision before the second '%'.
private func isBarePercent(_ conversion: PercentConversion) -> Bool {
    conversion.mappingKey == nil && !conversion.leftAlign && !conversion.forceSign && !conversion.spaceSign
        && !conversion.alternate && !conversion.zeroPad && conversion.width == .none && conversion.precision == .none
}

/// Reads `*` or decimal digits.
private func readPercentCount(_ scalars: [Unicode.Scalar], _ position: inout Int) -> PercentCount {
    if position < scalars.count && scalars[position] == "*" {
        position += 1
        return .fromArgument
    }
    var count = PercentCount.none
    while position < scalars.count, scalars[position].value >= 0x30, scalars[position].value <= 0x39 {
        let digit = Int(scalars[position].value - 0x30)
        position += 1
        switch count {
        case .none: count = .value(digit)
        case .value(let value):
            let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = times.addingReportingOverflow(digit)
            count = overflowed || carried ? .tooBig : .value(sum)
        default: break
        }
    }
    return count
}

// MARK: - Formatting one value

/// Pads a formatted number: spaces on the right with '-', zeros after the
/// sign and prefix with '0', else spaces on the left.
private func padPercentNumber(sign: String, prefix: String, body: String, _ conversion: PercentConversion) -> String {
    let length = sign.unicodeScalars.count + prefix.unicodeScalars.count + body.unicodeScalars.count
    let padding = max(0, conversion.widthValue - length)
    if padding == 0 { return sign + prefix + body }
    if conversion.leftAlign { return sign + prefix + body + String(repeating: " ", count: padding) }
    if conversion.zeroPad { return sign + prefix + String(repeating: "0", count: padding) + body }
    return String(repeating: " ", count: padding) + sign + prefix + body
}

/// The sign text for a % conversion.
private func percentSign(negative: Bool, _ conversion: PercentConversion) -> String {
    if negative { return "-" }
    if conversion.forceSign { return "+" }
    if conversion.spaceSign { return " " }
    return ""
}

/// `%d %i %u %o %x %X` of an int (the VM applies int() to other numbers first).
/// Precision is a minimum digit count; '#' adds 0o/0x/0X.
public func percentFormatInteger(_ value: BigInt, _ conversion: PercentConversion) -> String {
    let radix: Int
    var prefix = ""
    switch conversion.type {
    case "o": radix = 8; prefix = "0o"
    case "x": radix = 16; prefix = "0x"
    case "X": radix = 16; prefix = "0X"
    default: radix = 10
    }
    var digits = value.magnitude.toString(radix: radix)
    if conversion.type == "X" { digits = digits.uppercased() }
    if let precision = conversion.precisionValue, precision > digits.count {
        digits = String(repeating: "0", count: precision - digits.count) + digits
    }
    return padPercentNumber(sign: percentSign(negative: value.isNegative, conversion),
                            prefix: conversion.alternate ? prefix : "", body: digits, conversion)
}

/// `%e %E %f %F %g %G` of a float (precision defaults to 6; '#' keeps the point and zeros).
public func percentFormatFloat(_ value: Double, _ conversion: PercentConversion) -> String {
    var options = FloatLayoutOptions()
    options.alternate = conversion.alternate
    options.uppercase = conversion.type == "E" || conversion.type == "F" || conversion.type == "G"
    let mode: FloatLayoutMode
    switch conversion.type {
    case "e", "E": mode = .exponent
    case "f", "F": mode = .fixed
    default: mode = .general
    }
    let text = layoutFloatMagnitude(value, mode: mode, precision: conversion.precisionValue ?? 6, options: options).text
    let negative = value.sign == .minus && !value.isNaN
    return padPercentNumber(sign: percentSign(negative: negative, conversion), prefix: "", body: text, conversion)
}

/// `%s %r %a` (and `%c` of a one-character string) given the already
/// converted text: precision truncates, width pads with spaces ('0' is ignored).
public func percentFormatString(_ text: String, _ conversion: PercentConversion) -> String {
    var truncated = text
    if conversion.type != "c", let precision = conversion.precisionValue, text.unicodeScalars.count > precision {
        truncated = stringFromScalars(text.unicodeScalars.prefix(precision))
    }
    return pad(truncated, width: conversion.widthValue, fill: " ", align: conversion.leftAlign ? "<" : ">")
}

/// `%c` of an int: the character with that code point.
public func percentFormatCharacter(_ codePoint: BigInt, _ conversion: PercentConversion) throws(PythonNumberError) -> String {
    guard let code = codePoint.asInt64, code >= 0, code <= 0x10FFFF else {
        throw PythonNumberError(.overflowError, "%c arg not in range(0x110000)")
    }
    // Surrogates cannot live in a Swift String; they become U+FFFD here.
    let scalar = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
    return percentFormatString(String(Character(scalar)), conversion)
}
