// The text codecs behind str.encode, bytes.decode, str(b, encoding) and
// bytes(s, encoding): UTF-8, ASCII, Latin-1 and UTF-16/32 (little, big, with BOM),
// with the error handlers 'strict', 'replace', 'ignore' and 'backslashreplace'.
// In CPython: error messages and the ranges they report follow the codecs module.

enum Codec {
    case utf8, ascii, latin1, utf16(littleEndian: Bool?), utf32(littleEndian: Bool?)

    var mapsASCIIToItself: Bool {
        switch self {
        case .utf8, .ascii, .latin1: return true
        default: return false
        }
    }

    /// The native codecs by encoding name, lower case with '-' for '_' and ' '.
    static let byNormalName: [String: Codec] = {
        var table: [String: Codec] = [:]
        let names: [(Codec, [String])] = [
            (.utf8, ["utf-8", "utf8", "u8", "utf", "cp65001"]),
            (.ascii, ["ascii", "us-ascii", "646"]),
            (.latin1, ["latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin"]),
            (.utf16(littleEndian: nil), ["utf-16", "utf16"]),
            (.utf16(littleEndian: true), ["utf-16-le", "utf-16le"]),
            (.utf16(littleEndian: false), ["utf-16-be", "utf-16be"]),
            (.utf32(littleEndian: nil), ["utf-32", "utf32"]),
            (.utf32(littleEndian: true), ["utf-32-le", "utf-32le"]),
            (.utf32(littleEndian: false), ["utf-32-be", "utf-32be"]),
        ]
        for (codec, spellings) in names { for name in spellings { table[name] = codec } }
        return table
    }()

    /// Spellings of UTF-8, ASCII and Latin-1 packed by `packedName`: for VM.namesASCIIPreservingCodec.
    static let asciiPreservingNames: [UInt64] = ["utf-8", "utf8", "u8", "ascii", "us-ascii", "latin-1", "latin1", "l1"]
        .map { packedName(Array($0.utf8))! }

    /// An ASCII encoding name of at most 8 bytes, normalised as `nativeCodec` normalises (lower
    /// case, '-' for '_' and ' '), a byte per byte of a word; nil for other names.
    static func packedName<Bytes: Collection<UInt8>>(_ name: Bytes) -> UInt64? {
        guard name.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for (index, var byte) in name.enumerated() {
            guard byte < 0x80 else { return nil }
            if byte >= 65 && byte <= 90 { byte += 32 } else if byte == 95 || byte == 32 { byte = 45 }
            packed |= UInt64(byte) << (8 * UInt64(index))
        }
        return packed
    }

    /// The name CPython prints in codec errors.
    var displayName: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        case .utf16(let little): return little == nil ? "utf-16" : (little! ? "utf-16-le" : "utf-16-be")
        case .utf32(let little): return little == nil ? "utf-32" : (little! ? "utf-32-le" : "utf-32-be")
        }
    }
}

