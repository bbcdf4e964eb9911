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

    /// The (start, end) ranges of split / rsplit by a separator of `separatorCount` code points
    /// in a text of `count`, found with `find(start, end)` (the last occurrence for rsplit);
    /// `limit` < 0 means no limit.
    @inline(__always) static func splitRanges(count: Int, separatorCount: Int, limit: Int, fromRight: Bool,
                                              find: (Int, Int) -> Int) -> [(Int, Int)] {
        var ranges: [(Int, Int)] = []
        var remaining = limit
        if fromRight {
            var end = count
            while remaining != 0 {
                let found = find(0, end)
                if found < 0 { break }
                ranges.append((found + separatorCount, end))
                end = found
                remaining -= 1
            }
            ranges.append((0, end))
            return ranges.reversed()
        }
        var start = 0
        while remaining != 0 {
            let found = find(start, count)
            if found < 0 { break }
            ranges.append((start, found))
            start = found + separatorCount
            remaining -= 1
        }
        ranges.append((start, count))
        return ranges
    }

    /// The (start, end) ranges of split / rsplit on runs of whitespace (`isSpace(index)`).
    /// In CPython: once maxsplit is reached, the rest keeps its inner and far-end spacing.
    @inline(__always) static func whitespaceSplitRanges(count: Int, limit: Int, fromRight: Bool, isSpace: (Int) -> Bool) -> [(Int, Int)] {
        var ranges: [(Int, Int)] = []
        var remaining = limit
        if fromRight {
            var index = count
            while true {
                while index > 0 && isSpace(index - 1) { index -= 1 }
                if index == 0 { break }
                if remaining == 0 { ranges.append((0, index)); break }
                let end = index
                while index > 0 && !isSpace(index - 1) { index -= 1 }
                ranges.append((index, end))
                remaining -= 1
            }
            return ranges.reversed()
        }
        var index = 0
        while true {
            while index < count && isSpace(index) { index += 1 }
            if index >= count { break }
            if remaining == 0 { ranges.append((index, count)); break }
            let start = index
            while index < count && !isSpace(index) { index += 1 }
            ranges.append((start, index))
            remaining -= 1
        }
        return ranges
    }

    /// The line breaks of str.splitlines (bytes only break on \n and \r).
    static func isLineBreak(_ c: UInt32, bytes: Bool) -> Bool {
        if c == 10 || c == 13 { return true }
        if bytes { return false }
        return c == 11 || c == 12 || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029
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
