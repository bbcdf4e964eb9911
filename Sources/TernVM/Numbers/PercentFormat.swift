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
    /// The code points of the mapping key within the format, for `%(key)s`.
    public var mappingKey: Range<Int>?
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
    /// Code points `start..<end` of the format, as they are.
    case literal(start: Int, end: Int)
    case conversion(PercentConversion)
    /// A malformed conversion; always the last piece. When `conversion` is
    /// non-nil, CPython first fetches its arguments (mapping key and `*`
    /// values, then one argument), so "not enough arguments" or "format
    /// requires a mapping" take precedence; the error follows.
    case invalid(PercentConversion?, PercentFormatError)
}

/// What is wrong with a malformed % format (kept apart from its message, which is
/// made only when raised, so that pieces copy as plain bytes).
public enum PercentFormatError: Equatable, Sendable {
    case incompleteFormat
    case incompleteFormatKey
    case unsupportedCharacter(UInt32, index: Int)

    public var error: PythonNumberError {
        switch self {
        case .incompleteFormat: return PythonNumberError(.valueError, "incomplete format")
        case .incompleteFormatKey: return PythonNumberError(.valueError, "incomplete format key")
        case .unsupportedCharacter(let code, let index):
            let shown = (code >= 32 && code <= 126) ? String(Character(Unicode.Scalar(code)!)) : "?"
            return PythonNumberError(.valueError,
                                     "unsupported format character '\(shown)' (0x\(String(code, radix: 16))) at index \(index)")
        }
    }
}

/// Splits a % format string, given as code points, into literal text and conversions
/// ("%%" is literal text: the first '%' of it ends a literal run).
/// Errors: "incomplete format", "incomplete format key",
/// "unsupported format character 'y' (0x79) at index 1".
public func parsePercentFormat(_ scalars: [UInt32], forBytes: Bool = false) -> [PercentPiece] {
    var pieces = [PercentPiece]()
    var literalStart = 0
    var position = 0
    func flushLiteral(_ end: Int) {
        if end > literalStart { pieces.append(.literal(start: literalStart, end: end)) }
    }
    while position < scalars.count {
        let percentIndex = position
        position += 1
        if scalars[percentIndex] != 0x25 { continue }
        var conversion = PercentConversion()
        if position < scalars.count && scalars[position] == 0x28 {
            // Parentheses nest inside a mapping key.
            var depth = 1
            let keyStart = position + 1
            position += 1
            while position < scalars.count && depth > 0 {
                if scalars[position] == 0x28 { depth += 1 }
                if scalars[position] == 0x29 { depth -= 1 }
                position += 1
            }
            if depth > 0 {
                flushLiteral(percentIndex)
                // The VM checks only that the arguments are a mapping before raising this.
                var keyed = PercentConversion()
                keyed.mappingKey = keyStart..<scalars.count
                pieces.append(.invalid(keyed, .incompleteFormatKey))
                return pieces
            }
            conversion.mappingKey = keyStart..<(position - 1)
        }
        flagLoop: while position < scalars.count {
            switch scalars[position] {
            case 0x2D: conversion.leftAlign = true
            case 0x2B: conversion.forceSign = true
            case 0x20: conversion.spaceSign = true
            case 0x23: conversion.alternate = true
            case 0x30: conversion.zeroPad = true
            default: break flagLoop
            }
            position += 1
        }
        conversion.width = readPercentCount(scalars, &position)
        if position < scalars.count && scalars[position] == 0x2E {
            position += 1
            conversion.precision = readPercentCount(scalars, &position)
            if conversion.precision == .none { conversion.precision = .value(0) }
        }
        while position < scalars.count && (scalars[position] == 0x68 || scalars[position] == 0x6C || scalars[position] == 0x4C) {
            position += 1
        }
        guard position < scalars.count else {
            flushLiteral(percentIndex)
            pieces.append(.invalid(nil, .incompleteFormat))
            return pieces
        }
        let code = scalars[position]
        let type = Unicode.Scalar(code) ?? "\u{FFFD}"
        conversion.type = type
        conversion.index = position
        position += 1
        if type == "%" && isBarePercent(conversion) {
            // The literal run goes on through the first '%'; the second is dropped.
            flushLiteral(percentIndex + 1)
            literalStart = position
            continue
        }
        flushLiteral(percentIndex)
        literalStart = position
        switch type {
        case "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a", "b" where forBytes:
            pieces.append(.conversion(conversion))
        default:
            pieces.append(.invalid(conversion, .unsupportedCharacter(code, index: conversion.index)))
            return pieces
        }
    }
    flushLiteral(scalars.count)
    return pieces
}

