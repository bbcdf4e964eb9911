// BLAKE2b and BLAKE2s (RFC 7693, with the parameter block of the BLAKE2 paper for salt,
// personalization and tree hashing): one compression over 64-bit or 32-bit words.
// The state is raw memory: the eight chaining words, the byte counter (two UInt64s),
// the last-node flag, the buffered count, then the buffer. The last block is kept
// buffered until the digest is taken, since it is compressed with the final flag.

protocol BLAKE2Variant {
    associatedtype Word: FixedWidthInteger & UnsignedInteger
    static var rounds: Int { get }
    /// The rotation amounts of G (R1..R4).
    static var rotations: (Int, Int, Int, Int) { get }
    static var initial: [Word] { get }
    /// How many bytes of the parameter block hold the node offset.
    static var nodeOffsetBytes: Int { get }
}

enum BLAKE2b: BLAKE2Variant {
    typealias Word = UInt64
    static var rounds: Int { 12 }
    static var rotations: (Int, Int, Int, Int) { (32, 24, 16, 63) }
    static var initial: [UInt64] { SHA512.initial512 }
    static var nodeOffsetBytes: Int { 8 }
}

enum BLAKE2s: BLAKE2Variant {
    typealias Word = UInt32
    static var rounds: Int { 10 }
    static var rotations: (Int, Int, Int, Int) { (16, 12, 8, 7) }
    static var initial: [UInt32] { SHA256.initial256 }
    static var nodeOffsetBytes: Int { 6 }
}

/// What a blake2b/blake2s constructor was given (already checked against the limits).
struct BLAKE2Parameters {
    var digestSize = 0
    var key: [UInt8] = []
    var salt: [UInt8] = []
    var person: [UInt8] = []
    var fanout = 1, depth = 1, leafSize: UInt32 = 0, nodeOffset: UInt64 = 0, nodeDepth = 0, innerSize = 0
    var lastNode = false
}

/// The message word order of each round (σ), repeated after ten rounds.
private let blake2Schedule: [UInt8] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
    11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
    7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
    9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
    2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
    12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
    13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
    6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
    10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
]

enum BLAKE2<V: BLAKE2Variant> {
    static var wordSize: Int { MemoryLayout<V.Word>.size }
    static var blockSize: Int { 16 * wordSize }
    static var maxDigestSize: Int { 8 * wordSize }
    static var saltSize: Int { 2 * wordSize }

    private static var counter: Int { 64 }
    private static var lastNode: Int { 80 }
    private static var buffered: Int { 88 }
    private static var buffer: Int { 96 }
    static var stateSize: Int { buffer + blockSize }

    static func start(_ state: UnsafeMutableRawPointer, _ parameters: BLAKE2Parameters) {
        state.initializeMemory(as: UInt8.self, repeating: 0, count: stateSize)
        // The parameter block, XORed into the initial words.
        withUnsafeTemporaryAllocation(byteCount: maxDigestSize, alignment: 8) { block in
            let raw = block.baseAddress!
            raw.initializeMemory(as: UInt8.self, repeating: 0, count: maxDigestSize)
            raw.storeBytes(of: UInt8(parameters.digestSize), toByteOffset: 0, as: UInt8.self)
            raw.storeBytes(of: UInt8(parameters.key.count), toByteOffset: 1, as: UInt8.self)
            raw.storeBytes(of: UInt8(parameters.fanout), toByteOffset: 2, as: UInt8.self)
            raw.storeBytes(of: UInt8(parameters.depth), toByteOffset: 3, as: UInt8.self)
            raw.storeBytes(of: parameters.leafSize.littleEndian, toByteOffset: 4, as: UInt32.self)
            for index in 0..<V.nodeOffsetBytes {
                raw.storeBytes(of: UInt8(truncatingIfNeeded: parameters.nodeOffset >> (8 * index)), toByteOffset: 8 + index, as: UInt8.self)
            }
            raw.storeBytes(of: UInt8(parameters.nodeDepth), toByteOffset: 8 + V.nodeOffsetBytes, as: UInt8.self)
            raw.storeBytes(of: UInt8(parameters.innerSize), toByteOffset: 9 + V.nodeOffsetBytes, as: UInt8.self)
            for (index, byte) in parameters.salt.enumerated() { raw.storeBytes(of: byte, toByteOffset: 4 * wordSize + index, as: UInt8.self) }
            for (index, byte) in parameters.person.enumerated() { raw.storeBytes(of: byte, toByteOffset: 6 * wordSize + index, as: UInt8.self) }
            for index in 0..<8 {
                let word = V.initial[index] ^ UnsafeRawPointer(raw).word(index, bigEndian: false) as V.Word
                state.storeBytes(of: word, toByteOffset: index * wordSize, as: V.Word.self)
            }
        }
        state.storeBytes(of: parameters.lastNode ? 1 : 0, toByteOffset: lastNode, as: Int.self)
        if !parameters.key.isEmpty {
            var block = parameters.key + [UInt8](repeating: 0, count: blockSize - parameters.key.count)
            block.withUnsafeMutableBytes { absorb(state, UnsafeRawBufferPointer($0)) }
        }
    }

