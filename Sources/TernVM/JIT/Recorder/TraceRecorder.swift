import TernCompiler

// Records one iteration of a hot loop into trace IR. The interpreter calls
// `record` before it runs each instruction, with the frame as it is then, so
// the recorder sees concrete values: it emits the operations for the path they
// take and guards that the next run takes the same path (LuaJIT's way of
// recording, by observation, not by a second interpreter).
//
// The recorder keeps a virtual frame: for each slot (locals, then the value
// stack) the trace value it holds, or none while the frame's own value is still
// right. A guard's snapshot names the slots whose values live only in the trace.
// A Python call the trace inlines (RecordCalls.swift) gets its virtual frame
// above its caller's, where the interpreter puts the real one: slots are counted
// from the loop's frame, so the callee's arguments are the caller's stack slots.

final class TraceRecorder {
    static let mostlyResidual = "mostly left to the runtime"
    static let tooLong = "trace too long"
    /// Where the loop ends or its frame returns: a bridge from there can never close.
    static let loopEnded = "loop ended while recording"
    static let frameReturned = "the loop's frame returned"
    /// A header whose loop has no machine code yet: a bridge tries again later, ever less often, but never gives up.
    static let loopNotCompiled = "LOOP_HEADER is not traced yet"
    enum Step {
        case recorded, closed, aborted(String)
        /// Leave this instruction to the runtime (JIT/Residual).
        case residual
    }

    /// The loop's code, and the code of the frame being recorded (the innermost inlined call's).
    let loopCode: UnsafeMutablePointer<CodeInfo>
    var code: UnsafeMutablePointer<CodeInfo>
    let headerPC: Int
    let loopIndex: Int
    /// The recorded frame's slot count, and its first slot counted from the loop frame's.
    var slotCount: Int
    var frameOffset = 0
    /// The inlined calls under way, outermost first, as snapshots name them, and their callers' code.
    var inlinedFrames: [InlinedFrame] = []
    var callerCode: [UnsafeMutablePointer<CodeInfo>] = []
    /// For each inlined call, whether the trace went round a loop of its code.
    var unrolledLoop: [Bool] = []
    /// Instructions recorded inside inlined calls (they lengthen the iteration).
    var inlinedCount = 0
    let startDepth: Int
    let limit: Int
    let recordedFrame: UnsafeMutablePointer<Frame>
    /// The VM whose caches and types the recorder reads (never changes them).
    unowned let vm: VM
    /// The frame's globals dict, once guarded in this iteration.
    var guardedGlobals = IRRef.none
    var trace = Trace()
    /// The trace value each frame slot holds, or .none for "unchanged in the frame".
    var slots: [IRRef]
    /// Slots whose trace value differs from the frame's.
    var dirty: [Bool]
    var depth: Int
    /// Value refs already guarded to be objects of a type id.
    var guardedTypes: [IRRef: Int] = [:]
    var constantRefs: [UInt64: IRRef] = [:]
    /// Tuples the trace made and filled (and never changes: tuples are immutable), with their items.
    var knownItems: [IRRef: [IRRef]] = [:]
    /// Functions the trace made (MAKE_FUNCTION), with their closures: a call of one needs no guard.
    var madeFunctions: [IRRef: IRRef] = [:]
    /// The KW_NAMES constant for the next CALL, or NULL.
    var keywordNames = Value.null
    /// The residual operation whose next pc is learned at the next instruction, if any.
    var pendingResidual = IRRef.none
    /// Instructions recorded, and the weight of those left to the runtime (see recordResidual).
    var recordedCount = 0
    var residualCount = 0
    /// The part of residualCount left inside inlined calls.
    var inlinedResidualCount = 0
    /// The instructions left to the runtime, by name (for the JIT log).
    var residualNames: [String] = []
    /// Instructions in the loop's body (see instructionsInLoop).
    var loopLength = 0
    // The state before the instruction being recorded, for its snapshot.
    var instructionPC = 0
    /// The trace-held slots before the instruction (reused buffer: recording copies no arrays).
    var entryEntries: [SnapshotEntry] = []
    var entryDepth = 0
    var instructionSnapshot: Int32 = -1
    // Concrete values of the frame being recorded, and the loop frame's slots.
    var base: UnsafeMutablePointer<Value>
    let loopBase: UnsafeMutablePointer<Value>
    var stackTop: UnsafeMutablePointer<Value>

