// Redundant operations: an operation that repeats an earlier one on the same
// operands is replaced by it, and a guard that repeats an earlier guard goes.
// Recording emits many: each method call of an inlined loop body re-checks the
// receiver's type, shape and type version, and loads the same fields again; a
// peeled loop's body repeats all of its preamble (LoopPeeling.swift).
//
// Operations on trace values alone (arithmetic, tags, guards on values) repeat
// anywhere in the iteration. Those that read memory (loads, and the type check
// that reads an object's header) repeat only until the next write to memory or
// residual instruction, which may change what they read. What only the runtime
// changes — an object's type, type versions, the TraceContext, the frame's
// slots — repeats until the next residual instruction; a slot read after the
// trace stored it is the value stored. Unboxing what the trace boxed is the
// value boxed, and a type guard on it holds.

/// Returns, by index, the operation each one's result now is.
@discardableResult
func removeRedundantOperations(_ trace: inout Trace) -> [IRRef] {
    struct Key: Hashable {
        var opcode: IROpcode, type: IRType, a: IRRef, b: IRRef, c: IRRef, immediate: Int64
    }
    var replacement = (0..<trace.instructions.count).map { IRRef($0) }
    var values: [Key: IRRef] = [:]
    var memory: [Key: IRRef] = [:]
    var runtimeState: [Key: IRRef] = [:]
    var frameSlots: [Key: IRRef] = [:]
    let map = { (ref: IRRef) -> IRRef in ref.isNone ? ref : replacement[Int(ref.index)] }
    for index in trace.instructions.indices {
        var instruction = trace.instructions[index]
        instruction.a = map(instruction.a)
        instruction.b = map(instruction.b)
        instruction.c = map(instruction.c)
        trace.instructions[index] = instruction
        let key = Key(opcode: instruction.opcode, type: instruction.type, a: instruction.a, b: instruction.b,
                      c: instruction.c, immediate: instruction.immediate)
        /// Replaces the operation by `earlier` (none: a guard that holds).
        func replace(by earlier: IRRef) {
            replacement[index] = earlier
            trace.instructions[index] = IRInstruction(opcode: .constant, type: .none)
        }
        /// Replaces the operation by an earlier equal one in `seen`, or records it there.
        func reuse(_ seen: inout [Key: IRRef]) {
            if let earlier = seen[key] { replace(by: earlier) } else { seen[key] = IRRef(index) }
        }
        if let unboxed = unboxedOperand(trace, instruction) {
            replace(by: unboxed)
            continue
        }
        switch instruction.opcode.dependence {
        case .none: break
        case .memoryWrite:
            memory.removeAll(keepingCapacity: true)
            if instruction.opcode == .storeSlot {
                let slot = Key(opcode: .loadSlot, type: .value, a: .none, b: .none, c: .none, immediate: instruction.immediate)
                frameSlots[slot] = trace.type(of: instruction.a) == .value ? instruction.a : nil
            }
        case .runtimeCall:
            memory.removeAll(keepingCapacity: true)
            runtimeState.removeAll(keepingCapacity: true)
            frameSlots.removeAll(keepingCapacity: true)
        case .values: reuse(&values)
        case .memory: reuse(&memory)
        case .runtimeState: reuse(&runtimeState)
        case .frame: reuse(&frameSlots)
        }
    }
    for snapshot in trace.snapshots.indices {
        for position in trace.snapshots[snapshot].entries.indices {
            trace.snapshots[snapshot].entries[position].value = map(trace.snapshots[snapshot].entries[position].value)
        }
    }
    return replacement
}

/// For unboxing a value the trace boxed, the value boxed; for a type guard on it, `.none` (it holds).
private func unboxedOperand(_ trace: Trace, _ instruction: IRInstruction) -> IRRef? {
    guard !instruction.a.isNone else { return nil }
    let operand = trace[instruction.a]
    switch (instruction.opcode, operand.opcode) {
    case (.intOf, .boxInt), (.floatOf, .boxFloat): return operand.a
    case (.guardInt, .boxInt), (.guardFloat, .boxFloat): return IRRef.none
    default: return nil
    }
}

/// What an operation's result depends on, for removeRedundantOperations.
enum IRDependence {
    /// Not a candidate (constants are shared already; control flow).
    case none
    /// Only its operands: the same operands give the same result, or pass the same guard.
    case values
    /// Its operands and memory: the same until memory is written.
    case memory
    /// Its operands and what only the runtime changes (type ids in headers, type versions, the context).
    case runtimeState
    /// A frame slot: the same until the slot is stored or the runtime runs.
    case frame
    /// Writes memory (allocating is writing).
    case memoryWrite
    /// Runs the runtime, which may change anything.
    case runtimeCall
}

extension IROpcode {
    var dependence: IRDependence {
        switch self {
        case .constant, .loopStart, .checkInterrupt, .jumpToStart:
            return .none
        case .storeSlot, .storeWord, .storeIndexed, .rememberStore, .callHelper:
            return .memoryWrite
        case .residual:
            return .runtimeCall
        case .loadSlot:
            return .frame
        case .loadWord, .loadValue, .loadIndexed:
            return .memory
        case .loadWord32, .loadContext, .guardObject:
            return .runtimeState
        case .intOf, .floatOf, .boxInt, .boxFloat, .boxBool, .intToFloat, .floatToInt,
             .guardInt, .guardFloat, .guardNotObject, .guardEqual, .guardNotEqual, .guardTrue, .guardFalse, .guardFitsInt,
             .intAdd, .intSub, .intMul, .intNeg, .intFloorDivide, .intModulo, .intAnd, .intOr, .intXor, .wordAdd,
             .intCompare, .floatAdd, .floatSub, .floatMul, .floatDivide, .floatNeg, .floatSqrt, .floatCompare:
            return .values
        }
    }
}
