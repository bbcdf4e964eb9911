// The byte-level codecs behind the binascii module (BinasciiModule.swift), with CPython
// 3.11's results: base64, uuencode, quoted-printable, hex and the two CRCs. They read
// and write raw memory so that large buffers are converted without copies; a failure
// is the binascii.Error message to raise.

enum BinasciiCodecs {
    static let base64Alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    static let upperHexDigits: StaticString = "0123456789ABCDEF"

    /// Each byte's value as a base64 digit, 255 for bytes outside the alphabet (the pad too).
    static let base64Values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        let alphabet = base64Alphabet.utf8Start
        for value in 0..<64 { table[Int(alphabet[value])] = UInt8(value) }
        return table
    }()

    /// Each byte's value as a hex digit (either case), 255 for other bytes.
    static let hexValues: [UInt8] = (0..<256).map { hexValue(UInt8($0)) ?? 255 }

    /// A byte's value as a hex digit (either case), or nil.
    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    // MARK: base64

    /// How many bytes `encodeBase64` writes.
    static func base64EncodedLength(_ count: Int, newline: Bool) -> Int {
        (count + 2) / 3 * 4 + (newline ? 1 : 0)
    }

    static func encodeBase64(_ input: UnsafeBufferPointer<UInt8>, newline: Bool, into out: UnsafeMutablePointer<UInt8>) {
        let alphabet = base64Alphabet.utf8Start
        let pad = UInt8(ascii: "=")
        var position = 0
        var index = 0
        let whole = input.count - input.count % 3
        while index < whole {
            let bits = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
            out[position] = alphabet[Int(bits >> 18)]
            out[position + 1] = alphabet[Int(bits >> 12 & 63)]
            out[position + 2] = alphabet[Int(bits >> 6 & 63)]
            out[position + 3] = alphabet[Int(bits & 63)]
            position += 4
            index += 3
        }
        if input.count - whole == 1 {
            let bits = Int(input[index])
            out[position] = alphabet[bits >> 2]
            out[position + 1] = alphabet[(bits & 3) << 4]
            out[position + 2] = pad
            out[position + 3] = pad
            position += 4
        } else if input.count - whole == 2 {
            let bits = Int(input[index]) << 8 | Int(input[index + 1])
            out[position] = alphabet[bits >> 10]
            out[position + 1] = alphabet[bits >> 4 & 63]
            out[position + 2] = alphabet[(bits & 15) << 2]
            out[position + 3] = pad
            position += 4
        }
        if newline { out[position] = UInt8(ascii: "\n") }
    }

    /// At most how many bytes `decodeBase64` writes.
    static func base64DecodedBound(_ count: Int) -> Int { (count + 3) / 4 * 3 }

    /// Decodes base64 text into `out`, returning how many bytes were written. Outside strict
    /// mode, bytes outside the alphabet are skipped and a complete pad ends the data, as in CPython.
    static func decodeBase64(_ input: UnsafeBufferPointer<UInt8>, strict: Bool,
                             into out: UnsafeMutablePointer<UInt8>) -> Result<Int, BinasciiFailure> {
        let pad = UInt8(ascii: "=")
        if strict && input.first == pad { return .failure("Leading padding not allowed") }
        return base64Values.withUnsafeBufferPointer { table in
            var written = 0
            var quadPosition = 0
            var left: UInt8 = 0
            var pads = 0
            var paddingStarted = false
            for index in 0..<input.count {
                let byte = input[index]
                if byte == pad {
                    paddingStarted = true
                    if quadPosition >= 2 {
                        pads += 1
                        if quadPosition + pads >= 4 {
                            if strict && index + 1 < input.count { return .failure("Excess data after padding") }
                            return .success(written)
                        }
                    }
                    continue
                }
                let value = table[Int(byte)]
                if value == 255 {
                    if strict { return .failure("Only base64 data is allowed") }
                    continue
                }
                if strict && paddingStarted { return .failure("Discontinuous padding not allowed") }
                pads = 0
                switch quadPosition {
                case 0:
                    left = value
                    quadPosition = 1
                case 1:
                    out[written] = left << 2 | value >> 4
                    written += 1
                    left = value & 15
                    quadPosition = 2
                case 2:
                    out[written] = left << 4 | value >> 2
                    written += 1
                    left = value & 3
                    quadPosition = 3
                default:
                    out[written] = left << 6 | value
                    written += 1
                    quadPosition = 0
                }
            }
            if quadPosition == 1 {
                return .failure(BinasciiFailure("Invalid base64-encoded string: number of data characters "
                                                 + "(\(written / 3 * 4 + 1)) cannot be 1 more than a multiple of 4"))
            }
            if quadPosition != 0 { return .failure("Incorrect padding") }
            return .success(written)
        }
    }

    // MARK: uuencode

    /// The most bytes one uuencoded line holds.
    static let uuLineLimit = 45

    /// How many bytes `encodeUU` writes: the length character, four per three bytes, a newline.
    static func uuEncodedLength(_ count: Int) -> Int { 1 + (count + 2) / 3 * 4 + 1 }

    /// One uuencoded line; with `backtick`, zero digits (and an empty line's length) are '`', not ' '.
    static func encodeUU(_ input: UnsafeBufferPointer<UInt8>, backtick: Bool, into out: UnsafeMutablePointer<UInt8>) {
        let space = UInt8(ascii: " ")
        func character(_ value: UInt32) -> UInt8 { backtick && value == 0 ? UInt8(ascii: "`") : space + UInt8(value) }
        out[0] = character(UInt32(input.count))
        var position = 1
        for start in stride(from: 0, to: input.count, by: 3) {
            var bits: UInt32 = 0
            for offset in 0..<3 { bits = bits << 8 | (start + offset < input.count ? UInt32(input[start + offset]) : 0) }
            for shift in [18, 12, 6, 0] { out[position] = character(bits >> UInt32(shift) & 63); position += 1 }
        }
        out[position] = UInt8(ascii: "\n")
    }

    /// Decodes one uuencoded line into `out`, which holds the `count` bytes its first character
    /// announces; a line cut short decodes as if padded with zero digits.
    static func decodeUU(_ input: UnsafeBufferPointer<UInt8>, count: Int, into out: UnsafeMutablePointer<UInt8>) -> BinasciiFailure? {
        let space = UInt8(ascii: " ")
        var index = 1
        var written = 0
        var bits: UInt32 = 0
        var bitCount = 0
        while written < count {
            var digit: UInt32 = 0
            if index < input.count, input[index] != UInt8(ascii: "\n"), input[index] != UInt8(ascii: "\r") {
                let byte = input[index]
                // The 64 rather than 63: some encoders write '`' for a zero digit.
                if byte < space || byte > space + 64 { return "Illegal char" }
                digit = UInt32(byte - space) & 63
            }
            index += 1
            bits = bits << 6 | digit
            bitCount += 6
            if bitCount >= 8 {
                bitCount -= 8
                out[written] = UInt8(truncatingIfNeeded: bits >> UInt32(bitCount))
                bits &= (1 << UInt32(bitCount)) - 1
                written += 1
            }
        }
        while index < input.count {
            let byte = input[index]
            if byte != space && byte != space + 64 && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\r") {
                return "Trailing garbage"
            }
            index += 1
        }
        return nil
    }

    // MARK: hex

    /// Decodes pairs of hex digits; `out` holds half the input's length.
    static func decodeHex(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> BinasciiFailure? {
        if input.count % 2 != 0 { return "Odd-length string" }
        return hexValues.withUnsafeBufferPointer { table in
            for index in 0..<input.count / 2 {
                let high = table[Int(input[2 * index])], low = table[Int(input[2 * index + 1])]
                if high | low == 255 { return "Non-hexadecimal digit found" }
                out[index] = high << 4 | low
            }
            return nil
        }
    }

    // MARK: quoted-printable

    /// Decodes quoted-printable text into `out` (which holds the input's length), returning the
    /// length written; with `header`, '_' stands for a space (RFC 2047).
    static func decodeQuotedPrintable(_ input: UnsafeBufferPointer<UInt8>, header: Bool, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let equals = UInt8(ascii: "="), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var index = 0
        var written = 0
        while index < input.count {
            let byte = input[index]
            if byte == equals {
                index += 1
                if index >= input.count { break }
                let next = input[index]
                if next == newline || next == carriageReturn {
                    // A soft line break: skip to the end of the line.
                    while index < input.count && input[index] != newline { index += 1 }
                    if index < input.count { index += 1 }
                } else if next == equals {
                    out[written] = equals
                    written += 1
                    index += 1
                } else if index + 1 < input.count, let high = hexValue(next), let low = hexValue(input[index + 1]) {
                    out[written] = high << 4 | low
                    written += 1
                    index += 2
                } else {
                    // Not an escape: the '=' stays and what follows is read as ordinary text.
                    out[written] = equals
                    written += 1
                }
            } else {
                out[written] = header && byte == UInt8(ascii: "_") ? UInt8(ascii: " ") : byte
                written += 1
                index += 1
            }
        }
        return written
    }

    /// Quoted-printable encoding with lines of at most 76 characters, ending lines as the input
    /// does (CRLF when its first newline follows a CR).
    static func encodeQuotedPrintable(_ input: UnsafeBufferPointer<UInt8>, quoteTabs: Bool, isText: Bool, header: Bool) -> [UInt8] {
        let lineLimit = 76
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), equals = UInt8(ascii: "=")
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        let digits = upperHexDigits.utf8Start
        var crlf = false
        if let first = input.firstIndex(of: newline), first > 0, input[first - 1] == carriageReturn { crlf = true }
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 8)
        func softBreak() {
            out.append(equals)
            if crlf { out.append(carriageReturn) }
            out.append(newline)
        }
        func appendEscaped(_ byte: UInt8) {
            out.append(equals)
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        var index = 0
        var lineLength = 0
        while index < input.count {
            let byte = input[index]
            let isLast = index + 1 == input.count
            let next: UInt8? = isLast ? nil : input[index + 1]
            let needsEscape = byte > 126 || byte == equals || (header && byte == UInt8(ascii: "_"))
                || (byte == UInt8(ascii: ".") && lineLength == 0 && (next == nil || next == newline || next == carriageReturn || next == 0))
                || (!isText && (byte == carriageReturn || byte == newline))
                || ((byte == tab || byte == space) && isLast)
                || (byte < 33 && byte != carriageReturn && byte != newline && (quoteTabs || (byte != tab && byte != space)))
            if needsEscape {
                if lineLength + 3 >= lineLimit {
                    softBreak()
                    lineLength = 0
                }
                appendEscaped(byte)
                index += 1
                lineLength += 3
            } else if isText && (byte == newline || (byte == carriageReturn && next == newline)) {
                lineLength = 0
                // Whitespace at the end of a line would be lost in transport: escape it.
                if let last = out.last, last == space || last == tab {
                    out.removeLast()
                    appendEscaped(last)
                }
                if crlf { out.append(carriageReturn) }
                out.append(newline)
                index += byte == carriageReturn ? 2 : 1
            } else {
                if !isLast && next != newline && lineLength + 1 >= lineLimit {
                    softBreak()
                    lineLength = 0
                }
                lineLength += 1
                out.append(header && byte == space ? UInt8(ascii: "_") : byte)
                index += 1
            }
        }
        return out
    }

    // MARK: CRCs

    /// CRC-32 (the reflected polynomial 0xEDB88320 of zlib) by "slicing by 8": table k (of 256
    /// entries each) gives a byte's contribution k bytes before the end of an 8-byte block.
    static let crc32Tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 { value = value & 1 != 0 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
            tables[index] = value
        }
        for table in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(table - 1) * 256 + index]
                tables[table * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    static func crc32(_ input: UnsafeBufferPointer<UInt8>, start: UInt32) -> UInt32 {
        crc32Tables.withUnsafeBufferPointer { tables in
            var crc = ~start
            var index = 0
            if let base = input.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= input.count {
                    let low = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self)) ^ crc
                    let high = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index + 4, as: UInt32.self))
                    crc = tables[7 * 256 + Int(low & 0xFF)] ^ tables[6 * 256 + Int(low >> 8 & 0xFF)]
                        ^ tables[5 * 256 + Int(low >> 16 & 0xFF)] ^ tables[4 * 256 + Int(low >> 24)]
                        ^ tables[3 * 256 + Int(high & 0xFF)] ^ tables[2 * 256 + Int(high >> 8 & 0xFF)]
                        ^ tables[256 + Int(high >> 16 & 0xFF)] ^ tables[Int(high >> 24)]
                    index += 8
                }
            }
            while index < input.count {
                crc = tables[Int((crc ^ UInt32(input[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
            return ~crc
        }
    }

    /// CRC-CCITT (polynomial 0x1021, most significant bit first), as BinHex 4 uses it.
    static let crcHqxTable: [UInt16] = (0..<256).map { (index: Int) -> UInt16 in
        var value = UInt16(index) << 8
        for _ in 0..<8 { value = value & 0x8000 != 0 ? (value << 1) ^ 0x1021 : value << 1 }
        return value
    }

    static func crcHqx(_ input: UnsafeBufferPointer<UInt8>, start: UInt32) -> UInt32 {
        crcHqxTable.withUnsafeBufferPointer { table in
            var crc = UInt16(truncatingIfNeeded: start)
            for byte in input { crc = (crc << 8) ^ table[Int(UInt8(crc >> 8) ^ byte)] }
            return UInt32(crc)
        }
    }
}

/// Why a codec failed: the message of the binascii.Error to raise.
struct BinasciiFailure: Error, ExpressibleByStringLiteral {
    let message: String
    init(_ message: String) { self.message = message }
    init(stringLiteral message: String) { self.message = message }
}
