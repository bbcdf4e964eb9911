#if canImport(Glibc)
import Glibc
#endif

/// The parses of recently used texts (a % format, a format spec), found again by
/// the text itself: a small direct-mapped table indexed by the str's stored hash.
/// An entry keeps a copy of its text, so a hit never depends on which str object
/// (or whether the first one is still alive) holds it. `kind` tells apart parses of
/// the same text that differ (a spec read for an int, a float or a str).
final class StrParseCache<Parsed> {
    private struct Key {
        var hash = 0
        var kind = -1
        var width = 0
        var byteCount = -1
    }

    private static var size: Int { 64 }
    /// Longer texts are parsed every time.
    private static var longestText: Int { 128 }
    private static var slotBytes: Int { longestText * 4 }
    private let keys = UnsafeMutablePointer<Key>.allocate(capacity: size)
    /// A copy of each slot's text, `slotBytes` per slot.
    private let texts = UnsafeMutablePointer<UInt8>.allocate(capacity: size * slotBytes)
    private var parses = [Parsed?](repeating: nil, count: size)

    init() { keys.initialize(repeating: Key(), count: StrParseCache.size) }

    deinit {
        keys.deallocate()
        texts.deallocate()
    }

    private func slot(_ hash: Int, _ kind: Int) -> Int { (hash &+ kind &* 31) & (StrParseCache.size - 1) }

    func lookup(_ view: StrView, kind: Int = 0) -> Parsed? {
        guard view.count <= StrParseCache.longestText else { return nil }
        let hash = view.hashValue()
        let index = slot(hash, kind)
        let key = keys[index]
        guard key.hash == hash, key.kind == kind, key.width == view.width, key.byteCount == view.byteCount,
              memcmp(texts + index * StrParseCache.slotBytes, view.ref.bytes(from: StrLayout.data), key.byteCount) == 0
        else { return nil }
        return parses[index]
    }

    func store(_ view: StrView, kind: Int = 0, _ parsed: Parsed) {
        guard view.count <= StrParseCache.longestText else { return }
        let hash = view.hashValue()
        let index = slot(hash, kind)
        keys[index] = Key(hash: hash, kind: kind, width: view.width, byteCount: view.byteCount)
        (texts + index * StrParseCache.slotBytes).update(from: view.ref.bytes(from: StrLayout.data), count: view.byteCount)
        parses[index] = parsed
    }
}
