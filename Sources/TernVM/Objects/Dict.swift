// dict: insertion-ordered hash table (the compact layout CPython uses since 3.6).
// Layout: header | count (live entries) | used (entry slots used, deleted included)
//       | entries (valueArray of hash, key, value triples; a deleted entry has a NULL key)
//       | indices (rawBytes of Int32 slots: -1 empty, -2 deleted, else an entry index)
// Hashes are stored truncated to 48 bits as small ints; they only steer probing.
//
// Lookups may call __eq__ in Python, which reaches safepoints: callers keep the
// dict and the key reachable, and every loop below re-reads the tables afterwards.

enum DictLayout {
    static let count = 1
    static let used = 2
    static let entries = 3
    static let indices = 4
    static let words = 5
}

struct DictView {
    let ref: ObjectRef
    @inline(__always) init(_ value: Value) { ref = ObjectRef(value) }
    @inline(__always) var count: Int {
        get { ref.word(DictLayout.count) }
        nonmutating set { ref.setWord(DictLayout.count, newValue) }
    }
    @inline(__always) var used: Int {
        get { ref.word(DictLayout.used) }
        nonmutating set { ref.setWord(DictLayout.used, newValue) }
    }
    @inline(__always) var entriesValue: Value { ref[DictLayout.entries] }
    @inline(__always) var entries: UnsafeMutablePointer<Value> { ValueArrayView(ref[DictLayout.entries]).items }
    @inline(__always) var capacity: Int { ValueArrayView(ref[DictLayout.entries]).capacity / 3 }
    @inline(__always) var indexSlots: UnsafeMutablePointer<Int32> {
        ObjectRef(ref[DictLayout.indices]).address.advanced(by: 16).assumingMemoryBound(to: Int32.self)
    }
    @inline(__always) var indexMask: Int { ObjectRef(ref[DictLayout.indices]).word(1) / 4 - 1 }
    @inline(__always) func key(_ entry: Int) -> Value { entries[entry * 3 + 1] }
    @inline(__always) func value(_ entry: Int) -> Value { entries[entry * 3 + 2] }
    @inline(__always) func setValue(_ entry: Int, _ value: Value) { ValueArrayView(ref[DictLayout.entries])[entry * 3 + 2] = value }
}

@inline(__always) func storedHash(_ hash: Int) -> Int { hash & 0xFFFF_FFFF_FFFF }

/// The index slots a lookup of a stored hash visits, in order: CPython's perturbed probe sequence.
struct IndexProbe {
    private let mask: Int
    private var perturb: UInt
    private(set) var slot: Int

    @inline(__always) init(hash: Int, mask: Int) {
        self.mask = mask
        perturb = UInt(bitPattern: hash)
        slot = hash & mask
    }

    @inline(__always) mutating func next() {
        perturb >>= 5
        slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
    }
}

extension VM {
    func newDict(capacity: Int = 0, typeID: Int = TypeID.dict) throws(Raised) -> DictView {
        let ref = try allocate(kind: .dict, typeID: typeID, words: DictLayout.words)
        let dict = DictView(ref.value)
        try dictAllocateTables(dict, forEntries: max(capacity, 5))
        return dict
    }

    func allocateRawBytes(_ byteCount: Int) throws(Raised) -> ObjectRef {
        let ref = try allocate(kind: .rawBytes, typeID: TypeID.object, bytes: 16 + byteCount)
        ref.setWord(1, byteCount)
        return ref
    }

    /// Replaces the tables with empty ones sized for `entries` entries.
    private func dictAllocateTables(_ dict: DictView, forEntries wanted: Int) throws(Raised) {
        var indexSize = 8
        while indexSize * 2 / 3 < wanted { indexSize *= 2 }
        let entryCapacity = indexSize * 2 / 3
        let indices = try allocateRawBytes(indexSize * 4)
        let slots = indices.address.advanced(by: 16).assumingMemoryBound(to: Int32.self)
        slots.initialize(repeating: -1, count: indexSize)
        let entries = try allocateValueArray(capacity: entryCapacity * 3)
        dict.ref[DictLayout.entries] = entries.ref.value
        dict.ref[DictLayout.indices] = indices.value
        dict.used = 0
        dict.count = 0
    }

    /// Rebuilds the tables compactly (dropping deleted entries) with room to grow.
    private func dictResize(_ dict: DictView) throws(Raised) {
        let oldEntries = dict.entriesValue
        let oldUsed = dict.used
        try withRoots(oldEntries) { () throws(Raised) in
            try dictAllocateTables(dict, forEntries: max(dict.count * 3, 5))
            let old = ValueArrayView(oldEntries).items
            for entry in 0..<oldUsed where !old[entry * 3 + 1].isNull {
                dictInsertFresh(dict, hash: Int(old[entry * 3].int), key: old[entry * 3 + 1], value: old[entry * 3 + 2])
            }
        }
    }