/// True for "%%" itself: no key, flags, width or precision before the second '%'.
private func isBarePercent(_ conversion: PercentConversion) -> Bool {
    conversion.mappingKey == nil && !conversion.leftAlign && !conversion.forceSign && !conversion.spaceSign
        && !conversion.alternate && !conversion.zeroPad && conversion.width == .none && conversion.precision == .none
}

/// Reads `*` or decimal digits.
private func readPercentCount(_ scalars: [UInt32], _ position: inout Int) -> PercentCount {
    if position < scalars.count && scalars[position] == 0x2A {
        position += 1
        return .fromArgument
    }
    var count = PercentCount.none
    while position < scalars.count, scalars[position] >= 0x30, scalars[position] <= 0x39 {
        let digit = Int(scalars[position] - 0x30)
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

/// Writes a number of a conversion: `body` writes the digits (and what follows them);
/// the sign and prefix go in front, then the width pads with spaces on the right
/// ('-'), zeros after the sign and prefix ('0'), else spaces on the left.
private func writePercentNumber(_ out: inout TextBuilder, negative: Bool, prefix: StaticString,
                                _ conversion: PercentConversion, body: (inout TextBuilder) -> Void) {
    let start = out.count
    if negative { out.appendASCII(UInt8(ascii: "-")) } else if conversion.forceSign {
        out.appendASCII(UInt8(ascii: "+"))
    } else if conversion.spaceSign {
        out.appendASCII(UInt8(ascii: " "))
    }
    out.appendASCII(prefix)
    let inner = out.count
    body(&out)
    let align: UInt32 = conversion.leftAlign ? 0x3C : (conversion.zeroPad ? 0x3D : 0x3E)
    out.pad(from: start, width: conversion.widthValue, fill: conversion.zeroPad && !conversion.leftAlign ? 0x30 : 0x20,
            align: align, innerStart: inner)
}

/// `%d %i %u %o %x %X` of an int (the VM applies int() to other numbers first).
/// Precision is a minimum digit count; '#' adds 0o/0x/0X.
func percentFormatInteger(_ value: IntegerText, _ conversion: PercentConversion, into out: inout TextBuilder) {
    let radix: Int
    var prefix: StaticString = ""
    switch conversion.type {
    case "o": radix = 8; prefix = "0o"
    case "x": radix = 16; prefix = "0x"
    case "X": radix = 16; prefix = "0X"
    default: radix = 10
    }
    writePercentNumber(&out, negative: value.isNegative, prefix: conversion.alternate ? prefix : "", conversion) { out in
        value.writeDigits(&out, radix: radix, uppercase: conversion.type == "X",
                          minimumDigits: conversion.precisionValue ?? 1)
    }
}

/// `%e %E %f %F %g %G` of a float (precision defaults to 6; '#' keeps the point and zeros).
func percentFormatFloat(_ value: Double, _ conversion: PercentConversion, into out: inout TextBuilder) {
    var options = FloatLayoutOptions()
    options.alternate = conversion.alternate
    options.uppercase = conversion.type == "E" || conversion.type == "F" || conversion.type == "G"
    let mode: FloatLayoutMode
    switch conversion.type {
    case "e", "E": mode = .exponent
    case "f", "F": mode = .fixed
    default: mode = .general
    }
    let negative = value.sign == .minus && !value.isNaN
    writePercentNumber(&out, negative: negative, prefix: "", conversion) { out in
        layoutFloatMagnitude(value, mode: mode, precision: conversion.precisionValue ?? 6, options: options, into: &out)
    }
}

/// `%s %r %a %c`: `body` writes the converted text; precision cuts it (not for %c),
/// width pads with spaces ('0' is ignored).
func writePercentText(_ conversion: PercentConversion, into out: inout TextBuilder, _ body: (inout TextBuilder) -> Void) {
    let start = out.count
    body(&out)
    if conversion.type != "c", let precision = conversion.precisionValue { out.truncate(to: start + precision) }
    out.pad(from: start, width: conversion.widthValue, fill: 0x20, align: conversion.leftAlign ? 0x3C : 0x3E)
}

/// `%c` of an int: the character with that code point.
func percentFormatCharacter(_ codePoint: IntegerText, _ conversion: PercentConversion,
                            into out: inout TextBuilder) throws(PythonNumberError) {
    guard let code = codePoint.asInt64, code >= 0, code <= 0x10FFFF else {
        throw PythonNumberError(.overflowError, "%c arg not in range(0x110000)")
    }
    writePercentText(conversion, into: &out) { $0.append(UInt32(code)) }
}
