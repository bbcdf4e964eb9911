import TernCompiler

// Instructions a trace does not compile but leaves to the runtime, one at a
// time: the trace writes its values back to the frame, calls `residualEntry`,
// which runs the instruction on the frame through the same runtime functions
// the interpreter's slow paths call, and continues if control went where it
// went when the trace was recorded. Otherwise — another branch, or an
// exception — the trace ends and the interpreter carries on from the frame.

/// What a residual call tells the trace.
enum ResidualOutcome: Int {
    case continueTrace = 0
    /// Control went elsewhere: the frame is saved, continue at its pc.
    case leftTrace = 1
    /// The instruction raised: the exception is pending at the frame's current instruction.
    case raised = 2
}

/// Packs a residual instruction's pc, stack depth and the pc recorded after it into one immediate.
enum ResidualPacking {
    static func pack(pc: Int, depth: Int, next: Int) -> Int64 { Int64(pc) | Int64(depth) << 24 | Int64(next) << 40 }
    static func unpack(_ packed: Int) -> (pc: Int, depth: Int, next: Int) {
        (packed & 0xFF_FFFF, (packed >> 24) & 0xFFFF, packed >> 40)
    }
    /// Whether each opcode has an inline-cache word (Opcode.cached reads a spec across modules).
    static let cachedOpcodes: [Bool] = Opcode.allCases.map(\.cached)
}

/// The C entry compiled code calls: (TraceContext, packed pc/depth/next, keyword names, the snapshot
/// naming the inlined calls' frames to run it in or -1) -> ResidualOutcome.
let residualEntry: @convention(c) (UnsafeMutableRawPointer, Int, UInt64, Int) -> Int = { context, packed, keywordNames, frames in
    runInTraceFrame(context, frames) { vm, frame in
        vm.runResidual(frame, packed: packed, keywordNames: Value(bits: keywordNames))
    }
}

/// Runs `body` on the frame a trace is in: the loop's, or an inlined call's, whose frames (their
/// slots written already) are built for it as leaving would, and kept for the next residual
/// instruction if the trace goes on (InlinedFrames.swift).
@inline(__always)
func runInTraceFrame(_ context: UnsafeMutableRawPointer, _ frames: Int,
                     _ body: (VM, UnsafeMutablePointer<Frame>) -> ResidualOutcome) -> Int {
    let trace = context.assumingMemoryBound(to: TraceContext.self)
    // The VM outlives every trace it runs: no reference counting on this path.
    return Unmanaged<VM>.fromOpaque(trace.pointee.vm)._withUnsafeGuaranteedRef { vm in
        var outcome: ResidualOutcome
        if frames < 0 {
            vm.dropKeptFrames(trace)
            outcome = body(vm, trace.pointee.frame)
        } else {
            outcome = Unmanaged<CompiledLoop>.fromOpaque(trace.pointee.loop)._withUnsafeGuaranteedRef { loop in
                let (exits, header) = loop.exitTable(frames)
                return body(vm, vm.framesForResidual(exits, header, trace))
            }
        }
        trace.pointee.types = vm.types
        // A loop freed while it ran (VM.freeLoop) must not go on: its guards may name dead objects.
        // It leaves with the frames the interpreter goes on in.
        if outcome == .continueTrace && CompiledLoop.isDoomed(trace.pointee.loop) { outcome = .leftTrace }
        if outcome != .continueTrace { vm.handOverKeptFrames(trace) }
        return outcome.rawValue
    }
}

extension VM {
    func runResidual(_ frame: UnsafeMutablePointer<Frame>, packed: Int, keywordNames: Value) -> ResidualOutcome {
        let (pc, expected) = saveFrame(frame, at: packed)
        do {
            let next = try residualBuiltinCall(frame, pc, keywordNames) ?? runResidualInstruction(frame, pc, keywordNames: keywordNames)
            frame.pointee.pc = next
            return next == expected ? .continueTrace : .leftTrace
        } catch {
            return .raised
        }
    }

    /// CALL of a builtin, the residual instruction traces leave most: straight to `callBuiltin`, without
    /// the instruction switch and `call`'s dispatch (a third of the trip, measured). Nil for any other.
    @inline(__always)
    func residualBuiltinCall(_ frame: UnsafeMutablePointer<Frame>, _ pc: Int, _ keywordNames: Value) throws(Raised) -> Int? {
        let word = frame.pointee.code.pointee.instructions[pc]
        guard UInt8(truncatingIfNeeded: word) == Opcode.call.rawValue else { return nil }
        let (callableSlot, arguments, count) = callOperands(frame.pointee.sp, Int(word >> 8))
        let callable = callableSlot[0]
        guard callable.isObject, ObjectRef(callable).kind == .builtinFunction else { return nil }
        callableSlot[0] = try callBuiltin(ObjectRef(callable), arguments: arguments, count: count, keywordNames: keywordNames)
        frame.pointee.sp = callableSlot + 1
        return pc + 2  // CALL and its cache word
    }

