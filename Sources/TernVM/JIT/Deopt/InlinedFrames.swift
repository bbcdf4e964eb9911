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
        var innermost = frame
        let calls = exits.frames + Int(header.pointee.firstFrame)
        for index in 0..<Int(header.pointee.frameCount) {
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