    /// Appends an entry known to be absent; the tables must have room.
    private func dictInsertFresh(_ dict: DictView, hash: Int, key: Value, value: Value) {
        let entry = dict.used
        let entries = dict.entries
        entries[entry * 3] = Value(int: hash)
        entries[entry * 3 + 1] = key
        entries[entry * 3 + 2] = value
        ObjectRef(dict.entriesValue).rememberStore(atWord: 2 + entry * 3 + 1)
        ObjectRef(dict.entriesValue).rememberStore(atWord: 2 + entry * 3 + 2)
        let slots = dict.indexSlots
        var probe = IndexProbe(hash: hash, mask: dict.indexMask)
        while slots[probe.slot] >= 0 { probe.next() }
        slots[probe.slot] = Int32(entry)
        dict.used = entry + 1
        dict.count += 1
    }

    /// Finds `key`: returns (entry index or -1, index slot of the entry or of the first free slot).
    func dictFind(_ dict: DictView, _ key: Value, hash fullHash: Int) throws(Raised) -> (entry: Int, slot: Int) {
        let hash = storedHash(fullHash)
        restart: while true {
            // The tables, read once: only the __eq__ call below can replace them.
            let entriesBefore = dict.entriesValue
            let entries = ValueArrayView(entriesBefore).items
            let slots = dict.indexSlots
            var probe = IndexProbe(hash: hash, mask: dict.indexMask)
            var freeSlot = -1
            while true {
                let slot = probe.slot
                let index = Int(slots[slot])
                if index == -1 { return (-1, freeSlot >= 0 ? freeSlot : slot) }
                if index == -2 {
                    if freeSlot < 0 { freeSlot = slot }
                } else {
                    let candidate = entries[index * 3 + 1]
                    if candidate == key { return (index, slot) }
                    if Int(entries[index * 3].int) == hash {
                        if let quick = quickEquality(candidate, key) {
                            if quick { return (index, slot) }
                        } else {
                            let equal = try withRoots(dict.ref.value, key, candidate) { () throws(Raised) in
                                try isEqual(candidate, key)
                            }
                            if dict.entriesValue != entriesBefore || dict.key(index) != candidate { continue restart }
                            if equal { return (index, slot) }
                        }
                    }
                }
                probe.next()
            }
        }
    }

    /// The value for `key`, or NULL.
    func dictGet(_ dict: DictView, _ key: Value) throws(Raised) -> Value {
        let found = try dictFind(dict, key, hash: try hashValue(key))
        return found.entry >= 0 ? dict.value(found.entry) : .null
    }

    /// The value for a str key, or NULL; never calls into Python.
    func dictGetStr(_ dict: DictView, _ key: Value) -> Value {
        let entry = dictFindStr(dict, key)
        return entry >= 0 ? dict.value(entry) : .null
    }

    /// Where `key` is — its entry index or -1, the index slot to add it at, and its hash — or nil when
    /// hashing `key` or comparing it with an entry of the same hash could run Python code (only a full
    /// lookup can tell then).
    func dictFindNatively(_ dict: DictView, _ key: Value) -> (entry: Int, slot: Int, hash: Int)? {
        guard let fullHash = nativeHash(key) else { return nil }
        let hash = storedHash(fullHash)
        var probe = IndexProbe(hash: hash, mask: dict.indexMask)
        var freeSlot = -1
        while true {
            let slot = probe.slot
            let index = Int(dict.indexSlots[slot])
            if index == -1 { return (-1, freeSlot >= 0 ? freeSlot : slot, fullHash) }
            if index == -2 {
                if freeSlot < 0 { freeSlot = slot }
            } else if Int(dict.entries[index * 3].int) == hash {
                guard let equal = quickEquality(dict.key(index), key) else { return nil }
                if equal { return (index, slot, fullHash) }
            }
            probe.next()
        }
    }

    /// The entry index holding a str key, or -1; never calls into Python. An entry of the same hash
    /// whose key is not a str counts as another key.
    func dictFindStr(_ dict: DictView, _ key: Value) -> Int {
        let hash = storedHash(StrView(key).hashValue())
        var probe = IndexProbe(hash: hash, mask: dict.indexMask)
        while true {
            let index = Int(dict.indexSlots[probe.slot])
            if index == -1 { return -1 }
            if index >= 0 {
                let candidate = dict.key(index)
                if candidate == key { return index }
                if Int(dict.entries[index * 3].int) == hash && isStr(candidate) && StrView(candidate) == StrView(key) {
                    return index
                }
            }
            probe.next()
        }
    }