    /// The loop a bridge is recorded for, and the exit it grows from; nil for a loop's root trace.
    let bridgeOrigin: (loop: CompiledLoop, exit: Int)?
    /// The inlined calls a bridge starts inside.
    let bridgeStartFrames: Int
    /// The other loop whose header the trace reached, to go on in its machine code; nil when it closed at its own.
    var linkTarget: CompiledLoop? = nil
    /// A function's trace (or a bridge of one), recorded from its entry: it ends at the function's return.
    let isFunctionEntry: Bool

    /// Starts recording at the loop header `headerPC` of `frame`'s code, where the stack is `depth` deep;
    /// or, for a bridge of `bridgeOrigin`, where that exit left (the frames of the inlined calls its
    /// snapshot names built above `frame`, the loop's, at `depth` in the innermost).
    init(vm: VM, frame: UnsafeMutablePointer<Frame>, headerPC: Int, loopIndex: Int, depth: Int, limit: Int,
         bridgeOrigin: (loop: CompiledLoop, exit: Int)? = nil, inlinedCalls: [InlinedFrame] = []) {
        let code = frame.pointee.code, base = frame.pointee.base
        self.vm = vm
        recordedFrame = frame
        self.code = code
        loopCode = code
        loopBase = base
        self.headerPC = headerPC
        self.loopIndex = loopIndex
        isFunctionEntry = loopIndex == code.pointee.loopCount
        self.bridgeOrigin = bridgeOrigin
        bridgeStartFrames = inlinedCalls.count
        self.slotCount = code.pointee.slotCount
        self.startDepth = depth
        self.depth = depth
        self.limit = limit
        self.base = base
        self.stackTop = base + code.pointee.slotCount + depth
        let count = code.pointee.slotCount + code.pointee.stackSize
        slots = Array(repeating: .none, count: count)
        dirty = Array(repeating: false, count: count)
        trace.slotExtent = count
        loopLength = TraceRecorder.instructionsInLoop(code, headerPC: headerPC, words: code.pointee.instructionCount)
        if bridgeOrigin == nil { trace.append(IRInstruction(opcode: .loopStart, type: .none)) }
        for call in inlinedCalls {
            enterFrame(call, code: UnsafeMutablePointer<CodeInfo>(bitPattern: call.code).unsafelyUnwrapped)
        }
        self.depth = depth
    }

    /// Instructions from the loop's header to its last backward jump: an iteration records no more.
    static func instructionsInLoop(_ code: UnsafeMutablePointer<CodeInfo>, headerPC: Int, words: Int) -> Int {
        var pc = headerPC, count = 0, length = words
        while pc < words {
            let word = code.pointee.instructions[pc]
            let opcode = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
            count += 1
            if opcode == .jumpBackward && Int(word >> 8) == headerPC { length = count }
            pc += ResidualPacking.cachedOpcodes[Int(opcode.rawValue)] ? 2 : 1
        }
        return length
    }

