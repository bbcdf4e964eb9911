// One slot per loop header of loaded code (LOOP_HEADER n uses slot n), and one
// for a function's entry after them: the interpreter counts iterations (calls)
// here until the loop (function) is hot, and finds the compiled loop here once
// there is one. The slot is the interpreter's only
// reference to a compiled loop; freeing the loop clears it (docs/jit.md).

struct LoopSlot {
    /// Iterations counted towards `threshold`; negative while an aborted loop waits to be tried again.
    var counter: Int32 = 0
    /// Traces of this loop aborted so far (each doubles the wait before the next try).
    var aborts: UInt16 = 0
    /// Compiled loops of this header freed so far (the next one compiled is a re-trace).
    var timesFreed: UInt16 = 0
    /// The memory manager's generation when the compiled loop last ran.
    var lastRunGeneration: UInt32 = 0
    /// The compiled loop (an unmanaged CompiledLoop), or nil.
    var loop: UnsafeMutableRawPointer? = nil
}

extension LoopSlot {
    static let lastRunGenerationOffset = MemoryLayout<LoopSlot>.offset(of: \LoopSlot.lastRunGeneration)!
}

extension VM {
    /// Frees the compiled loops in the loop slots of code being freed (the slots are
    /// part of the code's one allocation, CodeLoading.swift).
    func releaseLoopSlots(_ info: UnsafeMutablePointer<CodeInfo>) {
        guard let slots = info.pointee.loopSlots else { return }
        for index in 0...info.pointee.loopCount {
            if let loop = slots[index].loop { freeLoop(CompiledLoop.from(loop), .codeFreed) }
        }
        info.pointee.loopSlots = nil
    }
}
