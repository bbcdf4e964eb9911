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

    /// Starts recording a bridge from exit `exit` of `loop`, which was just taken (its frames are built
    /// above `frame`, the loop's); returns whether recording began.
    func startRecordingBridge(_ loop: CompiledLoop, exit: Int, _ frame: UnsafeMutablePointer<Frame>) -> Bool {
        if jit.recorder != nil || loop.doomed != nil { return false }
        let (piece, header) = loop.exit(exit)
        if header.pointee.bridge >= 0 { return false }
        let calls = piece.exits.frames + Int(header.pointee.firstFrame)
        let code = frame.pointee.code
        jit.recorder = TraceRecorder(vm: self, frame: frame, headerPC: loop.headerPC,
                                     loopIndex: loop.slot - code.pointee.loopSlots.unsafelyUnwrapped,
                                     depth: Int(header.pointee.stackDepth), limit: jit.parameters.traceLimit,
                                     bridgeOrigin: (loop, exit),
                                     inlinedCalls: Array(UnsafeBufferPointer(start: calls, count: Int(header.pointee.frameCount))))
        jit.recordingStarted = monotonicNanoseconds()
        return true
    }

    /// Counts an aborted trace and makes its loop wait before the next try: `threshold` iterations
    /// when the cause is gone (`retrySoon`), twice as long after each other abort. A bridge's exit
    /// waits `trace_eagerness` more failures, twice as many after each abort, and is given up after four
    /// (unless it stopped at a loop not compiled yet).
    func abandon(_ recorder: TraceRecorder, _ reason: String, retrySoon: Bool = false) {
        jit.statistics.recordingNanoseconds += monotonicNanoseconds() - jit.recordingStarted
        jit.statistics.tracesAborted += 1
        if let (loop, exit) = recorder.bridgeOrigin {
            let header = loop.exit(exit).header
            if !retrySoon { header.pointee.bridgeAborts += 1 }
            if reason == TraceRecorder.loopEnded || reason == TraceRecorder.frameReturned {
                header.pointee.bridgeAborts = Int16(VM.bridgeAttempts)
            }
            let aborts = Int(header.pointee.bridgeAborts)
            // An enclosing loop not compiled yet may be soon: that exit keeps trying, ever less often.
            let givesUp = aborts >= VM.bridgeAttempts && reason != TraceRecorder.loopNotCompiled
            header.pointee.bridgeAt = givesUp ? Int.max
                : header.pointee.taken + jit.parameters.traceEagerness << min(aborts, 16)
            jit.log("abort bridge from exit \(exit) of loop \(loop.id) at pc \(recorder.instructionPC): \(reason)\n")
        } else {
            let slot = recorder.loopCode.pointee.loopSlots.unsafelyUnwrapped + recorder.loopIndex
            if !retrySoon { slot.pointee.aborts &+= 1 }
            let wait = min(jit.parameters.threshold << min(Int(slot.pointee.aborts), 12), 1 << 30)
            slot.pointee.counter = Int32(-wait)
            jit.log("abort loop \(recorder.loopIndex) of \(describeCode(recorder.loopCode)) at pc \(recorder.instructionPC): \(reason)\n")
        }
        if reason.hasPrefix(TraceRecorder.mostlyResidual) && jit.logFile != nil {
            jit.log("  left to the runtime: \(recorder.residualNames.joined(separator: " "))\n")
        }
    }

    /// Bridge recordings from one exit that may abort before the exit is left to the interpreter for good.
    static let bridgeAttempts = 4

    func compileAndInstall(_ recorder: TraceRecorder) {
        let started = monotonicNanoseconds()
        defer { jit.statistics.compilingNanoseconds += monotonicNanoseconds() - started }
        var trace = recorder.trace
        if let (loop, exit) = recorder.bridgeOrigin {
            if jit.logFile != nil { jit.log("# bridge from exit \(exit) of loop \(loop.id), recorded\n\(trace.text)") }
            installBridge(&trace, recorder, loop, exit)
            return
        }
        if jit.logFile != nil {
            jit.log("# loop \(recorder.loopIndex) of \(describeCode(recorder.loopCode)), recorded\n\(trace.text)")
            jit.log("  left to the runtime: \(recorder.residualNames.joined(separator: " "))\n")
        }
        let iterations = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        iterations.initialize(to: 0)
        guard let (backend, machineCode) = compilePiece(&trace, recorder, iterations: iterations) else {
            iterations.deallocate()
            return
        }
        let target = recorder.linkTarget
        let slot = recorder.loopCode.pointee.loopSlots.unsafelyUnwrapped + recorder.loopIndex
        let root = TracePiece(id: jit.nextLoopID, parent: nil, trace: trace, machineCode: machineCode, backend: backend,
                              bridgeEagerness: jit.parameters.traceEagerness)
        let loop = CompiledLoop(id: jit.nextLoopID, root: root, references: trace.heapReferences,
                                headerPC: recorder.headerPC,
                                iterationStart: machineCode.start + backend.iterationStartOffset,
                                slot: slot, iterations: iterations, instructionsPerIteration: recorder.recordedCount)
        jit.nextLoopID += 1
        jit.add(loop)
        link(loop, into: target)
        if slot.pointee.timesFreed > 0 { jit.statistics.loopsRetraced += 1 }
        slot.pointee.loop = loop.opaque
        slot.pointee.counter = 0
        slot.pointee.lastRunGeneration = jit.generation
        advanceGeneration()
        logLoopCompiled(loop, code: recorder.loopCode, loopIndex: recorder.loopIndex)
        if jit.logFile != nil { jit.log("# loop \(loop.id), optimized: \(machineCode.size) bytes of machine code\n\(trace.text)\n") }
    }

    /// Compiles a bridge recorded from exit `exit` of `loop` and hangs it off that exit, unless the
    /// loop was freed while the bridge was recorded. The exit's stub then jumps straight into it.
    func installBridge(_ trace: inout Trace, _ recorder: TraceRecorder, _ loop: CompiledLoop, _ exit: Int) {
        guard isAlive(loop) else { return }
        let (parent, header) = loop.exit(exit)
        let entries = parent.exits.entries + Int(header.pointee.firstEntry)
        let start = BridgeStart(parentExitValues: parent.exitValues, parentFrameSize: parent.nativeFrameSize,
                                parentEntries: Array(UnsafeBufferPointer(start: entries, count: Int(header.pointee.entryCount))))
        guard let (backend, machineCode) = compilePiece(&trace, recorder, iterations: loop.iterations, owner: loop,
                                                        bridgeStart: start) else { return }
        let bridge = TracePiece(id: jit.nextLoopID, parent: parent.id, trace: trace, machineCode: machineCode,
                                backend: backend, bridgeEagerness: jit.parameters.traceEagerness)
        jit.nextLoopID += 1
        // A run of this loop under way checked room on the interpreter's stacks for what its pieces
        // needed then: a bridge that needs more is entered through runCompiledLoop, which checks.
        let direct = jit.coversNeeds(of: bridge)
        jit.add(bridge: bridge, to: loop, from: exit, references: trace.heapReferences)
        link(loop, into: recorder.linkTarget)
        if direct {
            // The exit's stub, and its twin's in a peeled loop, jump straight into the bridge — unless
            // leaving there builds instances the trace did not allocate (Materialize.swift).
            for number in [exit] + (parent.twinExit(of: exit).map { [$0] } ?? []) {
                let header = loop.exit(number).header
                let stubOffset = header.pointee.stubOffset
                guard stubOffset >= 0, header.pointee.virtualCount == 0 else { continue }
                var jump = X86Assembler()
                jump.jump(toAddress: UInt64(UInt(bitPattern: bridge.directEntry)))
                jit.codeMemory.patch(parent.machineCode, at: Int(stubOffset), bytes: jump.finish())
            }
        }
        logBridgeCompiled(bridge)
        advanceGeneration()
        if jit.logFile != nil {
            jit.log("# bridge \(bridge.id) from exit \(exit) of loop \(loop.id), optimized: \(machineCode.size) bytes of machine code, exits from \(bridge.firstExit)\n\(trace.text)\n")
        }
    }

    /// Optimizes a recorded trace — a loop's root, or a bridge of `owner` starting at `bridgeStart` —
    /// compiles it and installs its machine code, after making room under `max_code` without freeing
    /// `owner` or the loop the trace goes on into. Nil, the recording abandoned, when there is no room
    /// or one of those loops was freed meanwhile.
    private func compilePiece(_ trace: inout Trace, _ recorder: TraceRecorder, iterations: UnsafeMutablePointer<Int>,
                              owner: CompiledLoop? = nil, bridgeStart: BridgeStart? = nil) -> (X86Backend, CodePiece)? {
        let target = recorder.linkTarget
        // A root trace that loops to its own start is peeled; a bridge or a trace going on into
        // another loop's code ends in code that starts with a full iteration.
        optimize(&trace, peeling: owner == nil && target == nil)
        if let target {
            // Going on into target's code needs what any piece of it needs.
            trace.inlinedDepth = max(trace.inlinedDepth, target.inlinedDepth)
            trace.slotExtent = max(trace.slotExtent, target.slotExtent)
        }
        let exitValues = TracePiece.makeExitBuffer(for: trace)
        let continuation = target?.entryTarget(fromOtherLoopStamping: jit.generationCell)
            ?? owner?.entryTarget(fromOtherLoopStamping: nil)
        var backend = X86Backend(trace: trace, iterationCounter: iterations, exitValues: exitValues,
                                 firstExit: owner?.exitCount ?? 0, continuation: continuation, bridgeStart: bridgeStart)
        let bytes = backend.compile()
        let room = makeRoom(forMachineCode: bytes.count, keeping: [owner, target].compactMap { $0 })
        guard room, isAlive(owner), isAlive(target), let machineCode = jit.codeMemory.install(bytes) else {
            exitValues.deallocate()
            abandon(recorder, room && isAlive(owner) && isAlive(target)
                ? "no room for machine code (max_code \(jit.parameters.maxCode) bytes)"
                : "a loop it needs was freed while it compiled")
            return nil
        }
        return (backend, machineCode)
    }

    /// Whether `loop` (if any) is still compiled and not waiting to be freed.
    func isAlive(_ loop: CompiledLoop?) -> Bool {
        guard let loop else { return true }
        return jit.loops[loop.id] === loop && loop.doomed == nil
    }

    /// Notes that `loop`'s code goes on into `target`'s (if any): freeing `target` frees `loop`.
    func link(_ loop: CompiledLoop, into target: CompiledLoop?) {
        guard let target else { return }
        target.linkedFrom.append(loop.id)
        loop.goesOnElsewhere = true
    }

    func describeCode(_ code: UnsafeMutablePointer<CodeInfo>) -> String {
        code.pointee.qualifiedNameValue.isNull ? "<code>" : swiftString(code.pointee.qualifiedNameValue)
    }
}

