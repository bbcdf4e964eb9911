#if canImport(Glibc)
import Glibc
#endif

/// The parses of recently used texts (a % format, a format spec), found again by
/// the text itself: a small direct-mapped table indexed by the str's stored hash.
/// An entry keeps a copy of its text, so a hit never depends on which str object
/// (or whether the first one is still alive) holds it. `kind` tells apart parses of
/// the same text that differ (a spec read for an int, a float or a str).
struct StrParseCache<Parsed> {
    private static var size: Int { 64 }
    /// Longer texts are parsed every time (a copy per entry would cost more than it saves).
    private static var longestText: Int { 256 }
    /// Per slot: the text's hash, kind and width, a copy of its bytes, and its parse.
    private var hashes = [Int](repeating: 0, count: StrParseCache.size)
    private var kinds = [Int](repeating: -1, count: StrParseCache.size)
    private var widths = [Int](repeating: 0, count: StrParseCache.size)
    private var texts = [[UInt8]](repeating: [], count: StrParseCache.size)
    private var parses = [Parsed?](repeating: nil, count: StrParseCache.size)

    private func slot(_ hash: Int, _ kind: Int) -> Int { (hash &+ kind &* 31) & (StrParseCache.size - 1) }

    func lookup(_ view: StrView, kind: Int = 0) -> Parsed? {
        guard view.count <= StrParseCache.longestText else { return nil }
        let hash = view.hashValue()
        let index = slot(hash, kind)
        guard hashes[index] == hash, kinds[index] == kind, widths[index] == view.width else { return nil }
        let same = texts[index].withUnsafeBufferPointer { stored in
            stored.count == view.byteCount
                && (stored.isEmpty || memcmp(stored.baseAddress!, view.ref.bytes(from: StrLayout.data), stored.count) == 0)
        }
        return same ? parses[index] : nil
    }

    mutating func store(_ view: StrView, kind: Int = 0, _ parsed: Parsed) {
        guard view.count <= StrParseCache.longestText else { return }
        let hash = view.hashValue()
        let index = slot(hash, kind)
        hashes[index] = hash
        kinds[index] = kind
        widths[index] = view.width
        texts[index] = Array(UnsafeBufferPointer(start: view.ref.bytes(from: StrLayout.data), count: view.byteCount))
        parses[index] = parsed
    }
}
