// Text that _json builds a piece at a time (decoded strings with escapes, encoded
// documents): one byte per code point while everything is ASCII, four after the
// first code point past it — the two widths of Tern's str (Objects/Str.swift), and
// wide only when it holds a code point past ASCII, as a str must be; so the
// finished text is copied into a str without a second look at its contents.

struct JSONText {
    private(set) var bytes: [UInt8] = []
    private(set) var wide: [UInt32] = []
    private(set) var isWide = false

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { isWide ? wide.isEmpty : bytes.isEmpty }

    @inline(__always) mutating func append(_ codePoint: UInt32) {
        if isWide {
            wide.append(codePoint)
        } else if codePoint < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: codePoint))
        } else {
            widen()
            wide.append(codePoint)
        }
    }

    @inline(__always) mutating func appendASCII(_ byte: UInt8) {
        if isWide { wide.append(UInt32(byte)) } else { bytes.append(byte) }
    }

    mutating func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { buffer in
            if isWide {
                for byte in buffer { wide.append(UInt32(byte)) }
            } else {
                bytes.append(contentsOf: buffer)
            }
        }
    }

    /// Appends code points `start..<end` of a str.
    mutating func append(_ str: StrView, from start: Int, to end: Int) {
        if start >= end { return }
        if str.isASCII {
            let buffer = UnsafeBufferPointer(start: str.asciiBytes + start, count: end - start)
            if isWide {
                for byte in buffer { wide.append(UInt32(byte)) }
            } else {
                bytes.append(contentsOf: buffer)
            }
        } else {
            let buffer = UnsafeBufferPointer(start: str.wideScalars + start, count: end - start)
            // A run of a wide str may be all ASCII: it widens nothing then.
            if !isWide && !buffer.contains(where: { $0 >= 0x80 }) {
                for scalar in buffer { bytes.append(UInt8(truncatingIfNeeded: scalar)) }
                return
            }
            widen()
            wide.append(contentsOf: buffer)
        }
    }

    mutating func append(_ str: StrView) { append(str, from: 0, to: str.count) }

    /// Appends ASCII text held in a Swift string (number reprs).
    mutating func appendASCII(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            if isWide {
                for byte in buffer { wide.append(UInt32(byte)) }
            } else {
                bytes.append(contentsOf: buffer)
            }
        }
    }

    /// Appends the decimal digits of `value`.
    mutating func appendDecimal(_ value: Int64) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var magnitude = value.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
        }
        if value < 0 { appendASCII(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { buffer in
            for index in (20 - count)..<20 { appendASCII(buffer[index]) }
        }
    }

    private mutating func widen() {
        if isWide { return }
        isWide = true
        wide.reserveCapacity(bytes.count * 2 + 16)
        for byte in bytes { wide.append(UInt32(byte)) }
        bytes = []
    }
}

extension VM {
    /// The text as a new str.
    func newStr(_ text: JSONText) throws(Raised) -> Value {
        let ref = try allocateStr(count: text.isWide ? text.wide.count : text.bytes.count, width: text.isWide ? 4 : 1)
        let view = StrView(ref.value)
        if text.isWide {
            text.wide.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress { view.wideScalars.update(from: base, count: buffer.count) }
            }
        } else {
            text.bytes.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress { view.asciiBytes.update(from: base, count: buffer.count) }
            }
        }
        return ref.value
    }
}
