// Shapes (hidden classes, docs/design.md, decision 5): instances that gained the same
// attributes in the same order share a shape, which maps each name to a slot in
// the instance's slot array. Shape 0 is the empty shape. Shapes are never freed;
// their number is bounded by the distinct attribute histories of the program.
//
// Shape 1 is the dict shape: once a program asks for an instance's `__dict__`,
// the instance moves its attributes into a real dict (stored in the slots word)
// so the dict is live, as in CPython. Dict-shaped instances have no slots, so the
// inline caches (keyed on shape) simply miss for them and take the generic path.

struct ShapeTable {
    /// The shape of instances whose attributes live in a dict (see above).
    static let dictShape = 1
    /// The most attributes a shape holds: a shape lists all its names, so a chain of shapes
    /// costs memory quadratic in its length. An instance gaining more moves to a dict
    /// (argparse's Namespace with 1000 options took 30 MB of shapes).
    static let maximumSlots = 64
    /// Attribute names in slot order, per shape.
    var slotNames: [[Value]] = [[], []]
    /// (shape, name) to the name's slot in that shape.
    var slotIndex = ShapeNameMap()
    /// (shape, name) to the shape reached by adding the name.
    var transitions = ShapeNameMap()

    @inline(__always) func slot(of name: Value, in shape: Int) -> Int? { slotIndex[shape, name] }

    /// The shape reached from `shape` by adding `name`.
    mutating func adding(_ name: Value, to shape: Int) -> Int {
        if let next = transitions[shape, name] { return next }
        let next = slotNames.count
        let names = slotNames[shape] + [name]
        slotNames.append(names)
        for (slot, other) in names.enumerated() { slotIndex.insert(next, other, slot) }
        transitions.insert(shape, name, next)
        return next
    }
}

/// An open-addressing map from (shape, interned name) to an int. Entries are never removed: shapes
/// and interned names live as long as the VM. (Swift's Dictionary hashed every probe with SipHash:
/// a third of the cost of an uncached attribute access.)
struct ShapeNameMap {
    private var names: [UInt64] = Array(repeating: 0, count: 64)
    private var shapes: [Int32] = Array(repeating: 0, count: 64)
    private var values: [Int32] = Array(repeating: 0, count: 64)
    private var count = 0

