// The line table as it is kept: about one entry per instruction lives as long as
// its code, so entries are stored as byte deltas from the entry before (like
// CPython's co_linetable), about 5 bytes each instead of 20. Readers decode in
// order: tracebacks, frame lines and the disassembler, never the interpreter loop.
//
// Each entry: start delta (unsigned), line delta (signed), column + 1 (unsigned),
// end line (0 when unknown, else the signed delta from the line, plus one),
// end column + 1 (unsigned); all LEB128 varints, signed ones zigzag-encoded.

struct LineTableEncoder {
    private(set) var bytes: [UInt8] = []
    private var previousStart = 0
    private var previousLine = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ entry: LineTableEntry) {
        putUnsigned(entry.start - previousStart)
        putSigned(entry.line - previousLine)
        putUnsigned(entry.column + 1)
        putUnsigned(entry.endLine < 0 ? 0 : LineTableEncoder.zigzag(entry.endLine - entry.line) + 1)
        putUnsigned(entry.endColumn + 1)
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
        guard position < bytes.count else { return nil }
        start += unsigned()
        line += LineTableEncoder.unzigzag(unsigned())
        let column = unsigned() - 1
        let endLineCode = unsigned()
        let endLine = endLineCode == 0 ? -1 : line + LineTableEncoder.unzigzag(endLineCode - 1)
        let endColumn = unsigned() - 1
        return LineTableEntry(start: start, line: line, column: column, endLine: endLine, endColumn: endColumn)
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
