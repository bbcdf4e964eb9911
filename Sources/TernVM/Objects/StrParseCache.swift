#if canImport(Glibc)
import Glibc
#endif

/// The parses of recently used texts (a % format, a format spec), found again by
/// the text itself: a small direct-mapped table indexed by the str's stored hash.
/// An entry keeps a copy of its text, so a hit never depends on which str object
/// (or whether the first one is still alive) holds it. `kind` tells apart parses of
/// the same text that differ (a spec read for an int, a float or a str).
struct StrParseCache<Parsed> {
    private struct Entry {
        var hash: Int
        var kind: Int
        var width: Int
        var text: [UInt8]
        var parsed: Parsed
    }

    private static var size: Int { 64 }
    /// Longer texts are parsed every time (a copy per entry would cost more than it saves).
    private static var longestText: Int { 256 }
    private var entries: [Entry?] = Array(repeating: nil, count: StrParseCache.size)

    private func slot(_ hash: Int, _ kind: Int) -> Int { (hash &+ kind &* 31) & (StrParseCache.size - 1) }

    func lookup(_ view: StrView, kind: Int = 0) -> Parsed? {
        guard view.count <= StrParseCache.longestText else { return nil }
        let hash = view.hashValue()
        guard let entry = entries[slot(hash, kind)], entry.hash == hash, entry.kind == kind,
              entry.width == view.width, entry.text.count == view.byteCount else { return nil }
        let same = entry.text.withUnsafeBufferPointer { stored in
            stored.isEmpty || memcmp(stored.baseAddress!, view.ref.bytes(from: StrLayout.data), stored.count) == 0
        }
        return same ? entry.parsed : nil
    }

    mutating func store(_ view: StrView, kind: Int = 0, _ parsed: Parsed) {
        guard view.count <= StrParseCache.longestText else { return }
        let hash = view.hashValue()
        let text = Array(UnsafeBufferPointer(start: view.ref.bytes(from: StrLayout.data), count: view.byteCount))
        entries[slot(hash, kind)] = Entry(hash: hash, kind: kind, width: view.width, text: text, parsed: parsed)
    }
}
