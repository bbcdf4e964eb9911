// collections.deque's storage: a payload object (ContainerSubclasses.swift) whose fields are
// (ring, head, count, maxlen, state). The ring is a value array whose capacity is a power of
// two; item i is ring[(head + i) & (capacity - 1)] and free slots hold NULL, so the collector
// and the heap verifier trace the live items like any value array's. `state` changes with
// every change of length or order, as CPython's does: iterators and the scans that call
// __eq__ compare it to notice that Python code changed the deque under them.

enum DequeField {
    static let ring = 0, head = 1, count = 2, maxlen = 3, state = 4
    static let minimumCapacity = 8
}

/// A deque's fields, valid as long as the deque is alive (the ring is re-read on each use,
/// so a view stays right across growing).
struct DequeView {
    let fields: TupleView
    @inline(__always) var ring: ValueArrayView { ValueArrayView(fields.items[DequeField.ring]) }
    @inline(__always) var capacity: Int { ring.capacity }
    @inline(__always) var head: Int {
        get { Int(fields.items[DequeField.head].int) }
        nonmutating set { fields.items[DequeField.head] = Value(int: newValue) }
    }
    @inline(__always) var count: Int {
        get { Int(fields.items[DequeField.count].int) }
        nonmutating set { fields.items[DequeField.count] = Value(int: newValue) }
    }
    /// The bound on the length, or -1 when there is none.
    @inline(__always) var maxlen: Int {
        get { Int(fields.items[DequeField.maxlen].int) }
        nonmutating set { fields.items[DequeField.maxlen] = Value(int: newValue) }
    }
    @inline(__always) var state: Int {
        get { Int(fields.items[DequeField.state].int) }
        nonmutating set { fields.items[DequeField.state] = Value(int: newValue & 0xFFFF_FFFF) }
    }
    @inline(__always) func slot(_ index: Int) -> Int { (head &+ index) & (capacity &- 1) }
    /// Item `index` (0 is the leftmost), which must be below count.
    @inline(__always) subscript(index: Int) -> Value {
        get { ring.items[slot(index)] }
        nonmutating set { ring[slot(index)] = newValue }
    }
    @inline(__always) func touch() { state = state &+ 1 }
}

extension VM {
    @inline(__always) func isDeque(_ value: Value) -> Bool {
        dequeTypeID != 0 && value.isObject && ObjectRef(value).kind == .instance && isInstance(value, typeID: dequeTypeID)
            && !ObjectRef(value).instancePayload.isNull
    }

    /// The fields of a deque (or of an instance of a subclass).
    @inline(__always) func dequeView(_ deque: Value) -> DequeView { DequeView(fields: payloadFields(deque)) }

    /// A new empty deque of class `typeID` (unbounded when `maxlen` is -1).
    func newDeque(typeID: Int, maxlen: Int = -1) throws(Raised) -> Value {
        let ring = try allocateValueArray(capacity: DequeField.minimumCapacity).ref.value
        let deque = try withRoots(ring) { () throws(Raised) in
            try newPayloadObject(typeID, [ring, Value(int: 0), Value(int: 0), Value(int: maxlen), Value(int: 0)])
        }
        if types[typeID].flags.contains(.hasFinalizer) { finalizable.append(deque) }
        return deque
    }

    /// Moves the items into a new ring of `capacity` slots (a power of two, at least count).
    private func dequeResize(_ view: DequeView, capacity: Int) throws(Raised) {
        let ring = try allocateValueArray(capacity: capacity)
        let count = view.count
        for index in 0..<count { ring.items[index] = view[index] }
        ring.ref.rememberStores()
        view.fields[DequeField.ring] = ring.ref.value
        view.head = 0
    }

    @inline(__always) private func dequeReserveOne(_ view: DequeView) throws(Raised) {
        if view.count == view.capacity { try dequeResize(view, capacity: view.capacity * 2) }
    }

    /// Appends at the right; a deque at its maxlen drops its leftmost item.
    @inline(__always) func dequeAppend(_ view: DequeView, _ item: Value) throws(Raised) {
        if try dequeMakeRoom(view, left: false) {
            let count = view.count
            view[count] = item
            view.count = count &+ 1
        }
        view.touch()
    }

    /// Appends at the left; a deque at its maxlen drops its rightmost item.
    func dequeAppendLeft(_ view: DequeView, _ item: Value) throws(Raised) {
        if try dequeMakeRoom(view, left: true) {
            view.head = (view.head &- 1) & (view.capacity &- 1)
            view[0] = item
            view.count = view.count &+ 1
        }
        view.touch()
    }

    /// Room for one more item at one end: the other end's item goes when the deque is at its
    /// maxlen. False when the maxlen is 0 (the item would go at once).
    @inline(__always) private func dequeMakeRoom(_ view: DequeView, left: Bool) throws(Raised) -> Bool {
        let maxlen = view.maxlen
        if maxlen >= 0 && view.count >= maxlen {
            if maxlen == 0 { return false }
            _ = left ? try dequeTakeRight(view) : try dequeTakeLeft(view)
        }
        try dequeReserveOne(view)
        return true
    }

