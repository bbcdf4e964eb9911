// SHA-2 (FIPS 180-4 sections 4.1.2, 4.1.3, 6.2-6.5): SHA-224/256 over 32-bit words
// and SHA-384/512 over 64-bit words run the same compression with their own
// constants and rotation amounts.

protocol SHA2Compression: BlockCompression {
    /// K: the first bits of the fractional parts of the cube roots of the first primes.
    static var roundConstants: [Word] { get }
    static func bigSigma0(_ x: Word) -> Word
    static func bigSigma1(_ x: Word) -> Word
    static func smallSigma0(_ x: Word) -> Word
    static func smallSigma1(_ x: Word) -> Word
}

extension SHA2Compression {
    static var bigEndian: Bool { true }
    static var blockSize: Int { 2 * Word.bitWidth }

    static func compress(_ chain: UnsafeMutableRawPointer, _ blocks: UnsafeRawPointer, count: Int) {
        let size = MemoryLayout<Word>.size
        var h = (0..<8).map { chain.load(fromByteOffset: $0 * size, as: Word.self) }
        roundConstants.withUnsafeBufferPointer { constants in
            let rounds = constants.count
            withUnsafeTemporaryAllocation(of: Word.self, capacity: rounds) { scratch in
                let schedule = scratch.baseAddress!
                for blockIndex in 0..<count {
                    let block = blocks + blockIndex * blockSize
                    for i in 0..<16 { schedule[i] = block.word(i, bigEndian: true) }
                    for i in 16..<rounds {
                        schedule[i] = smallSigma1(schedule[i - 2]) &+ schedule[i - 7] &+ smallSigma0(schedule[i - 15]) &+ schedule[i - 16]
                    }
                    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], last = h[7]
                    // Eight rounds at a time, the working variables trading roles instead of moving.
                    for i in stride(from: 0, to: rounds, by: 8) {
                        round(a, b, c, &d, e, f, g, &last, constants[i] &+ schedule[i])
                        round(last, a, b, &c, d, e, f, &g, constants[i + 1] &+ schedule[i + 1])
                        round(g, last, a, &b, c, d, e, &f, constants[i + 2] &+ schedule[i + 2])
                        round(f, g, last, &a, b, c, d, &e, constants[i + 3] &+ schedule[i + 3])
                        round(e, f, g, &last, a, b, c, &d, constants[i + 4] &+ schedule[i + 4])
                        round(d, e, f, &g, last, a, b, &c, constants[i + 5] &+ schedule[i + 5])
                        round(c, d, e, &f, g, last, a, &b, constants[i + 6] &+ schedule[i + 6])
                        round(b, c, d, &e, f, g, last, &a, constants[i + 7] &+ schedule[i + 7])
                    }
                    h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
                    h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= last
                }
            }
        }
        for (index, word) in h.enumerated() { chain.storeBytes(of: word, toByteOffset: index * size, as: Word.self) }
    }

    /// One round: `d` gains T1, `h` becomes T1 + T2 (the next round's `a`).
    @inline(__always) private static func round(_ a: Word, _ b: Word, _ c: Word, _ d: inout Word,
                                                _ e: Word, _ f: Word, _ g: Word, _ h: inout Word, _ constantAndWord: Word) {
        let t1 = h &+ bigSigma1(e) &+ ((e & f) ^ (~e & g)) &+ constantAndWord
        d &+= t1
        h = t1 &+ bigSigma0(a) &+ ((a & b) ^ (a & c) ^ (b & c))
    }
}

enum SHA256: SHA2Compression {
    typealias Word = UInt32
    /// Initial words: fractional parts of the square roots of the first eight primes (SHA-256)
    /// and the second 32 bits of those of the ninth to sixteenth (SHA-224).
    static let initial256: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    static let initial224: [UInt32] = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]

    static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    @inline(__always) static func bigSigma0(_ x: UInt32) -> UInt32 { x.rotatedRight(2) ^ x.rotatedRight(13) ^ x.rotatedRight(22) }
    @inline(__always) static func bigSigma1(_ x: UInt32) -> UInt32 { x.rotatedRight(6) ^ x.rotatedRight(11) ^ x.rotatedRight(25) }
    @inline(__always) static func smallSigma0(_ x: UInt32) -> UInt32 { x.rotatedRight(7) ^ x.rotatedRight(18) ^ (x >> 3) }
    @inline(__always) static func smallSigma1(_ x: UInt32) -> UInt32 { x.rotatedRight(17) ^ x.rotatedRight(19) ^ (x >> 10) }
}

enum SHA512: SHA2Compression {
    typealias Word = UInt64
    /// Initial words: fractional parts of the square roots of the first eight primes (SHA-512)
    /// and of the ninth to sixteenth (SHA-384).
    static let initial512: [UInt64] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ]
    static let initial384: [UInt64] = [
        0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
        0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
    ]

    static let roundConstants: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
        0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
        0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
        0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
        0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
        0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
        0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
        0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
        0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
        0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
        0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]

    @inline(__always) static func bigSigma0(_ x: UInt64) -> UInt64 { x.rotatedRight(28) ^ x.rotatedRight(34) ^ x.rotatedRight(39) }
    @inline(__always) static func bigSigma1(_ x: UInt64) -> UInt64 { x.rotatedRight(14) ^ x.rotatedRight(18) ^ x.rotatedRight(41) }
    @inline(__always) static func smallSigma0(_ x: UInt64) -> UInt64 { x.rotatedRight(1) ^ x.rotatedRight(8) ^ (x >> 7) }
    @inline(__always) static func smallSigma1(_ x: UInt64) -> UInt64 { x.rotatedRight(19) ^ x.rotatedRight(61) ^ (x >> 6) }
}
