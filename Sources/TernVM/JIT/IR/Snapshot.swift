// Resume data: what the interpreter's frames must hold when a trace leaves at a
// guard. Locals the trace has not changed and stack slots below the loop's own
// are already right in the frame; a snapshot names only the slots whose values
// live in the trace, and where the interpreter continues. A guard inside an
// inlined call also names the calls' frames, which leaving builds.

struct Snapshot: Equatable {
    /// The instruction the interpreter runs next in the innermost frame (the one whose guard failed, from its start).
    var pc: Int
    /// Frame slots (locals first, then the value stack), counted from the loop's frame, to write with the trace values they take.
    var entries: [SnapshotEntry]
    /// The innermost frame's value stack depth at `pc`.
    var stackDepth: Int
    /// The inlined calls under way, outermost first; empty in the loop's own frame.
    var frames: [InlinedFrame] = []
    /// Instances the trace did not allocate that leaving here builds (entries and items name them
    /// as IRRef.virtual(n)).
    var virtuals: [VirtualInstance] = []

    /// The trace values leaving through this snapshot takes, in the order its exit buffer holds them:
    /// the entries' own, then the virtual instances' items.
    var exitValues: [IRRef] {
        var values: [IRRef] = []
        forEachExitValue { values.append($0) }
        return values
    }

    /// How many `exitValues` there are, counted without making the array.
    var exitValueCount: Int {
        var count = 0
        forEachExitValue { _ in count += 1 }
        return count
    }

    /// Calls `body` with each of `exitValues` in order, without making the array.
    func forEachExitValue(_ body: (IRRef) -> Void) {
        for entry in entries where entry.value.isValue { body(entry.value) }
        for virtual in virtuals {
            for item in virtual.items ?? [] where item.isValue { body(item) }
        }
    }

    /// Renames the trace values it names (not the virtual instances).
    mutating func mapValues(_ map: (IRRef) -> IRRef) {
        for position in entries.indices where entries[position].value.isValue {
            entries[position].value = map(entries[position].value)
        }
        for number in virtuals.indices {
            virtuals[number].items = virtuals[number].items?.map { $0.isValue ? map($0) : $0 }
        }
    }
}

/// An instance of a class (object.__new__'s layout, no finalizer) that the trace keeps in values
/// (Optimizer/VirtualInstances.swift), as it is at a snapshot: its type, shape and slot array's items
/// (nil: no slot array yet; an item `.none` is NULL).
struct VirtualInstance: Equatable {
    var typeID: Int64
    var shape: UInt64
    var items: [IRRef]?
}

struct SnapshotEntry: Equatable {
    var slot: Int32
    var value: IRRef
}

/// A call the trace inlined, as leaving rebuilds its frame: the callee, where its slots start and
/// where its caller continues once it returns. Plain words only (the IR knows no interpreter types).
struct InlinedFrame: Hashable {
    /// The function object and its heap code object (Value bits: weak references of the loop); a
    /// function the trace made itself is 0 here and found in frame slot `functionSlot` when leaving.
    var function: UInt64
    var codeObject: UInt64
    /// The callee's CodeInfo address.
    var code: UInt
    /// The callee's first slot, counted from the loop's frame.
    var base: Int32
    /// The caller's CALL instruction, the instruction after it, and its stack depth without the call's operands.
    var callPC: Int32
    var returnPC: Int32
    var callerDepth: Int32
    /// An `__init__` run by a class call: its caller's stack already holds the instance (Frame.isConstructor).
    var isConstructor = false
    /// A forward dunder run by BINARY_OP (this operator; else -1): the operands stay on the caller's
    /// stack, and NotImplemented goes on to the reflected method (Frame.binaryOperator).
    var binaryOperator: Int8 = -1
    /// Where a function the trace made lies when leaving (the caller's slot of the CALL's callable), else -1.
    var functionSlot: Int32 = -1
}
