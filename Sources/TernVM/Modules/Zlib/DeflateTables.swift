// The constants of the DEFLATE format (RFC 1951 section 3.2.5): what each length and
// distance symbol stands for, the order in which a dynamic block sends its code-length
// code, and the fixed Huffman code's lengths.

enum DeflateFormat {
    static let maxBits = 15
    static let endOfBlock = 256
    static let minMatch = 3
    static let maxMatch = 258
    static let lengthBase: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                       35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                       3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [UInt16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                         257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                         7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The fixed code: literal/length symbols 0-143 take 8 bits, 144-255 nine, 256-279 seven,
    /// 280-287 eight; the 30 distance symbols (and the two unused) five each.
    static let fixedLiteralLengths: [UInt8] = (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 }
    static let fixedDistanceLengths = [UInt8](repeating: 5, count: 32)

    /// The length symbol (257-285) for match length 3...258.
    static let lengthSymbol: [UInt16] = (0...maxMatch).map { length in
        guard length >= minMatch else { return 0 }
        var symbol = lengthBase.count - 1
        while Int(lengthBase[symbol]) > length { symbol -= 1 }
        return UInt16(257 + symbol)
    }

    /// The distance symbol for distance 1...32768.
    static func distanceSymbol(_ distance: Int) -> Int {
        var symbol = distanceBase.count - 1
        while Int(distanceBase[symbol]) > distance { symbol -= 1 }
        return symbol
    }

    /// Distance symbols for distances 1...256 directly, and for larger ones by (distance - 1) >> 7.
    static let distanceSymbolSmall: [UInt8] = (0..<256).map { UInt8(distanceSymbol($0 + 1)) }
    static let distanceSymbolLarge: [UInt8] = (0..<256).map { UInt8(distanceSymbol(($0 << 7) + 1)) }
}
