// SHA-1 (FIPS 180-4 section 6.1): eighty steps over a rolling sixteen-word schedule.

enum SHA1: BlockCompression {
    typealias Word = UInt32
    static var blockSize: Int { 64 }
    static var bigEndian: Bool { true }
    static let initial: [UInt32] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]

    static func compress(_ chain: UnsafeMutableRawPointer, _ blocks: UnsafeRawPointer, count: Int) {
        var h = (0..<5).map { chain.load(fromByteOffset: $0 * 4, as: UInt32.self) }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { schedule in
            for blockIndex in 0..<count {
                let block = blocks + blockIndex * 64
                var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
                for i in 0..<80 {
                    let word: UInt32
                    if i < 16 {
                        word = block.word(i, bigEndian: true)
                    } else {
                        word = (schedule[(i - 3) & 15] ^ schedule[(i - 8) & 15] ^ schedule[(i - 14) & 15] ^ schedule[i & 15]).rotatedLeft(1)
                    }
                    schedule[i & 15] = word
                    let mixed: UInt32, constant: UInt32
                    switch i / 20 {
                    case 0: mixed = (b & c) | (~b & d); constant = 0x5a827999
                    case 1: mixed = b ^ c ^ d; constant = 0x6ed9eba1
                    case 2: mixed = (b & c) | (b & d) | (c & d); constant = 0x8f1bbcdc
                    default: mixed = b ^ c ^ d; constant = 0xca62c1d6
                    }
                    let next = a.rotatedLeft(5) &+ mixed &+ e &+ constant &+ word
                    e = d; d = c; c = b.rotatedLeft(30); b = a; a = next
                }
                h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e
            }
        }
        for (index, word) in h.enumerated() { chain.storeBytes(of: word, toByteOffset: index * 4, as: UInt32.self) }
    }
}
