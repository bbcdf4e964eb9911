// Adler-32 (RFC 1950 section 8.2), the zlib format's check value. CRC-32, the gzip
// format's, is binascii's (BinasciiCodecs.crc32).

enum Adler32 {
    private static let modulus: UInt32 = 65521
    /// The most bytes whose sums cannot overflow 32 bits before they are reduced.
    private static let run = 5552

    static func update(_ start: UInt32, _ input: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var low = start & 0xFFFF, high = start >> 16
        guard var next = input.baseAddress else { return start }
        var left = input.count
        while left > 0 {
            let count = min(left, run)
            for index in 0..<count {
                low &+= UInt32(next[index])
                high &+= low
            }
            next += count
            left -= count
            low %= modulus
            high %= modulus
        }
        return high << 16 | low
    }
}
