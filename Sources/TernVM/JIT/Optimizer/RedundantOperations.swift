// Redundant operations: an operation that repeats an earlier one on the same
// operands is replaced by it, and a guard that repeats an earlier guard goes.
// Recording emits many: each method call of an inlined loop body re-checks the
// receiver's type, shape and type version, and loads the same fields again; a
// peeled loop's body repeats all of its preamble (LoopPeeling.swift).
//
// Operations on trace values alone (arithmetic, tags, guards on values) repeat
// anywhere in the iteration. Loads repeat until a write that may change what they
// read (mayOverwrite: fields of different kinds of objects, fields at different
// offsets, and items at different constant indexes are different memory;
// allocating writes only the new object) or a residual instruction; a load of
// what the trace stored is the value stored, and a store of what the location
// (or frame slot) already holds goes (with its write barrier). What only the runtime
// changes — an object's type, type versions, the TraceContext, the frame's
// slots — repeats until the next residual instruction; a slot read after the
// trace stored it is the value stored. Unboxing what the trace boxed is the
// value boxed, and a type guard on it holds.

/// Returns, by index, the operation each one's result now is.
@discardableResult
func removeRedundantOperations(_ trace: inout Trace) -> [IRRef] {
    var replacement = (0..<trace.instructions.count).map { IRRef($0) }
    var values = OperationTable(capacity: trace.instructions.count / 2), memory = OperationTable(capacity: 64)
    var runtimeState = OperationTable(capacity: 64), frameSlots = OperationTable(capacity: 64)
    let map = { (ref: IRRef) -> IRRef in ref.isNone ? ref : replacement[Int(ref.index)] }
    var droppedStore: IRInstruction? = nil
    for index in trace.instructions.indices {
        var instruction = trace.instructions[index]
        instruction.a = map(instruction.a)
        instruction.b = map(instruction.b)
        instruction.c = map(instruction.c)
        trace.instructions[index] = instruction
        let key = OperationKey(opcode: instruction.opcode, type: instruction.type, a: instruction.a, b: instruction.b,
                      c: instruction.c, immediate: instruction.immediate, field: instruction.field)
        /// Replaces the operation by `earlier` (none: a guard that holds).
        func replace(by earlier: IRRef) {
            replacement[index] = earlier
            trace.instructions[index] = IRInstruction(opcode: .constant, type: .none)
        }
        /// Replaces the operation by an earlier equal one in `seen`, or records it there.
        func reuse(_ seen: inout OperationTable) {
            if let earlier = seen[key] { replace(by: earlier) } else { seen[key] = IRRef(index) }
        }
        if let unboxed = unboxedOperand(trace, instruction) {
            replace(by: unboxed)
            continue
        }
        // A removed operation (a constant without a type) is no value.
        if instruction.opcode == .constant && instruction.type == .none { continue }
        switch instruction.opcode.dependence {
        case .none: break
        case .memoryWrite:
            let stored = storedLocation(instruction, at: IRRef(index), trace)
            if let (location, value) = stored, memory[location] == value {
                // Storing what the location holds: no store, and no write barrier for it.
                replace(by: .none)
                droppedStore = instruction
                continue
            }
            if instruction.opcode == .rememberStore, let dropped = droppedStore,
               dropped.a == instruction.a, dropped.b == instruction.b {
                replace(by: .none)
                continue
            }
            droppedStore = nil
            memory.removeAll { mayOverwrite(instruction, $0, trace) }
            if let (location, value) = stored { memory[location] = value }
            if instruction.opcode == .storeSlot {
                let slot = OperationKey(opcode: .loadSlot, type: .value, a: .none, b: .none, c: .none, immediate: instruction.immediate,
                               field: .unknown)
                if frameSlots[slot] == instruction.a {
                    replace(by: .none)
                    continue
                }
                frameSlots[slot] = trace.type(of: instruction.a) == .value ? instruction.a : nil
            }
        case .runtimeCall:
            memory.removeAll()
            runtimeState.removeAll()
            frameSlots.removeAll()
        case .values: reuse(&values)
        case .memory: reuse(&memory)
        case .runtimeState: reuse(&runtimeState)
        case .frame: reuse(&frameSlots)
        }
    }
    for snapshot in trace.snapshots.indices { trace.snapshots[snapshot].mapValues(map) }
    return replacement
}

