#if canImport(Glibc)
import Glibc
#endif
// str: an immutable sequence of Unicode code points.
// Layout: header (smallData = bytes per code point: 1 when every code point is
// ASCII, else 4) | length | hash (0 = not yet computed) | code points...
// A given text has exactly one representation, so equal strings compare by bytes.

enum StrLayout {
    static let length = 1
    static let hash = 2
    static let data = 3
}

struct StrView {
    let ref: ObjectRef
    @inline(__always) init(_ value: Value) { ref = ObjectRef(value) }
    @inline(__always) var count: Int { ref.word(StrLayout.length) }
    @inline(__always) var width: Int { ref.smallData & 0x7F }
    @inline(__always) var isASCII: Bool { ref.smallData & 0x7F == 1 }
    /// Set on the one interned copy of a text (names, attribute keys).
    static let internedFlag: UInt64 = 1 << 23
    @inline(__always) var isInterned: Bool { ref.header & StrView.internedFlag != 0 }
    @inline(__always) var asciiBytes: UnsafeMutablePointer<UInt8> { ref.bytes(from: StrLayout.data) }
    @inline(__always) var wideScalars: UnsafeMutablePointer<UInt32> {
        (ref.address + StrLayout.data * 8).assumingMemoryBound(to: UInt32.self)
    }
    @inline(__always) subscript(index: Int) -> UInt32 {
        isASCII ? UInt32(asciiBytes[index]) : wideScalars[index]
    }
    var byteCount: Int { count * width }

    var string: String {
        if isASCII {
            return String(decoding: UnsafeBufferPointer(start: asciiBytes, count: count), as: UTF8.self)
        }
        let wide = wideScalars
        return stringFromScalars((0..<count).lazy.map { Unicode.Scalar(wide[$0]) ?? "\u{FFFD}" })
    }

    var scalars: [UInt32] {
        if !isASCII { return Array(UnsafeBufferPointer(start: wideScalars, count: count)) }
        var result: [UInt32] = []
        result.reserveCapacity(count)
        for index in 0..<count { result.append(UInt32(asciiBytes[index])) }
        return result
    }

    /// Whether this str equals `text`, without making a Swift String of it.
    func equals(_ text: String) -> Bool {
        if isASCII {
            var text = text
            return text.withUTF8 { utf8 in
                utf8.count == count && (count == 0 || memcmp(asciiBytes, utf8.baseAddress!, count) == 0)
            }
        }
        return string == text
    }

    /// Whether this str is exactly `text`, code point for code point.
    func holds(_ text: String) -> Bool {
        // An ASCII text of the same UTF-8 length is this one (Swift equality has already been checked).
        if isASCII { return text.utf8.count == count }
        var index = 0
        for scalar in text.unicodeScalars {
            if index == count || self[index] != scalar.value { return false }
            index += 1
        }
        return index == count
    }

