// Loop peeling: a root trace that loops to its own start becomes two copies of
// its iteration — a preamble that runs once per entry, then the loop body — and
// the optimizer runs over both as one straight line. What the body would only
// repeat — guards already passed, loads of slots and fields not written since,
// unboxing what the preamble boxed — is then found redundant with the
// preamble's operations and goes, and the body reads the preamble's values
// instead. A value so read that the body computes anew each iteration is
// carried: at the back edge it takes the body's value (LoopCarried). Loop
// invariants (a range iterator, a globals dict, guards on their types) are so
// checked once per entry instead of once per iteration.
//
// Why the body may rely on what the optimizer proved from the preamble: the body
// is the same operations as the preamble, so whatever held at the end of the
// preamble for a value holds at the end of each body iteration for the body's
// copy of it, which is what the value carries into the next iteration.

/// Turns `trace` (loopStart … checkInterrupt, jumpToStart) into preamble + body, the body's copy of
/// each operation `bodyStart.index` places later; returns false when the trace has not that shape.
@discardableResult
func peelLoop(_ trace: inout Trace) -> Bool {
    let count = trace.instructions.count
    guard count >= 3, trace.instructions[0].opcode == .loopStart, trace.instructions[count - 1].opcode == .jumpToStart,
          trace.instructions[count - 2].opcode == .checkInterrupt, trace.bodyStart.isNone else { return false }
    let offset = count - 1
    let snapshotOffset = Int32(trace.snapshots.count)
    let shift = { (ref: IRRef) -> IRRef in ref.isNone ? ref : IRRef(Int(ref.index) + offset) }
    var body = trace.instructions
    for index in body.indices {
        body[index].a = shift(body[index].a)
        body[index].b = shift(body[index].b)
        body[index].c = shift(body[index].c)
        if body[index].snapshot >= 0 { body[index].snapshot += snapshotOffset }
    }
    var snapshots = trace.snapshots
    for index in snapshots.indices { snapshots[index].mapValues(shift) }
    // The preamble runs straight into the body: its own safepoint check is the body's at the end.
    trace.instructions[count - 2] = IRInstruction(opcode: .constant, type: .none)
    trace.instructions.removeLast()
    trace.instructions += body
    trace.snapshots += snapshots
    trace.bodyStart = IRRef(offset)
    trace.peeledSnapshots = Int(snapshotOffset)
    if trace.loopEnd >= 0 { trace.loopEnd += Int(snapshotOffset) }
    return true
}

/// The values a peeled trace's body carries, once the optimizer has replaced operations by earlier
/// equal ones (`replacement`, by index: the operation each one's result now is). A preamble value the
/// body reads is carried unless the body's copy of it is itself (an invariant); a carried value whose
/// next value is another preamble value makes that one carried too.
func loopCarriedValues(_ trace: Trace, replacement: [IRRef]) -> [LoopCarried] {
    let start = Int(trace.bodyStart.index)
    var read = Set<Int32>(), pending: [IRRef] = []
    func note(_ ref: IRRef) {
        if !ref.isNone && Int(ref.index) < start && trace[ref].opcode != .constant && read.insert(ref.index).inserted {
            pending.append(ref)
        }
    }
    for instruction in trace.instructions[start...] {
        instruction.forEachOperand(note)
        if instruction.canLeave { trace.snapshots[Int(instruction.snapshot)].forEachExitValue(note) }
    }
    var carried: [LoopCarried] = []
    while let input = pending.popLast() {
        let next = replacement[Int(input.index) + start]
        if next == input { continue }
        carried.append(LoopCarried(input: input, next: next))
        note(next)
    }
    return carried.sorted { $0.input.index < $1.input.index }
}
