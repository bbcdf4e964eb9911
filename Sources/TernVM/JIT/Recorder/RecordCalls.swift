import TernCompiler

// Python calls inlined into the trace. A CALL of a plain Python function (its
// arguments bind in place: exactly its positional parameters, no cells, not a
// generator, no loop of its own) is recorded by guarding the callee and its
// code and going on recording inside it; its RETURN_VALUE takes the recorder
// back to the caller. The callee's frame exists only in the trace: a guard
// inside it names the frame in its snapshot, and leaving builds it
// (Deopt/InlinedFrames.swift), as does a residual instruction run inside it.
// Other calls are left to the runtime.

extension TraceRecorder {
    /// Calls nested deeper than this are left to the runtime (a recursive function inlines this far).
    static let maxInlinedCalls = 8

    func recordCall(_ argument: Int) -> Step {
        let callable = concrete(argument + 2)
        let hasSelf = !concrete(argument + 1).isNull
        guard keywordNames.isNull, inlinedFrames.count < TraceRecorder.maxInlinedCalls,
              callable.isObject, ObjectRef(callable).kind == .function else { return .residual }
        let function = ObjectRef(callable)
        let callee = vm.codeInfo(ofFunction: callable)
        let info = callee.pointee
        guard info.simpleArguments, info.argCount == (hasSelf ? argument + 1 : argument), info.cellCount == 0,
              info.freeCount == 0, !info.isGenerator, info.loopCount == 0, !info.neverInlined else { return .residual }

        // The callee is this function running this code (`__code__` can be assigned).
        let callableSlot = stackSlot(argument + 2)
        let functionRef = slotValue(callableSlot)
        if !(trace[functionRef].opcode == .constant && UInt64(bitPattern: trace[functionRef].immediate) == callable.bits) {
            emitLeaving(.guardEqual, .none, functionRef, immediate: Int64(bitPattern: callable.bits))
        }
        let codeWord = emit(.loadWord, .word, constant(callable.bits, .value), immediate: Int64(FunctionLayout.code * 8))
        emitLeaving(.guardEqual, .none, codeWord, immediate: Int64(function.word(FunctionLayout.code)))

        // The caller continues below the call's operands; the arguments become the callee's first locals.
        let calleeBase = callableSlot + (hasSelf ? 1 : 2)
        for slot in callableSlot..<calleeBase { slots[slot] = .none; dirty[slot] = false }
        let cached = ResidualPacking.cachedOpcodes[Int(Opcode.call.rawValue)]
        inlinedFrames.append(InlinedFrame(function: callable.bits, codeObject: function[FunctionLayout.codeObject].bits,
                                          code: UInt(bitPattern: callee), base: Int32(calleeBase),
                                          callPC: Int32(instructionPC), returnPC: Int32(instructionPC + (cached ? 2 : 1)),
                                          callerDepth: Int32(depth - argument - 2)))
        callerCode.append(code)
        code = callee
        slotCount = info.slotCount
        frameOffset = calleeBase
        depth = 0
        let extent = calleeBase + info.slotCount + info.stackSize
        if slots.count < extent {
            slots.append(contentsOf: repeatElement(.none, count: extent - slots.count))
            dirty.append(contentsOf: repeatElement(false, count: extent - dirty.count))
        }
        // Locals past the parameters start unbound (NULL), as pushFunctionFrame leaves them.
        for local in info.argCount..<info.slotCount { setSlot(local, constant(0, .value)) }
        trace.inlinedDepth = max(trace.inlinedDepth, inlinedFrames.count)
        trace.slotExtent = max(trace.slotExtent, extent)
        return .recorded
    }

    /// The inlined callee to blame when recording aborts inside a call: the innermost for an instruction
    /// it could not record; the outermost when the trace grew too long or mostly left to the runtime
    /// (the whole call left to it costs less than what it leaves).
    func calleeToBlame(for reason: String) -> UnsafeMutablePointer<CodeInfo>? {
        guard let outermost = inlinedFrames.first else { return nil }
        let whole = reason == TraceRecorder.tooLong || reason == TraceRecorder.mostlyResidual
        return whole ? UnsafeMutablePointer<CodeInfo>(bitPattern: outermost.code) : code
    }

    /// RETURN_VALUE of an inlined call: its frame goes, the caller gets the result.
    func recordReturn() -> Step {
        guard let call = inlinedFrames.last else { return .aborted("the loop's frame returned") }
        let result = pop()
        for slot in frameOffset..<(frameOffset + slotCount + code.pointee.stackSize) {
            slots[slot] = .none
            dirty[slot] = false
        }
        inlinedFrames.removeLast()
        code = callerCode.removeLast()
        slotCount = code.pointee.slotCount
        frameOffset = inlinedFrames.last.map { Int($0.base) } ?? 0
        depth = Int(call.callerDepth)
        push(result)
        return .recorded
    }

    /// LOAD_METHOD whose inline cache holds the method for the receiver's type (and shape, for
    /// instances): the method is a constant of the trace, after the guards the cache check makes.
    func recordLoadMethod(_ argument: Int) -> Step {
        let object = concrete(1)
        guard object.isObject else { return .residual }
        let ref = ObjectRef(object)
        let cache = code.pointee.caches + cacheIndex
        let isInstance = ref.kind == .instance
        let key = isInstance ? vm.instanceCacheKey(ref) : UInt64(ref.typeID) << 32
        guard cache.pointee.key == key, cache.pointee.version == vm.types[ref.typeID].version,
              !cache.pointee.value.isNull else { return .residual }
        let receiver = pop()
        guardObject(receiver, ref.typeID)
        if isInstance { guardShape(receiver, ref) }
        guardTypeVersion(ref.typeID, cache.pointee.version)
        push(constant(cache.pointee.value.bits, .value))
        push(receiver)
        return .recorded
    }
}
