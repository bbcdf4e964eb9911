// Dead-operation removal: an operation without effects whose result nothing
// uses — no later operation and no snapshot of a kept guard — is dropped, and
// the survivors are renumbered. The recorder emits such operations freely
// (unboxing a value only ever boxed again, loads whose result went unused).

func removeDeadOperations(_ trace: inout Trace) {
    let count = trace.instructions.count
    var live = Array(repeating: false, count: count)
    var snapshotLive = Array(repeating: false, count: trace.snapshots.count)
    for index in stride(from: count - 1, through: 0, by: -1) {
        let instruction = trace.instructions[index]
        guard live[index] || instruction.opcode.hasEffect else { continue }
        live[index] = true
        instruction.forEachOperand { live[Int($0.index)] = true }
        if instruction.opcode == .jumpToStart {
            for carried in trace.loopCarried {
                live[Int(carried.input.index)] = true
                live[Int(carried.next.index)] = true
            }
        }
        if instruction.canLeave {
            snapshotLive[Int(instruction.snapshot)] = true
            trace.snapshots[Int(instruction.snapshot)].forEachExitValue { live[Int($0.index)] = true }
        }
    }
    var renumbered = Array(repeating: IRRef.none, count: count)
    var kept: [IRInstruction] = []
    let map = { (ref: IRRef) -> IRRef in ref.isNone ? ref : renumbered[Int(ref.index)] }
    for index in 0..<count where live[index] {
        var instruction = trace.instructions[index]
        instruction.a = map(instruction.a)
        instruction.b = map(instruction.b)
        instruction.c = map(instruction.c)
        renumbered[index] = IRRef(kept.count)
        kept.append(instruction)
    }
    trace.instructions = kept
    trace.bodyStart = map(trace.bodyStart)
    trace.loopCarried = trace.loopCarried.map { LoopCarried(input: map($0.input), next: map($0.next)) }
    for index in trace.snapshots.indices {
        // A snapshot no kept operation leaves through keeps its number, emptied.
        guard snapshotLive[index] else { trace.snapshots[index] = Snapshot(pc: 0, entries: [], stackDepth: 0); continue }
        trace.snapshots[index].mapValues(map)
    }
}
