// Resume data: what the interpreter's frame must hold when a trace leaves at a
// guard. Locals the trace has not changed and stack slots below the loop's own
// are already right in the frame; a snapshot names only the slots whose values
// live in the trace, and where the interpreter continues.

struct Snapshot: Equatable {
    /// The instruction the interpreter runs next (the one whose guard failed, from its start).
    var pc: Int
    /// Frame slots (locals first, then the value stack) to write, with the trace values they take.
    var entries: [SnapshotEntry]
    /// The value stack's depth at `pc`.
    var stackDepth: Int
}

struct SnapshotEntry: Equatable {
    var slot: Int32
    var value: IRRef
}