    /// Records the instruction at `pc` of `frame` before the interpreter runs it. Frames above the
    /// recorded one (the loop's, or the innermost inlined call's) belong to a call the trace leaves
    /// to the runtime: their instructions are skipped.
    func record(frame: UnsafeMutablePointer<Frame>, pc: Int, base: UnsafeMutablePointer<Value>,
                sp: UnsafeMutablePointer<Value>) -> Step {
        let top = recordedFrame + inlinedFrames.count
        if frame > top { return .recorded }
        if frame < top { return .aborted(TraceRecorder.frameReturned) }
        if base != loopBase + frameOffset { return .aborted("an inlined frame is not where it was expected") }
        self.base = base
        stackTop = sp
        if !pendingResidual.isNone {
            // The runtime ran the last instruction: now its stack depth and where it went are known.
            depth = sp - (base + slotCount)
            trace[pendingResidual].immediate |= Int64(pc) << 40
            pendingResidual = .none
        }
        if sp - (base + slotCount) != depth { return .aborted("stack depth differs from the recorded one") }
        if trace.instructions.count > limit { return .aborted(TraceRecorder.tooLong) }
        instructionPC = pc
        entryEntries.removeAll(keepingCapacity: true)
        for slot in 0..<(frameOffset + slotCount + depth) where dirty[slot] {
            entryEntries.append(SnapshotEntry(slot: Int32(slot), value: slots[slot]))
        }
        entryDepth = depth
        instructionSnapshot = -1
        let word = code.pointee.instructions[pc]
        let opcode = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
        recordedCount += 1
        if !inlinedFrames.isEmpty { inlinedCount += 1 }
        let step = recordInstruction(opcode, Int(word >> 8))
        if case .residual = step { return recordResidual(opcode) }
        return step
    }

    /// Whether `frame` is one whose instructions the trace records: the loop's, or an inlined call's.
    func records(_ frame: UnsafeMutablePointer<Frame>) -> Bool {
        frame >= recordedFrame && frame <= recordedFrame + inlinedFrames.count
    }

    /// Leaves the current instruction to the runtime: the frame gets every value the trace holds,
    /// the runtime runs the instruction, and the trace reads the frame afresh after it.
    func recordResidual(_ opcode: Opcode) -> Step {
        guard VM.isResidual(opcode) else { return .aborted("\(opcode.name) cannot be left to the runtime") }
        countResidual(residualWeight(opcode), opcode.name)
        if residualCount * 5 > loopLength + inlinedCount { return .aborted(TraceRecorder.mostlyResidual) }
        let names = opcode == .call && !keywordNames.isNull ? constant(keywordNames.bits, .value) : IRRef.none
        keywordNames = .null
        pendingResidual = emitRuntimeCall(.residual, names)
        return .recorded
    }

    /// Counts `weight` instructions' worth left to the runtime (`name` for the JIT log).
    func countResidual(_ weight: Int, _ name: @autoclosure () -> String) {
        residualCount += weight
        if !inlinedFrames.isEmpty { inlinedResidualCount += weight }
        if vm.jit.logFile != nil { residualNames.append("\(name())@\(vm.describeCode(code)):\(instructionPC)") }
    }

    /// Emits `opcode`, which calls the runtime for the current instruction (its pc and stack depth packed
    /// in the immediate): the frames get every value the trace holds first, and the trace reads them
    /// afresh after. Inside an inlined call its snapshot names the frames to run it in.
    @discardableResult
    func emitRuntimeCall(_ opcode: IROpcode, _ a: IRRef = .none) -> IRRef {
        flushToFrame()
        var call = IRInstruction(opcode: opcode, type: .none, a: a,
                                 immediate: ResidualPacking.pack(pc: instructionPC, depth: depth, next: 0))
        if !inlinedFrames.isEmpty {
            call.snapshot = appendSnapshot(Snapshot(pc: instructionPC, entries: [], stackDepth: depth, frames: inlinedFrames))
        }
        let ref = trace.append(call)
        forgetFrameValues()
        return ref
    }

    /// After the runtime ran (with every slot written back): the frames hold every value, and
    /// what the trace knew of objects may have changed.
    func forgetFrameValues() {
        for slot in slots.indices { slots[slot] = .none; dirty[slot] = false }
        guardedTypes.removeAll()
        knownItems.removeAll()
        madeFunctions.removeAll()
        guardedGlobals = .none
    }

