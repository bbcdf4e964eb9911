// The format strings of the `_struct` module: parsing "<2hxq10s" into the items
// a Struct packs and unpacks, with CPython 3.11's sizes, alignment and errors on
// x86-64 Linux. Pure Swift: nothing here touches the heap, so parsed formats can be
// cached across calls (StructModule.swift keeps the cache).

/// How one packed value is converted: the C conversion CPython applies to an int
/// argument decides which values are "argument out of range", and a narrower
/// item then checks its own range with a message of its own.
enum StructIntegerConversion {
    /// C `long` / `long long` / `ssize_t`: anything outside Int64 is "argument out of range".
    case signed64
    /// C `unsigned long`: negatives and values past UInt64 are "argument out of range".
    case unsigned64
    /// The big-endian 8-byte codes go through int.to_bytes-like conversion: "int too large to convert".
    case bigEndian64(signed: Bool)
    /// `P`: a void pointer takes either sign, "int too large to convert" beyond.
    case pointer
}

/// The struct.error for an int that passed its conversion but does not fit the item.
enum StructRangeMessage {
    case none                        // 8-byte items: the conversion is the whole check
    case named(StaticString)         // CPython's native routines: "short format requires ..."
    case quoted(UInt8)               // the others: "'h' format requires ..."

    func text(signed: Bool, size: Int) -> String {
        let low = signed ? -(Int64(1) << (size * 8 - 1)) : 0
        let high = signed ? (UInt64(1) << UInt64(size * 8 - 1)) - 1 : (UInt64(1) << UInt64(size * 8)) - 1
        switch self {
        case .none: return ""
        case .named(let name): return "\(name) format requires \(low) <= number <= \(high)"
        case .quoted(let code): return "'\(Character(Unicode.Scalar(code)))' format requires \(low) <= number <= \(high)"
        }
    }
}

/// What an item holds, and so how it is packed and unpacked.
enum StructItemKind {
    case char                 // c: a bytes object of length 1
    case bytes                // s: `size` bytes, padded or truncated
    case pascalBytes          // p: a length byte, then up to size - 1 bytes
    case bool                 // ?
    /// b B h H i I l L q Q n N P
    case integer(signed: Bool, conversion: StructIntegerConversion, rangeMessage: StructRangeMessage)
    case half                 // e: IEEE 754 binary16
    case float(checksOverflow: Bool)  // f: native packing lets a too-large value become inf
    case double               // d
}

/// A run of `count` values of one kind packed one after another from `offset`
/// ("3h" is one run; "10s" is one value of size 10). Runs keep a format like
/// "99999999999999999q" small, as CPython's repeat counts do.
struct StructItem {
    let kind: StructItemKind
    let offset: Int
    let size: Int
    let count: Int
    let littleEndian: Bool
}

/// A parsed format: its runs in order, how many values they hold, and the total size in
/// bytes. A class, so that handing out a cached format costs one retain.
final class StructFormat {
    let text: String
    let bytes: [UInt8]
    let items: [StructItem]
    let valueCount: Int
    let size: Int

    init(bytes: [UInt8], items: [StructItem], valueCount: Int, size: Int) {
        self.text = String(decoding: bytes, as: UTF8.self)
        self.bytes = bytes
        self.items = items
        self.valueCount = valueCount
        self.size = size
    }
}

/// Why a format string is refused (each becomes a struct.error).
enum StructFormatError: Error {
    case badChar, repeatWithoutSpecifier, tooLong, embeddedNull

    var message: String {
        switch self {
        case .badChar: return "bad char in struct format"
        case .repeatWithoutSpecifier: return "repeat count given without format specifier"
        case .tooLong: return "total struct size too long"
        case .embeddedNull: return "embedded null character"
        }
    }
}

extension StructFormat {
    /// The byte orders of a format's first character.
    private enum Mode {
        case native          // @ (and no prefix): native sizes and alignment
        case little          // < and = (x86-64 is little-endian): standard sizes
        case big             // > and !
    }

    /// Parses a format the way CPython's prepare_s does: an optional byte-order
    /// character, then items `[count]code` with whitespace allowed between items.
    convenience init(parsing bytes: [UInt8]) throws(StructFormatError) {
        if bytes.contains(0) { throw .embeddedNull }
        var position = 0
        var mode = Mode.native
        if let first = bytes.first {
            switch first {
            case UInt8(ascii: "<"), UInt8(ascii: "="): mode = .little; position = 1
            case UInt8(ascii: ">"), UInt8(ascii: "!"): mode = .big; position = 1
            case UInt8(ascii: "@"): position = 1
            default: break
            }
        }
        var items: [StructItem] = []
        var size = 0, valueCount = 0
        while position < bytes.count {
            var code = bytes[position]
            position += 1
            if code == 0x20 || (code >= 0x09 && code <= 0x0D) { continue }
            var count = 1
            if code >= UInt8(ascii: "0") && code <= UInt8(ascii: "9") {
                count = Int(code - UInt8(ascii: "0"))
                while true {
                    guard position < bytes.count else { throw .repeatWithoutSpecifier }
                    code = bytes[position]
                    position += 1
                    guard code >= UInt8(ascii: "0") && code <= UInt8(ascii: "9") else { break }
                    let (times10, overflow1) = count.multipliedReportingOverflow(by: 10)
                    let (next, overflow2) = times10.addingReportingOverflow(Int(code - UInt8(ascii: "0")))
                    if overflow1 || overflow2 { throw .tooLong }
                    count = next
                }
            }
            guard let (itemSize, kind) = StructFormat.entry(code, mode) else { throw .badChar }
            if mode == .native && itemSize > 1 && size > 0 {
                // Native alignment: every numeric item starts at a multiple of its size.
                size += (itemSize - 1) - (size - 1) % itemSize
            }
            if count > (Int.max - size) / itemSize { throw .tooLong }
            guard let kind else {
                size += count  // x: padding only
                continue
            }
            let littleEndian = mode != .big
            switch kind {
            case .bytes, .pascalBytes:
                items.append(StructItem(kind: kind, offset: size, size: count, count: 1, littleEndian: littleEndian))
                valueCount += 1
            default:
                if count > 0 {
                    items.append(StructItem(kind: kind, offset: size, size: itemSize, count: count, littleEndian: littleEndian))
                }
                valueCount += count
            }
            size += count * itemSize
        }
        self.init(bytes: bytes, items: items, valueCount: valueCount, size: size)
    }