extension VM {
    /// A loop that runs fewer than `shortLoopWork` bytecode instructions per entry in its machine code
    /// (its iterations times the instructions its trace recorded, counted as at least 5), on average
    /// over its first entries (or its first since a bridge grew), costs more to enter and leave than
    /// it saves: it goes back to the interpreter for good (its slot waits as after many aborts). A
    /// small loop needs 4 iterations per entry; a body with calls inlined may need only one.
    static let shortLoopWork = 20
    static let shortLoopEntries = 512

    /// Whether `loop` has just completed the entries it is judged on.
    @inline(__always)
    static func isJudgedAsShortNow(_ loop: CompiledLoop) -> Bool {
        loop.entries &- loop.entriesBeforeLastBridge == shortLoopEntries
    }

    func retireIfShort(_ loop: CompiledLoop) {
        let iterations = loop.iterations.pointee - loop.iterationsBeforeLastBridge
        let work = iterations * max(loop.instructionsPerIteration, 5)
        guard VM.isJudgedAsShortNow(loop), !loop.goesOnElsewhere, work < VM.shortLoopEntries * VM.shortLoopWork,
              !jit.isRunning(loop) else { return }
        jit.log("loop \(loop.id) is short: \(iterations) iterations in \(VM.shortLoopEntries) entries\n")
        freeLoop(loop, .short)
    }
}
