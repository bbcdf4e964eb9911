// String and bytes literals: prefixes, escape sequences and the concatenation
// of adjacent literals (including f-strings) into one constant or JoinedStr.

/// The pieces of one string token: prefix flags and where its body lies.
struct StringTokenParts {
    var isBytes = false
    var isRaw = false
    var isFormatted = false
    var bodyStart = 0
    var bodyEnd = 0
    var quoteSize = 1
}

extension Parser {
    func stringParts(_ token: Token) -> StringTokenParts {
        var parts = StringTokenParts()
        var offset = token.start
        let scalars = source.scalars
        while scalars[offset] != 34 && scalars[offset] != 39 {
            switch scalars[offset] | 0x20 {
            case 98: parts.isBytes = true
            case 114: parts.isRaw = true
            case 102: parts.isFormatted = true
            default: break
            }
            offset += 1
        }
        let quote = scalars[offset]
        if token.end - offset >= 6 && scalars[offset + 1] == quote && scalars[offset + 2] == quote {
            parts.quoteSize = 3
        }
        parts.bodyStart = offset + parts.quoteSize
        parts.bodyEnd = token.end - parts.quoteSize
        return parts
    }

    /// One or more adjacent string tokens as a constant or an f-string.
    func parseStrings() throws -> Expr {
        let first = current
        var tokensParts: [(Token, StringTokenParts)] = []
        while kind == .string {
            let token = advance()
            tokensParts.append((token, stringParts(token)))
        }
        let location = location(from: first)
        let isBytes = tokensParts[0].1.isBytes
        let hasUPrefix = source.scalars[tokensParts[0].0.start] == 117
        if tokensParts.contains(where: { $0.1.isBytes != isBytes }) {
            throw error("cannot mix bytes and nonbytes literals", at: current)
        }
        if isBytes {
            var bytes: [UInt8] = []
            for (token, parts) in tokensParts {
                try decodeBytes(parts, token: token, into: &bytes)
            }
            return Expr(.constant(.bytes(bytes)), location)
        }
        if !tokensParts.contains(where: { $0.1.isFormatted }) {
            var text = String.UnicodeScalarView()
            for (_, parts) in tokensParts {
                try decodeString(parts.bodyStart, parts.bodyEnd, isRaw: parts.isRaw, into: &text)
            }
            let constant = Expr(.constant(.string(String(text))), location)
            constant.hasUPrefix = hasUPrefix
            return constant
        }
        var builder = JoinedStringBuilder()
        for (token, parts) in tokensParts {
            if parts.isFormatted {
                var fstring = FStringParser(parser: self, token: token, parts: parts, wholeLocation: location)
                try fstring.parse(into: &builder)
            } else {
                var text = String.UnicodeScalarView()
                try decodeString(parts.bodyStart, parts.bodyEnd, isRaw: parts.isRaw, into: &text)
                builder.appendLiteral(text, location: location)
            }
        }
        let values = builder.finish(location: location)
        if hasUPrefix { markUPrefix(values) }
        return Expr(.joinedStr(values), location)
    }

    /// After a leading `u` string, every literal piece of the f-string has that prefix's
    /// kind, and so does format-spec text followed by a nested field (CPython makes the
    /// text that ends a spec another way, without the kind).
    private func markUPrefix(_ values: [Expr], inSpec: Bool = false) {
        for (index, value) in values.enumerated() {
            switch value.kind {
            case .constant: if !inSpec || index < values.count - 1 { value.hasUPrefix = true }
            case .formattedValue(_, _, let spec?):
                if case .joinedStr(let parts) = spec.kind { markUPrefix(parts, inSpec: true) }
            default: break
            }
        }
    }

