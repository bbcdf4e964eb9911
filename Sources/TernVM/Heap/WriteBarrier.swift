// The write barrier. A minor collection marks only young objects, so it must know
// every old object that may now point at a young one. Storing a reference into an
// object through `ObjectRef`'s subscript runs the barrier; code that stores through
// a raw pointer (`items`, `entries`, bulk copies) calls `rememberStores()` (or
// `rememberStore(atWord:)`) itself. The first store into an old object after a
// collection logs it and sets its `remembered` bit, so the fast path is one header
// test. Big value arrays (a list of thousands of items) are not traced whole:
// they carry a card table, each store marks the card of its item, and the minor
// collection scans only dirty cards. `--verify-heap` checks before every minor
// collection that no old object points at a young one unless the log covers it.

/// Old objects stored into since the last collection (one log per process: one VM runs at a time).
nonisolated(unsafe) var rememberedLog: UnsafeMutablePointer<UnsafeMutableRawPointer>? = nil
nonisolated(unsafe) var rememberedCount = 0
nonisolated(unsafe) var rememberedCapacity = 0

/// Card tables of big value arrays: one byte per `itemsPerCard` items, after the items.
enum CardTable {
    static let itemsPerCard = 128
    static let minimumItems = 512

    static func cardCount(_ capacity: Int) -> Int { (capacity + itemsPerCard - 1) / itemsPerCard }

    /// The card bytes of the carded value array at `address`.
    @inline(__always) static func cards(_ address: UnsafeMutableRawPointer) -> UnsafeMutablePointer<UInt8> {
        let capacity = address.load(fromByteOffset: 8, as: Int.self)
        return (address + (2 + capacity) * 8).assumingMemoryBound(to: UInt8.self)
    }
}

extension ObjectRef {
    /// Logs this object for the next minor collection if it is old; call after storing
    /// references into it at places not known (a carded array then counts as all dirty).
    @inline(__always) public func rememberStores() {
        if header & (GCFlag.mark | GCFlag.remembered) == GCFlag.mark { rememberOldObject(address, word: -1) }
    }

    /// The same after storing a reference into word `word` (1 is the first after the header).
    @inline(__always) public func rememberStore(atWord word: Int) {
        if header & (GCFlag.mark | GCFlag.remembered) == GCFlag.mark { rememberOldObject(address, word: word) }
    }
}

/// rememberOldObject for compiled code (JIT/Backend), which tests the header itself.
let rememberStoreEntry: @convention(c) (UnsafeMutableRawPointer, Int) -> Void = { address, word in
    rememberOldObject(address, word: word)
}

@inline(never) func rememberOldObject(_ address: UnsafeMutableRawPointer, word: Int) {
    let header = address.load(as: UInt64.self)
    if header & GCFlag.carded != 0 {
        // Carded arrays never get the remembered bit: every store must reach here to mark its card.
        let cards = CardTable.cards(address)
        let capacity = address.load(fromByteOffset: 8, as: Int.self)
        if word >= 2 {
            cards[(word - 2) / CardTable.itemsPerCard] = 1
        } else {
            cards.update(repeating: 1, count: CardTable.cardCount(capacity))
        }
        if header & GCFlag.cardsLogged != 0 { return }
        address.storeBytes(of: header | GCFlag.cardsLogged, as: UInt64.self)
    } else {
        address.storeBytes(of: header | GCFlag.remembered, as: UInt64.self)
    }
    if rememberedCount == rememberedCapacity {
        let capacity = max(1024, rememberedCapacity * 2)
        let bigger = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: capacity)
        if let old = rememberedLog {
            bigger.update(from: old, count: rememberedCount)
            old.deallocate()
        }
        rememberedLog = bigger
        rememberedCapacity = capacity
    }
    rememberedLog![rememberedCount] = address
    rememberedCount += 1
}

extension Marker {
    /// Marks what a logged old object refers to: everything, or a carded array's dirty cards.
    mutating func traceRemembered(_ object: ObjectRef) {
        let header = object.header
        guard header & GCFlag.carded != 0 else {
            object.header = header & ~GCFlag.remembered
            traceFields(object)
            return
        }
        object.header = header & ~GCFlag.cardsLogged
        let capacity = object.word(1)
        let cards = CardTable.cards(object.address)
        for card in 0..<CardTable.cardCount(capacity) where cards[card] != 0 {
            cards[card] = 0
            let first = card * CardTable.itemsPerCard
            for index in first..<min(capacity, first + CardTable.itemsPerCard) { mark(object[2 + index]) }
        }
    }
}
