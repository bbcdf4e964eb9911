// The Merkle–Damgård frame that MD5, SHA-1 and SHA-2 share (RFC 1321, FIPS 180-4):
// input is cut into blocks for the algorithm's compression function, a partial block
// waits in the state, and the end is padded with 0x80, zeros and the message length
// in bits. The state is raw memory (a hash object's state bytes, HashObjects.swift):
// the chaining words first, then the byte count, then the partial block.

/// A compression function over whole blocks, chaining eight or fewer `Word`s.
protocol BlockCompression {
    associatedtype Word: FixedWidthInteger & UnsignedInteger
    static var blockSize: Int { get }
    static var bigEndian: Bool { get }
    /// Folds `count` consecutive blocks at `blocks` into the chaining words at `chain`.
    static func compress(_ chain: UnsafeMutableRawPointer, _ blocks: UnsafeRawPointer, count: Int)
}

extension FixedWidthInteger {
    @inline(__always) func rotatedLeft(_ count: Int) -> Self { (self &<< count) | (self &>> (Self.bitWidth - count)) }
    @inline(__always) func rotatedRight(_ count: Int) -> Self { (self &>> count) | (self &<< (Self.bitWidth - count)) }
}

extension UnsafeRawPointer {
    /// The `index`th word of a block, read in the given byte order.
    @inline(__always) func word<Word: FixedWidthInteger>(_ index: Int, bigEndian: Bool) -> Word {
        let raw = loadUnaligned(fromByteOffset: index * MemoryLayout<Word>.size, as: Word.self)
        return bigEndian ? Word(bigEndian: raw) : Word(littleEndian: raw)
    }
}

enum MerkleDamgard<C: BlockCompression> {
    static var total: Int { 64 }    // UInt64: bytes hashed so far
    static var buffer: Int { 72 }   // the partial block
    static var stateSize: Int { buffer + C.blockSize }

    static func start(_ state: UnsafeMutableRawPointer, _ initial: [C.Word]) {
        for (index, word) in initial.enumerated() { state.storeBytes(of: word, toByteOffset: index * MemoryLayout<C.Word>.size, as: C.Word.self) }
        state.storeBytes(of: 0, toByteOffset: total, as: UInt64.self)
    }

    static func absorb(_ state: UnsafeMutableRawPointer, _ input: UnsafeRawBufferPointer) {
        guard var data = input.baseAddress, input.count > 0 else { return }
        var remaining = input.count
        let count = state.load(fromByteOffset: total, as: UInt64.self)
        state.storeBytes(of: count &+ UInt64(remaining), toByteOffset: total, as: UInt64.self)
        let pending = state + buffer
        let used = Int(count % UInt64(C.blockSize))
        if used > 0 {
            let taken = min(C.blockSize - used, remaining)
            (pending + used).copyMemory(from: data, byteCount: taken)
            data += taken
            remaining -= taken
            if used + taken < C.blockSize { return }
            C.compress(state, UnsafeRawPointer(pending), count: 1)
        }
        let blocks = remaining / C.blockSize
        if blocks > 0 {
            C.compress(state, data, count: blocks)
            data += blocks * C.blockSize
            remaining -= blocks * C.blockSize
        }
        if remaining > 0 { pending.copyMemory(from: data, byteCount: remaining) }
    }

    /// Pads the message and writes the first `out.count` bytes of the chaining words (the state is used up).
    static func finish(_ state: UnsafeMutableRawPointer, _ out: UnsafeMutableRawBufferPointer) {
        let count = state.load(fromByteOffset: total, as: UInt64.self)
        let lengthBytes = C.blockSize / 8
        let used = Int(count % UInt64(C.blockSize))
        let padCount = (used < C.blockSize - lengthBytes ? C.blockSize : 2 * C.blockSize) - used
        withUnsafeTemporaryAllocation(byteCount: 2 * C.blockSize, alignment: 8) { padding in
            let pad = padding.baseAddress!
            pad.initializeMemory(as: UInt8.self, repeating: 0, count: padCount)
            pad.storeBytes(of: 0x80, as: UInt8.self)
            let bits = count &<< 3
            if C.bigEndian {
                pad.storeBytes(of: bits.bigEndian, toByteOffset: padCount - 8, as: UInt64.self)
                if lengthBytes == 16 { pad.storeBytes(of: (count >> 61).bigEndian, toByteOffset: padCount - 16, as: UInt64.self) }
            } else {
                pad.storeBytes(of: bits.littleEndian, toByteOffset: padCount - 8, as: UInt64.self)
            }
            absorb(state, UnsafeRawBufferPointer(start: pad, count: padCount))
        }
        let size = MemoryLayout<C.Word>.size
        for index in 0..<out.count / size {
            let word = state.load(fromByteOffset: index * size, as: C.Word.self)
            out.storeBytes(of: C.bigEndian ? word.bigEndian : word.littleEndian, toByteOffset: index * size, as: C.Word.self)
        }
    }
}
