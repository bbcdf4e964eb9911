// The lexer's table of the identifiers seen so far: each spelling becomes a
// String and is looked up among the keywords once, and every later occurrence
// shares that String (no allocation, no keyword lookup per token).

/// Identifiers of one source text, keyed by their scalars (an open-addressing
/// hash table over offsets into `SourceText.scalars`).
final class IdentifierTable {
    private struct Entry {
        var hash: UInt32
        var start: Int
        var length: Int
        var kind: TokenKind
        var text: String
    }

    private var slots: [Int32]
    private var entries: [Entry] = []
    private var mask: Int

    init() {
        slots = [Int32](repeating: -1, count: 256)
        mask = 255
    }

    /// The token kind (a keyword's, else `.name`) and the number of the identifier in `start..<end`.
    func identifier(_ scalars: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int,
                    text: () -> String) -> (TokenKind, Int32) {
        // FNV-1a over the scalars.
        var hash: UInt32 = 2_166_136_261
        for index in start..<end { hash = (hash ^ scalars[index]) &* 16_777_619 }
        let length = end - start
        var slot = Int(hash) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            let entry = entries[found]
            if entry.hash == hash, entry.length == length, sameScalars(scalars, entry.start, start, length) {
                return (entry.kind, Int32(found))
            }
            slot = (slot + 1) & mask
        }
        let spelling = text()
        let kind = keywordKinds[spelling] ?? .name
        let number = Int32(entries.count)
        slots[slot] = number
        entries.append(Entry(hash: hash, start: start, length: length, kind: kind, text: spelling))
        if entries.count * 2 > mask { grow() }
        return (kind, number)
    }

    /// The text of identifier number `number`.
    func text(_ number: Int32) -> String { entries[Int(number)].text }

    private func sameScalars(_ scalars: UnsafeBufferPointer<UInt32>, _ first: Int, _ second: Int, _ length: Int) -> Bool {
        for offset in 0..<length where scalars[first + offset] != scalars[second + offset] { return false }
        return true
    }

    private func grow() {
        mask = mask * 2 + 1
        slots = [Int32](repeating: -1, count: mask + 1)
        for (index, entry) in entries.enumerated() {
            var slot = Int(entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
