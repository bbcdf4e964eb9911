// set and frozenset: an open-addressing table probed the way CPython 3.11 probes
// (runs of linear probes, then perturbed jumps), so that iteration order — which
// Python programs print — matches CPython for ints.
// Layout in Layouts.swift: count | fill | mask | table (valueArray of hash, key pairs).
// An unused slot has a NULL key; a deleted one has the `deletedKey` marker.

private let deletedKey = Value(bits: 0x41)
private let linearProbes = 9

extension VM {
    func newSet(typeID: Int = TypeID.set, tableSize: Int = 8) throws(Raised) -> Value {
        let ref = try allocate(kind: .set, typeID: typeID, words: SetLayout.words)
        let table = try allocateValueArray(capacity: tableSize * 2)
        ref.setWord(SetLayout.mask, tableSize - 1)
        ref[SetLayout.table] = table.ref.value
        return ref.value
    }

    func newSet(_ items: UnsafeBufferPointer<Value>) throws(Raised) -> Value {
        let set = try newSet()
        try withRoots(set) { () throws(Raised) in
            for item in items { try setAdd(set, item) }
        }
        return set
    }

    func isSetLike(_ value: Value) -> Bool { value.isObject && ObjectRef(value).kind == .set }

    @inline(__always) private func setTable(_ ref: ObjectRef) -> UnsafeMutablePointer<Value> {
        ValueArrayView(ref[SetLayout.table]).items
    }

