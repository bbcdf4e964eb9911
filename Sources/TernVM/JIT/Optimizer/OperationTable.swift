// The tables removeRedundantOperations keeps: from an operation (its opcode, type,
// operands, immediate and field) to the earlier operation with the same result. A
// Swift Dictionary hashed every key with SipHash and rebuilt itself to drop entries;
// this one mixes the key's words itself, probes linearly, and is emptied by moving
// to a new generation, without touching its slots.

/// An operation as removeRedundantOperations compares it.
struct OperationKey: Equatable {
    var opcode: IROpcode, type: IRType, a: IRRef, b: IRRef, c: IRRef, immediate: Int64, field: FieldOwner

    var mixed: Int {
        let operands = UInt64(UInt32(bitPattern: a.index)) | UInt64(UInt32(bitPattern: b.index)) << 21
            | UInt64(UInt32(bitPattern: c.index)) << 42
        let word = (operands ^ UInt64(bitPattern: immediate) &* 0xBF58_476D_1CE4_E5B9
                    ^ UInt64(opcode.rawValue) << 56 ^ UInt64(type.rawValue) << 48 ^ UInt64(field.rawValue) << 40)
            &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: word >> 32)
    }
}

struct OperationTable {
    private var keys: [OperationKey]
    /// The earlier operation, or nil where the key was removed (its slot stays in the probe chains).
    private var values: [IRRef?]
    /// A slot holds an entry when its stamp is the table's generation.
    private var stamps: [UInt32]
    private var generation: UInt32 = 1
    /// Slots taken, removed keys included.
    private var used = 0
    private var removedCount = 0
    private var mask: Int

    /// A table with room for `capacity` entries.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        self.init(slotCount: size)
    }

    /// `slotCount` must be a power of two.
    private init(slotCount: Int) {
        let empty = OperationKey(opcode: .constant, type: .none, a: .none, b: .none, c: .none, immediate: 0, field: .unknown)
        keys = Array(repeating: empty, count: slotCount)
        values = Array(repeating: nil, count: slotCount)
        stamps = Array(repeating: 0, count: slotCount)
        mask = slotCount - 1
    }

    private func slot(of key: OperationKey) -> (slot: Int, found: Bool) {
        var slot = key.mixed & mask
        while stamps[slot] == generation {
            if keys[slot] == key { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    subscript(key: OperationKey) -> IRRef? {
        get {
            let (slot, found) = slot(of: key)
            return found ? values[slot] : nil
        }
        set {
            let (slot, found) = slot(of: key)
            if found {
                if (values[slot] == nil) != (newValue == nil) { removedCount += newValue == nil ? 1 : -1 }
                values[slot] = newValue
                return
            }
            guard let newValue else { return }
            if (used + 1) * 4 > keys.count * 3 { grow(); self[key] = newValue; return }
            keys[slot] = key
            values[slot] = newValue
            stamps[slot] = generation
            used += 1
        }
    }

    mutating func removeAll() {
        generation &+= 1
        if generation == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            generation = 1
        }
        used = 0
        removedCount = 0
    }

    /// Removes every entry whose key `shouldRemove` picks.
    mutating func removeAll(where shouldRemove: (OperationKey) -> Bool) {
        for slot in stamps.indices where stamps[slot] == generation && values[slot] != nil && shouldRemove(keys[slot]) {
            values[slot] = nil
            removedCount += 1
        }
        // Removed keys still lengthen probe chains; rebuild once they are half of the slots taken.
        if removedCount * 2 > used && used > 8 { rebuild(size: keys.count) }
    }

    private mutating func grow() { rebuild(size: keys.count * 2) }

    private mutating func rebuild(size: Int) {
        let entries = stamps.indices.compactMap { slot -> (OperationKey, IRRef)? in
            guard stamps[slot] == generation, let value = values[slot] else { return nil }
            return (keys[slot], value)
        }
        var fresh = OperationTable(slotCount: size)
        for (key, value) in entries { fresh[key] = value }
        self = fresh
    }
}
