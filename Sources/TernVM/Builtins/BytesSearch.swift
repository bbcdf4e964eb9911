#if canImport(Glibc)
import Glibc
#endif

// Searching a bytes or bytearray in place: find/rfind/index/rindex/count/startswith/endswith
// once copied the whole text into code units on every call (pyflate's 256 finds over a
// 900 kB block moved a gigabyte).

enum ByteSearch {
    /// Index of the first (or last) occurrence of `needle` within text[start..<end], or -1
    /// (TextAlgorithms.find's answers, empty needles included).
    static func find(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], _ start: Int, _ end: Int, reverse: Bool) -> Int {
        if start > text.count || end - start < needle.count { return -1 }
        if needle.isEmpty { return reverse ? end : start }
        guard let base = text.baseAddress else { return -1 }
        if !reverse {
            // memchr finds each candidate first byte; memcmp checks the rest.
            var position = start
            let lastStart = end - needle.count
            while position <= lastStart {
                guard let found = memchr(base + position, Int32(needle[0]), lastStart - position + 1) else { return -1 }
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if needle.count == 1 || matches(base + index, needle) { return index }
                position = index + 1
            }
            return -1
        }
        var index = end - needle.count
        while index >= start {
            if base[index] == needle[0] && matches(base + index, needle) { return index }
            index -= 1
        }
        return -1
    }

    /// Non-overlapping occurrences of `needle` within text[start..<end].
    static func count(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], _ start: Int, _ end: Int) -> Int {
        if start > text.count || end - start < needle.count { return 0 }
        if needle.isEmpty { return end - start + 1 }
        var total = 0, position = start
        while true {
            let found = find(text, needle, position, end, reverse: false)
            if found < 0 { return total }
            total += 1
            position = found + needle.count
        }
    }

    static func matches(_ at: UnsafePointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { memcmp(at, $0.baseAddress!, $0.count) == 0 }
    }
}

extension VM {
    /// `needle in self` for bytes and bytearray.
    func bytesContains(_ container: Value, _ needle: Value) throws(Raised) -> Bool {
        let pattern = try byteNeedle(needle)
        let text = bytesLikeBytes(builtinSelf(container))
        return ByteSearch.find(text, pattern, 0, text.count, reverse: false) >= 0
    }
}
