// Character tests of the regular-expression engine: the opcode numbers CPython's
// re/_compiler.py emits (re/_constants.py, MAGIC 20220615), the categories behind
// \d \s \w, case folding for IGNORECASE, and set membership (IN's charset).

/// Opcode numbers of the compiled code (`re._constants.OPCODES`).
enum RegexOp {
    static let failure: UInt32 = 0, success: UInt32 = 1, any: UInt32 = 2, anyAll: UInt32 = 3
    static let assert: UInt32 = 4, assertNot: UInt32 = 5, at: UInt32 = 6, branch: UInt32 = 7
    static let category: UInt32 = 8, charset: UInt32 = 9, bigCharset: UInt32 = 10
    static let groupref: UInt32 = 11, grouprefExists: UInt32 = 12, `in`: UInt32 = 13, info: UInt32 = 14
    static let jump: UInt32 = 15, literal: UInt32 = 16, mark: UInt32 = 17, maxUntil: UInt32 = 18
    static let minUntil: UInt32 = 19, notLiteral: UInt32 = 20, negate: UInt32 = 21, range: UInt32 = 22
    static let `repeat`: UInt32 = 23, repeatOne: UInt32 = 24, subpattern: UInt32 = 25, minRepeatOne: UInt32 = 26
    static let atomicGroup: UInt32 = 27, possessiveRepeat: UInt32 = 28, possessiveRepeatOne: UInt32 = 29
    static let grouprefIgnore: UInt32 = 30, inIgnore: UInt32 = 31, literalIgnore: UInt32 = 32, notLiteralIgnore: UInt32 = 33
    static let grouprefLocaleIgnore: UInt32 = 34, inLocaleIgnore: UInt32 = 35
    static let literalLocaleIgnore: UInt32 = 36, notLiteralLocaleIgnore: UInt32 = 37
    static let grouprefUnicodeIgnore: UInt32 = 38, inUnicodeIgnore: UInt32 = 39
    static let literalUnicodeIgnore: UInt32 = 40, notLiteralUnicodeIgnore: UInt32 = 41, rangeUnicodeIgnore: UInt32 = 42

    /// Flags of the INFO block.
    static let infoPrefix: UInt32 = 1, infoLiteral: UInt32 = 2, infoCharset: UInt32 = 4
    /// The "no upper bound" repeat count (`_sre.MAXREPEAT`).
    static let maxRepeat: UInt32 = 0xFFFF_FFFF
}

/// Positions tested by AT (`re._constants.ATCODES`).
enum RegexAt {
    static let beginning: UInt32 = 0, beginningLine: UInt32 = 1, beginningString: UInt32 = 2
    static let boundary: UInt32 = 3, nonBoundary: UInt32 = 4, end: UInt32 = 5, endLine: UInt32 = 6, endString: UInt32 = 7
    static let localeBoundary: UInt32 = 8, localeNonBoundary: UInt32 = 9, unicodeBoundary: UInt32 = 10, unicodeNonBoundary: UInt32 = 11
}

enum RegexCharacters {
    @inline(__always) static func isASCIIDigit(_ c: UInt32) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isASCIIAlpha(_ c: UInt32) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
    @inline(__always) static func isASCIIWord(_ c: UInt32) -> Bool { c < 128 && (isASCIIAlpha(c) || isASCIIDigit(c) || c == 95) }
    /// In CPython: the locale's \w under the C locale Tern always uses.
    @inline(__always) static func isLocaleWord(_ c: UInt32) -> Bool { isASCIIWord(c) }

    @inline(__always) static func isUnicodeWord(_ c: UInt32) -> Bool {
        c < 128 ? isASCIIWord(c) : isNonASCIIWord(c)
    }

    @inline(__always) static func isUnicodeDigit(_ c: UInt32) -> Bool {
        c < 128 ? isASCIIDigit(c) : isNonASCIIDigit(c)
    }

    @inline(__always) static func isUnicodeSpace(_ c: UInt32) -> Bool {
        c < 128 ? VM.isASCIISpace(c) || (c >= 0x1C && c <= 0x1F) : VM.isSpace(c)
    }

    // The Unicode tables are slow to consult: kept out of line so the ASCII tests stay small.
    @inline(never) private static func isNonASCIIWord(_ c: UInt32) -> Bool { VM.isAlphabetic(c) || VM.isPythonNumeric(c) }
    @inline(never) private static func isNonASCIIDigit(_ c: UInt32) -> Bool { VM.pythonProperties(c)?.numericType == .decimal }

    @inline(__always) static func lowerASCII(_ c: UInt32) -> UInt32 { c < 128 && c >= 65 && c <= 90 ? c + 32 : c }
    @inline(__always) static func upperASCII(_ c: UInt32) -> UInt32 { c < 128 && c >= 97 && c <= 122 ? c - 32 : c }
    /// In CPython: the C locale's tolower/toupper, which only map ASCII letters.
    @inline(__always) static func lowerLocale(_ c: UInt32) -> UInt32 { lowerASCII(c) }
    @inline(__always) static func upperLocale(_ c: UInt32) -> UInt32 { upperASCII(c) }

