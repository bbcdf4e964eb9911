// Formatting of int and float values by format spec: signs, prefixes, digit
// grouping, zero padding and alignment, after CPython's number layout, written
// straight into a TextBuilder.

/// An int to format: a small one as a machine word (no BigInt made), else a BigInt.
enum IntegerText {
    case small(Int64)
    case big(BigInt)

    var isNegative: Bool {
        switch self {
        case .small(let value): return value < 0
        case .big(let value): return value.isNegative
        }
    }

    var asInt64: Int64? {
        switch self {
        case .small(let value): return value
        case .big(let value): return value.asInt64
        }
    }

    var toDouble: Double? {
        switch self {
        case .small(let value): return Double(value)
        case .big(let value): return value.toDouble()
        }
    }

    /// The digits of the magnitude in `radix`, at least `minimumDigits` of them.
    func writeDigits(_ out: inout TextBuilder, radix: Int, uppercase: Bool, minimumDigits: Int = 1) {
        if case .small(let value) = self {
            out.appendDigits(value.magnitude, radix: radix, uppercase: uppercase, minimumDigits: minimumDigits)
            return
        }
        guard case .big(let value) = self else { return }
        var digits = value.magnitude.toString(radix: radix)
        if uppercase { digits = digits.uppercased() }
        out.append(repeating: 0x30, count: minimumDigits - digits.utf8.count)
        out.append(digits)
    }
}