    /// What leaving `opcode` to the runtime costs, in instructions. A call of Python code costs the
    /// most: the interpreter runs a Python callee in its own loop, a residual call enters the
    /// interpreter anew (measured on spectral_norm: 17% more instructions). A builtin — a function, a
    /// method of a builtin, a builtin type like `int` — runs as it would.
    func residualWeight(_ opcode: Opcode) -> Int {
        if opcode == .callFunctionEx { return 4 }
        guard opcode == .call else { return 1 }
        var callable = concrete(Int(code.pointee.instructions[instructionPC] >> 8) + 2)
        guard callable.isObject else { return 4 }
        if ObjectRef(callable).kind == .boundMethod { callable = ObjectRef(callable)[BoundMethodLayout.function] }
        guard callable.isObject else { return 4 }
        switch ObjectRef(callable).kind {
        case .builtinFunction: return 1
        case .type: return vm.types[TypeView(callable).ownTypeID].flags.contains(.heapType) ? 4 : 1
        default: return 4
        }
    }

    /// Writes every slot the trace changed back to the frames.
    func flushToFrame() {
        for slot in 0..<(frameOffset + slotCount + depth) where dirty[slot] {
            emit(.storeSlot, .none, boxed(slots[slot]), immediate: Int64(slot))
            dirty[slot] = false
        }
    }

    // MARK: Emitting

    @discardableResult
    func emit(_ opcode: IROpcode, _ type: IRType, _ a: IRRef = .none, _ b: IRRef = .none, _ c: IRRef = .none,
              immediate: Int64 = 0, field: FieldOwner = .unknown) -> IRRef {
        trace.append(IRInstruction(opcode: opcode, type: type, a: a, b: b, c: c, immediate: immediate, field: field))
    }

    /// Emits an operation that leaves the trace through this instruction's snapshot.
    @discardableResult
    func emitLeaving(_ opcode: IROpcode, _ type: IRType, _ a: IRRef = .none, _ b: IRRef = .none, _ c: IRRef = .none,
                     immediate: Int64 = 0) -> IRRef {
        var instruction = IRInstruction(opcode: opcode, type: type, a: a, b: b, c: c, immediate: immediate)
        instruction.snapshot = snapshotForInstruction()
        return trace.append(instruction)
    }

    /// The snapshot of the state before the current instruction (made once per instruction).
    func snapshotForInstruction() -> Int32 {
        if instructionSnapshot < 0 {
            instructionSnapshot = appendSnapshot(Snapshot(pc: instructionPC, entries: entryEntries, stackDepth: entryDepth,
                                                          frames: inlinedFrames))
        }
        return instructionSnapshot
    }

    /// The number of `snapshot`, shared with the last one when they are equal.
    func appendSnapshot(_ snapshot: Snapshot) -> Int32 {
        if trace.snapshots.last != snapshot { trace.snapshots.append(snapshot) }
        return Int32(trace.snapshots.count - 1)
    }

    func constant(_ bits: UInt64, _ type: IRType) -> IRRef {
        let key = bits &* 8 &+ UInt64(type.rawValue)
        if let ref = constantRefs[key], trace.type(of: ref) == type, UInt64(bitPattern: trace[ref].immediate) == bits {
            return ref
        }
        let ref = emit(.constant, type, immediate: Int64(bitPattern: bits))
        constantRefs[key] = ref
        return ref
    }
    func intConstant(_ value: Int64) -> IRRef { constant(UInt64(bitPattern: value), .int) }

    /// The trace value for a Python constant: unboxed when it is a number.
    func constant(of value: Value) -> IRRef {
        if value.isInt { return intConstant(value.int) }
        if value.isFloat { return constant(value.double.bitPattern, .float) }
        return constant(value.bits, .value)
    }

    // MARK: The virtual frame

    /// The trace value of frame slot `slot` (counted from the loop's frame), loading and unboxing
    /// the frame's value on first use.
    func slotValue(_ slot: Int) -> IRRef {
        if !slots[slot].isNone { return slots[slot] }
        let concrete = loopBase[slot]
        let loaded = emit(.loadSlot, .value, immediate: Int64(slot))
        let ref = unboxed(loaded, concrete)
        slots[slot] = ref
        return ref
    }

