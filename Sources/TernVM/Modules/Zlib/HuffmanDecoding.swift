// Decoding canonical Huffman codes (RFC 1951 section 3.2.2). A table indexed by the next
// `fastBits` bits of input gives every code that short at once; longer codes (rare, since
// they are the least frequent symbols) are decoded bit by bit from the count of codes of
// each length and the symbols in code order.

/// One decoded symbol, packed: bits 0-3 its code's length (0: not in the fast table),
/// 4-7 how many extra bits follow it, 8-9 its kind, 16-31 its value (a literal byte, or
/// the base length or distance).
struct DecodeEntry {
    static let literal: UInt32 = 0, copy: UInt32 = 1, endOfBlock: UInt32 = 2, invalid: UInt32 = 3

    static func make(kind: UInt32, value: Int = 0, extra: Int = 0) -> UInt32 {
        UInt32(value) << 16 | kind << 8 | UInt32(extra) << 4
    }
    @inline(__always) static func length(_ entry: UInt32) -> Int { Int(entry & 15) }
    @inline(__always) static func extra(_ entry: UInt32) -> Int { Int(entry >> 4 & 15) }
    @inline(__always) static func kind(_ entry: UInt32) -> UInt32 { entry >> 8 & 3 }
    @inline(__always) static func value(_ entry: UInt32) -> Int { Int(entry >> 16) }
}

/// Which table is built: the entries its symbols decode to, and its build error.
enum CodeKind {
    case codeLengths, literals, distances

    var fastBits: Int {
        switch self {
        case .codeLengths: return 7
        case .literals: return 10
        case .distances: return 9
        }
    }
    var symbolCount: Int {
        switch self {
        case .codeLengths: return 19
        case .literals: return 288
        case .distances: return 32
        }
    }

    func entry(_ symbol: Int) -> UInt32 {
        switch self {
        case .codeLengths:
            return DecodeEntry.make(kind: DecodeEntry.literal, value: symbol)
        case .literals:
            if symbol < 256 { return DecodeEntry.make(kind: DecodeEntry.literal, value: symbol) }
            if symbol == 256 { return DecodeEntry.make(kind: DecodeEntry.endOfBlock) }
            let index = symbol - 257
            guard index < DeflateFormat.lengthBase.count else { return DecodeEntry.make(kind: DecodeEntry.invalid) }
            return DecodeEntry.make(kind: DecodeEntry.copy, value: Int(DeflateFormat.lengthBase[index]),
                                    extra: Int(DeflateFormat.lengthExtra[index]))
        case .distances:
            guard symbol < DeflateFormat.distanceBase.count else { return DecodeEntry.make(kind: DecodeEntry.invalid) }
            return DecodeEntry.make(kind: DecodeEntry.copy, value: Int(DeflateFormat.distanceBase[symbol]),
                                    extra: Int(DeflateFormat.distanceExtra[symbol]))
        }
    }
}

/// A decoding table in an inflater's memory: the fast entries, the count of codes of each
/// length 0...15, and the symbols sorted by code.
struct DecodeTable {
    let fast: UnsafeMutablePointer<UInt32>
    let counts: UnsafeMutablePointer<UInt16>
    let symbols: UnsafeMutablePointer<UInt16>
    let kind: CodeKind

    static func byteCount(_ kind: CodeKind) -> Int { (4 << kind.fastBits) + 2 * 16 + 2 * kind.symbolCount }

    init(_ memory: UnsafeMutableRawPointer, _ kind: CodeKind) {
        self.kind = kind
        fast = memory.bindMemory(to: UInt32.self, capacity: 1 << kind.fastBits)
        counts = (memory + (4 << kind.fastBits)).bindMemory(to: UInt16.self, capacity: 16)
        symbols = (memory + (4 << kind.fastBits) + 32).bindMemory(to: UInt16.self, capacity: kind.symbolCount)
    }

    /// Builds the code of `lengths`; false when they are over-subscribed, or incomplete
    /// beyond the one case the format allows (a single code of length 1, outside the
    /// code-length code).
    func build(_ lengths: UnsafePointer<UInt8>, count: Int) -> Bool {
        for length in 0...15 { counts[length] = 0 }
        for symbol in 0..<count { counts[Int(lengths[symbol])] += 1 }
        var left = 1
        for length in 1...15 {
            left = left << 1 - Int(counts[length])
            if left < 0 { return false }
        }
        let used = count - Int(counts[0])
        if left > 0 && (kind == .codeLengths || used > 1 || (used == 1 && counts[1] != 1)) && used > 0 { return false }
        if used == 0 && kind == .codeLengths { return false }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 16) { offsets in
            offsets[1] = 0
            for length in 1..<15 { offsets[length + 1] = offsets[length] + Int(counts[length]) }
            for symbol in 0..<count where lengths[symbol] != 0 {
                symbols[offsets[Int(lengths[symbol])]] = UInt16(symbol)
                offsets[Int(lengths[symbol])] += 1
            }
        }
        let fastBits = kind.fastBits
        fast.initialize(repeating: 0, count: 1 << fastBits)
        var code = 0, index = 0
        for length in 1...min(fastBits, 15) {
            for _ in 0..<Int(counts[length]) {
                let entry = kind.entry(Int(symbols[index])) | UInt32(length)
                // Deflate sends codes most significant bit first: the table is indexed by the reversal.
                var slot = DecodeTable.reversed(code, length: length)
                while slot < 1 << fastBits {
                    fast[slot] = entry
                    slot += 1 << length
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
        return true
    }

    /// The low `length` bits of `code` in reverse order (swaps of halves, bytes to bits).
    @inline(__always) static func reversed(_ code: Int, length: Int) -> Int {
        var bits = UInt32(truncatingIfNeeded: code)
        bits = (bits >> 1 & 0x5555) | (bits & 0x5555) << 1
        bits = (bits >> 2 & 0x3333) | (bits & 0x3333) << 2
        bits = (bits >> 4 & 0x0F0F) | (bits & 0x0F0F) << 4
        bits = (bits >> 8 & 0x00FF) | (bits & 0x00FF) << 8
        return Int(bits) >> (16 - length)
    }

    /// Decodes a code longer than the fast table's from the low bits of `bits` (of which
    /// `available` are input): the entry with its length set, 0 when more input is needed,
    /// or an invalid entry when the bits are no code at all.
    func decodeSlowly(_ bits: UInt64, available: Int) -> UInt32 {
        var code = 0, first = 0, index = 0
        for length in 1...15 {
            if length > available { return 0 }
            code |= Int(bits >> (length - 1) & 1)
            let count = Int(counts[length])
            if code - first < count { return kind.entry(Int(symbols[index + code - first])) | UInt32(length) }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        return DecodeEntry.make(kind: DecodeEntry.invalid) | 15
    }
}
