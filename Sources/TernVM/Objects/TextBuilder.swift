#if canImport(Glibc)
import Glibc
#endif

/// The text of a str being built by the formatting paths (%, format(), f-strings,
/// str(float)): one byte per code point while every code point is ASCII, four from
/// the first that is not — the two widths a str keeps. `VM.newStr(_:)` copies it into
/// a str of the right width; no Swift String on the way.
struct TextBuilder: ~Copyable {
    private var storage: UnsafeMutableRawPointer
    /// In bytes.
    private var capacity: Int
    /// In code points.
    private(set) var count = 0
    private(set) var isWide = false

    init(capacity: Int = 48) {
        self.capacity = max(capacity, 16)
        storage = malloc(self.capacity)!
    }

    deinit { free(storage) }

    @inline(__always) private var bytes: UnsafeMutablePointer<UInt8> { storage.assumingMemoryBound(to: UInt8.self) }
    @inline(__always) private var wide: UnsafeMutablePointer<UInt32> { storage.assumingMemoryBound(to: UInt32.self) }

    @inline(__always) subscript(index: Int) -> UInt32 {
        isWide ? wide[index] : UInt32(bytes[index])
    }

    /// Room for `extra` more code points at the current width.
    @inline(__always) private mutating func reserve(_ extra: Int) {
        let needed = (count + extra) << (isWide ? 2 : 0)
        if needed > capacity { grow(needed) }
    }

    @inline(never) private mutating func grow(_ needed: Int) {
        capacity = max(needed, capacity * 2)
        storage = realloc(storage, capacity)!
    }

    /// Switches to four bytes per code point.
    @inline(never) private mutating func widen() {
        let newCapacity = max(capacity, count + 16) * 4
        let wider = malloc(newCapacity)!.assumingMemoryBound(to: UInt32.self)
        for index in 0..<count { wider[index] = UInt32(bytes[index]) }
        free(storage)
        storage = UnsafeMutableRawPointer(wider)
        capacity = newCapacity
        isWide = true
    }

    @inline(__always) mutating func appendASCII(_ byte: UInt8) {
        reserve(1)
        if isWide { wide[count] = UInt32(byte) } else { bytes[count] = byte }
        count += 1
    }

    mutating func append(_ scalar: UInt32) {
        if scalar >= 0x80 && !isWide { widen() }
        reserve(1)
        if isWide { wide[count] = scalar } else { bytes[count] = UInt8(truncatingIfNeeded: scalar) }
        count += 1
    }

    mutating func appendASCII(_ text: UnsafeBufferPointer<UInt8>) {
        reserve(text.count)
        if isWide {
            for index in 0..<text.count { wide[count + index] = UInt32(text[index]) }
        } else if let base = text.baseAddress {
            (bytes + count).update(from: base, count: text.count)
        }
        count += text.count
    }