    @inline(__always) private static func start(_ shape: Int, _ name: UInt64, _ mask: Int) -> Int {
        let mixed = ((name >> 3) ^ (UInt64(truncatingIfNeeded: shape) &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    subscript(shape: Int, name: Value) -> Int? {
        let mask = names.count - 1
        var index = ShapeNameMap.start(shape, name.bits, mask)
        while true {
            let stored = names[index]
            if stored == 0 { return nil }
            if stored == name.bits && shapes[index] == Int32(truncatingIfNeeded: shape) { return Int(values[index]) }
            index = (index &+ 1) & mask
        }
    }

    mutating func insert(_ shape: Int, _ name: Value, _ value: Int) {
        if (count + 1) * 2 > names.count { grow() }
        place(shape, name.bits, value)
        count += 1
    }

    private mutating func place(_ shape: Int, _ name: UInt64, _ value: Int) {
        let mask = names.count - 1
        var index = ShapeNameMap.start(shape, name, mask)
        while names[index] != 0 { index = (index &+ 1) & mask }
        names[index] = name
        shapes[index] = Int32(shape)
        values[index] = Int32(value)
    }

    private mutating func grow() {
        let (oldNames, oldShapes, oldValues) = (names, shapes, values)
        names = Array(repeating: 0, count: oldNames.count * 2)
        shapes = Array(repeating: 0, count: oldNames.count * 2)
        values = Array(repeating: 0, count: oldNames.count * 2)
        for index in 0..<oldNames.count where oldNames[index] != 0 {
            place(Int(oldShapes[index]), oldNames[index], Int(oldValues[index]))
        }
    }
}

/// Where an object keeps its attributes: the words holding its shape id and its
/// slot array (or, for the dict shape, its attribute dict).
struct AttributeStore {
    let ref: ObjectRef
    let shapeWord: Int
    let slotsWord: Int
    var shape: Int { ref.word(shapeWord) }
    var slots: Value { ref[slotsWord] }
    var isDict: Bool { ref.word(shapeWord) == ShapeTable.dictShape }
}

extension VM {
    /// The attribute words of instances, exceptions and instances of container subclasses; nil otherwise.
    @inline(__always) func attributeStore(_ ref: ObjectRef) -> AttributeStore? {
        switch ref.kind {
        case .instance, .exception:
            return AttributeStore(ref: ref, shapeWord: InstanceLayout.shape, slotsWord: InstanceLayout.slots)
        default:
            guard ref.header & GCFlag.attributeExtension != 0 else { return nil }
            let offset = attributeExtensionOffset(ref)
            return AttributeStore(ref: ref, shapeWord: offset, slotsWord: offset + 1)
        }
    }

    /// The value of attribute `name` (interned) stored on an object, or NULL.
    @inline(__always) func instanceSlotValue(_ ref: ObjectRef, _ name: Value) -> Value {
        guard let store = attributeStore(ref) else { return .null }
        return storedAttribute(store, name)
    }

    /// The value of `name` in an attribute store, or NULL.
    @inline(__always) func storedAttribute(_ store: AttributeStore, _ name: Value) -> Value {
        if let slot = shapes.slot(of: name, in: store.shape) { return ValueArrayView(store.slots).items[slot] }
        if store.isDict { return dictGetStr(DictView(store.slots), name) }
        return .null
    }

    /// Stores attribute `name` (interned) on an object with an attribute store, adding a slot if needed.
    func setInstanceSlot(_ ref: ObjectRef, _ name: Value, _ value: Value) throws(Raised) {
        guard let store = attributeStore(ref) else { return }
        let shape = store.shape
        if let slot = shapes.slot(of: name, in: shape) {
            ValueArrayView(store.slots)[slot] = value
            return
        }
        if store.isDict {
            try dictSet(DictView(store.slots), name, value)
            return
        }
        if shapes.slotNames[shape].count >= ShapeTable.maximumSlots {
            try dictSet(DictView(try instanceDict(ref)), name, value)
            return
        }
        let next = shapes.adding(name, to: shape)
        let slot = shapes.slotNames[next].count - 1
        let storage = store.slots
        if slot >= (storage.isNull ? 0 : ValueArrayView(storage).capacity) {
            try growSlotArray(ref, slotsWord: store.slotsWord, toHold: slot)
        }
        ValueArrayView(ref[store.slotsWord])[slot] = value
        ref.setWord(store.shapeWord, next)
    }

    /// Removes attribute `name`; false when the object does not have it.
    func deleteInstanceSlot(_ ref: ObjectRef, _ name: Value) throws(Raised) -> Bool {
        guard let store = attributeStore(ref) else { return false }
        if store.isDict { return !(try dictRemove(DictView(store.slots), name)).isNull }
        let shape = store.shape
        guard shapes.slot(of: name, in: shape) != nil else { return false }
        let names = shapes.slotNames[shape]
        let values = ValueArrayView(store.slots)
        var kept: [(Value, Value)] = []
        for (slot, other) in names.enumerated() where other != name { kept.append((other, values.items[slot])) }
        ref.setWord(store.shapeWord, 0)
        for (other, value) in kept { try setInstanceSlot(ref, other, value) }
        return true
    }

    /// The object's attributes as (name, value) pairs in insertion order.
    func instanceAttributes(_ ref: ObjectRef) -> [(Value, Value)] {
        guard let store = attributeStore(ref) else { return [] }
        if store.isDict {
            var pairs: [(Value, Value)] = []
            try? dictForEach(DictView(store.slots)) { (key, value) throws(Raised) in pairs.append((key, value)) }
            return pairs
        }
        let names = shapes.slotNames[store.shape]
        if names.isEmpty { return [] }
        let values = ValueArrayView(store.slots)
        return names.enumerated().map { ($0.element, values.items[$0.offset]) }
    }

    /// The object's live attribute dict, moving its slots into a dict on first use.
    func instanceDict(_ ref: ObjectRef) throws(Raised) -> Value {
        guard let store = attributeStore(ref) else { return try newDict().ref.value }
        if store.isDict { return store.slots }
        // The shape's names are distinct interned strs: appended without lookups, in room made once
        // (logging formats every record through its __dict__).
        let names = shapes.slotNames[store.shape]
        let dict = try newDict(capacity: names.count)
        let values = ValueArrayView(store.slots)
        for (slot, name) in names.enumerated() {
            try dictAppendAbsent(dict, storedHash: storedHash(StrView(name).hashValue()), key: name, value: values.items[slot])
        }
        ref[store.slotsWord] = dict.ref.value
        ref.setWord(store.shapeWord, ShapeTable.dictShape)
        return dict.ref.value
    }

    /// Whether an object has attribute `name` of its own.
    @inline(__always) func instanceHasOwn(_ ref: ObjectRef, _ name: Value) -> Bool {
        guard let store = attributeStore(ref) else { return false }
        return !storedAttribute(store, name).isNull
    }
}

extension VM {
    /// The largest first slot array a class's instances get (see `TypeInfo.slotCountHint`).
    static let slotHintLimit = 32

    /// Replaces the slot array in word `slotsWord` of `ref` by a bigger copy with room
    /// for `slot`: one growth rule for every path that adds an attribute.
    func growSlotArray(_ ref: ObjectRef, slotsWord: Int, toHold slot: Int) throws(Raised) {
        let storage = ref[slotsWord]
        let capacity = storage.isNull ? 0 : ValueArrayView(storage).capacity
        // Instances of a class mostly get the same attributes: the first array is sized for
        // as many as the class's instances have held so far, so that it need not grow.
        let id = ref.typeID
        let hint = Int(types[id].slotCountHint)
        if slot + 1 > hint { types[id].slotCountHint = Int32(min(slot + 1, VM.slotHintLimit)) }
        let grown = try allocateValueArray(capacity: capacity == 0 ? max(2, hint, slot + 1) : max(capacity * 2, slot + 1))
        if capacity > 0 { grown.items.update(from: ValueArrayView(storage).items, count: capacity) }
        ref[slotsWord] = grown.ref.value
    }
}