    /// Decodes the escape sequences of a str literal body in `start..<end`.
    func decodeString(_ start: Int, _ end: Int, isRaw: Bool, into view: inout String.UnicodeScalarView) throws {
        // Built as a String so that text without escapes is appended a run at a time.
        var text = String(view)
        view = String.UnicodeScalarView()
        defer { view = text.unicodeScalars }
        let scalars = source.scalars
        var offset = start
        while offset < end {
            if isRaw || scalars[offset] != 92 {
                let runStart = offset
                offset += 1
                while offset < end && (isRaw || scalars[offset] != 92) { offset += 1 }
                text += source.text(runStart, offset)
                continue
            }
            let escapeStart = offset
            offset += 1
            guard offset < end else { text.unicodeScalars.append("\\"); break }
            let escaped = scalars[offset]
            offset += 1
            switch escaped {
            case 10: break // line continuation inside the literal
            case 92: text.unicodeScalars.append("\\")
            case 39: text.unicodeScalars.append("'")
            case 34: text.unicodeScalars.append("\"")
            case 97: text.unicodeScalars.append("\u{07}")
            case 98: text.unicodeScalars.append("\u{08}")
            case 102: text.unicodeScalars.append("\u{0C}")
            case 110: text.unicodeScalars.append("\n")
            case 114: text.unicodeScalars.append("\r")
            case 116: text.unicodeScalars.append("\t")
            case 118: text.unicodeScalars.append("\u{0B}")
            case 48...55:
                var value = escaped - 48
                var count = 1
                while count < 3 && offset < end && scalars[offset] >= 48 && scalars[offset] <= 55 {
                    value = value * 8 + scalars[offset] - 48
                    offset += 1
                    count += 1
                }
                text.unicodeScalars.append(Unicode.Scalar(value)!)
            case 120, 117, 85:
                let digitCount = escaped == 120 ? 2 : escaped == 117 ? 4 : 8
                var value: UInt32 = 0
                for index in 0..<digitCount {
                    guard offset < end, isHexDigit(scalars[offset]) else {
                        let name = escaped == 120 ? "\\xXX" : escaped == 117 ? "\\uXXXX" : "\\UXXXXXXXX"
                        throw unicodeError(start: escapeStart - start, end: escapeStart - start + 1 + index,
                                           "truncated \(name) escape")
                    }
                    value = value * 16 + hexValue(scalars[offset])
                    offset += 1
                }
                if value > 0x10FFFF {
                    throw unicodeError(start: escapeStart - start, end: offset - 1 - start, "illegal Unicode character")
                }
                // A lone surrogate cannot live in a Swift String; it becomes U+FFFD (a known difference).
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case 78: // \N{name}
                guard offset < end, scalars[offset] == 123 else {
                    throw unicodeError(start: escapeStart - start, end: offset - 1 - start, "malformed \\N character escape")
                }
                var close = offset + 1
                while close < end && scalars[close] != 125 { close += 1 }
                guard close < end else {
                    throw unicodeError(start: escapeStart - start, end: end - 1 - start, "malformed \\N character escape")
                }
                let name = source.text(offset + 1, close)
                guard let scalar = unicodeScalar(named: name) else {
                    throw unicodeError(start: escapeStart - start, end: close - start, "unknown Unicode character name")
                }
                text.unicodeScalars.append(scalar)
                offset = close + 1
            default:
                // In CPython: an unknown escape keeps its backslash (with a DeprecationWarning).
                text.unicodeScalars.append("\\")
                text.unicodeScalars.append(Unicode.Scalar(escaped)!)
            }
        }
    }

    func unicodeError(start: Int, end: Int, _ reason: String) -> SyntaxErrorInfo {
        error("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end): \(reason)", at: current)
    }

    /// Decodes a bytes literal body, appending to `bytes`.
    func decodeBytes(_ parts: StringTokenParts, token: Token, into bytes: inout [UInt8]) throws {
        let scalars = source.scalars
        for offset in parts.bodyStart..<parts.bodyEnd where scalars[offset] >= 128 {
            throw error("bytes can only contain ASCII literal characters", at: token)
        }
        var offset = parts.bodyStart
        let end = parts.bodyEnd
        while offset < end {
            let character = scalars[offset]
            if character != 92 || parts.isRaw {
                bytes.append(UInt8(character))
                offset += 1
                if parts.isRaw && character == 92 && offset < end {
                    bytes.append(UInt8(scalars[offset]))
                    offset += 1
                }
                continue
            }
            let escapeStart = offset
            offset += 1
            guard offset < end else { bytes.append(92); break }
            let escaped = scalars[offset]
            offset += 1
            switch escaped {
            case 10: break
            case 92: bytes.append(92)
            case 39: bytes.append(39)
            case 34: bytes.append(34)
            case 97: bytes.append(7)
            case 98: bytes.append(8)
            case 102: bytes.append(12)
            case 110: bytes.append(10)
            case 114: bytes.append(13)
            case 116: bytes.append(9)
            case 118: bytes.append(11)
            case 48...55:
                var value = escaped - 48
                var count = 1
                while count < 3 && offset < end && scalars[offset] >= 48 && scalars[offset] <= 55 {
                    value = value * 8 + scalars[offset] - 48
                    offset += 1
                    count += 1
                }
                bytes.append(UInt8(truncatingIfNeeded: value))
            case 120:
                guard offset + 1 < end, isHexDigit(scalars[offset]), isHexDigit(scalars[offset + 1]) else {
                    throw error("(value error) invalid \\x escape at position \(escapeStart - parts.bodyStart)", at: current)
                }
                bytes.append(UInt8(hexValue(scalars[offset]) * 16 + hexValue(scalars[offset + 1])))
                offset += 2
            default:
                bytes.append(92)
                bytes.append(UInt8(escaped))
            }
        }
    }
}

@inline(__always) func hexValue(_ value: UInt32) -> UInt32 {
    value <= 57 ? value - 48 : (value | 0x20) - 87
}

/// Collects the parts of an f-string (and of literals concatenated with it),
/// merging adjacent literal text as CPython does.
struct JoinedStringBuilder {
    var parts: [Expr] = []
    var pendingText = String.UnicodeScalarView()
    var pendingLocation: SourceLocation? = nil

    mutating func appendLiteral(_ text: String.UnicodeScalarView, location: SourceLocation) {
        if text.isEmpty { return }
        if pendingLocation == nil { pendingLocation = location }
        // Appended as a String: whole, not a scalar at a time.
        var joined = String(pendingText)
        pendingText = String.UnicodeScalarView()
        joined += String(text)
        pendingText = joined.unicodeScalars
    }

    mutating func appendFormatted(_ value: Expr) {
        flush()
        parts.append(value)
    }

    mutating func flush() {
        guard let location = pendingLocation else { return }
        parts.append(Expr(.constant(.string(String(pendingText))), location))
        pendingText = String.UnicodeScalarView()
        pendingLocation = nil
    }

    mutating func finish(location: SourceLocation) -> [Expr] {
        flush()
        return parts
    }
}