    /// CALL `argument`'s operands below `sp`: the callable's slot (then self or NULL, then the
    /// arguments), where the arguments it is called with start (self included), and how many.
    @inline(__always)
    func callOperands(_ sp: UnsafeMutablePointer<Value>, _ argument: Int)
        -> (callableSlot: UnsafeMutablePointer<Value>, arguments: UnsafeMutablePointer<Value>, count: Int) {
        let callableSlot = sp - argument - 2
        let hasSelf = !callableSlot[1].isNull
        return (callableSlot, hasSelf ? callableSlot + 1 : callableSlot + 2, hasSelf ? argument + 1 : argument)
    }

    /// Saves `frame` at the instruction and stack depth `packed` names (ResidualPacking), as the
    /// interpreter would before running it; returns that pc and the pc recorded after it.
    @inline(__always)
    func saveFrame(_ frame: UnsafeMutablePointer<Frame>, at packed: Int) -> (pc: Int, next: Int) {
        let (pc, depth, next) = ResidualPacking.unpack(packed)
        frame.pointee.sp = frame.pointee.base + frame.pointee.code.pointee.slotCount + depth
        frame.pointee.pc = pc
        frame.pointee.currentInstruction = pc
        return (pc, next)
    }

    /// Whether a trace may leave `opcode` to the runtime.
    static func isResidual(_ opcode: Opcode) -> Bool {
        switch opcode {
        case .loadGlobal, .loadAttr, .storeAttr, .loadMethod, .call, .binarySubscr, .storeSubscr, .listAppend,
             .buildTuple, .buildList, .unpackSequence, .getIter, .forIter, .containsOp, .binaryOp, .binaryOpIntoLocal, .compareOp,
             .loadDeref, .storeDeref, .loadName, .storeName, .storeGlobal, .formatValue, .buildString, .unaryNot, .unaryNegative,
             .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .deleteSubscr, .buildSlice,
             .buildSet, .setAdd, .mapAdd, .listExtend, .setUpdate, .listToTuple, .callFunctionEx, .makeFunction,
             .matchSequence, .matchMapping, .getLen, .matchKeys, .matchClass:
            return true
        default:
            return false
        }
    }