    func dictSet(_ dict: DictView, _ key: Value, _ value: Value) throws(Raised) {
        let hash = try hashValue(key)
        let found = try dictFind(dict, key, hash: hash)
        if found.entry >= 0 { dict.setValue(found.entry, value); return }
        try dictInsert(dict, hash: hash, key: key, value: value, slot: found.slot)
    }

    /// Adds `key`, which `dict` does not hold, with `value`; `slot` is the index slot its lookup ended at.
    func dictInsert(_ dict: DictView, hash: Int, key: Value, value: Value, slot: Int) throws(Raised) {
        if dict.used >= dict.capacity {
            try withRoots(key, value) { () throws(Raised) in try dictResize(dict) }
            dictInsertFresh(dict, hash: storedHash(hash), key: key, value: value)
            return
        }
        let entry = dict.used
        let entries = dict.entries
        entries[entry * 3] = Value(int: storedHash(hash))
        entries[entry * 3 + 1] = key
        entries[entry * 3 + 2] = value
        ObjectRef(dict.entriesValue).rememberStore(atWord: 2 + entry * 3 + 1)
        ObjectRef(dict.entriesValue).rememberStore(atWord: 2 + entry * 3 + 2)
        dict.indexSlots[slot] = Int32(entry)
        dict.used = entry + 1
        dict.count += 1
    }

    func dictSetStr(_ dict: DictView, _ key: Value, _ value: Value) throws(Raised) {
        try dictSet(dict, key, value)
    }

    /// Removes `key`; returns its value or NULL when absent.
    @discardableResult
    func dictRemove(_ dict: DictView, _ key: Value) throws(Raised) -> Value {
        let found = try dictFind(dict, key, hash: try hashValue(key))
        if found.entry < 0 { return .null }
        let value = dict.value(found.entry)
        dict.indexSlots[found.slot] = -2
        dict.entries[found.entry * 3 + 1] = .null
        dict.entries[found.entry * 3 + 2] = .null
        dict.count -= 1
        return value
    }

    func dictClear(_ dict: DictView) throws(Raised) {
        // Nothing was ever stored in these tables (re.purge() clears its empty caches each time).
        if dict.used == 0 && !dict.ref[DictLayout.indices].isNull { return }
        try dictAllocateTables(dict, forEntries: 5)
    }

    /// Calls `body` for every live entry in insertion order (entries may not change meanwhile).
    @inline(__always)
    func dictForEach(_ dict: DictView, _ body: (Value, Value) throws(Raised) -> Void) throws(Raised) {
        var entry = 0
        while entry < dict.used {
            let key = dict.key(entry)
            if !key.isNull { try body(key, dict.value(entry)) }
            entry += 1
        }
    }

    /// The next live entry at or after `position`, or -1.
    func dictNextEntry(_ dict: DictView, from position: Int) -> Int {
        var entry = position
        while entry < dict.used {
            if !dict.key(entry).isNull { return entry }
            entry += 1
        }
        return -1
    }

    func dictCopy(_ source: DictView, typeID: Int = TypeID.dict) throws(Raised) -> DictView {
        let copy = try newDict(capacity: source.count, typeID: typeID)
        try withRoots(copy.ref.value) { () throws(Raised) in
            try dictForEach(source) { (key, value) throws(Raised) in try dictSet(copy, key, value) }
        }
        return copy
    }
}

extension VM {
    // Entry-level operations for a dict kept in an order of its own (the lru_cache wrapper's):
    // none of them hashes a key or compares one, so no Python code runs.

    /// Removes entry `entry`, which index slot `slot` points at.
    func dictRemoveEntry(_ dict: DictView, entry: Int, slot: Int) {
        dict.indexSlots[slot] = -2
        dict.entries[entry * 3 + 1] = .null
        dict.entries[entry * 3 + 2] = .null
        dict.count -= 1
    }

    /// The index slot that points at entry `entry`, whose stored hash is `hash`.
    func dictSlot(of entry: Int, in dict: DictView, hash: Int) -> Int {
        var probe = IndexProbe(hash: hash, mask: dict.indexMask)
        while Int(dict.indexSlots[probe.slot]) != entry { probe.next() }
        return probe.slot
    }

    /// Appends `key`, known to be absent, under its stored hash.
    func dictAppendAbsent(_ dict: DictView, storedHash hash: Int, key: Value, value: Value) throws(Raised) {
        if dict.used >= dict.capacity { try withRoots(key, value) { () throws(Raised) in try dictResize(dict) } }
        dictInsertFresh(dict, hash: hash, key: key, value: value)
    }
}
