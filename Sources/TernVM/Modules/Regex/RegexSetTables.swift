// Set opcodes (IN and its case-ignoring forms, and the INFO block's first-character
// set) as 256-bit tables. A set is a list of items (literals, ranges, bitmaps,
// categories, negation) walked in order on every test, and a search tests one at
// every character it skips; for the code points below 256 — all of a bytes or ASCII
// subject — a table answers with one bit. Each table is built the first time its
// opcode meets a character, in a words buffer the Pattern keeps beside its code:
//
//   [slot per code word] [next free table] [tables, 8 words each]
//
// A slot holds 0 (not built), `noTable` (no room left: walk the items) or the table's
// offset in the buffer.

enum RegexSetTables {
    /// Tables per pattern at most: a pattern of many sets walks the rest.
    static let maximumTables = 64
    static let noTable: UInt32 = 1

    /// The buffer's size in words for code of `codeLength` words (a set takes at least 3).
    static func wordCount(codeLength: Int) -> Int {
        codeLength + 1 + 8 * min(codeLength / 3 + 1, maximumTables)
    }

    /// Readies a new buffer of zeroed words (no table built yet): the first free table is right after the slots.
    static func prepare(_ words: UnsafeMutablePointer<UInt32>, codeLength: Int) {
        words[codeLength] = UInt32(codeLength + 1)
    }

    /// The table of the set at `pc` if it has been built.
    @inline(__always) static func built(_ tables: UnsafeMutablePointer<UInt32>, codeLength: Int, pc: Int) -> UnsafePointer<UInt32>? {
        // _sre.compile's check keeps every set inside the code (RegexCodeValidation.swift).
        guard pc < codeLength else { return nil }
        let slot = tables[pc]
        return slot > noTable ? UnsafePointer(tables + Int(slot)) : nil
    }

    /// Builds the table of the set at `pc` with `contains`; nil when there is no room (now or before).
    static func build(_ tables: UnsafeMutablePointer<UInt32>, codeLength: Int, pc: Int,
                      _ contains: (UInt32) -> Bool) -> UnsafePointer<UInt32>? {
        guard pc < codeLength, tables[pc] != noTable else { return nil }
        let offset = Int(tables[codeLength])
        guard offset + 8 <= wordCount(codeLength: codeLength) else {
            tables[pc] = noTable
            return nil
        }
        for word in 0..<8 {
            var bits: UInt32 = 0
            for bit in 0..<32 where contains(UInt32(word * 32 + bit)) { bits |= 1 << UInt32(bit) }
            tables[offset + word] = bits
        }
        tables[codeLength] = UInt32(offset + 8)
        tables[pc] = UInt32(offset)
        return UnsafePointer(tables + offset)
    }

    @inline(__always) static func contains(_ table: UnsafePointer<UInt32>, _ c: UInt32) -> Bool {
        table[Int(c >> 5)] & (1 << (c & 31)) != 0
    }
}