    /// A Value ref as an int or float ref when its concrete value is one (guarding that it stays so).
    func unboxed(_ ref: IRRef, _ concrete: Value) -> IRRef {
        guard trace.type(of: ref) == .value else { return ref }
        if concrete.isInt {
            emitLeaving(.guardInt, .none, ref)
            return emit(.intOf, .int, ref)
        }
        if concrete.isFloat {
            emitLeaving(.guardFloat, .none, ref)
            return emit(.floatOf, .float, ref)
        }
        return ref
    }

    /// The concrete value `n` slots below the top of the stack (1 is the top).
    func concrete(_ n: Int) -> Value { stackTop[-n] }

    /// The slot `n` below the top of the recorded frame's stack (1 is the top), counted from the loop's frame.
    func stackSlot(_ n: Int) -> Int { frameOffset + slotCount + depth - n }

    func peek(_ n: Int) -> IRRef { slotValue(stackSlot(n)) }

    /// Sets a slot of the recorded frame (a local, or a stack slot counted from the bottom) to `ref`.
    func setSlot(_ slot: Int, _ ref: IRRef) {
        slots[frameOffset + slot] = ref
        dirty[frameOffset + slot] = true
    }

    func push(_ ref: IRRef) {
        let slot = stackSlot(0)
        slots[slot] = ref
        dirty[slot] = true
        depth += 1
    }

    @discardableResult
    func pop() -> IRRef {
        let ref = peek(1)
        depth -= 1
        slots[stackSlot(0)] = .none
        dirty[stackSlot(0)] = false
        return ref
    }

    /// Guards that `ref` (a Value) is an object of type `typeID`, once per ref.
    func guardObject(_ ref: IRRef, _ typeID: Int) {
        if guardedTypes[ref] == typeID { return }
        emitLeaving(.guardObject, .none, ref, immediate: Int64(typeID))
        guardedTypes[ref] = typeID
    }

    /// The trace value boxed as a Value (for frame slots and containers).
    func boxed(_ ref: IRRef) -> IRRef {
        switch trace.type(of: ref) {
        case .int: return emit(.boxInt, .value, ref)
        case .float: return emit(.boxFloat, .value, ref)
        case .bool: return emit(.boxBool, .value, ref)
        default: return ref
        }
    }

    /// Ends the trace at a loop header: its own (the iteration is complete), or `other`'s, another loop
    /// of the frame whose machine code it goes on in. Writes the slots the trace changed back to the
    /// frame and jumps to the start.
    func closeLoop(into other: CompiledLoop?) -> Step {
        // A loop that often calls into the runtime gains nothing from a trace: each call
        // writes the frame back and reads it again. A trace into another loop's code still saves
        // entering that loop from the interpreter.
        if other == nil && residualCount * 5 > recordedCount { return .aborted(TraceRecorder.mostlyResidual) }
        linkTarget = other
        flushToFrame()
        var exit = IRInstruction(opcode: .checkInterrupt, type: .none)
        trace.snapshots.append(Snapshot(pc: other?.headerPC ?? headerPC, entries: [], stackDepth: depth))
        trace.loopEnd = trace.snapshots.count - 1
        exit.snapshot = Int32(trace.loopEnd)
        trace.append(exit)
        emit(.jumpToStart, .none)
        return .closed
    }

    /// Ends a function's trace at its own RETURN_VALUE: the frame gets what the trace changed (the
    /// result on its stack) and the interpreter returns.
    func closeAtReturn() -> Step {
        if residualCount * 5 > recordedCount { return .aborted(TraceRecorder.mostlyResidual) }
        flushToFrame()
        trace.snapshots.append(Snapshot(pc: instructionPC, entries: [], stackDepth: depth))
        trace.loopEnd = trace.snapshots.count - 1
        var leave = IRInstruction(opcode: .leave, type: .none)
        leave.snapshot = Int32(trace.loopEnd)
        trace.append(leave)
        return .closed
    }
}