    /// Runs the instruction at `pc` on `frame` (its sp saved) as the interpreter does; returns the next pc.
    func runResidualInstruction(_ frame: UnsafeMutablePointer<Frame>, _ pc: Int, keywordNames: Value) throws(Raised) -> Int {
        let code = frame.pointee.code
        let word = code.pointee.instructions[pc]
        let opcode = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
        let argument = Int(word >> 8)
        let cached = ResidualPacking.cachedOpcodes[Int(opcode.rawValue)]
        var next = pc + (cached ? 2 : 1)
        let cacheIndex = cached ? Int(code.pointee.instructions[pc + 1]) : 0
        var sp = frame.pointee.sp
        switch opcode {
        case .loadGlobal:
            sp.pointee = try loadGlobal(frame.pointee.globals, code.pointee.names[argument], code.pointee.caches + cacheIndex)
            sp += 1
        case .loadAttr:
            if let value = cachedLoadAttribute(sp[-1], code, cacheIndex) {
                sp[-1] = value
            } else {
                sp[-1] = try uncachedLoadAttribute(sp[-1], code, argument, cacheIndex)
            }
        case .storeAttr:
            if !cachedStoreAttribute(sp[-1], sp[-2], code, cacheIndex) {
                try uncachedStoreAttribute(sp[-1], sp[-2], code, argument, cacheIndex)
            }
            sp -= 2
        case .loadMethod:
            let object = sp[-1]
            var (method, receiver) = (Value.null, object)
            if let cached = cachedLoadMethod(object, code, argument, cacheIndex) {
                method = cached
            } else {
                (method, receiver) = try uncachedLoadMethod(object, code, argument, cacheIndex)
            }
            sp[-1] = method
            sp.pointee = receiver; sp += 1
        case .call:
            let (callableSlot, arguments, count) = callOperands(sp, argument)
            callableSlot[0] = try call(callableSlot[0], arguments: arguments, count: count, keywordNames: keywordNames)
            sp = callableSlot + 1
        case .makeFunction:
            sp = try makeFunction(flags: argument, stackTop: sp, globals: frame.pointee.globals)
        case .callFunctionEx:
            sp = try callFunctionEx(sp, flags: argument)
        case .binarySubscr:
            sp[-2] = try getItem(sp[-2], sp[-1]); sp -= 1
        case .storeSubscr:
            try setItem(sp[-2], sp[-1], sp[-3]); sp -= 3
        case .deleteSubscr:
            try deleteItem(sp[-2], sp[-1]); sp -= 2
        case .buildSlice:
            if argument == 3 {
                sp[-3] = try newSlice(sp[-3], sp[-2], sp[-1]); sp -= 2
            } else {
                sp[-2] = try newSlice(sp[-2], sp[-1], .none); sp -= 1
            }
        case .buildSet:
            let set = try newSet(UnsafeBufferPointer(start: sp - argument, count: argument))
            sp -= argument
            sp.pointee = set; sp += 1
        case .setAdd:
            sp -= 1
            try setAdd(sp[-argument], sp.pointee)
        case .mapAdd:
            try dictSet(DictView(sp[-argument - 2]), sp[-2], sp[-1]); sp -= 2
        case .listExtend:
            try listExtend(ListView(sp[-argument - 1]), sp[-1]); sp -= 1
        case .setUpdate:
            try setUpdate(sp[-argument - 1], sp[-1]); sp -= 1
        case .listToTuple:
            let list = ListView(sp[-1])
            sp[-1] = try newTuple(UnsafeBufferPointer(start: list.capacity > 0 ? list.items : nil, count: list.count))
        case .listAppend:
            sp -= 1
            try listAppend(ListView(sp[-argument]), sp.pointee)
        case .buildTuple, .buildList:
            let items = UnsafeBufferPointer(start: sp - argument, count: argument)
            let built = opcode == .buildTuple ? try newTuple(items) : try newList(items)
            sp -= argument
            sp.pointee = built; sp += 1
        case .unpackSequence:
            sp = try unpackSequence(sp, count: argument)
        case .matchSequence, .matchMapping, .getLen, .matchKeys, .matchClass:
            sp = try runPatternInstruction(opcode, argument, sp)
        case .getIter:
            sp[-1] = try getIterator(sp[-1])
        case .forIter:
            let item = try iteratorNext(sp[-1])
            if item.isNull { sp -= 1; next = argument } else { sp.pointee = item; sp += 1 }
        case .containsOp:
            let found = try contains(sp[-1], sp[-2])
            sp[-2] = Value(bool: argument == 0 ? found : !found); sp -= 1
        case .binaryOp:
            sp[-2] = try binaryOp(sp[-2], sp[-1], argument); sp -= 1
        case .binaryOpIntoLocal:
            sp[-2] = try binaryOpIntoLocal(sp[-2], sp[-1], argument); sp -= 1
        case .compareOp:
            sp[-2] = try richCompare(sp[-2], sp[-1], argument); sp -= 1
        case .unaryNot:
            sp[-1] = Value(bool: !(try isTrue(sp[-1])))
        case .popJumpIfFalse, .popJumpIfTrue:
            sp -= 1
            if try isTrue(sp.pointee) == (opcode == .popJumpIfTrue) { next = argument }
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
            if try isTrue(sp[-1]) == (opcode == .jumpIfTrueOrPop) { next = argument } else { sp -= 1 }
        case .unaryNegative:
            sp[-1] = try unaryNegative(sp[-1])
        case .loadDeref:
            let contents = ObjectRef(frame.pointee.base[code.pointee.localCount + argument])[CellLayout.contents]
            if contents.isNull { throw raiseUnboundDeref(code, argument) }
            sp.pointee = contents; sp += 1
        case .storeDeref:
            sp -= 1
            ObjectRef(frame.pointee.base[code.pointee.localCount + argument])[CellLayout.contents] = sp.pointee
        case .loadName:
            sp.pointee = try loadName(frame, code.pointee.names[argument]); sp += 1
        case .storeName:
            sp -= 1
            try storeName(frame, code.pointee.names[argument], sp.pointee)
        case .storeGlobal:
            sp -= 1
            try dictSet(DictView(frame.pointee.globals), code.pointee.names[argument], sp.pointee)
        case .formatValue:
            if argument & 4 != 0 {
                sp[-2] = try formatValue(sp[-2], conversion: argument & 3, spec: sp[-1]); sp -= 1
            } else {
                sp[-1] = try formatValue(sp[-1], conversion: argument & 3, spec: .null)
            }
        case .buildString:
            let joined = try concatenateStrings(sp - argument, argument)
            sp -= argument
            sp.pointee = joined; sp += 1
        default:
            preconditionFailure("\(opcode.name) is not a residual instruction")
        }
        frame.pointee.sp = sp
        return next
    }
}