    static func absorb(_ state: UnsafeMutableRawPointer, _ input: UnsafeRawBufferPointer) {
        guard var data = input.baseAddress, input.count > 0 else { return }
        var remaining = input.count
        var used = state.load(fromByteOffset: buffered, as: Int.self)
        let pending = state + buffer
        if used + remaining > blockSize {
            let taken = blockSize - used
            (pending + used).copyMemory(from: data, byteCount: taken)
            data += taken
            remaining -= taken
            compress(state, UnsafeRawPointer(pending), counted: blockSize, final: false)
            used = 0
            while remaining > blockSize {
                compress(state, data, counted: blockSize, final: false)
                data += blockSize
                remaining -= blockSize
            }
        }
        (pending + used).copyMemory(from: data, byteCount: remaining)
        state.storeBytes(of: used + remaining, toByteOffset: buffered, as: Int.self)
    }

    /// Compresses the buffered last block and writes the first `out.count` bytes of the chaining words.
    static func finish(_ state: UnsafeMutableRawPointer, _ out: UnsafeMutableRawBufferPointer) {
        let used = state.load(fromByteOffset: buffered, as: Int.self)
        let pending = state + buffer
        (pending + used).initializeMemory(as: UInt8.self, repeating: 0, count: blockSize - used)
        compress(state, UnsafeRawPointer(pending), counted: used, final: true)
        for index in 0..<out.count {
            let word = state.load(fromByteOffset: index / wordSize * wordSize, as: V.Word.self)
            out[index] = UInt8(truncatingIfNeeded: word >> (8 * (index % wordSize)))
        }
    }

    /// Adds `counted` bytes to the counter and compresses one block.
    private static func compress(_ state: UnsafeMutableRawPointer, _ block: UnsafeRawPointer, counted: Int, final: Bool) {
        let low = state.load(fromByteOffset: counter, as: UInt64.self) &+ UInt64(counted)
        let high = state.load(fromByteOffset: counter + 8, as: UInt64.self) &+ (low < UInt64(counted) ? 1 : 0)
        state.storeBytes(of: low, toByteOffset: counter, as: UInt64.self)
        state.storeBytes(of: high, toByteOffset: counter + 8, as: UInt64.self)
        withUnsafeTemporaryAllocation(of: V.Word.self, capacity: 16) { scratch in
            let m = scratch.baseAddress!
            for index in 0..<16 { m[index] = block.word(index, bigEndian: false) }
            func chain(_ index: Int) -> V.Word { state.load(fromByteOffset: index * wordSize, as: V.Word.self) }
            var v0 = chain(0), v1 = chain(1), v2 = chain(2), v3 = chain(3), v4 = chain(4), v5 = chain(5), v6 = chain(6), v7 = chain(7)
            var v8 = V.initial[0], v9 = V.initial[1], v10 = V.initial[2], v11 = V.initial[3]
            var v12 = V.initial[4] ^ V.Word(truncatingIfNeeded: low)
            var v13 = V.initial[5] ^ (V.Word.bitWidth == 64 ? V.Word(truncatingIfNeeded: high) : V.Word(truncatingIfNeeded: low >> 32))
            var v14 = V.initial[6], v15 = V.initial[7]
            if final {
                v14 = ~v14
                if state.load(fromByteOffset: lastNode, as: Int.self) != 0 { v15 = ~v15 }
            }
            blake2Schedule.withUnsafeBufferPointer { schedule in
                for round in 0..<V.rounds {
                    let s = schedule.baseAddress! + (round % 10) * 16
                    mix(&v0, &v4, &v8, &v12, m[Int(s[0])], m[Int(s[1])])
                    mix(&v1, &v5, &v9, &v13, m[Int(s[2])], m[Int(s[3])])
                    mix(&v2, &v6, &v10, &v14, m[Int(s[4])], m[Int(s[5])])
                    mix(&v3, &v7, &v11, &v15, m[Int(s[6])], m[Int(s[7])])
                    mix(&v0, &v5, &v10, &v15, m[Int(s[8])], m[Int(s[9])])
                    mix(&v1, &v6, &v11, &v12, m[Int(s[10])], m[Int(s[11])])
                    mix(&v2, &v7, &v8, &v13, m[Int(s[12])], m[Int(s[13])])
                    mix(&v3, &v4, &v9, &v14, m[Int(s[14])], m[Int(s[15])])
                }
            }
            func fold(_ index: Int, _ word: V.Word) { state.storeBytes(of: chain(index) ^ word, toByteOffset: index * wordSize, as: V.Word.self) }
            fold(0, v0 ^ v8); fold(1, v1 ^ v9); fold(2, v2 ^ v10); fold(3, v3 ^ v11)
            fold(4, v4 ^ v12); fold(5, v5 ^ v13); fold(6, v6 ^ v14); fold(7, v7 ^ v15)
        }
    }

    /// G: mixes two message words into four of the working words.
    @inline(__always) private static func mix(_ a: inout V.Word, _ b: inout V.Word, _ c: inout V.Word, _ d: inout V.Word, _ x: V.Word, _ y: V.Word) {
        let (r1, r2, r3, r4) = V.rotations
        a = a &+ b &+ x; d = (d ^ a).rotatedRight(r1)
        c = c &+ d; b = (b ^ c).rotatedRight(r2)
        a = a &+ b &+ y; d = (d ^ a).rotatedRight(r3)
        c = c &+ d; b = (b ^ c).rotatedRight(r4)
    }
}
