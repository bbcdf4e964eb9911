// The source being parsed, held as Unicode scalars with line starts, and the
// character helpers the lexer and error messages share.

/// Source text as an array of Unicode scalars with newlines normalised to "\n",
/// plus the offset where each line starts.
final class SourceText {
    let scalars: [UInt32]
    let lineStarts: [Int]
    let filename: String
    /// The identifiers the lexers of this text have seen (f-string fields share it).
    let identifiers = IdentifierTable()

    init(_ source: String, filename: String) {
        var lineStarts = [0]
        var utf8 = source
        // Decoded from the UTF-8 bytes directly (a String's are always valid): most source is ASCII.
        self.scalars = utf8.withUTF8 { bytes in
            [UInt32](unsafeUninitializedCapacity: bytes.count) { scalars, initialized in
                var index = 0, count = 0
                var previousWasCarriageReturn = false
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    if lead >= 0x20 && lead < 0x80 {
                        // A run of printable ASCII, most of any source: a byte each, no line break.
                        repeat {
                            scalars[count] = UInt32(bytes[index])
                            count += 1
                            index += 1
                        } while index < bytes.count && bytes[index] >= 0x20 && bytes[index] < 0x80
                        previousWasCarriageReturn = false
                        continue
                    }
                    var value = lead
                    if lead < 0x80 {
                        index += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    // In CPython: the tokenizer translates "\r\n" and lone "\r" to "\n".
                    if value == 10 && previousWasCarriageReturn { previousWasCarriageReturn = false; continue }
                    previousWasCarriageReturn = value == 13
                    if value == 13 || value == 10 {
                        scalars[count] = 10
                        count += 1
                        lineStarts.append(count)
                    } else {
                        scalars[count] = value
                        count += 1
                    }
                }
                initialized = count
            }
        }
        self.lineStarts = lineStarts
        self.filename = filename
    }

    /// The text of a 1-based line without its newline.
    func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = start
        while end < scalars.count && scalars[end] != 10 { end += 1 }
        return text(start, end)
    }

    /// The characters in `start..<end` as a String.
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars.withUnsafeBufferPointer { buffer in
            // The exact UTF-8 length, so that short text is a small (inline, uncounted) String.
            var length = 0
            for index in start..<end {
                let value = buffer[index]
                length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            }
            return String(unsafeUninitializedCapacity: length) { bytes in
                var count = 0
                for index in start..<end {
                    let value = buffer[index]
                    if value < 0x80 {
                        bytes[count] = UInt8(value)
                        count += 1
                    } else {
                        for unit in (Unicode.Scalar(value) ?? "\u{FFFD}").utf8 {
                            bytes[count] = unit
                            count += 1
                        }
                    }
                }
                return count
            }
        }
    }

    /// The line holding offset `offset` (1-based) and its start offset.
    func lineContaining(_ offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The number of lines as CPython counts them when reporting "detected at line N".
    var lastLineNumber: Int {
        if scalars.last == 10 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// Builds an error at a 1-based line and 1-based offset.
    func error(_ message: String, line: Int, offset: Int, kind: String = "SyntaxError") -> SyntaxErrorInfo {
        SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line, column: offset, sourceLine: lineText(line))
    }
}

/// Upper-case hexadecimal with at least four digits, as CPython's U+%04X.
func hexCode(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// Python's str.isprintable for one character.
func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}