/// For a store to the heap, the key a load of what it writes has, and the value it writes (for the
/// slotsHolding helper at `at`, the instance's slot array it returns).
private func storedLocation(_ store: IRInstruction, at: IRRef, _ trace: Trace) -> (OperationKey, IRRef)? {
    switch store.opcode {
    case .callHelper where store.immediate == TraceHelper.slotsHolding.rawValue:
        return (OperationKey(opcode: .loadValue, type: .value, a: store.a, b: .none, c: .none,
                    immediate: TraceHelper.instanceSlotsOffset, field: .instance), at)
    case .storeWord:
        let type = trace.type(of: store.b)
        return (OperationKey(opcode: type == .value ? .loadValue : .loadWord, type: type, a: store.a, b: .none, c: .none,
                    immediate: store.immediate, field: store.field), store.b)
    case .storeIndexed:
        return (OperationKey(opcode: .loadIndexed, type: .value, a: store.a, b: store.b, c: .none, immediate: store.immediate,
                    field: .unknown), store.c)
    default:
        return nil
    }
}

/// Whether the write `write` may change what the load `load` read. Stores of fields (storeWord)
/// never write value arrays' items, stores of items (storeIndexed) never write fields of other objects
/// than value arrays, the items of a tuple the trace made are stored before anything else can read
/// them, and no load reads frame slots (storeSlot) or the collector's marks (rememberStore).
private func mayOverwrite(_ write: IRInstruction, _ load: OperationKey, _ trace: Trace) -> Bool {
    switch write.opcode {
    case .storeWord:
        if load.opcode == .loadIndexed { return write.field == .unknown }
        return load.immediate == write.immediate
            && (write.field == .unknown || load.field == .unknown || load.field == write.field)
    case .storeIndexed:
        let target = trace[write.a]
        if target.opcode == .callHelper && target.immediate == TraceHelper.newTuple.rawValue { return load.a == write.a }
        guard load.opcode == .loadIndexed else { return load.field == .unknown || load.field == .arrayItem }
        if let written = constantBits(trace, write.b), let read = constantBits(trace, load.b) {
            return write.immediate &+ Int64(bitPattern: written) &* 8 == load.immediate &+ Int64(bitPattern: read) &* 8
        }
        return true
    case .storeSlot, .rememberStore:
        return false
    case .callHelper:
        switch TraceHelper(rawValue: write.immediate) {
        case .newInstance, .newKeptInstance, .newTuple, .newList, .newFunction, .newCell, .dictGet, .dictContains, .setContains, .iterate,
             .strCompare, .strConcat:
            return false
        case .slotsHolding:
            // It may give the instance a new slot array (the old one keeps its items).
            return load.opcode != .loadIndexed && load.immediate == TraceHelper.instanceSlotsOffset
                && (load.field == .instance || load.field == .unknown)
        default: return true
        }
    default:
        return true
    }
}

/// For unboxing a value the trace boxed, the value boxed; for a type guard on it, or a NULL check of a
/// helper's result, `.none` (it holds).
private func unboxedOperand(_ trace: Trace, _ instruction: IRInstruction) -> IRRef? {
    guard !instruction.a.isNone else { return nil }
    let operand = trace[instruction.a]
    switch (instruction.opcode, operand.opcode) {
    case (.intOf, .boxInt), (.floatOf, .boxFloat): return operand.a
    case (.guardInt, .boxInt), (.guardFloat, .boxFloat): return IRRef.none
    case (.guardNotEqual, .callHelper) where instruction.immediate == 0:
        // A helper's result is never NULL: the trace leaves when it returns 0.
        return IRRef.none
    default: return nil
    }
}

/// What an operation's result depends on, for removeRedundantOperations.
enum IRDependence {
    /// Not a candidate (control flow).
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
        case .loopStart, .checkInterrupt, .jumpToStart, .leave:
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
             .intCompare, .floatAdd, .floatSub, .floatMul, .floatDivide, .floatNeg, .floatSqrt, .floatCompare, .constant:
            return .values
        }
    }
}
