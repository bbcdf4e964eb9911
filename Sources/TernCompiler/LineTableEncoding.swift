// The line table as it is kept: about one entry per instruction lives as long as
// its code, so entries are stored as deltas from the entry before (like CPython's
// co_linetable). Readers decode in order: tracebacks, frame lines and the
// disassembler, never the interpreter loop.
//
// Most entries are an instruction or two after the one before, on the same line or
// a few lines down, and end on their own line: those take three bytes,
//     1 | line delta (2 bits) | start delta (3 bits) | 0 0,  column + 1,  end column + 1
// (columns up to 253). Any other entry is a zero byte and five LEB128 varints:
// start delta (unsigned), line delta (signed), column + 1 (unsigned), end line (0 when
// unknown, else the signed delta from the line, plus one), end column + 1 (unsigned);
// signed ones zigzag-encoded. Before the short form every entry took five bytes.

struct LineTableEncoder {
    private(set) var bytes: [UInt8] = []
    private var previousStart = 0
    private var previousLine = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ entry: LineTableEntry) {
        let startDelta = entry.start - previousStart, lineDelta = entry.line - previousLine
        if (0...7).contains(startDelta), (0...3).contains(lineDelta), entry.endLine == entry.line,
           (-1...253).contains(entry.column), (-1...253).contains(entry.endColumn) {
            bytes.append(0x80 | UInt8(lineDelta << 5) | UInt8(startDelta << 2))
            bytes.append(UInt8(entry.column + 1))
            bytes.append(UInt8(entry.endColumn + 1))
        } else {
            bytes.append(0)
            putUnsigned(startDelta)
            putSigned(lineDelta)
            putUnsigned(entry.column + 1)
            putUnsigned(entry.endLine < 0 ? 0 : LineTableEncoder.zigzag(entry.endLine - entry.line) + 1)
            putUnsigned(entry.endColumn + 1)
        }
        previousStart = entry.start
        previousLine = entry.line
    }

    static func zigzag(_ value: Int) -> Int { value >= 0 ? value << 1 : ((-value) << 1) - 1 }
    static func unzigzag(_ value: Int) -> Int { value & 1 == 0 ? value >> 1 : -((value + 1) >> 1) }

    private mutating func putSigned(_ value: Int) { putUnsigned(LineTableEncoder.zigzag(value)) }

    private mutating func putUnsigned(_ value: Int) {
        var rest = UInt(bitPattern: max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

/// Reads the entries of an encoded line table in order.
struct LineTableDecoder: IteratorProtocol {
    private let bytes: [UInt8]
    private var position = 0
    private var start = 0
    private var line = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> LineTableEntry? {
        guard let (column, endLine, endColumn) = advance() else { return nil }
        return LineTableEntry(start: start, line: line, column: column, endLine: endLine, endColumn: endColumn)
    }

    /// Reads the next entry: moves `start` and `line` to it and returns its columns and end line.
    private mutating func advance() -> (column: Int, endLine: Int, endColumn: Int)? {
        guard position < bytes.count else { return nil }
        let first = bytes[position]
        position += 1
        if first & 0x80 != 0 {
            guard position + 2 <= bytes.count else { return nil }
            start += Int((first >> 2) & 0x7)
            line += Int((first >> 5) & 0x3)
            let column = Int(bytes[position]) - 1, endColumn = Int(bytes[position + 1]) - 1
            position += 2
            return (column, line, endColumn)
        }
        start += unsigned()
        line += LineTableEncoder.unzigzag(unsigned())
        let column = unsigned() - 1
        let endLineCode = unsigned()
        let endLine = endLineCode == 0 ? -1 : line + LineTableEncoder.unzigzag(endLineCode - 1)
        let endColumn = unsigned() - 1
        return (column, endLine, endColumn)
    }

    private mutating func unsigned() -> Int {
        var value = 0, shift = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        return value
    }
}
