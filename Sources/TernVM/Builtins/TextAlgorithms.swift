// The algorithms shared by str, bytes and bytearray methods, over arrays of code
// points (bytes are widened to UInt32): search, split, strip, pad, replace, tabs.
// The methods themselves parse arguments and convert; these never allocate in
// the Tern heap, so they are free of GC concerns.

enum TextAlgorithms {
    /// CPython's ADJUST_INDICES: clamps optional start/end the way slices do.
    static func adjust(_ start: Int?, _ end: Int?, count: Int) -> (Int, Int) {
        var low = start ?? 0, high = end ?? count
        if high > count { high = count } else if high < 0 { high = max(0, high + count) }
        if low < 0 { low = max(0, low + count) }
        return (low, high)
    }

    @inline(__always) static func matches(_ text: [UInt32], _ needle: [UInt32], at index: Int) -> Bool {
        if index < 0 || index + needle.count > text.count { return false }
        for offset in 0..<needle.count where text[index + offset] != needle[offset] { return false }
        return true
    }

    /// Index of the first (or last) occurrence of `needle` within text[start..<end], or -1.
    static func find(_ text: [UInt32], _ needle: [UInt32], _ start: Int, _ end: Int, reverse: Bool = false) -> Int {
        if start > text.count || end - start < needle.count { return -1 }
        if reverse {
            var index = end - needle.count
            while index >= start {
                if matches(text, needle, at: index) { return index }
                index -= 1
            }
            return -1
        }
        var index = start
        while index + needle.count <= end {
            if matches(text, needle, at: index) { return index }
            index += 1
        }
        return -1
    }

    static func count(_ text: [UInt32], _ needle: [UInt32], _ start: Int, _ end: Int) -> Int {
        if start > text.count || end - start < needle.count { return 0 }
        if needle.isEmpty { return end - start + 1 }
        var total = 0, index = start
        while index + needle.count <= end {
            if matches(text, needle, at: index) { total += 1; index += needle.count } else { index += 1 }
        }
        return total
    }

    /// split / rsplit by an explicit separator; `limit` < 0 means no limit.
    static func split(_ text: [UInt32], separator: [UInt32], limit: Int, fromRight: Bool) -> [[UInt32]] {
        var pieces: [[UInt32]] = []
        var remaining = limit
        if fromRight {
            var end = text.count, index = text.count - separator.count
            while index >= 0 && remaining != 0 {
                if matches(text, separator, at: index) {
                    pieces.append(Array(text[(index + separator.count)..<end]))
                    end = index; index -= separator.count; remaining -= 1
                } else {
                    index -= 1
                }
            }
            pieces.append(Array(text[0..<end]))
            return pieces.reversed()
        }
        var start = 0, index = 0
        while index + separator.count <= text.count && remaining != 0 {
            if matches(text, separator, at: index) {
                pieces.append(Array(text[start..<index]))
                index += separator.count; start = index; remaining -= 1
            } else {
                index += 1
            }
        }
        pieces.append(Array(text[start...]))
        return pieces
    }

    /// split / rsplit on runs of whitespace; the unsplit remainder keeps its inner spacing.
    static func splitWhitespace(_ text: [UInt32], limit: Int, fromRight: Bool, isSpace: (UInt32) -> Bool) -> [[UInt32]] {
        let sequence = fromRight ? Array(text.reversed()) : text
        var words: [[UInt32]] = []
        var remaining = limit
        var index = 0
        while true {
            while index < sequence.count && isSpace(sequence[index]) { index += 1 }
            if index >= sequence.count { break }
            if remaining == 0 {
                words.append(Array(sequence[index...]))
                break
            }
            let start = index
            while index < sequence.count && !isSpace(sequence[index]) { index += 1 }
            words.append(Array(sequence[start..<index]))
            remaining -= 1
        }
        return fromRight ? words.map { Array($0.reversed()) }.reversed() : words
    }

    /// The line breaks of str.splitlines (bytes only break on \n and \r).
    static func isLineBreak(_ c: UInt32, bytes: Bool) -> Bool {
        if c == 10 || c == 13 { return true }
        if bytes { return false }
        return c == 11 || c == 12 || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029
    }