    /// Removes and returns the rightmost item (the deque must not be empty); state unchanged.
    @inline(__always) func dequeTakeRight(_ view: DequeView) throws(Raised) -> Value {
        let count = view.count &- 1, slot = view.slot(count)
        let item = view.ring.items[slot]
        view.ring.items[slot] = .null
        view.count = count
        try dequeShrinkIfSparse(view)
        return item
    }

    /// Removes and returns the leftmost item (the deque must not be empty); state unchanged.
    @inline(__always) func dequeTakeLeft(_ view: DequeView) throws(Raised) -> Value {
        let head = view.head
        let item = view.ring.items[head]
        view.ring.items[head] = .null
        view.head = (head &+ 1) & (view.capacity &- 1)
        view.count = view.count &- 1
        try dequeShrinkIfSparse(view)
        return item
    }

    /// A queue that once held many items gives the memory back as it drains.
    @inline(__always) private func dequeShrinkIfSparse(_ view: DequeView) throws(Raised) {
        let capacity = view.capacity
        if capacity > 64 && view.count < capacity / 4 { try dequeResize(view, capacity: capacity / 2) }
    }

    /// pop() and popleft(): IndexError on an empty deque.
    func dequePop(_ deque: Value, left: Bool) throws(Raised) -> Value {
        let view = dequeView(deque)
        if view.count == 0 { throw raise(exceptionTypes.indexError, "pop from an empty deque") }
        let item = left ? try dequeTakeLeft(view) : try dequeTakeRight(view)
        view.touch()
        return item
    }

    /// Removes every item (a big ring is replaced by a small one).
    func dequeClear(_ view: DequeView) throws(Raised) {
        if view.count > 0 { view.touch() }
        if view.capacity > DequeField.minimumCapacity {
            view.count = 0
            try dequeResize(view, capacity: DequeField.minimumCapacity)
            return
        }
        for index in 0..<view.count { view[index] = .null }
        view.head = 0
        view.count = 0
    }

    /// Inserts `item` before position `index` (0...count), moving the shorter side.
    func dequeInsert(_ view: DequeView, at index: Int, _ item: Value) throws(Raised) {
        try dequeReserveOne(view)
        let count = view.count
        if index < count / 2 {
            view.head = (view.head &- 1) & (view.capacity &- 1)
            for position in 0..<index { view[position] = view[position + 1] }
        } else {
            var position = count
            while position > index { view[position] = view[position - 1]; position -= 1 }
        }
        view[index] = item
        view.count = count + 1
        view.touch()
    }

    /// Deletes the item at `index` (0..<count), moving the shorter side.
    func dequeDelete(_ view: DequeView, at index: Int) throws(Raised) {
        let count = view.count
        if index < count / 2 {
            var position = index
            while position > 0 { view[position] = view[position - 1]; position -= 1 }
            _ = try dequeTakeLeft(view)
        } else {
            for position in index..<(count - 1) { view[position] = view[position + 1] }
            _ = try dequeTakeRight(view)
        }
        view.touch()
    }

    /// rotate(n): n steps to the right (negative: to the left).
    func dequeRotate(_ view: DequeView, _ steps: Int) {
        let count = view.count
        if count <= 1 { return }
        view.touch()
        var right = steps % count
        if right < 0 { right += count }
        if right == 0 { return }
        let mask = view.capacity - 1
        if count == view.capacity {
            view.head = (view.head - right) & mask
            return
        }
        // Items move from one end to the other within the ring. A moved item may be young and
        // land on another card of a big ring, so each store goes through the write barrier.
        let ring = view.ring
        if right <= count / 2 {
            for _ in 0..<right {
                let last = view.slot(count - 1)
                view.head = (view.head - 1) & mask
                ring[view.head] = ring.items[last]
                ring.items[last] = .null
            }
        } else {
            for _ in 0..<(count - right) {
                let first = view.head
                ring[view.slot(count)] = ring.items[first]
                ring.items[first] = .null
                view.head = (first + 1) & mask
            }
        }
    }

    /// reverse(): in place; the state stays (as in CPython, iterators go on over the new order).
    func dequeReverse(_ view: DequeView) {
        var low = 0, high = view.count - 1
        let ring = view.ring
        while low < high {
            // Through the write barrier, as rotate's moves.
            let a = view.slot(low), b = view.slot(high)
            let item = ring.items[a]
            ring[a] = ring.items[b]
            ring[b] = item
            low += 1
            high -= 1
        }
    }

    /// The items in order, as a new list.
    func dequeToList(_ deque: Value) throws(Raised) -> Value {
        let view = dequeView(deque)
        let list = try newList(capacity: view.count)
        for index in 0..<view.count { list.items[index] = view[index] }
        list.count = view.count
        return list.ref.value
    }

    /// Appends every item of `iterable` (at the left, in turn, for extendleft). A deque
    /// extended by itself reads a copy; a deque bounded at 0 still consumes the iterable.
    func dequeExtend(_ deque: Value, _ iterable: Value, left: Bool) throws(Raised) {
        // forEach walks a list or tuple in place (rooting it, so the copy of the deque too).
        try forEach(iterable == deque ? try dequeToList(deque) : iterable) { (item) throws(Raised) in
            let view = dequeView(deque)
            if left { try dequeAppendLeft(view, item) } else { try dequeAppend(view, item) }
        }
    }
}
