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
    static func compress(_ chain: UnsafeMutableRawPointer, _ blocks: UnsafeRawPointer, count: Int) {
        var h0 = chain.load(fromByteOffset: 0, as: UInt32.self), h1 = chain.load(fromByteOffset: 4, as: UInt32.self)
        var h2 = chain.load(fromByteOffset: 8, as: UInt32.self), h3 = chain.load(fromByteOffset: 12, as: UInt32.self)
        sines.withUnsafeBufferPointer { sines in
            let t = sines.baseAddress!
            for blockIndex in 0..<count {
                let block = blocks + blockIndex * 64
                @inline(__always) func m(_ index: Int) -> UInt32 { block.word(index, bigEndian: false) }
                var a = h0, b = h1, c = h2, d = h3
                // Four steps at a time, the words trading roles; round r uses word (start + stride * step) mod 16.
                for i in stride(from: 0, to: 16, by: 4) {
                    step(&a, b, (b & c) | (~b & d), m(i), t[i], 7)
                    step(&d, a, (a & b) | (~a & c), m(i + 1), t[i + 1], 12)
                    step(&c, d, (d & a) | (~d & b), m(i + 2), t[i + 2], 17)
                    step(&b, c, (c & d) | (~c & a), m(i + 3), t[i + 3], 22)
                }
                for i in stride(from: 16, to: 32, by: 4) {
                    step(&a, b, (d & b) | (~d & c), m((5 * i + 1) & 15), t[i], 5)
                    step(&d, a, (c & a) | (~c & b), m((5 * i + 6) & 15), t[i + 1], 9)
                    step(&c, d, (b & d) | (~b & a), m((5 * i + 11) & 15), t[i + 2], 14)
                    step(&b, c, (a & c) | (~a & d), m((5 * i + 16) & 15), t[i + 3], 20)
                }
                for i in stride(from: 32, to: 48, by: 4) {
                    step(&a, b, b ^ c ^ d, m((3 * i + 5) & 15), t[i], 4)
                    step(&d, a, a ^ b ^ c, m((3 * i + 8) & 15), t[i + 1], 11)
                    step(&c, d, d ^ a ^ b, m((3 * i + 11) & 15), t[i + 2], 16)
                    step(&b, c, c ^ d ^ a, m((3 * i + 14) & 15), t[i + 3], 23)
                }
                for i in stride(from: 48, to: 64, by: 4) {
                    step(&a, b, c ^ (b | ~d), m((7 * i) & 15), t[i], 6)
                    step(&d, a, b ^ (a | ~c), m((7 * i + 7) & 15), t[i + 1], 10)
                    step(&c, d, a ^ (d | ~b), m((7 * i + 14) & 15), t[i + 2], 15)
                    step(&b, c, d ^ (c | ~a), m((7 * i + 21) & 15), t[i + 3], 21)
                }
                h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
            }
        }
        chain.storeBytes(of: h0, toByteOffset: 0, as: UInt32.self)
        chain.storeBytes(of: h1, toByteOffset: 4, as: UInt32.self)
        chain.storeBytes(of: h2, toByteOffset: 8, as: UInt32.self)
        chain.storeBytes(of: h3, toByteOffset: 12, as: UInt32.self)
    }

    /// One step: a = b + ((a + mixed + word + sine) <<< shift).
    @inline(__always) private static func step(_ a: inout UInt32, _ b: UInt32, _ mixed: UInt32, _ word: UInt32, _ sine: UInt32, _ shift: Int) {
        a = b &+ (a &+ mixed &+ word &+ sine).rotatedLeft(shift)
    }
}
