// list: a growable sequence. Layout: header | count | storage (valueArray or NULL).

enum ListLayout {
    static let count = 1
    static let storage = 2
    static let words = 3
}

struct ListView {
    let ref: ObjectRef
    @inline(__always) init(_ value: Value) { ref = ObjectRef(value) }
    @inline(__always) var count: Int {
        get { ref.word(ListLayout.count) }
        nonmutating set { ref.setWord(ListLayout.count, newValue) }
    }
    @inline(__always) var storage: Value {
        get { ref[ListLayout.storage] }
        nonmutating set { ref[ListLayout.storage] = newValue }
    }
    @inline(__always) var capacity: Int { storage.isNull ? 0 : ValueArrayView(storage).capacity }
    @inline(__always) var items: UnsafeMutablePointer<Value> { ValueArrayView(storage).items }
    @inline(__always) subscript(index: Int) -> Value {
        get { items[index] }
        nonmutating set { ValueArrayView(storage)[index] = newValue }
    }
}

extension VM {
    func newList(capacity: Int = 0, typeID: Int = TypeID.list) throws(Raised) -> ListView {
        let ref = try allocate(kind: .list, typeID: typeID, words: ListLayout.words)
        let list = ListView(ref.value)
        if capacity > 0 {
            // The storage is allocated before the list is reachable from anywhere but
            // this local; no safepoint can intervene (allocation never collects).
            list.storage = try allocateValueArray(capacity: capacity).ref.value
        }
        return list
    }

    func newList(_ items: UnsafeBufferPointer<Value>) throws(Raised) -> Value {
        let list = try newList(capacity: items.count)
        for index in 0..<items.count { list[index] = items[index] }
        list.count = items.count
        return list.ref.value
    }

    func newList(_ items: [Value]) throws(Raised) -> Value {
        let list = try newList(capacity: items.count)
        for index in 0..<items.count { list[index] = items[index] }
        list.count = items.count
        return list.ref.value
    }

    /// Makes room for at least `needed` items, growing by ~1.5x like CPython.
    func listReserve(_ list: ListView, _ needed: Int) throws(Raised) {
        let capacity = list.capacity
        if needed <= capacity { return }
        let newCapacity = max(needed, capacity + capacity / 2 + 4)
        let newStorage = try allocateValueArray(capacity: newCapacity)
        if list.count > 0 {
            newStorage.items.update(from: list.items, count: list.count)
        }
        list.storage = newStorage.ref.value
    }

    @inline(__always) func listAppend(_ list: ListView, _ item: Value) throws(Raised) {
        let count = list.count
        if count == list.capacity { try listReserve(list, count + 1) }
        ValueArrayView(list.storage)[count] = item
        list.count = count + 1
    }

    func listInsert(_ list: ListView, at position: Int, _ item: Value) throws(Raised) {
        let count = list.count
        try listReserve(list, count + 1)
        let items = list.items
        var index = count
        while index > position { items[index] = items[index - 1]; index -= 1 }
        items[position] = item
        ObjectRef(list.storage).rememberStores()
        list.count = count + 1
    }

    func listRemove(_ list: ListView, at position: Int) -> Value {
        let items = list.items
        let removed = items[position]
        let count = list.count
        for index in position..<(count - 1) { items[index] = items[index + 1] }
        items[count - 1] = .null
        // Items moved to other cards of a big array: its card table must cover them.
        ObjectRef(list.storage).rememberStores()
        list.count = count - 1
        return removed
    }

    func listClear(_ list: ListView) {
        list.storage = .null
        list.count = 0
    }
}
