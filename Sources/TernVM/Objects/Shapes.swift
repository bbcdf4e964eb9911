// Shapes (hidden classes, DESIGN.md decision 5): instances that gained the same
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
    /// Attribute names in slot order, per shape.
    var slotNames: [[Value]] = [[], []]
    /// Name (interned str bits) to slot, per shape.
    var slotIndex: [[UInt64: Int]] = [[:], [:]]
    /// Name to the shape reached by adding it, per shape.
    var transitions: [[UInt64: Int]] = [[:], [:]]

    func slot(of name: Value, in shape: Int) -> Int? { slotIndex[shape][name.bits] }

    /// The shape reached from `shape` by adding `name`.
    mutating func adding(_ name: Value, to shape: Int) -> Int {
        if let next = transitions[shape][name.bits] { return next }
        let next = slotNames.count
        slotNames.append(slotNames[shape] + [name])
        var index = slotIndex[shape]
        index[name.bits] = slotNames[shape].count
        slotIndex.append(index)
        transitions.append([:])
        transitions[shape][name.bits] = next
        return next
    }
}

extension VM {
    /// The value of attribute `name` (interned) stored on an instance, or NULL.
    @inline(__always) func instanceSlotValue(_ ref: ObjectRef, _ name: Value) -> Value {
        guard let slot = shapes.slot(of: name, in: ref.word(InstanceLayout.shape)) else {
            if ref.word(InstanceLayout.shape) == ShapeTable.dictShape { return dictGetStr(DictView(ref[InstanceLayout.slots]), name) }
            return .null
        }
        return ValueArrayView(ref[InstanceLayout.slots]).items[slot]
    }

    /// Stores attribute `name` (interned) on an instance, adding a slot if needed.
    func setInstanceSlot(_ ref: ObjectRef, _ name: Value, _ value: Value) throws(Raised) {
        let shape = ref.word(InstanceLayout.shape)
        if let slot = shapes.slot(of: name, in: shape) {
            ValueArrayView(ref[InstanceLayout.slots]).items[slot] = value
            return
        }
        if shape == ShapeTable.dictShape {
            try dictSet(DictView(ref[InstanceLayout.slots]), name, value)
            return
        }
        let next = shapes.adding(name, to: shape)
        let slot = shapes.slotNames[next].count - 1
        let storage = ref[InstanceLayout.slots]
        let capacity = storage.isNull ? 0 : ValueArrayView(storage).capacity
        if slot >= capacity {
            let grown = try allocateValueArray(capacity: max(4, capacity * 2))
            if capacity > 0 { grown.items.update(from: ValueArrayView(storage).items, count: capacity) }
            ref[InstanceLayout.slots] = grown.ref.value
        }
        ValueArrayView(ref[InstanceLayout.slots]).items[slot] = value
        ref.setWord(InstanceLayout.shape, next)
    }

    /// Removes attribute `name`; false when the instance does not have it.
    func deleteInstanceSlot(_ ref: ObjectRef, _ name: Value) throws(Raised) -> Bool {
        let shape = ref.word(InstanceLayout.shape)
        if shape == ShapeTable.dictShape { return !(try dictRemove(DictView(ref[InstanceLayout.slots]), name)).isNull }
        guard shapes.slot(of: name, in: shape) != nil else { return false }
        let names = shapes.slotNames[shape]
        let values = ValueArrayView(ref[InstanceLayout.slots])
        var kept: [(Value, Value)] = []
        for (slot, other) in names.enumerated() where other != name { kept.append((other, values.items[slot])) }
        ref.setWord(InstanceLayout.shape, 0)
        for (other, value) in kept { try setInstanceSlot(ref, other, value) }
        return true
    }

    /// The instance's attributes as (name, value) pairs in insertion order.
    func instanceAttributes(_ ref: ObjectRef) -> [(Value, Value)] {
        if ref.word(InstanceLayout.shape) == ShapeTable.dictShape {
            var pairs: [(Value, Value)] = []
            try? dictForEach(DictView(ref[InstanceLayout.slots])) { (key, value) throws(Raised) in pairs.append((key, value)) }
            return pairs
        }
        let names = shapes.slotNames[ref.word(InstanceLayout.shape)]
        if names.isEmpty { return [] }
        let values = ValueArrayView(ref[InstanceLayout.slots])
        return names.enumerated().map { ($0.element, values.items[$0.offset]) }
    }
}

extension VM {
    /// The instance's live attribute dict, moving its slots into a dict on first use.
    func instanceDict(_ ref: ObjectRef) throws(Raised) -> Value {
        if ref.word(InstanceLayout.shape) == ShapeTable.dictShape { return ref[InstanceLayout.slots] }
        let dict = try newDict()
        for (name, item) in instanceAttributes(ref) { try dictSet(dict, name, item) }
        ref[InstanceLayout.slots] = dict.ref.value
        ref.setWord(InstanceLayout.shape, ShapeTable.dictShape)
        return dict.ref.value
    }

    /// Whether an instance (or exception) has attribute `name` of its own.
    @inline(__always) func instanceHasOwn(_ ref: ObjectRef, _ name: Value) -> Bool {
        let shape = ref.word(InstanceLayout.shape)
        if shape == ShapeTable.dictShape { return !dictGetStr(DictView(ref[InstanceLayout.slots]), name).isNull }
        return shapes.slot(of: name, in: shape) != nil
    }
}
