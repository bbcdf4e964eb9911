// JSON string literals both ways: scanning one (escapes, surrogate pairs, CPython
// 3.11's errors at CPython's positions) and writing one (encode_basestring keeps
// non-ASCII text, encode_basestring_ascii writes it as \uXXXX escapes).

private let quote: UInt32 = 0x22, backslash: UInt32 = 0x5C

/// The value of one hexadecimal digit, or nil.
@inline(__always) private func hexDigitValue(_ c: UInt32) -> UInt32? {
    switch c {
    case 0x30...0x39: return c - 0x30
    case 0x41...0x46: return c - 0x41 + 10
    case 0x61...0x66: return c - 0x61 + 10
    default: return nil
    }
}

private let lowercaseHexDigits: [UInt8] = Array("0123456789abcdef".utf8)

extension VM {
    /// Decodes the JSON string whose opening quote is at `end - 1` in `text` (the str behind
    /// `document`, which errors name): the decoded str and the index after the closing quote.
    func scanJSONString(_ document: Value, _ text: StrView, _ end: Int, strict: Bool) throws(Raised) -> (Value, Int) {
        let length = text.count
        let begin = end - 1
        if end < 0 || end > length { throw raiseValueError("end is out of bounds") }
        var decoded = JSONText()
        var escaped = false
        var chunkStart = end
        while true {
            var next = chunkStart
            if text.isASCII {
                let bytes = text.asciiBytes
                while next < length {
                    let c = bytes[next]
                    // Most characters are printable and neither a quote nor a backslash: two comparisons.
                    if c > 0x22 && c != 0x5C { next += 1; continue }
                    if c == 0x22 || c == 0x5C { break }
                    if c <= 0x1F && strict { throw jsonDecodeError("Invalid control character at", document, next) }
                    next += 1
                }
            } else {
                let scalars = text.wideScalars
                while next < length {
                    let c = scalars[next]
                    if c > quote && c != backslash { next += 1; continue }
                    if c == quote || c == backslash { break }
                    if c <= 0x1F && strict { throw jsonDecodeError("Invalid control character at", document, next) }
                    next += 1
                }
            }
            if next == length { throw jsonDecodeError("Unterminated string starting at", document, begin) }
            var c = text[next]
            if c == quote && !escaped { return (try substring(text.ref.value, chunkStart, next), next + 1) }
            decoded.append(text, from: chunkStart, to: next)
            next += 1
            if c == quote { return (try newStr(decoded), next) }
            escaped = true
            if next == length { throw jsonDecodeError("Unterminated string starting at", document, begin) }
            c = text[next]
            var resume: Int
            if c != 0x75 {  // not \u
                resume = next + 1
                switch c {
                case quote, backslash, 0x2F: break
                case 0x62: c = 0x08  // \b
                case 0x66: c = 0x0C  // \f
                case 0x6E: c = 0x0A  // \n
                case 0x72: c = 0x0D  // \r
                case 0x74: c = 0x09  // \t
                default: throw jsonDecodeError("Invalid \\escape", document, resume - 2)
                }
            } else {
                next += 1
                resume = next + 4
                // In CPython: the four digits must leave room for a closing quote after them.
                if resume >= length { throw jsonDecodeError("Invalid \\uXXXX escape", document, next - 1) }
                c = try jsonHexQuad(document, text, at: next)
                if c >= 0xD800 && c <= 0xDBFF && resume + 6 < length && text[resume] == backslash && text[resume + 1] == 0x75 {
                    let low = try jsonHexQuad(document, text, at: resume + 2)
                    if low >= 0xDC00 && low <= 0xDFFF {
                        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00)
                        resume += 6
                    }
                }
            }
            decoded.append(c)
            chunkStart = resume
        }
    }

    /// The code unit written as four hexadecimal digits at `start`.
    private func jsonHexQuad(_ document: Value, _ text: StrView, at start: Int) throws(Raised) -> UInt32 {
        var value: UInt32 = 0
        for index in start..<start + 4 {
            guard let digit = hexDigitValue(text[index]) else {
                throw jsonDecodeError("Invalid \\uXXXX escape", document, start - 1)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// json.decoder.JSONDecodeError(message, document, position), raised.
    func jsonDecodeError(_ message: String, _ document: Value, _ position: Int) -> Raised {
        do throws(Raised) {
            _ = try importName(intern("json.decoder"), fromList: .none, level: Value(int: 0), globals: .none)
            let module = dictGetStr(DictView(modulesDict), intern("json.decoder"))
            let errorType = try getAttribute(module, intern("JSONDecodeError"))
            let text = try newStr(message)
            let exception = try withRoots(errorType, text) { () throws(Raised) in
                try call(errorType, text, document, Value(int: position))
            }
            return raise(exception: exception)
        } catch {
            return error
        }
    }
}

/// Appends `str` as a JSON string literal. Both forms escape `"`, `\` and the control
/// characters; `asciiOnly` also writes everything outside printable ASCII as \uXXXX
/// (a surrogate pair past the Basic Multilingual Plane), as encode_basestring_ascii does.
func appendJSONString(_ output: inout JSONText, _ str: StrView, asciiOnly: Bool) {
    output.appendASCII(0x22)
    let count = str.count
    var runStart = 0
    var index = 0
    if str.isASCII {
        let bytes = str.asciiBytes
        while index < count {
            let c = bytes[index]
            if c >= 0x20 && c != 0x22 && c != 0x5C && (c != 0x7F || !asciiOnly) { index += 1; continue }
            output.append(str, from: runStart, to: index)
            appendJSONEscape(&output, UInt32(c))
            index += 1
            runStart = index
        }
    } else {
        let scalars = str.wideScalars
        while index < count {
            let c = scalars[index]
            let plain = asciiOnly ? (c >= 0x20 && c <= 0x7E && c != quote && c != backslash) : (c >= 0x20 && c != quote && c != backslash)
            if plain { index += 1; continue }
            output.append(str, from: runStart, to: index)
            appendJSONEscape(&output, c)
            index += 1
            runStart = index
        }
    }
    output.append(str, from: runStart, to: count)
    output.appendASCII(0x22)
}

/// The escape of one code point: a short form where JSON has one, else \uXXXX.
private func appendJSONEscape(_ output: inout JSONText, _ c: UInt32) {
    output.appendASCII(0x5C)
    switch c {
    case quote, backslash: output.appendASCII(UInt8(c))
    case 0x08: output.appendASCII(UInt8(ascii: "b"))
    case 0x0C: output.appendASCII(UInt8(ascii: "f"))
    case 0x0A: output.appendASCII(UInt8(ascii: "n"))
    case 0x0D: output.appendASCII(UInt8(ascii: "r"))
    case 0x09: output.appendASCII(UInt8(ascii: "t"))
    default:
        var unit = c
        if c >= 0x10000 {
            let offset = c - 0x10000
            appendHexQuad(&output, 0xD800 | (offset >> 10))
            output.appendASCII(0x5C)
            unit = 0xDC00 | (offset & 0x3FF)
        }
        appendHexQuad(&output, unit)
    }
}

/// `u` and four lowercase hexadecimal digits.
private func appendHexQuad(_ output: inout JSONText, _ unit: UInt32) {
    output.appendASCII(UInt8(ascii: "u"))
    for shift in stride(from: 12, through: 0, by: -4) {
        output.appendASCII(lowercaseHexDigits[Int((unit >> UInt32(shift)) & 0xF)])
    }
}