    /// The slot holding `key`, or nil; `natively`, -1 where only Python code (an `__eq__`) could answer.
    private func setFind(_ set: Value, _ key: Value, hash: Int, natively: Bool = false) throws(Raised) -> Int? {
        let ref = ObjectRef(set)
        restart: while true {
            let tableBefore = ref[SetLayout.table]
            let mask = ref.word(SetLayout.mask)
            var slot = hash & mask
            var perturb = UInt(bitPattern: hash)
            while true {
                var probes = slot + linearProbes <= mask ? linearProbes : 0
                var current = slot
                while true {
                    let table = setTable(ref)
                    let candidate = table[current * 2 + 1]
                    if candidate.isNull { return nil }
                    if candidate != deletedKey && Int(table[current * 2].int) == hash {
                        if candidate == key { return current }
                        if let quick = quickEquality(candidate, key) {
                            if quick { return current }
                        } else {
                            if natively { return -1 }
                            let equal = try withRoots(set, key, candidate) { () throws(Raised) in try isEqual(candidate, key) }
                            if ref[SetLayout.table] != tableBefore { continue restart }
                            if equal { return current }
                        }
                    }
                    if probes == 0 { break }
                    probes -= 1
                    current += 1
                }
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    func setContains(_ set: Value, _ key: Value) throws(Raised) -> Bool {
        // `char in DIGITS`: a str or int key is hashed and compared without the general path.
        if let found = setContainsNatively(set, key) { return found }
        var lookupKey = key
        if isSetLike(key) && typeID(of: key) == TypeID.set {
            lookupKey = try frozenCopy(key)
        }
        return try setFind(set, lookupKey, hash: storedHash(try hashValue(lookupKey))) != nil
    }

    /// Whether `set` holds `key`, answered without running Python code (VM.nativeHash, quickEquality);
    /// nil when only Python code could answer.
    func setContainsNatively(_ set: Value, _ key: Value) -> Bool? {
        guard let hash = nativeHash(key) else { return nil }
        do {
            guard let slot = try setFind(set, key, hash: storedHash(hash), natively: true) else { return false }
            return slot >= 0 ? true : nil
        } catch {
            return nil
        }
    }

    func setAdd(_ set: Value, _ key: Value) throws(Raised) {
        try setAdd(set, entry: key, hash: storedHash(try hashValue(key)))
    }

    /// Places a key known to be absent: the first free slot along its probe sequence.
    private func insertClean(_ ref: ObjectRef, _ key: Value, hash: Int, reuseDeleted: Bool) {
        let mask = ref.word(SetLayout.mask)
        let table = setTable(ref)
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        var deletedSlot = -1
        while true {
            var probes = slot + linearProbes <= mask ? linearProbes : 0
            var current = slot
            while true {
                let candidate = table[current * 2 + 1]
                if candidate.isNull {
                    let target = deletedSlot >= 0 ? deletedSlot : current
                    if deletedSlot < 0 { ref.setWord(SetLayout.fill, ref.word(SetLayout.fill) + 1) }
                    table[target * 2] = Value(int: hash)
                    table[target * 2 + 1] = key
                    ObjectRef(ref[SetLayout.table]).rememberStore(atWord: 2 + target * 2 + 1)
                    return
                }
                if candidate == deletedKey && reuseDeleted && deletedSlot < 0 { deletedSlot = current }
                if probes == 0 { break }
                probes -= 1
                current += 1
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    private func setResize(_ ref: ObjectRef, minimumUsed: Int) throws(Raised) {
        var size = 8
        while size <= minimumUsed { size <<= 1 }
        let oldTable = ref[SetLayout.table]
        let oldSize = ref.word(SetLayout.mask) + 1
        let table = try allocateValueArray(capacity: size * 2)
        ref[SetLayout.table] = table.ref.value
        ref.setWord(SetLayout.mask, size - 1)
        ref.setWord(SetLayout.fill, 0)
        let old = ValueArrayView(oldTable).items
        for slot in 0..<oldSize {
            let key = old[slot * 2 + 1]
            if !key.isNull && key != deletedKey { insertClean(ref, key, hash: Int(old[slot * 2].int), reuseDeleted: false) }
        }
    }

    /// Removes `key`; false when absent.
    @discardableResult
    func setDiscard(_ set: Value, _ key: Value) throws(Raised) -> Bool {
        guard let slot = try setFind(set, key, hash: storedHash(try hashValue(key))) else { return false }
        let ref = ObjectRef(set)
        setTable(ref)[slot * 2 + 1] = deletedKey
        ref.setWord(SetLayout.count, ref.word(SetLayout.count) - 1)
        return true
    }

    /// The keys in table order.
    func setItems(_ set: Value) throws(Raised) -> [Value] { setEntries(set).keys }

    /// The keys in table order with the hashes stored beside them (storedHash of each key's hash).
    private func setEntries(_ set: Value) -> (keys: [Value], hashes: [Int]) {
        let ref = ObjectRef(set)
        let table = setTable(ref)
        let count = ref.word(SetLayout.count), mask = ref.word(SetLayout.mask)
        var keys: [Value] = [], hashes: [Int] = []
        keys.reserveCapacity(count)
        hashes.reserveCapacity(count)
        for slot in 0...mask where keys.count < count {
            let key = table[slot * 2 + 1]
            if key.isNull || key == deletedKey { continue }
            keys.append(key)
            hashes.append(Int(table[slot * 2].int))
        }
        return (keys, hashes)
    }

    /// setContains for a key of a set (hashable, its stored hash known).
    private func setContains(_ set: Value, entry key: Value, hash: Int) throws(Raised) -> Bool {
        try setFind(set, key, hash: hash) != nil
    }

    /// setAdd with the key's stored hash known (a key taken from a set).
    private func setAdd(_ set: Value, entry key: Value, hash: Int) throws(Raised) {
        if try setFind(set, key, hash: hash) != nil { return }
        try setInsertAbsent(set, key, hash: hash)
    }

    /// Adds a key known not to be in the set (no lookup, so no __eq__ can run).
    private func setInsertAbsent(_ set: Value, _ key: Value, hash: Int) throws(Raised) {
        let ref = ObjectRef(set)
        insertClean(ref, key, hash: hash, reuseDeleted: true)
        ref.setWord(SetLayout.count, ref.word(SetLayout.count) + 1)
        if ref.word(SetLayout.fill) * 5 >= ref.word(SetLayout.mask) * 3 {
            let used = ref.word(SetLayout.count)
            try setResize(ref, minimumUsed: used > 50000 ? used * 2 : used * 4)
        }
    }

    /// The next occupied slot at or after `position`, or -1 (for iterators).
    func setNextSlot(_ set: Value, from position: Int) -> Int {
        let ref = ObjectRef(set)
        let table = setTable(ref)
        var slot = position
        while slot <= ref.word(SetLayout.mask) {
            let key = table[slot * 2 + 1]
            if !key.isNull && key != deletedKey { return slot }
            slot += 1
        }
        return -1
    }

    func setKey(_ set: Value, slot: Int) -> Value { setTable(ObjectRef(set))[slot * 2 + 1] }

    @inline(never)
    func setUpdate(_ set: Value, _ iterable: Value) throws(Raised) {
        try withRoots(set) { () throws(Raised) in
            try forEach(iterable) { (item) throws(Raised) in try setAdd(set, item) }
        }
    }

    func setClear(_ set: Value) throws(Raised) {
        let ref = ObjectRef(set)
        ref[SetLayout.table] = try allocateValueArray(capacity: 16).ref.value
        ref.setWord(SetLayout.mask, 7)
        ref.setWord(SetLayout.fill, 0)
        ref.setWord(SetLayout.count, 0)
    }

    func setCount(_ set: Value) -> Int { ObjectRef(set).word(SetLayout.count) }

    func frozenCopy(_ set: Value) throws(Raised) -> Value {
        let copy = try newSet(typeID: TypeID.frozenset)
        try withRoots(copy) { () throws(Raised) in
            try withSetItems(set) { items throws(Raised) in
                for item in items { try setAdd(copy, item) }
            }
        }
        return copy
    }

    func setCopy(_ set: Value, typeID: Int) throws(Raised) -> Value {
        let copy = try newSet(typeID: typeID)
        try withRoots(copy) { () throws(Raised) in
            try withSetItems(set) { items throws(Raised) in
                for item in items { try setAdd(copy, item) }
            }
        }
        return copy
    }

    /// The items of `set`, held by a tuple that stays rooted while `body` runs: comparing items runs
    /// Python code (`__eq__`), which may empty the sets and leave the items referenced from nowhere else.
    func withSetItems<R>(_ set: Value, _ body: ([Value]) throws(Raised) -> R) throws(Raised) -> R {
        try withSetEntries(set) { (keys, _) throws(Raised) in try body(keys) }
    }

    /// withSetItems with the stored hash of each key.
    private func withSetEntries<R>(_ set: Value, _ body: ([Value], [Int]) throws(Raised) -> R) throws(Raised) -> R {
        let entries = setEntries(set)
        let holder = try newTuple(entries.keys)
        return try withRoots(holder) { () throws(Raised) in try body(entries.keys, entries.hashes) }
    }

    /// Calls `body` with each key of `set` and its stored hash, walking the table in place; `body`
    /// returns false to stop. Only for bodies that run no Python code (the table must not change).
    private func forEachSetEntryInPlace(_ set: Value, _ body: (Value, Int) throws(Raised) -> Bool) rethrows {
        let ref = ObjectRef(set)
        let table = setTable(ref), mask = ref.word(SetLayout.mask)
        for slot in 0...mask {
            let key = table[slot * 2 + 1]
            if key.isNull || key == deletedKey { continue }
            if try !body(key, Int(table[slot * 2].int)) { return }
        }
    }

    /// Whether `b` holds `key` (hash known), or nil where only an __eq__ in Python could say.
    private func nativeSetHolds(_ b: Value, _ key: Value, hash: Int) -> Bool? {
        do {
            guard let slot = try setFind(b, key, hash: hash, natively: true) else { return false }
            return slot >= 0 ? true : nil
        } catch {
            return nil
        }
    }

    /// a <= b without copying a's keys, or nil when a key needs Python code to compare.
    private func nativeSubset(_ a: Value, _ b: Value) -> Bool? {
        var answer: Bool? = true
        forEachSetEntryInPlace(a) { key, hash in
            guard let held = nativeSetHolds(b, key, hash: hash) else { answer = nil; return false }
            if !held { answer = false }
            return held
        }
        return answer
    }

    /// left & right and left - right into a new set, walking left's table in place (meteor_contest's
    /// frozensets); nil when a key needs Python code to compare, and the general path runs instead.
    private func nativeSetFilter(_ left: Value, _ right: Value, keepHeld: Bool, resultType: Int) throws(Raised) -> Value? {
        var kept: [(Value, Int)] = []
        var decided = true
        forEachSetEntryInPlace(left) { key, hash in
            guard let held = nativeSetHolds(right, key, hash: hash) else { decided = false; return false }
            if held == keepHeld { kept.append((key, hash)) }
            return true
        }
        if !decided { return nil }
        let result = try newSet(typeID: resultType)
        try withRoots(result) { () throws(Raised) in
            // Keys of one set are distinct: no lookup (and no __eq__) is needed to add them.
            for (key, hash) in kept { try setInsertAbsent(result, key, hash: hash) }
        }
        return result
    }

    /// &, |, -, ^ (and in-place forms) between sets; the result has the left operand's type.
    func setOperator(_ left: Value, _ right: Value, _ op: Int, inPlace: Bool) throws(Raised) -> Value {
        let resultType = typeID(of: left) == TypeID.frozenset ? TypeID.frozenset : TypeID.set
        // As in CPython, & walks the smaller operand (the right one when sizes are equal), whose keys the result holds.
        let walksRight = op == BinaryOp.and && setCount(right) <= setCount(left)
        if !inPlace && (op == BinaryOp.and || op == BinaryOp.sub),
           let result = try nativeSetFilter(walksRight ? right : left, walksRight ? left : right,
                                            keepHeld: op == BinaryOp.and, resultType: resultType) {
            return result
        }
        return try withSetEntries(left) { leftItems, leftHashes throws(Raised) in
            try withSetEntries(right) { rightItems, rightHashes throws(Raised) in
                if inPlace && typeID(of: left) == TypeID.set && (op == BinaryOp.sub || op == BinaryOp.xor) {
                    // In CPython: -= and ^= change the table in place (keeping its size and order).
                    for item in rightItems {
                        if try setDiscard(left, item) { continue }
                        if op == BinaryOp.xor { try setAdd(left, item) }
                    }
                    return left
                }
                var kept: [Value] = [], keptHashes: [Int] = []
                func keep(_ items: [Value], _ hashes: [Int], _ index: Int) {
                    kept.append(items[index])
                    keptHashes.append(hashes[index])
                }
                switch op {
                case BinaryOp.or:
                    kept = leftItems + rightItems
                    keptHashes = leftHashes + rightHashes
                case BinaryOp.and where walksRight:
                    for index in rightItems.indices where try setContains(left, entry: rightItems[index], hash: rightHashes[index]) {
                        keep(rightItems, rightHashes, index)
                    }
                case BinaryOp.and:
                    for index in leftItems.indices where try setContains(right, entry: leftItems[index], hash: leftHashes[index]) {
                        keep(leftItems, leftHashes, index)
                    }
                case BinaryOp.sub:
                    for index in leftItems.indices where !(try setContains(right, entry: leftItems[index], hash: leftHashes[index])) {
                        keep(leftItems, leftHashes, index)
                    }
                case BinaryOp.xor:
                    for index in leftItems.indices where !(try setContains(right, entry: leftItems[index], hash: leftHashes[index])) {
                        keep(leftItems, leftHashes, index)
                    }
                    for index in rightItems.indices where !(try setContains(left, entry: rightItems[index], hash: rightHashes[index])) {
                        keep(rightItems, rightHashes, index)
                    }
                default:
                    return .null
                }
                if inPlace && typeID(of: left) == TypeID.set {
                    try setClear(left)
                    for index in kept.indices { try setAdd(left, entry: kept[index], hash: keptHashes[index]) }
                    return left
                }
                let result = try newSet(typeID: resultType)
                try withRoots(result) { () throws(Raised) in
                    for index in kept.indices { try setAdd(result, entry: kept[index], hash: keptHashes[index]) }
                }
                return result
            }
        }
    }

    func isSubset(_ a: Value, _ b: Value) throws(Raised) -> Bool {
        if setCount(a) > setCount(b) { return false }
        if let answer = nativeSubset(a, b) { return answer }
        return try withSetEntries(a) { items, hashes throws(Raised) in
            for index in items.indices where !(try setContains(b, entry: items[index], hash: hashes[index])) { return false }
            return true
        }
    }

    func compareSets(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Bool {
        let a = setCount(left), b = setCount(right)
        let forward = try isSubset(left, right)
        switch op {
        case 0: return a == b && forward
        case 1: return !(a == b && forward)
        case 2: return a < b && forward
        case 3: return forward
        case 4:
            if a <= b { return false }
            return try isSubset(right, left)
        default: return try isSubset(right, left)
        }
    }

    /// CPython's frozenset hash: order-independent mixing of the item hashes.
    func frozensetHash(_ set: Value) -> Int {
        var hash: UInt64 = 0
        let ref = ObjectRef(set)
        let table = setTable(ref)
        for slot in 0...ref.word(SetLayout.mask) {
            let key = table[slot * 2 + 1]
            if key.isNull || key == deletedKey { continue }
            let h = UInt64(bitPattern: Int64(table[slot * 2].int))
            hash ^= ((h ^ 89869747) ^ (h << 16)) &* 3644798167
        }
        hash ^= (UInt64(ref.word(SetLayout.count)) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        let result = Int(Int64(bitPattern: hash))
        return result == -1 ? 590923713 : result
    }
}