    func hashValue() -> Int {
        let stored = ref.word(StrLayout.hash)
        if stored != 0 { return stored }
        // FNV-1a over the code points; the value is Tern's own (CPython randomises str hashes).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<count {
            hash = (hash ^ UInt64(self[index])) &* 0x100_0000_01b3
        }
        var result = Int(Int64(bitPattern: hash) >> 4)
        if result == 0 || result == -1 { result = 1 }
        ref.setWord(StrLayout.hash, result)
        return result
    }

    static func == (a: StrView, b: StrView) -> Bool {
        if a.ref.address == b.ref.address { return true }
        if a.count != b.count || a.width != b.width { return false }
        return memcmp(a.ref.bytes(from: StrLayout.data), b.ref.bytes(from: StrLayout.data), a.byteCount) == 0
    }

    /// Three-way comparison by code points.
    static func compare(_ a: StrView, _ b: StrView) -> Int {
        let shared = min(a.count, b.count)
        for index in 0..<shared {
            let x = a[index], y = b[index]
            if x != y { return x < y ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}

extension VM {
    /// Allocates an uninitialised str of `count` code points of the given width.
    func allocateStr(count: Int, width: Int) throws(Raised) -> ObjectRef {
        // A str is stored in the narrowest width its characters need, and equality relies on it:
        // an empty one is narrow whatever width its maker (`"é" * 0`) asked for.
        let width = count == 0 ? 1 : width
        let ref = try allocate(kind: .str, typeID: TypeID.str, bytes: StrLayout.data * 8 + count * width + 1, smallData: width)
        ref.setWord(StrLayout.length, count)
        return ref
    }

    func newStr(_ string: String) throws(Raised) -> Value {
        // Swift keeps strings as UTF-8: an ASCII one is copied as bytes.
        var text = string
        let asciiCount = text.withUTF8 { (bytes) -> Int in isASCII(bytes) ? bytes.count : -1 }
        if asciiCount >= 0 {
            let ref = try allocateStr(count: asciiCount, width: 1)
            text.withUTF8 { (bytes) in
                if let source = bytes.baseAddress { StrView(ref.value).asciiBytes.update(from: source, count: asciiCount) }
            }
            return ref.value
        }
        var ascii = true
        var count = 0
        for scalar in string.unicodeScalars {
            if scalar.value >= 128 { ascii = false }
            count += 1
        }
        let ref = try allocateStr(count: count, width: ascii ? 1 : 4)
        let view = StrView(ref.value)
        var index = 0
        if ascii {
            for byte in string.utf8 { view.asciiBytes[index] = byte; index += 1 }
        } else {
            for scalar in string.unicodeScalars { view.wideScalars[index] = scalar.value; index += 1 }
        }
        return ref.value
    }

    /// The decimal digits of a small int as a str (str() and repr() of ints), without a Swift String.
    func newDecimalStr(_ value: Int64) throws(Raised) -> Value {
        var magnitude = value.magnitude
        var count = value < 0 ? 2 : 1
        var rest = magnitude / 10
        while rest > 0 { count += 1; rest /= 10 }
        let ref = try allocateStr(count: count, width: 1)
        let bytes = StrView(ref.value).asciiBytes
        var index = count
        repeat {
            index -= 1
            bytes[index] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        if value < 0 { bytes[0] = 0x2D }
        return ref.value
    }

    func newStr(scalars: UnsafeBufferPointer<UInt32>) throws(Raised) -> Value {
        var ascii = true
        for scalar in scalars where scalar >= 128 { ascii = false; break }
        let ref = try allocateStr(count: scalars.count, width: ascii ? 1 : 4)
        let view = StrView(ref.value)
        if ascii {
            for index in 0..<scalars.count { view.asciiBytes[index] = UInt8(scalars[index]) }
        } else {
            for index in 0..<scalars.count { view.wideScalars[index] = scalars[index] }
        }
        return ref.value
    }

    func newStr(scalars: [UInt32]) throws(Raised) -> Value {
        var result = Value.null
        var failure: Raised? = nil
        scalars.withUnsafeBufferPointer { buffer in
            do throws(Raised) { result = try newStr(scalars: buffer) } catch let raised { failure = raised }
        }
        if let failure { throw failure }
        return result
    }

    /// A str of UTF-8 that was decoded or repaired before (a file's text): ASCII is copied as
    /// it is. A byte that starts no whole character (a slice from the middle of one) reads as U+FFFD.
    func newStr(validUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(Raised) -> Value {
        if isASCII(bytes) { return try newStrASCII(bytes) }
        var count = 0, index = 0
        while index < bytes.count { index += VM.utf8Character(bytes, at: index).length; count += 1 }
        let ref = try allocateStr(count: count, width: 4)
        let scalars = StrView(ref.value).wideScalars
        index = 0
        for position in 0..<count {
            let (scalar, length) = VM.utf8Character(bytes, at: index)
            scalars[position] = scalar
            index += length
        }
        return ref.value
    }

    /// The character of well-formed UTF-8 at `index` and its length in bytes; (U+FFFD, 1) for a
    /// byte that starts none there.
    @inline(__always) static func utf8Character(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= bytes.count else { return (0xFFFD, 1) }
        var scalar = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            if byte & 0xC0 != 0x80 { return (0xFFFD, 1) }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return (scalar, length)
    }

    /// Whether every byte is below 0x80.
    func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }

    func newStrASCII(_ bytes: UnsafeBufferPointer<UInt8>) throws(Raised) -> Value {
        let ref = try allocateStr(count: bytes.count, width: 1)
        if let base = bytes.baseAddress { StrView(ref.value).asciiBytes.update(from: base, count: bytes.count) }
        return ref.value
    }

    /// A one-code-point string; ASCII ones are cached.
    func newStr(codePoint: UInt32) throws(Raised) -> Value {
        if codePoint < 128 {
            let cached = singleCharacterStrings[Int(codePoint)]
            if !cached.isNull { return cached }
        }
        let ref = try allocateStr(count: 1, width: codePoint < 128 ? 1 : 4)
        let view = StrView(ref.value)
        if codePoint < 128 { view.asciiBytes[0] = UInt8(codePoint) } else { view.wideScalars[0] = codePoint }
        return ref.value
    }

    /// Substring of code points `start..<end` (clamped by the caller).
    func substring(_ value: Value, _ start: Int, _ end: Int) throws(Raised) -> Value {
        let view = StrView(value)
        let count = max(0, end - start)
        if count == view.count { return value }
        if count == 1 { return try newStr(codePoint: view[start]) }
        if view.isASCII {
            return try newStrASCII(UnsafeBufferPointer(start: view.asciiBytes + start, count: count))
        }
        return try newStr(scalars: UnsafeBufferPointer(start: view.wideScalars + start, count: count))
    }

    /// The interned str for `text` (names, attribute keys); interned strings live forever.
    func intern(_ text: String) -> Value {
        if let existing = interned[text] {
            if StrView(existing).holds(text) { return existing }
            // Swift calls canonically equivalent texts equal; this one stays apart, not interned.
            return beyondHeapLimit { () throws(Raised) in try newStr(text) }
        }
        // newStr always allocates a fresh object, so the flag marks this copy only.
        let value = beyondHeapLimit { () throws(Raised) in try newStr(text) }
        ObjectRef(value).header |= StrView.internedFlag
        interned[text] = value
        internedSinceCollection.append(value)
        return value
    }

    func swiftString(_ value: Value) -> String { StrView(value).string }
}
