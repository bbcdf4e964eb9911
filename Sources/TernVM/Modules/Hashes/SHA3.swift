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
    /// ρ: each lane's rotation, by lane index x + 5y.
    private static let rotations: [Int] = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14]
    /// π: where lane x + 5y goes, y + 5((2x + 3y) mod 5).
    private static let destinations: [Int] = (0..<25).map { index in
        let x = index % 5, y = index / 5
        return y + 5 * ((2 * x + 3 * y) % 5)
    }

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
        xorByte(state, state.load(fromByteOffset: position, as: Int.self), UInt8(state.load(fromByteOffset: suffix, as: Int.self)))
        xorByte(state, rate - 1, 0x80)
        var written = 0
        while written < out.count {
            permute(state)
            let taken = min(rate, out.count - written)
            (out.baseAddress! + written).copyMemory(from: state, byteCount: taken)
            written += taken
        }
    }

    @inline(__always) private static func xorByte(_ state: UnsafeMutableRawPointer, _ offset: Int, _ byte: UInt8) {
        state.storeBytes(of: state.load(fromByteOffset: offset, as: UInt8.self) ^ byte, toByteOffset: offset, as: UInt8.self)
    }

    /// Keccak-f[1600]: 24 rounds of θ, ρ and π, χ, ι.
    private static func permute(_ state: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 55) { scratch in
            let lanes = scratch.baseAddress!, moved = lanes + 25, parity = lanes + 50
            for index in 0..<25 { lanes[index] = UInt64(littleEndian: state.load(fromByteOffset: index * 8, as: UInt64.self)) }
            for round in 0..<24 {
                for x in 0..<5 { parity[x] = lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^ lanes[x + 20] }
                for x in 0..<5 {
                    let effect = parity[(x + 4) % 5] ^ parity[(x + 1) % 5].rotatedLeft(1)
                    for y in stride(from: 0, to: 25, by: 5) { lanes[x + y] ^= effect }
                }
                for index in 0..<25 { moved[destinations[index]] = lanes[index].rotatedLeft(rotations[index]) }
                for y in stride(from: 0, to: 25, by: 5) {
                    for x in 0..<5 { lanes[x + y] = moved[x + y] ^ (~moved[(x + 1) % 5 + y] & moved[(x + 2) % 5 + y]) }
                }
                lanes[0] ^= roundConstants[round]
            }
            for index in 0..<25 { state.storeBytes(of: lanes[index].littleEndian, toByteOffset: index * 8, as: UInt64.self) }
        }
    }
}
