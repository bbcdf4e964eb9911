// The format-spec mini-language of format(), str.format and f-strings:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].

/// A parsed format spec. Widths and fills count Unicode code points.
public struct FormatSpec: Equatable, Sendable {
    public var fill: Unicode.Scalar = " "
    /// '<', '>', '^', '=' or nil for the type's default.
    public var align: Unicode.Scalar?
    /// '+', '-', ' ' or nil.
    public var sign: Unicode.Scalar?
    /// 'z': negative zero after rounding prints without its sign.
    public var coerceNegativeZero = false
    /// '#'.
    public var alternate = false
    public var width: Int?
    /// ',' or '_' or nil.
    public var grouping: Unicode.Scalar?
    public var precision: Int?
    /// The presentation type, or nil when omitted.
    public var type: Unicode.Scalar?

    public init() {}

    /// Parses a spec. `defaultType` and `defaultAlign` are the object's
    /// ('s' and '<' for str; nil and '>' for numbers) and `typeName` names it
    /// in error messages. Throws ValueError with CPython's messages.
    public static func parse(_ text: String, typeName: String, defaultType: Unicode.Scalar? = nil,
                             defaultAlign: Unicode.Scalar = ">") throws(PythonNumberError) -> FormatSpec {
        let scalars = Array(text.unicodeScalars)
        var spec = FormatSpec()
        var position = 0
        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }
        func isAlignment(_ scalar: Unicode.Scalar?) -> Bool {
            scalar == "<" || scalar == ">" || scalar == "^" || scalar == "="
        }
        var fillSpecified = false
        if isAlignment(peek(1)) {
            spec.fill = peek()!
            spec.align = peek(1)
            fillSpecified = true
            position += 2
        } else if isAlignment(peek()) {
            spec.align = peek()
            position += 1
        }
        if let scalar = peek(), scalar == "+" || scalar == "-" || scalar == " " {
            spec.sign = scalar
            position += 1
        }
        if peek() == "z" {
            spec.coerceNegativeZero = true
            position += 1
        }
        if peek() == "#" {
            spec.alternate = true
            position += 1
        }
        // In CPython: a leading '0' means zero fill, and '=' alignment for
        // types that align right by default, unless a fill or align was given.
        if !fillSpecified && peek() == "0" {
            spec.fill = "0"
            if spec.align == nil && defaultAlign == ">" { spec.align = "=" }
            position += 1
        }
        spec.width = try readInteger(scalars, &position)
        if peek() == "," {
            spec.grouping = ","
            position += 1
        }
        if peek() == "_" {
            if spec.grouping != nil { throw PythonNumberError(.valueError, "Cannot specify both ',' and '_'.") }
            spec.grouping = "_"
            position += 1
        }
        if peek() == "," && spec.grouping == "_" {
            throw PythonNumberError(.valueError, "Cannot specify both ',' and '_'.")
        }
        if peek() == "." {
            position += 1
            guard let precision = try readInteger(scalars, &position) else {
                throw PythonNumberError(.valueError, "Format specifier missing precision")
            }
            spec.precision = precision
        }
        if scalars.count - position > 1 {
            throw PythonNumberError(.valueError, "Invalid format specifier '\(text)' for object of type '\(typeName)'")
        }
        spec.type = peek() ?? defaultType
        if let grouping = spec.grouping {
            switch spec.type {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F": break
            // Each pattern needs its own `where`: one after a list binds only the last pattern.
            case "b" where grouping == "_", "o" where grouping == "_", "x" where grouping == "_", "X" where grouping == "_":
                break
            default:
                throw PythonNumberError(.valueError,
                    "Cannot specify '\(grouping)' with '\(describeFormatCode(spec.type ?? "\0"))'.")
            }
        }
        return spec
    }

    /// Reads decimal digits; nil when there are none.
    private static func readInteger(_ scalars: [Unicode.Scalar], _ position: inout Int) throws(PythonNumberError) -> Int? {
        var value: Int?
        while position < scalars.count, let digit = decimalDigitValue(scalars[position]) {
            let (times10, overflow1) = (value ?? 0).multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            // In CPython the limit is Py_ssize_t; widths beyond Int32 are unusable anyway.
            if overflow1 || overflow2 || sum > Int(Int64.max / 10) {
                throw PythonNumberError(.valueError, "Too many decimal digits in format string")
            }
            value = sum
            position += 1
        }
        return value
    }
}

/// A format code as CPython quotes it in messages: the character itself when
/// printable ASCII, else `\x` and its hex value.
func describeFormatCode(_ code: Unicode.Scalar) -> String {
    if code.value > 32 && code.value < 128 { return String(Character(code)) }
    return "\\x" + String(code.value, radix: 16)
}

/// "Unknown format code 'q' for object of type 'int'".
func unknownFormatCode(_ code: Unicode.Scalar, typeName: String) -> PythonNumberError {
    PythonNumberError(.valueError, "Unknown format code '\(describeFormatCode(code))' for object of type '\(typeName)'")
}

// MARK: - Strings

/// `format(text, spec)` for str (and the text of objects formatted as strings).
public func formatString(_ text: String, _ specText: String, typeName: String = "str") throws(PythonNumberError) -> String {
    if specText.isEmpty { return text }
    let spec = try FormatSpec.parse(specText, typeName: typeName, defaultType: "s", defaultAlign: "<")
    var out = TextBuilder()
    try formatString(spec, typeName: typeName, into: &out) { $0.append(text) }
    return out.string
}

/// `format(text, spec)` for an already-parsed spec: `body` writes the text into
/// `out`; the precision cuts it and the width pads it.
func formatString(_ spec: FormatSpec, typeName: String = "str", into out: inout TextBuilder,
                  _ body: (inout TextBuilder) -> Void) throws(PythonNumberError) {
    guard spec.type == "s" || spec.type == nil else { throw unknownFormatCode(spec.type!, typeName: typeName) }
    if spec.sign != nil { throw PythonNumberError(.valueError, "Sign not allowed in string format specifier") }
    if spec.coerceNegativeZero {
        throw PythonNumberError(.valueError, "Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
        throw PythonNumberError(.valueError, "Alternate form (#) not allowed in string format specifier")
    }
    if spec.align == "=" {
        throw PythonNumberError(.valueError, "'=' alignment not allowed in string format specifier")
    }
    let start = out.count
    body(&out)
    if let precision = spec.precision { out.truncate(to: start + precision) }
    out.pad(from: start, width: spec.width ?? 0, fill: spec.fill.value, align: spec.align?.value ?? 0x3C)
}
