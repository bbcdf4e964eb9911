// The memory manager for compiled code (loop longevity, docs/jit.md): every way a
// compiled loop dies goes through `freeLoop`, which clears the interpreter's
// reference (the loop slot), frees the machine code and everything the loop owns,
// and writes a `loop_freed` event. A loop dies when
//   - it has not run for `loop_longevity` generations (a generation passes with
//     each loop or bridge compiled and each major collection, so a program that compiles
//     nothing new still ages its loops); a loop header whose loops were freed
//     before and were needed again gets twice the longevity each time (up to 16×),
//     so a loop that runs at long intervals is not freed and traced again forever;
//   - machine code would pass `max_code`: the least recently run loops make room,
//     one at a time;
//   - its code object dies, or an object its machine code compares against dies
//     (WeakReferences.swift);
//   - it is left too soon, too often (`retireIfShort`);
//   - a loop its code goes on into was freed (its jumps would land in freed code).
// A loop that is running (a residual call from it is under way) cannot be freed
// yet: it is marked doomed, leaves at its next residual return, and is freed
// when its last run ends.

/// Why a loop was freed, as the `loop_freed` event names it.
enum LoopFreeReason: String {
    case old                 // not run for loop_longevity generations
    case budget = "max_code" // made room for new code
    case codeFreed = "code_freed"
    case deadReference = "dead_reference"
    case short
    case linked              // a loop its code goes on into was freed
}

extension VM {
    /// Frees `loop` now, or as soon as its last run ends.
    func freeLoop(_ loop: CompiledLoop, _ reason: LoopFreeReason) {
        let slot = loop.slot
        if slot.pointee.loop == loop.opaque {
            slot.pointee.loop = nil
            // Its loop header counts again (a loop needed again is traced again), except a short loop's.
            slot.pointee.counter = reason == .short ? Int32.min : 0
            slot.pointee.timesFreed &+= 1
        }
        // Code that jumps into this loop's must not run again: those loops go too.
        let linkers = loop.linkedFrom
        loop.linkedFrom = []
        defer {
            for id in linkers {
                if let other = jit.loops[id], other.doomed == nil { freeLoop(other, .linked) }
            }
        }
        if jit.isRunning(loop) {
            loop.doomed = reason
            jit.log("loop \(loop.id) is running: freed (\(reason.rawValue)) when its run ends\n")
            return
        }
        let age = Int(jit.generation &- slot.pointee.lastRunGeneration)
        jit.log("free loop \(loop.id) (\(reason.rawValue)), last run \(age) generations ago\n")
        logBusiestExits(loop)
        logLoopFreed(loop, reason: reason.rawValue, age: age)
        jit.free(loop)
        updateLogCodeCounters()
    }

    /// A generation passes: loops that have not run for `loop_longevity` generations are freed.
    func advanceGeneration() {
        jit.generation &+= 1
        let longevity = jit.parameters.loopLongevity
        guard longevity > 0, !jit.loops.isEmpty else { return }
        let generation = jit.generation
        for loop in jit.loops.values where loop.doomed == nil {
            let slot = loop.slot.pointee
            if Int(generation &- slot.lastRunGeneration) > longevity << min(Int(slot.timesFreed), 4) {
                freeLoop(loop, .old)
            }
        }
    }

    /// Frees the least recently run loops until `bytes` more machine code fit in `max_code`;
    /// returns false when they cannot (the loops left are running, or in `kept`).
    func makeRoom(forMachineCode bytes: Int, keeping kept: [CompiledLoop] = []) -> Bool {
        let budget = jit.parameters.maxCode
        guard budget > 0 else { return true }
        while jit.codeMemory.bytesInUse + bytes > budget {
            let generation = jit.generation
            let candidates = jit.loops.values.filter { loop in !jit.isRunning(loop) && !kept.contains { $0 === loop } }
            guard let oldest = candidates.min(by: {
                (generation &- $0.slot.pointee.lastRunGeneration, $1.id) > (generation &- $1.slot.pointee.lastRunGeneration, $0.id)
            }) else { return false }
            freeLoop(oldest, .budget)
        }
        return true
    }

    /// Frees a loop whose freeing waited for its last run to end.
    func freeIfDoomed(_ loop: CompiledLoop) {
        if let reason = loop.doomed, !jit.isRunning(loop) {
            loop.doomed = nil
            freeLoop(loop, reason)
        }
    }
}

extension VM {
    /// Writes the exits each piece of `loop` took most to the JIT log (TERN_JIT_LOG).
    func logBusiestExits(_ loop: CompiledLoop) {
        guard jit.logFile != nil else { return }
        for piece in loop.pieces {
            for line in piece.busiestExits() { jit.log("  piece \(piece.id): \(line)\n") }
        }
    }

    /// At the end of a run: the loops alive and their busiest exits, in the JIT log.
    public func logLoopsAlive() {
        guard jit.logFile != nil else { return }
        for loop in jit.loops.values.sorted(by: { $0.id < $1.id }) {
            jit.log("alive at exit: loop \(loop.id), \(loop.entries) entries, \(loop.iterations.pointee) iterations\n")
            logBusiestExits(loop)
        }
    }
}
