// Warm-up: LOOP_HEADER counts iterations in the loop's slot; past `threshold`
// the interpreter records the next iteration (TraceRecorder), and a closed trace
// is optimized, compiled and installed in the slot. A trace that aborts leaves
// the loop to the interpreter for a while, twice as long after each abort.

extension VM {
    /// Starts recording the loop whose header is at `headerPC`; returns whether recording began.
    func startRecording(_ frame: UnsafeMutablePointer<Frame>, loop index: Int, headerPC: Int,
                        sp: UnsafeMutablePointer<Value>) -> Bool {
        // One trace at a time: a loop run by a call from the loop being recorded waits.
        if jit.recorder != nil { return false }
        let depth = sp - (frame.pointee.base + frame.pointee.code.pointee.slotCount)
        jit.recorder = TraceRecorder(vm: self, frame: frame, headerPC: headerPC, loopIndex: index, depth: depth,
                                     limit: jit.parameters.traceLimit)
        jit.recordingStarted = monotonicNanoseconds()
        return true
    }

    /// Records the instruction at `pc`; returns whether recording goes on.
    func recordInstruction(_ frame: UnsafeMutablePointer<Frame>, pc: Int, base: UnsafeMutablePointer<Value>,
                           sp: UnsafeMutablePointer<Value>) -> Bool {
        guard let recorder = jit.recorder else { return false }
        switch recorder.record(frame: frame, pc: pc, base: base, sp: sp) {
        case .recorded, .residual:
            return true
        case .closed:
            jit.recorder = nil
            jit.statistics.recordingNanoseconds += monotonicNanoseconds() - jit.recordingStarted
            compileAndInstall(recorder)
            return false
        case .aborted(let reason):
            jit.recorder = nil
            if let callee = recorder.calleeToBlame(for: reason) {
                // The loop is retried soon, with that call left to the runtime.
                callee.pointee.neverInlined = true
                abandon(recorder, reason + " (\(describeCode(callee)) is not inlined again)", retrySoon: true)
            } else {
                abandon(recorder, reason)
            }
            return false
        }
    }

    /// Gives up the trace being recorded (an unsupported instruction, an exception, a return).
    func abortRecording(_ reason: String) {
        guard let recorder = jit.recorder else { return }
        jit.recorder = nil
        abandon(recorder, reason)
    }

    /// Counts an aborted trace and makes its loop wait before the next try: `threshold` iterations
    /// when the cause is gone (`retrySoon`), twice as long after each other abort.
    func abandon(_ recorder: TraceRecorder, _ reason: String, retrySoon: Bool = false) {
        jit.statistics.recordingNanoseconds += monotonicNanoseconds() - jit.recordingStarted
        jit.statistics.tracesAborted += 1
        let slot = recorder.loopCode.pointee.loopSlots.unsafelyUnwrapped + recorder.loopIndex
        if !retrySoon { slot.pointee.aborts &+= 1 }
        let wait = min(jit.parameters.threshold << min(Int(slot.pointee.aborts), 12), 1 << 30)
        slot.pointee.counter = Int32(-wait)
        jit.log("abort loop \(recorder.loopIndex) of \(describeCode(recorder.loopCode)) at pc \(recorder.instructionPC): \(reason)\n")
        if reason.hasPrefix(TraceRecorder.mostlyResidual) && jit.logFile != nil {
            jit.log("  left to the runtime: \(recorder.residualNames.joined(separator: " "))\n")
        }
    }

    func compileAndInstall(_ recorder: TraceRecorder) {
        let started = monotonicNanoseconds()
        var trace = recorder.trace
        if jit.logFile != nil { jit.log("# loop \(recorder.loopIndex) of \(describeCode(recorder.loopCode)), recorded\n\(trace.text)") }
        optimize(&trace)
        let iterations = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        iterations.initialize(to: 0)
        var backend = X86Backend(trace: trace, iterationCounter: iterations)
        let bytes = backend.compile()
        let slot = recorder.loopCode.pointee.loopSlots.unsafelyUnwrapped + recorder.loopIndex
        guard makeRoom(forMachineCode: bytes.count), let piece = jit.codeMemory.install(bytes) else {
            iterations.deallocate()
            abandon(recorder, "no room for machine code (max_code \(jit.parameters.maxCode) bytes)")
            return
        }
        let loop = CompiledLoop(id: jit.nextLoopID, trace: trace, machineCode: piece, slot: slot, iterations: iterations)
        jit.nextLoopID += 1
        jit.add(loop)
        if slot.pointee.timesFreed > 0 { jit.statistics.loopsRetraced += 1 }
        slot.pointee.loop = loop.opaque
        slot.pointee.counter = 0
        slot.pointee.lastRunGeneration = jit.generation
        advanceGeneration()
        logLoopCompiled(loop, code: recorder.loopCode, loopIndex: recorder.loopIndex)
        jit.statistics.compilingNanoseconds += monotonicNanoseconds() - started
        if jit.logFile != nil { jit.log("# loop \(loop.id), optimized: \(bytes.count) bytes of machine code\n\(trace.text)\n") }
    }

    func describeCode(_ code: UnsafeMutablePointer<CodeInfo>) -> String {
        code.pointee.qualifiedNameValue.isNull ? "<code>" : swiftString(code.pointee.qualifiedNameValue)
    }
}

extension VM {
    /// A loop left after fewer than `shortLoopIterations` iterations per entry, on average over
    /// its first entries, costs more to enter and leave than it saves: it goes back to the
    /// interpreter for good (its slot waits as after many aborts).
    static let shortLoopIterations = 4
    static let shortLoopEntries = 512

    func retireIfShort(_ loop: CompiledLoop) {
        guard loop.entries == VM.shortLoopEntries, loop.iterations.pointee < loop.entries * VM.shortLoopIterations,
              loop.active == 0 else { return }
        jit.log("loop \(loop.id) is short: \(loop.iterations.pointee) iterations in \(loop.entries) entries\n")
        freeLoop(loop, .short)
    }
}
