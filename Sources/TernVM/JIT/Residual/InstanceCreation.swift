// The first half of a class call the trace inlines (`Point(x, y)` of a class
// with object.__new__ and a Python __init__, see Interpreter/ClassCalls.swift):
// the runtime allocates the instance, as CALL does, and puts it where the class
// was and as __init__'s self; the trace then goes on inside the inlined __init__.
// Allocating may collect, so the trace writes its values to the frame first and
// reads them afresh after, as around a residual instruction.

/// The C entry: (TraceContext, packed pc/depth of the CALL, the snapshot naming the inlined calls'
/// frames it runs in or -1) -> ResidualOutcome.
let instanceCreationEntry: @convention(c) (UnsafeMutableRawPointer, Int, Int) -> Int = { context, packed, frames in
    runInTraceFrame(context, frames) { vm, frame in
        vm.createInstanceForCall(frame, packed: packed, loop: context.assumingMemoryBound(to: TraceContext.self).pointee.loop)
    }
}

extension VM {
    /// The interpreter then redoes the whole CALL if `loop` was freed meanwhile (it must leave at the CALL).
    func createInstanceForCall(_ frame: UnsafeMutablePointer<Frame>, packed: Int,
                               loop: UnsafeMutableRawPointer) -> ResidualOutcome {
        let pc = saveFrame(frame, at: packed).pc
        let argument = Int(frame.pointee.code.pointee.instructions[pc] >> 8)
        let callableSlot = frame.pointee.sp - argument - 2
        if CompiledLoop.isDoomed(loop) { return .leftTrace }
        do {
            let instance = try newInstance(TypeView(callableSlot[0]).ownTypeID)
            // Allocating may have collected and freed this loop: then the CALL is left whole to the interpreter.
            if CompiledLoop.isDoomed(loop) { return .leftTrace }
            callableSlot[0] = instance
            callableSlot[1] = instance
            return .continueTrace
        } catch {
            return .raised
        }
    }
}
