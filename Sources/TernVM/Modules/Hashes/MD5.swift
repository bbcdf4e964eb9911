// MD5 (RFC 1321): four rounds of sixteen steps over little-endian words.

enum MD5: BlockCompression {
    typealias Word = UInt32
    static var blockSize: Int { 64 }
    static var bigEndian: Bool { false }
    static let initial: [UInt32] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]

    /// floor(|sin(i + 1)| * 2^32) for each step.
    private static let sines: [UInt32] = [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ]
    /// Each round's four rotation amounts (four a round), used in turn.
    private static let shifts: [Int] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]

    static func compress(_ chain: UnsafeMutableRawPointer, _ blocks: UnsafeRawPointer, count: Int) {
        var h0 = chain.load(fromByteOffset: 0, as: UInt32.self), h1 = chain.load(fromByteOffset: 4, as: UInt32.self)
        var h2 = chain.load(fromByteOffset: 8, as: UInt32.self), h3 = chain.load(fromByteOffset: 12, as: UInt32.self)
        let shifts = self.shifts
        sines.withUnsafeBufferPointer { sines in
            for blockIndex in 0..<count {
                let block = blocks + blockIndex * 64
                var a = h0, b = h1, c = h2, d = h3
                for round in 0..<4 {
                    for step in 0..<16 {
                        let i = round * 16 + step
                        let mixed: UInt32, wordIndex: Int
                        switch round {
                        case 0: mixed = (b & c) | (~b & d); wordIndex = step
                        case 1: mixed = (d & b) | (~d & c); wordIndex = (5 * step + 1) & 15
                        case 2: mixed = b ^ c ^ d; wordIndex = (3 * step + 5) & 15
                        default: mixed = c ^ (b | ~d); wordIndex = (7 * step) & 15
                        }
                        let sum = a &+ mixed &+ sines[i] &+ block.word(wordIndex, bigEndian: false)
                        a = d; d = c; c = b
                        b = b &+ sum.rotatedLeft(shifts[round * 4 + step & 3])
                    }
                }
                h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
            }
        }
        chain.storeBytes(of: h0, toByteOffset: 0, as: UInt32.self)
        chain.storeBytes(of: h1, toByteOffset: 4, as: UInt32.self)
        chain.storeBytes(of: h2, toByteOffset: 8, as: UInt32.self)
        chain.storeBytes(of: h3, toByteOffset: 12, as: UInt32.self)
    }
}