/// Writes a number: `body` writes the integer digits and what follows them (fraction,
/// exponent, '%', or inf/nan) and returns how many integer digits it wrote and whether
/// the number is negative; then the sign and `prefix` go in front, the digits are
/// grouped (and zero-padded inside the grouping when the fill is '0' with '='), and
/// the whole is aligned to the spec's width.
func writeNumber(_ out: inout TextBuilder, _ spec: FormatSpec, prefix: StaticString = "", groupSize: Int = 3,
                 body: (inout TextBuilder) -> (digits: Int, negative: Bool)) {
    let start = out.count
    let (digitCount, negative) = body(&out)
    var head = 0
    if negative || spec.sign == "+" || spec.sign == " " {
        out.insert(repeating: negative ? 0x2D : spec.sign!.value, count: 1, at: start)
        head = 1
    }
    if prefix.utf8CodeUnitCount > 0 {
        for index in 0..<prefix.utf8CodeUnitCount {
            out.insert(repeating: UInt32(prefix.utf8Start[index]), count: 1, at: start + head + index)
        }
        head += prefix.utf8CodeUnitCount
    }
    let inner = start + head
    let width = spec.width ?? 0
    let align = spec.align?.value ?? 0x3E
    let remainderCount = out.count - inner - digitCount
    var minimumDigits = 0
    if spec.fill == "0" && align == 0x3D { minimumDigits = width - head - remainderCount }
    // Without digits (inf, nan, a 'c' character) zero padding is plain fill, not grouped.
    if digitCount > 0 && (spec.grouping != nil || minimumDigits > digitCount) {
        let digits = (0..<digitCount).map { UInt8(truncatingIfNeeded: out[inner + $0]) }
        let remainder = (0..<remainderCount).map { out[inner + digitCount + $0] }
        let grouped = groupDigits(digits, separator: spec.grouping.map { UInt8($0.value) }, groupSize: groupSize,
                                  minimumWidth: minimumDigits)
        out.truncate(to: inner)
        grouped.withUnsafeBufferPointer { out.appendASCII($0) }
        for scalar in remainder { out.append(scalar) }
    }
    out.pad(from: start, width: width, fill: spec.fill.value, align: align, innerStart: inner)
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

// MARK: - Integers

/// `format(value, spec)` for int. An empty spec is `str(value)`; for bool and
/// other subclasses the VM formats `str(obj)` itself when the spec is empty.
public func formatInteger(_ value: BigInt, _ specText: String, typeName: String = "int") throws(PythonNumberError) -> String {
    if specText.isEmpty { return value.description }
    let spec = try FormatSpec.parse(specText, typeName: typeName, defaultType: "d", defaultAlign: ">")
    var out = TextBuilder()
    try formatInteger(.big(value), spec, typeName: typeName, into: &out)
    return out.string
}

/// `format(value, spec)` for int with a parsed spec, written into `out`.
func formatInteger(_ value: IntegerText, _ spec: FormatSpec, typeName: String = "int",
                   into out: inout TextBuilder) throws(PythonNumberError) {
    let type = spec.type ?? "d"
    switch type {
    case "e", "E", "f", "F", "g", "G", "%":
        guard let double = value.toDouble else {
            throw PythonNumberError(.overflowError, "int too large to convert to float")
        }
        return try formatFloat(double, spec, typeName: typeName, into: &out)
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
        writeNumber(&out, spec) { out in
            out.append(UInt32(code))
            return (0, false)
        }
        return
    }
    let radix: Int
    var prefix: StaticString = ""
    switch type {
    case "b": radix = 2; prefix = "0b"
    case "o": radix = 8; prefix = "0o"
    case "x": radix = 16; prefix = "0x"
    case "X": radix = 16; prefix = "0X"
    default: radix = 10
    }
    writeNumber(&out, spec, prefix: spec.alternate ? prefix : "", groupSize: radix == 10 ? 3 : 4) { out in
        let start = out.count
        value.writeDigits(&out, radix: radix, uppercase: type == "X")
        return (out.count - start, value.isNegative)
    }
}

// MARK: - Floats

/// `format(value, spec)` for float. An empty spec is `repr(value)`.
public func formatFloat(_ value: Double, _ specText: String, typeName: String = "float") throws(PythonNumberError) -> String {
    if specText.isEmpty { return pythonFloatRepr(value) }
    let spec = try FormatSpec.parse(specText, typeName: typeName, defaultType: nil, defaultAlign: ">")
    var out = TextBuilder()
    try formatFloat(value, spec, typeName: typeName, into: &out)
    return out.string
}

/// `format(value, spec)` for float with a parsed spec, written into `out`.
func formatFloat(_ value: Double, _ spec: FormatSpec, typeName: String = "float",
                 into out: inout TextBuilder) throws(PythonNumberError) {
    if let precision = spec.precision, precision > Int(Int32.max) { throw PythonNumberError(.valueError, "precision too big") }
    var options = FloatLayoutOptions()
    options.alternate = spec.alternate
    var mode: FloatLayoutMode
    var precision = spec.precision ?? 6
    var number = value
    var percent = false
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
        percent = true
    default:
        throw unknownFormatCode(spec.type!, typeName: typeName)
    }
    if let type = spec.type, type == "E" || type == "F" || type == "G" { options.uppercase = true }
    writeFloat(&out, number, spec, sign: spec.sign, mode: mode, precision: precision, options: options, suffix: percent ? 0x25 : nil)
}

/// Writes one float laid out by `mode` as a number of `spec` (whose sign is `sign`),
/// with `suffix` after it ('%').
func writeFloat(_ out: inout TextBuilder, _ number: Double, _ spec: FormatSpec, sign: Unicode.Scalar?,
                mode: FloatLayoutMode, precision: Int, options: FloatLayoutOptions, suffix: UInt8? = nil) {
    var numberSpec = spec
    numberSpec.sign = sign
    writeNumber(&out, numberSpec) { out in
        let start = out.count
        let roundedToZero = layoutFloatMagnitude(number, mode: mode, precision: precision, options: options, into: &out)
        var digits = 0
        while start + digits < out.count, out[start + digits] >= 0x30, out[start + digits] <= 0x39 { digits += 1 }
        if let suffix { out.appendASCII(suffix) }
        var negative = number.sign == .minus && !number.isNaN
        if spec.coerceNegativeZero && roundedToZero { negative = false }
        return (digits, negative)
    }
}
