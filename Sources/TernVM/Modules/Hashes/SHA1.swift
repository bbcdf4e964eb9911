// SHA-1 (FIPS 180-4 section 6.1): eighty steps, in four groups of twenty with their
// own function and constant.

enum SHA1: BlockCompression {
    typealias Word = UInt32
    static var blockSize: Int { 64 }
    static var bigEndian: Bool { true }
    static let initial: [UInt32] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]

    static func compress(_ chain: UnsafeMutableRawPointer, _ blocks: UnsafeRawPointer, count: Int) {
        var h = (0..<5).map { chain.load(fromByteOffset: $0 * 4, as: UInt32.self) }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { scratch in
            let schedule = scratch.baseAddress!
            for blockIndex in 0..<count {
                let block = blocks + blockIndex * 64
                for i in 0..<16 { schedule[i] = block.word(i, bigEndian: true) }
                for i in 16..<80 { schedule[i] = (schedule[i - 3] ^ schedule[i - 8] ^ schedule[i - 14] ^ schedule[i - 16]).rotatedLeft(1) }
                var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
                for i in stride(from: 0, to: 20, by: 5) {
                    fiveSteps(&a, &b, &c, &d, &e, schedule + i, 0x5a827999) { x, y, z in (x & y) | (~x & z) }
                }
                for i in stride(from: 20, to: 40, by: 5) { fiveSteps(&a, &b, &c, &d, &e, schedule + i, 0x6ed9eba1) { x, y, z in x ^ y ^ z } }
                for i in stride(from: 40, to: 60, by: 5) {
                    fiveSteps(&a, &b, &c, &d, &e, schedule + i, 0x8f1bbcdc) { x, y, z in (x & y) | (x & z) | (y & z) }
                }
                for i in stride(from: 60, to: 80, by: 5) { fiveSteps(&a, &b, &c, &d, &e, schedule + i, 0xca62c1d6) { x, y, z in x ^ y ^ z } }
                h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e
            }
        }
        for (index, word) in h.enumerated() { chain.storeBytes(of: word, toByteOffset: index * 4, as: UInt32.self) }
    }

    /// Five steps, the words trading roles so that after the fifth they are back in place.
    @inline(__always) private static func fiveSteps(_ a: inout UInt32, _ b: inout UInt32, _ c: inout UInt32, _ d: inout UInt32, _ e: inout UInt32,
                                                    _ words: UnsafeMutablePointer<UInt32>, _ constant: UInt32,
                                                    _ mix: (UInt32, UInt32, UInt32) -> UInt32) {
        e &+= a.rotatedLeft(5) &+ mix(b, c, d) &+ constant &+ words[0]; b = b.rotatedLeft(30)
        d &+= e.rotatedLeft(5) &+ mix(a, b, c) &+ constant &+ words[1]; a = a.rotatedLeft(30)
        c &+= d.rotatedLeft(5) &+ mix(e, a, b) &+ constant &+ words[2]; e = e.rotatedLeft(30)
        b &+= c.rotatedLeft(5) &+ mix(d, e, a) &+ constant &+ words[3]; d = d.rotatedLeft(30)
        a &+= b.rotatedLeft(5) &+ mix(c, d, e) &+ constant &+ words[4]; c = c.rotatedLeft(30)
    }
}
