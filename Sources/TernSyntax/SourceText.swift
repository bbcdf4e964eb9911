// The source being parsed, held as Unicode scalars with line starts, and the
// character helpers the lexer and error messages share.

/// Source text as an array of Unicode scalars with newlines normalised to "\n",
/// plus the offset where each line starts.
final class SourceText {
    let scalars: [UInt32]
    let lineStarts: [Int]
    let filename: String

    init(_ source: String, filename: String) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(source.utf8.count)
        var lineStarts = [0]
        var previousWasCarriageReturn = false
        // In CPython: the tokenizer translates "\r\n" and lone "\r" to "\n".
        for scalar in source.unicodeScalars {
            let value = scalar.value
            if value == 10 && previousWasCarriageReturn { previousWasCarriageReturn = false; continue }
            previousWasCarriageReturn = value == 13
            if value == 13 || value == 10 {
                scalars.append(10)
                lineStarts.append(scalars.count)
            } else {
                scalars.append(value)
            }
        }
        self.scalars = scalars
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
        var result = String.UnicodeScalarView()
        var index = start
        while index < end {
            result.append(Unicode.Scalar(scalars[index]) ?? "\u{FFFD}")
            index += 1
        }
        return String(result)
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
