// tuple and the internal value array.
// tuple layout: header | count | items...
// valueArray (growable storage of lists and similar): header | capacity | items...
// Slots past a list's count are kept NULL so the collector may trace them all.

enum TupleLayout {
    static let count = 1
    static let items = 2
}

struct TupleView {
    let ref: ObjectRef
    @inline(__always) init(_ value: Value) { ref = ObjectRef(value) }
    @inline(__always) var count: Int { ref.word(TupleLayout.count) }
    @inline(__always) var items: UnsafeMutablePointer<Value> { ref.values(from: TupleLayout.items) }
    @inline(__always) subscript(index: Int) -> Value {
        get { items[index] }
        nonmutating set { ref[TupleLayout.items &+ index] = newValue }
    }
    var buffer: UnsafeBufferPointer<Value> { UnsafeBufferPointer(start: items, count: count) }
}

struct ValueArrayView {
    let ref: ObjectRef
    @inline(__always) init(_ value: Value) { ref = ObjectRef(value) }
    @inline(__always) var capacity: Int { ref.word(1) }
    @inline(__always) var items: UnsafeMutablePointer<Value> { ref.values(from: 2) }
    /// Item `index`; storing runs the write barrier (through `ObjectRef`'s subscript).
    @inline(__always) subscript(index: Int) -> Value {
        get { items[index] }
        nonmutating set { ref[2 &+ index] = newValue }
    }
}

extension VM {
    /// A tuple with `count` NULL items, to be filled before any safepoint.
    func allocateTuple(count: Int) throws(Raised) -> TupleView {
        if count == 0 && !emptyTuple.isNull { return TupleView(emptyTuple) }
        let ref = try allocate(kind: .tuple, typeID: TypeID.tuple, words: TupleLayout.items + count)
        ref.setWord(TupleLayout.count, count)
        return TupleView(ref.value)
    }

    func newTuple(_ items: UnsafeBufferPointer<Value>) throws(Raised) -> Value {
        let tuple = try allocateTuple(count: items.count)
        for index in 0..<items.count { tuple[index] = items[index] }
        return tuple.ref.value
    }

    /// A tuple of `count` items made one by one by `item`, which may allocate: the
    /// tuple (None-filled first) is rooted meanwhile, so made items stay alive.
    func newTuple(count: Int, _ item: (Int) throws(Raised) -> Value) throws(Raised) -> Value {
        let tuple = try allocateTuple(count: count)
        for index in 0..<count { tuple[index] = .none }
        return try withRoots(tuple.ref.value) { () throws(Raised) in
            for index in 0..<count { tuple[index] = try item(index) }
            return tuple.ref.value
        }
    }

    func newTuple(_ items: [Value]) throws(Raised) -> Value {
        let tuple = try allocateTuple(count: items.count)
        for index in 0..<items.count { tuple[index] = items[index] }
        return tuple.ref.value
    }

    func newTuple(_ a: Value, _ b: Value) throws(Raised) -> Value {
        let tuple = try allocateTuple(count: 2)
        tuple[0] = a; tuple[1] = b
        return tuple.ref.value
    }

    func allocateValueArray(capacity: Int) throws(Raised) -> ValueArrayView {
        // Big arrays carry a card table after their items (WriteBarrier.swift).
        let carded = capacity >= CardTable.minimumItems
        let cardWords = carded ? (CardTable.cardCount(capacity) + 7) / 8 : 0
        let ref = try allocate(kind: .valueArray, typeID: TypeID.object, words: 2 + capacity + cardWords)
        ref.setWord(1, capacity)
        if carded { ref.header |= GCFlag.carded }
        return ValueArrayView(ref.value)
    }
}