    static func splitLines(_ text: [UInt32], keepEnds: Bool, bytes: Bool) -> [[UInt32]] {
        lineRanges(count: text.count, keepEnds: keepEnds, bytes: bytes) { text[$0] }.map { Array(text[$0.0..<$0.1]) }
    }

    /// Where each line of a text of `count` code points (read with `at`) starts and ends,
    /// its line break included when `keepEnds`.
    @inline(__always) static func lineRanges(count: Int, keepEnds: Bool, bytes: Bool, _ at: (Int) -> UInt32) -> [(Int, Int)] {
        var lines: [(Int, Int)] = []
        var start = 0, index = 0
        while index < count {
            let c = at(index)
            if isLineBreak(c, bytes: bytes) {
                var end = index + 1
                if c == 13 && end < count && at(end) == 10 { end += 1 }
                lines.append((start, keepEnds ? end : index))
                start = end; index = end
            } else {
                index += 1
            }
        }
        if start < count { lines.append((start, count)) }
        return lines
    }

    static func strip(_ text: [UInt32], left: Bool, right: Bool, shouldStrip: (UInt32) -> Bool) -> (Int, Int) {
        var start = 0, end = text.count
        if left { while start < end && shouldStrip(text[start]) { start += 1 } }
        if right { while end > start && shouldStrip(text[end - 1]) { end -= 1 } }
        return (start, end)
    }

    /// center (0), ljust (1), rjust (2); CPython's center puts the odd extra space on the right
    /// unless the width is odd and the margin is odd.
    static func pad(_ text: [UInt32], width: Int, fill: UInt32, alignment: Int) -> [UInt32] {
        if width <= text.count { return text }
        let total = width - text.count
        let left: Int
        switch alignment {
        case 0: left = total / 2 + (total & width & 1)
        case 1: left = 0
        default: left = total
        }
        return [UInt32](repeating: fill, count: left) + text + [UInt32](repeating: fill, count: total - left)
    }

    static func zeroFill(_ text: [UInt32], width: Int) -> [UInt32] {
        if width <= text.count { return text }
        var body = text
        let padding = [UInt32](repeating: 48, count: width - text.count)
        if let first = body.first, first == 43 || first == 45 {
            body.removeFirst()
            return [first] + padding + body
        }
        return padding + body
    }

    static func replace(_ text: [UInt32], _ old: [UInt32], _ new: [UInt32], limit: Int) -> [UInt32] {
        var out: [UInt32] = []
        var remaining = limit
        var index = 0
        if old.isEmpty {
            while index <= text.count {
                if remaining != 0 { out += new; remaining -= 1 }
                if index < text.count { out.append(text[index]) }
                index += 1
            }
            return out
        }
        while index < text.count {
            if remaining != 0 && matches(text, old, at: index) {
                out += new; index += old.count; remaining -= 1
            } else {
                out.append(text[index]); index += 1
            }
        }
        return out
    }

    /// The length `expandTabs` would return, or nil past Int's range.
    static func expandedLength(_ text: [UInt32], tabSize: Int) -> Int? {
        var length = 0, column = 0
        for c in text {
            if c == 9 {
                if tabSize > 0 {
                    let spaces = tabSize - column % tabSize
                    let (next, overflow) = length.addingReportingOverflow(spaces)
                    if overflow { return nil }
                    length = next
                    column += spaces
                }
            } else {
                length += 1
                column = c == 10 || c == 13 ? 0 : column + 1
            }
        }
        return length
    }

    static func expandTabs(_ text: [UInt32], tabSize: Int) -> [UInt32] {
        var out: [UInt32] = []
        var column = 0
        for c in text {
            if c == 9 {
                if tabSize > 0 {
                    let spaces = tabSize - column % tabSize
                    out += [UInt32](repeating: 32, count: spaces)
                    column += spaces
                }
            } else {
                out.append(c)
                column = c == 10 || c == 13 ? 0 : column + 1
            }
        }
        return out
    }
}
