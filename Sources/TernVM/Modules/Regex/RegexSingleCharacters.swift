// The single-character tests of the matcher (one-character opcodes, sets, AT
// assertions, runs of one item). They read only the pattern's code and the
// subject, so they live on a small read-only value: called from the matcher's
// mutating loop, a method of the matcher itself copied the whole matcher
// (208 bytes, a memcpy) on every call.

struct RegexInput<Text: RegexText> {
    let code: UnsafePointer<UInt32>
    let codeLength: Int
    /// The Pattern's set tables (RegexSetTables.swift).
    let tables: UnsafeMutablePointer<UInt32>
    let text: Text
    /// The end of the subject (endpos); index 0 is its beginning.
    let end: Int

    /// How many times the one-character item at `item` matches from `from`, up to `maximum`.
    func countRepetitions(_ item: Int, from: Int, maximum: UInt32) -> Int {
        var limit = end
        if maximum != RegexOp.maxRepeat && Int(maximum) < end - from { limit = from + Int(maximum) }
        var index = from
        switch code[item] {
        case RegexOp.anyAll:
            return limit - from
        case RegexOp.literal:
            let literal = code[item + 1]
            while index < limit && text[index] == literal { index += 1 }
        case RegexOp.notLiteral:
            let literal = code[item + 1]
            while index < limit && text[index] != literal { index += 1 }
        case RegexOp.any:
            while index < limit && text[index] != 10 { index += 1 }
        case RegexOp.in:
            while index < limit && setAccepts(item, text[index]) { index += 1 }
        default:
            while index < limit && matchesOne(item, text[index]) { index += 1 }
        }
        return index - from
    }

    /// Whether the one-character opcode at `at` matches `c`.
    func matchesOne(_ at: Int, _ c: UInt32) -> Bool {
        switch code[at] {
        case RegexOp.any: return c != 10
        case RegexOp.anyAll: return true
        case RegexOp.literal: return c == code[at + 1]
        case RegexOp.notLiteral: return c != code[at + 1]
        case RegexOp.category: return RegexCharacters.inCategory(code[at + 1], c)
        case RegexOp.literalIgnore: return RegexCharacters.lowerASCII(c) == code[at + 1]
        case RegexOp.notLiteralIgnore: return RegexCharacters.lowerASCII(c) != code[at + 1]
        case RegexOp.literalUnicodeIgnore: return RegexCharacters.lowerUnicode(c) == code[at + 1]
        case RegexOp.notLiteralUnicodeIgnore: return RegexCharacters.lowerUnicode(c) != code[at + 1]
        case RegexOp.literalLocaleIgnore: return RegexCharacters.equalsLocaleIgnoringCase(code[at + 1], c)
        case RegexOp.notLiteralLocaleIgnore: return !RegexCharacters.equalsLocaleIgnoringCase(code[at + 1], c)
        case RegexOp.in, RegexOp.inIgnore, RegexOp.inUnicodeIgnore, RegexOp.inLocaleIgnore: return setAccepts(at, c)
        default: return false
        }
    }

    /// Whether the set opcode at `pc` (IN or a case-ignoring form, or an INFO block's
    /// first-character set) accepts `c`.
    @inline(__always) func setAccepts(_ pc: Int, _ c: UInt32) -> Bool {
        if c < 256, let table = RegexSetTables.built(tables, codeLength: codeLength, pc: pc) ?? buildSetTable(pc) {
            return RegexSetTables.contains(table, c)
        }
        return walkSet(pc, c)
    }

    /// Out of line: a closure formed in the hot path copied the whole matcher holding this input.
    @inline(never) private func buildSetTable(_ pc: Int) -> UnsafePointer<UInt32>? {
        RegexSetTables.build(tables, codeLength: codeLength, pc: pc) { walkSet(pc, $0) }
    }

    /// The set opcode at `at`, by walking its items.
    func walkSet(_ at: Int, _ c: UInt32) -> Bool {
        switch code[at] {
        case RegexOp.info: return RegexCharacters.inCharset(code, at + 5, c)
        case RegexOp.in: return RegexCharacters.inCharset(code, at + 2, c)
        case RegexOp.inIgnore: return RegexCharacters.inCharset(code, at + 2, RegexCharacters.lowerASCII(c))
        case RegexOp.inUnicodeIgnore: return RegexCharacters.inCharset(code, at + 2, RegexCharacters.lowerUnicode(c))
        case RegexOp.inLocaleIgnore:
            let lower = RegexCharacters.lowerLocale(c)
            if RegexCharacters.inCharset(code, at + 2, lower) { return true }
            let upper = RegexCharacters.upperLocale(c)
            return upper != lower && RegexCharacters.inCharset(code, at + 2, upper)
        default: return false
        }
    }

    /// AT: whether `at` holds at `index`.
    func isAt(_ at: UInt32, _ index: Int) -> Bool {
        switch at {
        case RegexAt.beginning, RegexAt.beginningString:
            return index == 0
        case RegexAt.beginningLine:
            return index == 0 || text[index - 1] == 10
        case RegexAt.end:
            return index == end || (end - index == 1 && text[index] == 10)
        case RegexAt.endLine:
            return index == end || text[index] == 10
        case RegexAt.endString:
            return index == end
        case RegexAt.boundary, RegexAt.nonBoundary:
            return isBoundary(index, RegexCharacters.isASCIIWord) == (at == RegexAt.boundary) && end > 0
        case RegexAt.localeBoundary, RegexAt.localeNonBoundary:
            return isBoundary(index, RegexCharacters.isLocaleWord) == (at == RegexAt.localeBoundary) && end > 0
        case RegexAt.unicodeBoundary, RegexAt.unicodeNonBoundary:
            return isBoundary(index, RegexCharacters.isUnicodeWord) == (at == RegexAt.unicodeBoundary) && end > 0
        default:
            return false
        }
    }

    @inline(__always) func isBoundary(_ index: Int, _ isWord: (UInt32) -> Bool) -> Bool {
        let before = index > 0 && isWord(text[index - 1])
        let after = index < end && isWord(text[index])
        return before != after
    }
}
