// Unused allocations: an object a helper allocates (a tuple, a list, a cell, a
// function) that nothing reads — no operation uses it except stores into it,
// no snapshot names it — is not allocated, and the stores into it go. The
// recorder makes such objects freely: `for i, x in enumerate(xs)` builds the
// (i, x) tuple that unpacking then takes apart by its known items.
//
// Not allocating also means not failing to: where the interpreter would have
// raised MemoryError for that object, the trace goes on (PyPy's allocation
// removal does the same).

func removeUnusedAllocations(_ trace: inout Trace) {
    let removable: Set<Int64> = [TraceHelper.newTuple.rawValue, TraceHelper.newList.rawValue,
                                 TraceHelper.newCell.rawValue, TraceHelper.newFunction.rawValue]
    var candidates = Set<Int32>()
    for (index, instruction) in trace.instructions.enumerated()
    where instruction.opcode == .callHelper && removable.contains(instruction.immediate) {
        candidates.insert(Int32(index))
    }
    if candidates.isEmpty { return }
    /// Whether `instruction` only stores into the object `ref` (as its target, not as the value stored).
    func storesInto(_ instruction: IRInstruction, _ ref: IRRef) -> Bool {
        (instruction.opcode == .storeIndexed || instruction.opcode == .storeWord) && instruction.a == ref
            && instruction.b != ref && instruction.c != ref
    }
    for instruction in trace.instructions {
        instruction.forEachOperand { operand in
            if candidates.contains(operand.index) && !storesInto(instruction, operand) { candidates.remove(operand.index) }
        }
    }
    for snapshot in trace.snapshots {
        snapshot.forEachExitValue { _ = candidates.remove($0.index) }
    }
    for carried in trace.loopCarried {
        candidates.remove(carried.input.index)
        candidates.remove(carried.next.index)
    }
    for index in trace.instructions.indices {
        let instruction = trace.instructions[index]
        let unused = candidates.contains(Int32(index))
            || (instruction.opcode == .storeIndexed || instruction.opcode == .storeWord) && candidates.contains(instruction.a.index)
        if unused { trace.instructions[index] = IRInstruction(opcode: .constant, type: .none) }
    }
}
