// Unicode 14.0.0's character database as CPython 3.11's unicodedata answers it, and
// Unicode 3.2.0's as its ucd_3_2_0 does. Every property but names comes from the
// tables of UnicodeTables.swift (generated from CPython by
// Tools/make_unicode_tables.py); names come from Swift, whose Unicode is newer, for
// the characters CPython names. Nothing is decoded until first asked.

/// One character's properties: indexes into UnicodeTables' lists, -1 where absent.
struct UnicodeRecord {
    let category: UInt8
    let bidirectional: UInt8
    let width: UInt8
    let mirrored: Bool
    let combining: UInt8
    let decimal: Int8
    let digit: Int8
    let numeric: Int16

    var isAssigned: Bool { category != 0 }
}

/// A decomposition mapping: `tag` 0 is canonical and composing, 1 canonical but
/// excluded from composition, 2 and above UnicodeTables.tags[tag - 1].
struct UnicodeDecomposition {
    let tag: UInt8
    let codes: [UInt32]

    var isCanonical: Bool { tag < 2 }
}

final class UnicodeDatabase: @unchecked Sendable {
    static let shared = UnicodeDatabase()

    static let hangulBase: UInt32 = 0xAC00, hangulCount: UInt32 = 11172
    static let leadBase: UInt32 = 0x1100, vowelBase: UInt32 = 0x1161, trailBase: UInt32 = 0x11A7
    static let vowelCount: UInt32 = 21, trailCount: UInt32 = 28
    /// The short names of the Hangul jamo that make up a syllable's name.
    static let leadNames = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
    static let vowelNames = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
                             "WI", "YU", "EU", "YI", "I"]
    static let trailNames = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
                             "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]

    let records: [UnicodeRecord]
    private let index0: [UInt16], index1: [UInt16], index2: [UInt16]
    let numericValues: [Double]

    private init() {
        let fields = UnicodeDatabase.numbers(UnicodeTables.records)
        records = stride(from: 0, to: fields.count, by: 8).map { (at: Int) -> UnicodeRecord in
            let field = fields[at ..< at + 8].map { $0 }
            return UnicodeRecord(category: UInt8(field[0]), bidirectional: UInt8(field[1]), width: UInt8(field[2]),
                                 mirrored: field[3] != 0, combining: UInt8(field[4]), decimal: Int8(field[5] - 1),
                                 digit: Int8(field[6] - 1), numeric: Int16(field[7] - 1))
        }
        index0 = UnicodeDatabase.numbers(UnicodeTables.index0).map { UInt16($0) }
        index1 = UnicodeDatabase.numbers(UnicodeTables.index1).map { UInt16($0) }
        index2 = UnicodeDatabase.numbers(UnicodeTables.index2).map { UInt16($0) }
        numericValues = UnicodeTables.numericValues.map { Double($0)! }
    }

    /// The numbers of a table string: base-32 digits, '0'...'V' ending a number, 'W'...'o' going on.
    static func numbers(_ text: String) -> [Int] {
        var result: [Int] = []
        var value = 0
        for byte in text.utf8 where byte != UInt8(ascii: "\n") {
            let digit = Int(byte) - 48
            value = value << 5 | (digit & 31)
            if digit < 32 {
                result.append(value)
                value = 0
            }
        }
        return result
    }

    /// The record of `code` in Unicode 14.0.0, or in 3.2.0 when `old`.
    func record(_ code: UInt32, old: Bool = false) -> UnicodeRecord {
        if old, let changed = oldRecord(code) { return records[changed] }
        let (middle, low) = UnicodeTables.shifts
        let group = Int(index0[Int(code >> (low + middle))])
        let block = Int(index1[group << middle | Int(code >> low) & (1 << middle - 1)])
        return records[Int(index2[block << low | Int(code) & (1 << low - 1)])]
    }

    // MARK: Unicode 3.2.0

    /// Runs of code points whose 3.2.0 record differs: start, end (exclusive), record.
    private lazy var oldRuns: [(start: UInt32, end: UInt32, record: Int)] = {
        let numbers = UnicodeDatabase.numbers(UnicodeTables.oldRecords)
        var runs: [(start: UInt32, end: UInt32, record: Int)] = []
        var position = 0
        for at in stride(from: 0, to: numbers.count, by: 3) {
            let start = position + numbers[at]
            position = start + numbers[at + 1]
            runs.append((UInt32(start), UInt32(position), numbers[at + 2]))
        }
        return runs
    }()

    private func oldRecord(_ code: UInt32) -> Int? {
        let runs = oldRuns
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].end <= code { low = middle + 1 } else { high = middle }
        }
        return low < runs.count && runs[low].start <= code ? runs[low].record : nil
    }

    /// Code points whose decomposition Unicode 3.2.0 gives otherwise (the normalization corrections).
    lazy var oldCorrections: [UInt32: [UInt32]] = {
        let numbers = UnicodeDatabase.numbers(UnicodeTables.oldCorrections)
        var corrections: [UInt32: [UInt32]] = [:]
        var at = 0
        while at < numbers.count {
            corrections[UInt32(numbers[at])] = numbers[at + 2 ..< at + 2 + numbers[at + 1]].map { UInt32($0) }
            at += 2 + numbers[at + 1]
        }
        return corrections
    }()

    // MARK: Decompositions

    lazy var decompositions: [UInt32: UnicodeDecomposition] = {
        let numbers = UnicodeDatabase.numbers(UnicodeTables.decompositions)
        var table: [UInt32: UnicodeDecomposition] = [:]
        var code = 0, at = 0
        while at < numbers.count {
            code += numbers[at]
            let count = numbers[at + 2]
            table[UInt32(code)] = UnicodeDecomposition(tag: UInt8(numbers[at + 1]), codes: numbers[at + 3 ..< at + 3 + count].map { UInt32($0) })
            at += 3 + count
        }
        return table
    }()

    /// First and second code point → the primary composite they make.
    lazy var compositions: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        for (code, decomposition) in decompositions where decomposition.tag == 0 {
            table[UInt64(decomposition.codes[0]) << 32 | UInt64(decomposition.codes[1])] = code
        }
        return table
    }()

    // MARK: Names

    /// Runs of (start, end) code points read from a table of gaps and lengths.
    private static func ranges(_ text: String) -> [ClosedRange<UInt32>] {
        let numbers = numbers(text)
        var result: [ClosedRange<UInt32>] = []
        var position = 0
        for at in stride(from: 0, to: numbers.count, by: 2) {
            let start = position + numbers[at]
            position = start + numbers[at + 1]
            result.append(UInt32(start)...UInt32(position - 1))
        }
        return result
    }

    private lazy var unnamed = UnicodeDatabase.ranges(UnicodeTables.unnamed)
    private lazy var ideographs = UnicodeDatabase.ranges(UnicodeTables.ideographs)

    static func isHangulSyllable(_ code: UInt32) -> Bool { code >= hangulBase && code < hangulBase + hangulCount }

    /// The character's name, or nil when CPython gives it none.
    func name(_ code: UInt32, old: Bool = false) -> String? {
        guard record(code, old: old).isAssigned, !unnamed.contains(where: { $0.contains(code) }),
              let scalar = Unicode.Scalar(code) else { return nil }
        return scalar.properties.name
    }

    /// Upper-cased names (of all but the algorithmically named characters) → code point.
    private lazy var nameIndex: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        for code in UInt32(0)...0x10FFFF where !UnicodeDatabase.isHangulSyllable(code) {
            if ideographs.contains(where: { $0.contains(code) }) { continue }
            if let name = name(code) { table[name] = code }
        }
        return table
    }()

    private lazy var aliasIndex: [String: [UInt32]] = {
        var table: [String: [UInt32]] = [:]
        for text in [UnicodeTables.aliases, UnicodeTables.namedSequences] {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: ";")
                table[String(parts[0])] = parts[1].split(separator: " ").map { UInt32($0, radix: 16)! }
            }
        }
        return table
    }()

    /// The code points called `name` as CPython's lookup reads it: Hangul syllables and CJK unified
    /// ideographs by their algorithm (case-sensitive), other names case-insensitively, then (not
    /// for 3.2.0) name aliases and named sequences.
    func lookup(_ name: String, old: Bool = false) -> [UInt32]? {
        // Names are ASCII (and Swift would compare other text by canonical equivalence).
        if name.utf8.contains(where: { $0 >= 128 }) { return nil }
        if name.hasPrefix("HANGUL SYLLABLE ") { return hangulSyllable(named: name.utf8.dropFirst(16)).map { [$0] } }
        if name.hasPrefix("CJK UNIFIED IDEOGRAPH-") {
            let digits = name.utf8.dropFirst(22)
            guard digits.count == 4 || digits.count == 5,
                  digits.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 70) }),
                  let code = UInt32(String(decoding: digits, as: UTF8.self), radix: 16),
                  ideographs.contains(where: { $0.contains(code) }) else { return nil }
            return [code]
        }
        let key = String(decoding: name.utf8.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }, as: UTF8.self)
        if let code = nameIndex[key] { return old && !record(code, old: true).isAssigned ? nil : [code] }
        return old ? nil : aliasIndex[key]
    }

    /// The syllable whose jamo short names spell `text`, each the longest that matches.
    private func hangulSyllable(named text: Substring.UTF8View) -> UInt32? {
        var rest = text
        func longest(_ names: [String]) -> Int? {
            var best: Int? = nil, bestLength = -1
            for (index, name) in names.enumerated() where name.utf8.count > bestLength && rest.starts(with: name.utf8) {
                best = index
                bestLength = name.utf8.count
            }
            if best != nil { rest = rest.dropFirst(bestLength) }
            return best
        }
        guard let lead = longest(UnicodeDatabase.leadNames), let vowel = longest(UnicodeDatabase.vowelNames),
              let trail = longest(UnicodeDatabase.trailNames), rest.isEmpty else { return nil }
        return UnicodeDatabase.hangulBase + (UInt32(lead) * UnicodeDatabase.vowelCount + UInt32(vowel)) * UnicodeDatabase.trailCount + UInt32(trail)
    }
}
