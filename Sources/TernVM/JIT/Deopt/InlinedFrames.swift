// The frames of calls a trace inlined exist only in the trace. Leaving it inside
// one — at a guard, or to run a residual instruction there — builds them on the
// interpreter's frame stack from the snapshot, exactly as the interpreter's own
// calls would have left them: each caller waits after its CALL with the call's
// operands taken, each callee's slots already hold their values (the exit or
// the residual wrote them), and the innermost frame continues at the snapshot's pc.

extension VM {
    /// Builds the frames of the inlined calls that exit `header` names above `frame` (the loop's
    /// frame, the top one) and sets where each continues; returns the innermost frame.
    @inline(__always)
    func buildInlinedFrames(_ exits: ExitTable, _ header: UnsafeMutablePointer<ExitHeader>,
                            _ frame: UnsafeMutablePointer<Frame>) -> UnsafeMutablePointer<Frame> {
        buildCalls(exits.frames + Int(header.pointee.firstFrame), from: 0, header, above: frame, loopFrame: frame)
    }

    /// Builds the frames of `calls[first...]` (up to the header's count) above `innermost`, the frame
    /// of the call before them (or the loop's), and sets where each continues.
    @inline(__always)
    private func buildCalls(_ calls: UnsafeMutablePointer<InlinedFrame>, from first: Int,
                            _ header: UnsafeMutablePointer<ExitHeader>, above innermost: UnsafeMutablePointer<Frame>,
                            loopFrame frame: UnsafeMutablePointer<Frame>) -> UnsafeMutablePointer<Frame> {
        var innermost = innermost
        for index in first..<Int(header.pointee.frameCount) {
            let call = calls[index]
            continueAt(innermost, pc: Int(call.returnPC), instruction: Int(call.callPC), depth: Int(call.callerDepth))
            let code = UnsafeMutablePointer<CodeInfo>(bitPattern: call.code).unsafelyUnwrapped
            let base = frame.pointee.base + Int(call.base)
            let function = call.functionSlot >= 0 ? frame.pointee.base[Int(call.functionSlot)] : Value(bits: call.function)
            frames[frameCount] = Frame(code: code, pc: 0, currentInstruction: 0, base: base,
                                       sp: base + code.pointee.slotCount, function: function,
                                       globals: ObjectRef(function)[FunctionLayout.globals], namespace: .null,
                                       generator: .null, isEntry: false, isConstructor: call.isConstructor)
            frames[frameCount].binaryOperator = call.binaryOperator
            innermost = frames + frameCount
            frameCount += 1
            depth += 1
        }
        let pc = Int(header.pointee.pc)
        continueAt(innermost, pc: pc, instruction: pc, depth: Int(header.pointee.stackDepth))
        return innermost
    }

    /// The innermost frame for a residual instruction at exit `header` of a trace running in `trace`.
    /// Residual instructions in a row mostly run in the same inlined calls, or in calls of calls: the
    /// frames the last one built stay while the trace goes on (TraceContext.keptFrames), and the next
    /// keeps those of the calls it shares with them, outermost first, and builds the rest.
    @inline(__always)
    func framesForResidual(_ exits: ExitTable, _ header: UnsafeMutablePointer<ExitHeader>,
                           _ trace: UnsafeMutablePointer<TraceContext>) -> UnsafeMutablePointer<Frame> {
        let calls = exits.frames + Int(header.pointee.firstFrame)
        let count = Int(header.pointee.frameCount)
        let loopFrame = trace.pointee.frame
        let kept = trace.pointee.keptFrameCount
        var shared = 0
        // Kept records are read only while the loop that built them runs (a freed loop's are gone).
        if kept > 0, trace.pointee.keptLoop == trace.pointee.loop, let keptCalls = trace.pointee.keptFrames {
            if keptCalls == calls && kept == count && !header.pointee.callsMadeFunction {
                shared = count  // the same calls: equal lists share one range of the table
            } else {
                let first = frames + frameCount - kept
                let limit = min(kept, count)
                while shared < limit && (keptCalls == calls || keptCalls[shared] == calls[shared]) {
                    // A function the trace made is found in the loop's frame: a new iteration makes a new one.
                    let slot = Int(calls[shared].functionSlot)
                    if slot >= 0 && first[shared].function != loopFrame.pointee.base[slot] { break }
                    shared += 1
                }
            }
        }
        frameCount -= kept - shared
        depth -= kept - shared
        let innermost = buildCalls(calls, from: shared, header, above: shared == 0 ? loopFrame : frames + frameCount - 1,
                                   loopFrame: loopFrame)
        trace.pointee.keptFrames = calls
        trace.pointee.keptFrameCount = count
        trace.pointee.keptLoop = trace.pointee.loop
        return innermost
    }

    /// Takes the frames a residual instruction kept off the interpreter's frame stack.
    @inline(__always)
    func dropKeptFrames(_ trace: UnsafeMutablePointer<TraceContext>) {
        let count = trace.pointee.keptFrameCount
        guard count > 0 else { return }
        frameCount -= count
        depth -= count
        handOverKeptFrames(trace)
    }

    /// The kept frames become the interpreter's (the trace leaves in them): no longer dropped.
    @inline(__always)
    func handOverKeptFrames(_ trace: UnsafeMutablePointer<TraceContext>) {
        trace.pointee.keptFrames = nil
        trace.pointee.keptFrameCount = 0
    }

    @inline(__always)
    private func continueAt(_ frame: UnsafeMutablePointer<Frame>, pc: Int, instruction: Int, depth: Int) {
        frame.pointee.pc = pc
        frame.pointee.currentInstruction = instruction
        frame.pointee.sp = frame.pointee.base + frame.pointee.code.pointee.slotCount + depth
    }

    /// Whether the interpreter's stacks have room for inlined calls nested `depth` deep, using `slots`
    /// slots from `frame`'s (the loop's) first; without it the interpreter runs the iteration (and
    /// raises RecursionError where due).
    @inline(__always)
    func hasRoomForInlinedCalls(depth inlined: Int, slots: Int, _ frame: UnsafeMutablePointer<Frame>) -> Bool {
        inlined == 0
            || (depth + inlined <= recursionLimit && frameCount + inlined < frameCapacity
                && frame.pointee.base + slots < stackLimit)
    }
}