    /// ASCII text given as a Swift literal or other String known to be ASCII.
    mutating func appendASCII(_ text: StaticString) {
        appendASCII(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Code points `start..<end` of a str.
    mutating func append(_ view: StrView, _ start: Int = 0, _ end: Int? = nil) {
        let end = end ?? view.count
        if end <= start { return }
        if view.isASCII { return appendASCII(UnsafeBufferPointer(start: view.asciiBytes + start, count: end - start)) }
        if !isWide { widen() }
        reserve(end - start)
        (wide + count).update(from: view.wideScalars + start, count: end - start)
        count += end - start
    }

    /// The code points of a Swift String (the slow paths that still build one).
    mutating func append(_ text: String) {
        var text = text
        let ascii = text.withUTF8 { (utf8) -> Bool in
            if utf8.allSatisfy({ $0 < 0x80 }) { appendASCII(utf8); return true }
            return false
        }
        if !ascii { for scalar in text.unicodeScalars { append(scalar.value) } }
    }

    mutating func append(repeating scalar: UInt32, count times: Int) {
        guard times > 0 else { return }
        if scalar >= 0x80 && !isWide { widen() }
        reserve(times)
        if isWide { (wide + count).update(repeating: scalar, count: times) } else {
            (bytes + count).update(repeating: UInt8(truncatingIfNeeded: scalar), count: times)
        }
        count += times
    }

    /// Inserts `times` copies of `scalar` before code point `position`.
    mutating func insert(repeating scalar: UInt32, count times: Int, at position: Int) {
        guard times > 0 else { return }
        if scalar >= 0x80 && !isWide { widen() }
        reserve(times)
        let moved = count - position
        if isWide {
            (wide + position + times).update(from: wide + position, count: moved)
            (wide + position).update(repeating: scalar, count: times)
        } else {
            memmove(bytes + position + times, bytes + position, moved)
            (bytes + position).update(repeating: UInt8(truncatingIfNeeded: scalar), count: times)
        }
        count += times
    }

    /// Pads the text written since `start` to `width` code points with `fill`:
    /// '<' on the right, '^' both sides (the odd one right), '=' at `innerStart`
    /// (after a sign and prefix), else on the left.
    mutating func pad(from start: Int, width: Int, fill: UInt32, align: UInt32, innerStart: Int? = nil) {
        let padding = width - (count - start)
        guard padding > 0 else { return }
        switch align {
        case 0x3C: append(repeating: fill, count: padding)  // <
        case 0x5E:  // ^
            insert(repeating: fill, count: padding / 2, at: start)
            append(repeating: fill, count: padding - padding / 2)
        case 0x3D: insert(repeating: fill, count: padding, at: innerStart ?? start)  // =
        default: insert(repeating: fill, count: padding, at: start)
        }
    }

    /// Keeps only the first `newCount` code points.
    mutating func truncate(to newCount: Int) {
        if newCount < count { count = max(newCount, 0) }
    }

    /// Overwrites code point `index` with an ASCII one.
    @inline(__always) mutating func set(_ index: Int, _ byte: UInt8) {
        if isWide { wide[index] = UInt32(byte) } else { bytes[index] = byte }
    }

    /// The text as a Swift String (the paths that still need one).
    var string: String {
        if !isWide { return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self) }
        return stringFromScalars(UnsafeBufferPointer(start: wide, count: count).lazy.map {
            Unicode.Scalar($0) ?? "\u{FFFD}"
        })
    }

    /// The code points, each below 256 (bytes % formats as Latin-1 text).
    var latin1: [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: self[$0]) } }

    /// Copies the text into an uninitialised str of `count` code points.
    fileprivate func copy(into view: StrView) {
        if view.isASCII {
            view.asciiBytes.update(from: bytes, count: count)
        } else {
            view.wideScalars.update(from: wide, count: count)
        }
    }

    /// Whether every code point is ASCII (a wide builder may hold only ASCII after a truncation).
    fileprivate var allASCII: Bool {
        if !isWide { return true }
        for index in 0..<count where wide[index] >= 0x80 { return false }
        return true
    }
}

extension VM {
    /// A str holding the builder's text.
    func newStr(_ text: borrowing TextBuilder) throws(Raised) -> Value {
        if !text.isWide || text.allASCII {
            let ref = try allocateStr(count: text.count, width: 1)
            if text.isWide {
                let view = StrView(ref.value)
                for index in 0..<text.count { view.asciiBytes[index] = UInt8(truncatingIfNeeded: text[index]) }
            } else {
                text.copy(into: StrView(ref.value))
            }
            return ref.value
        }
        let ref = try allocateStr(count: text.count, width: 4)
        text.copy(into: StrView(ref.value))
        return ref.value
    }
}

extension TextBuilder {
    /// The digits of `magnitude` in `radix` (2...36), at least `minimumDigits` of them (leading zeros).
    mutating func appendDigits(_ magnitude: UInt64, radix: Int = 10, uppercase: Bool = false, minimumDigits: Int = 1) {
        let base = UInt64(radix)
        var digits = 1
        var rest = magnitude / base
        while rest > 0 { digits += 1; rest /= base }
        if digits < minimumDigits { append(repeating: 0x30, count: minimumDigits - digits) }
        let letterBase: UInt64 = uppercase ? 0x41 - 10 : 0x61 - 10
        var value = magnitude
        let end = count + digits
        append(repeating: 0x30, count: digits)
        var index = end
        repeat {
            index -= 1
            let digit = value % base
            set(index, UInt8(truncatingIfNeeded: digit < 10 ? 0x30 + digit : letterBase + digit))
            value /= base
        } while value > 0
    }
}