    /// The simple (one code point) lowercase mapping, as Py_UNICODE_TOLOWER.
    @inline(__always) static func lowerUnicode(_ c: UInt32) -> UInt32 { c < 128 ? lowerASCII(c) : lowerNonASCII(c) }

    @inline(never) private static func lowerNonASCII(_ c: UInt32) -> UInt32 {
        if c == 0x130 { return 0x69 }  // İ: the full mapping adds a combining dot
        return singleMapping(c, VM.pythonProperties(c)?.lowercaseMapping) ?? c
    }

    /// The simple uppercase mapping, as Py_UNICODE_TOUPPER.
    @inline(__always) static func upperUnicode(_ c: UInt32) -> UInt32 { c < 128 ? upperASCII(c) : upperNonASCII(c) }

    @inline(never) private static func upperNonASCII(_ c: UInt32) -> UInt32 {
        guard let properties = VM.pythonProperties(c) else { return c }
        if let single = singleMapping(c, properties.uppercaseMapping) { return single }
        // Letters with a subscript iota: the simple uppercase is the titlecase letter.
        return singleMapping(c, properties.titlecaseMapping) ?? c
    }

    /// The one code point `mapping` consists of, if it is one (and known to Unicode 14.0).
    private static func singleMapping(_ c: UInt32, _ mapping: String?) -> UInt32? {
        guard let mapping else { return nil }
        var scalars = mapping.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return VM.pythonProperties(first.value) == nil ? c : first.value
    }

    static func isUnicodeCased(_ c: UInt32) -> Bool { c != lowerUnicode(c) || c != upperUnicode(c) }

    /// LITERAL_LOC_IGNORE: the character or one of its locale cases is the literal.
    @inline(__always) static func equalsLocaleIgnoringCase(_ literal: UInt32, _ c: UInt32) -> Bool {
        c == literal || lowerLocale(c) == literal || upperLocale(c) == literal
    }

    /// CATEGORY codes (`re._constants.CHCODES`).
    @inline(__always) static func inCategory(_ category: UInt32, _ c: UInt32) -> Bool {
        switch category {
        case 0: return isASCIIDigit(c)
        case 1: return !isASCIIDigit(c)
        case 2: return VM.isASCIISpace(c)
        case 3: return !VM.isASCIISpace(c)
        case 4: return isASCIIWord(c)
        case 5: return !isASCIIWord(c)
        case 6: return c == 10
        case 7: return c != 10
        case 8: return isLocaleWord(c)
        case 9: return !isLocaleWord(c)
        case 10: return isUnicodeDigit(c)
        case 11: return !isUnicodeDigit(c)
        case 12: return isUnicodeSpace(c)
        case 13: return !isUnicodeSpace(c)
        case 14: return isUnicodeWord(c)
        case 15: return !isUnicodeWord(c)
        case 16: return TextAlgorithms.isLineBreak(c, bytes: false)
        case 17: return !TextAlgorithms.isLineBreak(c, bytes: false)
        default: return false
        }
    }

    /// Whether `c` belongs to the set whose items start at `set` (ended by FAILURE).
    static func inCharset(_ code: UnsafePointer<UInt32>, _ start: Int, _ c: UInt32) -> Bool {
        var set = start
        var matches = true
        while true {
            switch code[set] {
            case RegexOp.failure:
                return !matches
            case RegexOp.literal:
                if c == code[set + 1] { return matches }
                set += 2
            case RegexOp.category:
                if inCategory(code[set + 1], c) { return matches }
                set += 2
            case RegexOp.charset:
                // A 256-bit bitmap in eight 32-bit words.
                if c < 256 && code[set + 1 + Int(c >> 5)] & (1 << (c & 31)) != 0 { return matches }
                set += 9
            case RegexOp.range:
                if code[set + 1] <= c && c <= code[set + 2] { return matches }
                set += 3
            case RegexOp.rangeUnicodeIgnore:
                if code[set + 1] <= c && c <= code[set + 2] { return matches }
                let upper = upperUnicode(c)
                if code[set + 1] <= upper && upper <= code[set + 2] { return matches }
                set += 3
            case RegexOp.negate:
                matches = !matches
                set += 1
            case RegexOp.bigCharset:
                // <count> <256 block numbers, one byte each, in 64 words> <count blocks of 8 words>
                let blockCount = Int(code[set + 1])
                let blocks = set + 2 + 64
                if c < 0x10000 {
                    let word = code[set + 2 + Int(c >> 10)]
                    let block = Int((word >> ((c >> 8 & 3) * 8)) & 0xFF)
                    let bits = code[blocks + block * 8 + Int((c & 255) >> 5)]
                    if bits & (1 << (c & 31)) != 0 { return matches }
                }
                set = blocks + blockCount * 8
            default:
                return false
            }
        }
    }
}
