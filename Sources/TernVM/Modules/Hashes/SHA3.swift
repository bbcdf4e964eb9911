// SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge. The state is raw memory: the
// 25 lanes (little-endian, 200 bytes), then the position in the rate, the rate, and
// the domain suffix (0x06 for SHA-3, 0x1f for SHAKE).

enum Keccak {
    static let position = 200
    static let rate = 208
    static let suffix = 216
    static let stateSize = 224

    private static let roundConstants: [UInt64] = [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
        0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
        0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ]
    static func start(_ state: UnsafeMutableRawPointer, rate: Int, suffix: UInt8) {
        state.initializeMemory(as: UInt8.self, repeating: 0, count: stateSize)
        state.storeBytes(of: rate, toByteOffset: Keccak.rate, as: Int.self)
        state.storeBytes(of: Int(suffix), toByteOffset: Keccak.suffix, as: Int.self)
    }

    static func absorb(_ state: UnsafeMutableRawPointer, _ input: UnsafeRawBufferPointer) {
        guard let data = input.baseAddress else { return }
        let rate = state.load(fromByteOffset: Keccak.rate, as: Int.self)
        var at = state.load(fromByteOffset: position, as: Int.self)
        var index = 0
        while index < input.count {
            if at == 0 && input.count - index >= rate {
                for lane in 0..<rate / 8 {
                    let offset = lane * 8
                    let mixed = state.load(fromByteOffset: offset, as: UInt64.self) ^ UInt64(littleEndian: data.loadUnaligned(fromByteOffset: index + offset, as: UInt64.self))
                    state.storeBytes(of: mixed, toByteOffset: offset, as: UInt64.self)
                }
                index += rate
                permute(state)
                continue
            }
            let taken = min(rate - at, input.count - index)
            for offset in 0..<taken { xorByte(state, at + offset, data.load(fromByteOffset: index + offset, as: UInt8.self)) }
            index += taken
            at += taken
            if at == rate { permute(state); at = 0 }
        }
        state.storeBytes(of: at, toByteOffset: position, as: Int.self)
    }

    /// Pads and squeezes `out.count` bytes (the state is used up).
    static func finish(_ state: UnsafeMutableRawPointer, _ out: UnsafeMutableRawBufferPointer) {
        let rate = state.load(fromByteOffset: Keccak.rate, as: Int.self)
        xorByte(state, state.load(fromByteOffset: position, as: Int.self), suffixByte(state))
        xorByte(state, rate - 1, 0x80)
        var written = 0
        while written < out.count {
            permute(state)
            let taken = min(rate, out.count - written)
            (out.baseAddress! + written).copyMemory(from: state, byteCount: taken)
            written += taken
        }
    }

    static func suffixByte(_ state: UnsafeRawPointer) -> UInt8 { UInt8(state.load(fromByteOffset: suffix, as: Int.self)) }

    @inline(__always) private static func xorByte(_ state: UnsafeMutableRawPointer, _ offset: Int, _ byte: UInt8) {
        state.storeBytes(of: state.load(fromByteOffset: offset, as: UInt8.self) ^ byte, toByteOffset: offset, as: UInt8.self)
    }

    /// Keccak-f[1600]: 24 rounds of θ, ρ and π, χ, ι.
    private static func permute(_ state: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 50) { scratch in
            let lanes = scratch.baseAddress!, moved = lanes + 25
            for index in 0..<25 { lanes[index] = UInt64(littleEndian: state.load(fromByteOffset: index * 8, as: UInt64.self)) }
            for round in 0..<24 {
                // θ: each lane gains the parities of two neighbouring columns.
                let c0 = lanes[0] ^ lanes[5] ^ lanes[10] ^ lanes[15] ^ lanes[20]
                let c1 = lanes[1] ^ lanes[6] ^ lanes[11] ^ lanes[16] ^ lanes[21]
                let c2 = lanes[2] ^ lanes[7] ^ lanes[12] ^ lanes[17] ^ lanes[22]
                let c3 = lanes[3] ^ lanes[8] ^ lanes[13] ^ lanes[18] ^ lanes[23]
                let c4 = lanes[4] ^ lanes[9] ^ lanes[14] ^ lanes[19] ^ lanes[24]
                let d0 = c4 ^ c1.rotatedLeft(1), d1 = c0 ^ c2.rotatedLeft(1), d2 = c1 ^ c3.rotatedLeft(1)
                let d3 = c2 ^ c4.rotatedLeft(1), d4 = c3 ^ c0.rotatedLeft(1)
                // ρ and π: lane x + 5y, rotated by its offset, moves to y + 5((2x + 3y) mod 5).
                moved[0] = lanes[0] ^ d0; moved[10] = (lanes[1] ^ d1).rotatedLeft(1); moved[20] = (lanes[2] ^ d2).rotatedLeft(62)
                moved[5] = (lanes[3] ^ d3).rotatedLeft(28); moved[15] = (lanes[4] ^ d4).rotatedLeft(27)
                moved[16] = (lanes[5] ^ d0).rotatedLeft(36); moved[1] = (lanes[6] ^ d1).rotatedLeft(44); moved[11] = (lanes[7] ^ d2).rotatedLeft(6)
                moved[21] = (lanes[8] ^ d3).rotatedLeft(55); moved[6] = (lanes[9] ^ d4).rotatedLeft(20)
                moved[7] = (lanes[10] ^ d0).rotatedLeft(3); moved[17] = (lanes[11] ^ d1).rotatedLeft(10); moved[2] = (lanes[12] ^ d2).rotatedLeft(43)
                moved[12] = (lanes[13] ^ d3).rotatedLeft(25); moved[22] = (lanes[14] ^ d4).rotatedLeft(39)
                moved[23] = (lanes[15] ^ d0).rotatedLeft(41); moved[8] = (lanes[16] ^ d1).rotatedLeft(45); moved[18] = (lanes[17] ^ d2).rotatedLeft(15)
                moved[3] = (lanes[18] ^ d3).rotatedLeft(21); moved[13] = (lanes[19] ^ d4).rotatedLeft(8)
                moved[14] = (lanes[20] ^ d0).rotatedLeft(18); moved[24] = (lanes[21] ^ d1).rotatedLeft(2); moved[9] = (lanes[22] ^ d2).rotatedLeft(61)
                moved[19] = (lanes[23] ^ d3).rotatedLeft(56); moved[4] = (lanes[24] ^ d4).rotatedLeft(14)
                // χ: each row mixes with its next two lanes.
                for y in stride(from: 0, to: 25, by: 5) {
                    let m0 = moved[y], m1 = moved[y + 1], m2 = moved[y + 2], m3 = moved[y + 3], m4 = moved[y + 4]
                    lanes[y] = m0 ^ (~m1 & m2); lanes[y + 1] = m1 ^ (~m2 & m3); lanes[y + 2] = m2 ^ (~m3 & m4)
                    lanes[y + 3] = m3 ^ (~m4 & m0); lanes[y + 4] = m4 ^ (~m0 & m1)
                }
                lanes[0] ^= roundConstants[round]
            }
            for index in 0..<25 { state.storeBytes(of: lanes[index].littleEndian, toByteOffset: index * 8, as: UInt64.self) }
        }
    }
}