extension VM {
    /// The codec Tern implements natively for an encoding name, normalised as CPython
    /// does (case, '-', '_', spaces), or nil for the codecs of the registry.
    func nativeCodec(_ name: String) -> Codec? {
        // Most names are spelled as the table spells them: only others are normalised.
        if let codec = Codec.byNormalName[name] { return codec }
        return Codec.byNormalName[String(name.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })]
    }

    /// The encoder (0) or decoder (1) the codec registry (`_codecs.lookup`) gives for an
    /// encoding Tern has no native codec for; codecs that are not text codecs (rot13,
    /// base64) are refused, as str.encode and bytes.decode refuse them in CPython.
    private func registryCodec(_ encoding: String, _ position: Int) throws(Raised) -> Value {
        let codecs = try importDotted("_codecs")
        let entry = try call(try getAttribute(codecs, intern("lookup")), try newStr(encoding))
        return try withRoots(entry) { () throws(Raised) in
            let isText = try getAttributeOrNull(entry, intern("_is_text_encoding"))
            if !isText.isNull, !(try isTrue(isText)) {
                let use = position == 0 ? "codecs.encode()" : "codecs.decode()"
                throw raise(exceptionTypes.lookupError, "'\(encoding)' is not a text encoding; use \(use) to handle arbitrary codecs")
            }
            return try getItem(entry, Value(int: position))
        }
    }

    /// The first item of a codec function's (result, length consumed) pair.
    private func codecResult(_ result: Value, _ encoding: String, encoder: Bool) throws(Raised) -> Value {
        guard typeID(of: result) == TypeID.tuple, TupleView(result).count == 2 else {
            throw raiseTypeError(encoder ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)")
        }
        return TupleView(result)[0]
    }

    /// Reads the (encoding, errors) pair of encode/decode-style calls, positional or keyword.
    func codecArguments(_ arguments: Arguments, first: Int, method: String) throws(Raised) -> (String, String) {
        var encoding = arguments.positionalCount > first ? arguments[first] : arguments.keyword("encoding")
        var errors = arguments.positionalCount > first + 1 ? arguments[first + 1] : arguments.keyword("errors")
        if encoding.isNull { encoding = .none }
        if errors.isNull { errors = .none }
        if !encoding.isNone && !isStr(encoding) { throw raiseTypeError("\(method)() argument 'encoding' must be str, not \(typeName(encoding))") }
        if !errors.isNone && !isStr(errors) { throw raiseTypeError("\(method)() argument 'errors' must be str, not \(typeName(errors))") }
        return (encoding.isNone ? "utf-8" : swiftString(encoding), errors.isNone ? "strict" : swiftString(errors))
    }

    /// Whether str.encode's or bytes.decode's arguments (the encoding at `first`, then errors) are
    /// the common ones: positional, the encoding absent, None or UTF-8, ASCII or Latin-1 as code
    /// usually spells them ('utf-8', 'UTF8', 'ascii', ...), errors absent, None or a str. Then ASCII
    /// text and its bytes are the same and no codec runs (nor any error handler: CPython looks
    /// one up only when an error happens); pickle encodes every str so.
    func namesASCIIPreservingCodec(_ arguments: Arguments, first: Int) -> Bool {
        guard arguments.keywordNames.isNull, arguments.positionalCount <= first + 2 else { return false }
        if arguments.positionalCount > first + 1 {
            let errors = arguments[first + 1]
            guard errors.isNone || typeID(of: errors) == TypeID.str else { return false }
        }
        guard arguments.positionalCount > first, !arguments[first].isNone else { return true }
        let name = arguments[first]
        guard typeID(of: name) == TypeID.str, StrView(name).isASCII,
              let packed = Codec.packedName(UnsafeBufferPointer(start: StrView(name).asciiBytes, count: StrView(name).count))
        else { return false }
        return Codec.asciiPreservingNames.contains(packed)
    }

    /// How a code point looks inside a codec error message ('\xe9', '\u20ac', 'a').
    /// How codec errors show a character: printable ASCII as itself, the rest escaped
    /// (UnicodeEncodeError's own message escapes every character: `printable: false`).
    func codecCharacter(_ c: UInt32, printable: Bool = true) -> String {
        if printable && c >= 32 && c < 127 { return String(UnicodeScalar(UInt8(c))) }
        let digits = String(c, radix: 16)
        let width = c < 256 ? 2 : (c < 65536 ? 4 : 8)
        let prefix = c < 256 ? "\\x" : (c < 65536 ? "\\u" : "\\U")
        return prefix + String(repeating: "0", count: width - digits.count) + digits
    }

    private func checkErrorHandler(_ errors: String) throws(Raised) {
        switch errors {
        case "strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass": return
        default: throw raise(exceptionTypes.lookupError, "unknown error handler name '\(errors)'")
        }
    }

    /// str -> bytes.
    func encodeText(_ text: Value, encoding: String, errors: String) throws(Raised) -> [UInt8] {
        guard let codec = nativeCodec(encoding) else {
            let encoder = try withRoots(text) { () throws(Raised) in try registryCodec(encoding, 0) }
            let encoded = try codecResult(try call(encoder, text, try newStr(errors)), encoding, encoder: true)
            guard let bytes = bytesLikeContents(encoded) else {
                throw raiseTypeError("'\(encoding)' encoder returned '\(typeName(encoded))' instead of 'bytes'; use codecs.encode() to encode to arbitrary types")
            }
            return bytes
        }
        let view = StrView(text)
        if view.isASCII {
            let ascii = Array(UnsafeBufferPointer(start: view.asciiBytes, count: view.count))
            switch codec {
            case .utf8, .ascii, .latin1: return ascii
            default: break
            }
        }
        let scalars = view.scalars
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        let limit: UInt32
        switch codec {
        case .ascii: limit = 128
        case .latin1: limit = 256
        default: limit = 0x110000
        }
        func appendUnit(_ unit: UInt32, bytes: Int, little: Bool) {
            for index in 0..<bytes {
                let shift = UInt32(little ? index : bytes - 1 - index) * 8
                out.append(UInt8((unit >> shift) & 0xFF))
            }
        }
        var littleEndian = true
        switch codec {
        case .utf16(let little):
            littleEndian = little ?? true
            if little == nil { out += [0xFF, 0xFE] }
        case .utf32(let little):
            littleEndian = little ?? true
            if little == nil { out += [0xFF, 0xFE, 0, 0] }
        default: break
        }
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            let isSurrogate = c >= 0xD800 && c < 0xE000
            if c >= limit || isSurrogate {
                var end = index + 1
                while end < scalars.count && (scalars[end] >= limit || (scalars[end] >= 0xD800 && scalars[end] < 0xE000)) { end += 1 }
                switch errors {
                case "strict":
                    let reason = isSurrogate && limit > 256 ? "surrogates not allowed" : "ordinal not in range(\(limit))"
                    throw raiseUnicodeError(encode: true, codec.displayName, text, index, end - index == 1 || isSurrogate ? index + 1 : end, reason)
                case "ignore": break
                case "replace": out += [UInt8](repeating: 63, count: end - index)
                case "backslashreplace":
                    for position in index..<end { out += Array(codecCharacter(scalars[position]).utf8) }
                case "xmlcharrefreplace":
                    for position in index..<end { out += Array("&#\(scalars[position]);".utf8) }
                default: try checkErrorHandler(errors)
                    throw raise(exceptionTypes.unicodeEncodeError, "'\(codec.displayName)' codec can't encode character '\(codecCharacter(c))' in position \(index)")
                }
                index = end
                continue
            }
            switch codec {
            case .ascii, .latin1: out.append(UInt8(c))
            case .utf8:
                if c < 0x80 { out.append(UInt8(c)) }
                else if c < 0x800 { out += [UInt8(0xC0 | c >> 6), UInt8(0x80 | c & 0x3F)] }
                else if c < 0x10000 { out += [UInt8(0xE0 | c >> 12), UInt8(0x80 | (c >> 6) & 0x3F), UInt8(0x80 | c & 0x3F)] }
                else { out += [UInt8(0xF0 | c >> 18), UInt8(0x80 | (c >> 12) & 0x3F), UInt8(0x80 | (c >> 6) & 0x3F), UInt8(0x80 | c & 0x3F)] }
            case .utf16:
                if c < 0x10000 { appendUnit(c, bytes: 2, little: littleEndian) }
                else {
                    let v = c - 0x10000
                    appendUnit(0xD800 | v >> 10, bytes: 2, little: littleEndian)
                    appendUnit(0xDC00 | v & 0x3FF, bytes: 2, little: littleEndian)
                }
            case .utf32: appendUnit(c, bytes: 4, little: littleEndian)
            }
            index += 1
        }
        return out
    }

    /// bytes -> str.
    /// bytes.decode and str(bytes, encoding, errors) of a bytes or bytearray: ASCII bytes under a
    /// codec that maps ASCII to itself become the str directly (no error handler can apply).
    func decodeBytesLike(_ value: Value, encoding: String, errors: String) throws(Raised) -> Value {
        let bytes = bytesLikeBytes(value)
        if let codec = nativeCodec(encoding), codec.mapsASCIIToItself, isASCII(bytes) { return try newStrASCII(bytes) }
        return try decodeBytes(Array(bytes), encoding: encoding, errors: errors)
    }

    func decodeBytes(_ bytes: [UInt8], encoding: String, errors: String) throws(Raised) -> Value {
        guard let codec = nativeCodec(encoding) else {
            let decoder = try registryCodec(encoding, 1)
            let data = try newBytes(bytes)
            let decoded = try withRoots(decoder, data) { () throws(Raised) in
                try codecResult(try call(decoder, data, try newStr(errors)), encoding, encoder: false)
            }
            guard isStr(decoded) else {
                throw raiseTypeError("'\(encoding)' decoder returned '\(typeName(decoded))' instead of 'str'; use codecs.decode() to decode to arbitrary types")
            }
            return decoded
        }
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        /// Applies the error handler to bytes start..<end; throws under 'strict'.
        func fail(_ start: Int, _ end: Int, _ reason: String) throws(Raised) {
            switch errors {
            case "strict":
                throw raiseUnicodeError(encode: false, codec.displayName, try newBytes(bytes), start, end, reason)
            case "ignore": break
            case "replace": out.append(0xFFFD)
            case "backslashreplace": for position in start..<end { out += Array("\\x\(hexByte(bytes[position]))".unicodeScalars.map { $0.value }) }
            case "surrogateescape": for position in start..<end { out.append(0xDC00 + UInt32(bytes[position])) }
            default:
                try checkErrorHandler(errors)
                throw raise(exceptionTypes.unicodeDecodeError, "'\(codec.displayName)' codec can't decode byte 0x\(hexByte(bytes[start])) in position \(start): \(reason)")
            }
        }
        switch codec {
        case .latin1:
            for byte in bytes { out.append(UInt32(byte)) }
        case .ascii:
            for (index, byte) in bytes.enumerated() {
                if byte < 128 { out.append(UInt32(byte)) } else { try fail(index, index + 1, "ordinal not in range(128)") }
            }
        case .utf8:
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 { out.append(UInt32(lead)); index += 1; continue }
                var needed = 0, low: UInt8 = 0x80, high: UInt8 = 0xBF, value = UInt32(0)
                switch lead {
                case 0xC2...0xDF: needed = 1; value = UInt32(lead & 0x1F)
                case 0xE0: needed = 2; low = 0xA0; value = UInt32(lead & 0x0F)
                case 0xED: needed = 2; high = 0x9F; value = UInt32(lead & 0x0F)
                case 0xE1...0xEF: needed = 2; value = UInt32(lead & 0x0F)
                case 0xF0: needed = 3; low = 0x90; value = UInt32(lead & 0x07)
                case 0xF4: needed = 3; high = 0x8F; value = UInt32(lead & 0x07)
                case 0xF1...0xF3: needed = 3; value = UInt32(lead & 0x07)
                default:
                    try fail(index, index + 1, "invalid start byte"); index += 1; continue
                }
                var position = index + 1, valid = true
                for step in 0..<needed {
                    if position >= bytes.count {
                        try fail(index, position, "unexpected end of data"); valid = false; break
                    }
                    let byte = bytes[position]
                    let (lo, hi) = step == 0 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                    if byte < lo || byte > hi {
                        try fail(index, position, "invalid continuation byte"); valid = false; break
                    }
                    value = value << 6 | UInt32(byte & 0x3F)
                    position += 1
                }
                if valid { out.append(value) }
                index = position
            }
        case .utf16(let little), .utf32(let little):
            let unitSize: Int
            if case .utf16 = codec { unitSize = 2 } else { unitSize = 4 }
            var littleEndian = little ?? true
            var index = 0
            if little == nil && bytes.count >= unitSize {
                let bom: [UInt8] = unitSize == 2 ? [0xFF, 0xFE] : [0xFF, 0xFE, 0, 0]
                let reversedBom: [UInt8] = unitSize == 2 ? [0xFE, 0xFF] : [0, 0, 0xFE, 0xFF]
                if Array(bytes[0..<unitSize]) == bom { index = unitSize }
                else if Array(bytes[0..<unitSize]) == reversedBom { index = unitSize; littleEndian = false }
            }
            func unit(_ at: Int) -> UInt32 {
                var result: UInt32 = 0
                for offset in 0..<unitSize {
                    let byte = UInt32(bytes[at + (littleEndian ? unitSize - 1 - offset : offset)])
                    result = result << 8 | byte
                }
                return result
            }
            while index < bytes.count {
                if index + unitSize > bytes.count { try fail(index, bytes.count, "truncated data"); break }
                let c = unit(index)
                if unitSize == 2 && c >= 0xD800 && c < 0xDC00 {
                    if index + 4 <= bytes.count {
                        let next = unit(index + 2)
                        if next >= 0xDC00 && next < 0xE000 {
                            out.append(0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00)); index += 4; continue
                        }
                        try fail(index, index + 2, "illegal UTF-16 surrogate"); index += 2; continue
                    }
                    try fail(index, bytes.count, "unexpected end of data"); break
                }
                if unitSize == 2 && c >= 0xDC00 && c < 0xE000 { try fail(index, index + 2, "illegal encoding"); index += 2; continue }
                if c >= 0x110000 { try fail(index, index + 4, "code point not in range(0x110000)"); index += 4; continue }
                out.append(c)
                index += unitSize
            }
        }
        return try newStr(scalars: out)
    }

    func hexByte(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}
