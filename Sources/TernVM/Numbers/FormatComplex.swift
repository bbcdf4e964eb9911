// Formatting of complex values by format spec: each part laid out like a float,
// the imaginary part always signed after a real part, then padded as a whole.

/// `format(complex(real, imaginary), spec)`. An empty spec is `str(value)`, which the
/// caller handles; this takes every other spec.
public func formatComplex(_ real: Double, _ imaginary: Double, _ specText: String,
                          typeName: String = "complex") throws(PythonNumberError) -> String {
    let spec = try FormatSpec.parse(specText, typeName: typeName, defaultType: nil, defaultAlign: ">")
    if spec.fill == "0" {
        throw PythonNumberError(.valueError, "Zero padding is not allowed in complex format specifier")
    }
    if spec.align == "=" {
        throw PythonNumberError(.valueError, "'=' alignment flag is not allowed in complex format specifier")
    }
    var mode: FloatLayoutMode
    var options = FloatLayoutOptions()
    options.alternate = spec.alternate
    var precision = spec.precision ?? 6
    // In CPython: no type is str(): a positive-zero real part is left out, otherwise the
    // result is in parentheses; shortest digits unless a precision asks for 'g'.
    var showReal = true, parenthesize = false
    switch spec.type {
    case nil:
        mode = spec.precision == nil ? .shortest : .general
        if real == 0 && real.sign == .plus { showReal = false } else { parenthesize = true }
    case "e", "E": mode = .exponent
    case "f", "F": mode = .fixed
    case "g", "G", "n": mode = .general
    default: throw unknownFormatCode(spec.type!, typeName: typeName)
    }
    if mode == .shortest { precision = 0 }
    if let type = spec.type, type == "E" || type == "F" || type == "G" { options.uppercase = true }

    var partSpec = FormatSpec()
    partSpec.grouping = spec.grouping
    partSpec.coerceNegativeZero = spec.coerceNegativeZero
    var out = TextBuilder()
    if parenthesize { out.appendASCII(UInt8(ascii: "(")) }
    if showReal {
        writeFloat(&out, real, partSpec, sign: spec.sign, mode: mode, precision: precision, options: options)
    }
    writeFloat(&out, imaginary, partSpec, sign: showReal ? "+" : spec.sign, mode: mode, precision: precision,
               options: options, suffix: UInt8(ascii: "j"))
    if parenthesize { out.appendASCII(UInt8(ascii: ")")) }
    out.pad(from: 0, width: spec.width ?? 0, fill: spec.fill.value, align: spec.align?.value ?? 0x3E)
    return out.string
}