    /// The size and kind of a format code in a mode (kind nil for `x`), or nil for a bad char.
    private static func entry(_ code: UInt8, _ mode: Mode) -> (Int, StructItemKind?)? {
        let letter = Character(Unicode.Scalar(code))
        // In CPython the little-endian codes whose size matches the native one use the native
        // routines (and so the native messages) on a little-endian machine.
        let nativeRoutines = mode != .big
        switch letter {
        case "x": return (1, nil)
        case "c": return (1, .char)
        case "s": return (1, .bytes)
        case "p": return (1, .pascalBytes)
        case "?": return (1, .bool)
        case "b": return (1, .integer(signed: true, conversion: .signed64, rangeMessage: .named("byte")))
        case "B": return (1, .integer(signed: false, conversion: .signed64, rangeMessage: .named("ubyte")))
        case "h":
            return (2, nativeRoutines
                ? .integer(signed: true, conversion: .signed64, rangeMessage: .named("short"))
                : .integer(signed: true, conversion: .signed64, rangeMessage: .quoted(code)))
        case "H":
            return (2, nativeRoutines
                ? .integer(signed: false, conversion: .signed64, rangeMessage: .named("ushort"))
                : .integer(signed: false, conversion: .unsigned64, rangeMessage: .quoted(code)))
        case "i": return (4, .integer(signed: true, conversion: .signed64, rangeMessage: .quoted(code)))
        case "I": return (4, .integer(signed: false, conversion: .unsigned64, rangeMessage: .quoted(code)))
        case "l", "L":
            let signed = letter == "l"
            if mode == .native { return (8, .integer(signed: signed, conversion: signed ? .signed64 : .unsigned64, rangeMessage: .none)) }
            return (4, .integer(signed: signed, conversion: signed ? .signed64 : .unsigned64, rangeMessage: .quoted(code)))
        case "q", "Q":
            let signed = letter == "q"
            if mode == .big { return (8, .integer(signed: signed, conversion: .bigEndian64(signed: signed), rangeMessage: .none)) }
            return (8, .integer(signed: signed, conversion: signed ? .signed64 : .unsigned64, rangeMessage: .none))
        case "n", "N":
            guard mode == .native else { return nil }
            let signed = letter == "n"
            return (8, .integer(signed: signed, conversion: signed ? .signed64 : .unsigned64, rangeMessage: .none))
        case "P":
            guard mode == .native else { return nil }
            return (8, .integer(signed: false, conversion: .pointer, rangeMessage: .none))
        case "e": return (2, .half)
        case "f": return (4, .float(checksOverflow: mode != .native))
        case "d": return (8, .double)
        default: return nil
        }
    }
}

// MARK: Byte-level encoding

extension StructItem {
    /// Writes the low `size` bytes of `bits` at `pointer` in this item's byte order.
    @inline(__always) func store(_ bits: UInt64, at pointer: UnsafeMutablePointer<UInt8>) {
        for index in 0..<size {
            let byte = UInt8(truncatingIfNeeded: bits >> UInt64(8 * index))
            pointer[littleEndian ? index : size - 1 - index] = byte
        }
    }

    /// Reads `size` bytes at `pointer` in this item's byte order, zero-extended.
    @inline(__always) func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawPointer(pointer)
        switch size {
        case 2:
            let word = raw.loadUnaligned(as: UInt16.self)
            return UInt64(littleEndian ? UInt16(littleEndian: word) : UInt16(bigEndian: word))
        case 4:
            let word = raw.loadUnaligned(as: UInt32.self)
            return UInt64(littleEndian ? UInt32(littleEndian: word) : UInt32(bigEndian: word))
        case 8:
            let word = raw.loadUnaligned(as: UInt64.self)
            return littleEndian ? UInt64(littleEndian: word) : UInt64(bigEndian: word)
        default:
            break
        }
        var bits: UInt64 = 0
        for index in 0..<size {
            bits |= UInt64(pointer[littleEndian ? index : size - 1 - index]) << UInt64(8 * index)
        }
        return bits
    }
}
