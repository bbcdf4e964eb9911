// Entering a compiled loop and leaving it. Every exit — a failing guard or a
// pending safepoint — returns the number of its snapshot; the values the
// snapshot names wait in the loop's exit buffer, raw as the trace held them.
// Here they are tagged again and written to their frame slots, the frames of
// inlined calls are built (InlinedFrames.swift), and the interpreter continues
// at the snapshot's instruction. Tagging never allocates: trace ints stay
// within small ints (checked arithmetic leaves before).

extension VM {
    /// Runs the compiled loop `opaque` on `frame` until it leaves, with the top frame (the loop's or
    /// an inlined call's) saved at the instruction to continue at. Returns false when a residual
    /// instruction raised: the exception is pending at the top frame's current instruction.
    func runCompiledLoop(_ opaque: UnsafeMutableRawPointer, _ frame: UnsafeMutablePointer<Frame>) -> Bool {
        var checkAfterRun = false  // a short loop's 512th entry, or a loop doomed while it ran
        let finished = Unmanaged<CompiledLoop>.fromOpaque(opaque)._withUnsafeGuaranteedRef { loop in
            // Without room for its inlined calls the interpreter runs this iteration (frame.pc is past the header).
            guard hasRoomForInlinedCalls(loop, frame) else { return true }
            let base = frame.pointee.base
            var context = TraceContext(base: base, exitValues: loop.exitValues, interrupt: heap.collectionRequestedFlag,
                                       vm: Unmanaged.passUnretained(self).toOpaque(), frame: frame, types: types,
                                       loop: opaque)
            // The memory manager's stamp: entering and leaving both count as running.
            loop.slot.pointee.lastRunGeneration = jit.generation
            loop.entries &+= 1
            jit.statistics.loopEntries &+= 1
            loop.active += 1
            let exit = withUnsafeMutablePointer(to: &context) { loop.entry(UnsafeMutableRawPointer($0)) }
            loop.active -= 1
            loop.slot.pointee.lastRunGeneration = jit.generation
            checkAfterRun = loop.entries == VM.shortLoopEntries || loop.doomed != nil
            if exit < 0 {
                // A residual instruction went another way or raised; the frames hold everything.
                jit.statistics.guardFailures &+= 1
                return -exit != ResidualOutcome.raised.rawValue
            }
            let header = loop.exits.headers + exit
            header.pointee.taken &+= 1
            // The last exit is the safepoint check's at the end of the iteration (TraceRecorder.closeLoop).
            if exit != loop.exits.count - 1 { jit.statistics.guardFailures &+= 1 }
            let entries = loop.exits.entries + Int(header.pointee.firstEntry)
            for position in 0..<Int(header.pointee.entryCount) {
                base[Int(entries[position].slot)] = taggedValue(loop.exitValues[position], entries[position].type)
            }
            _ = buildInlinedFrames(loop.exits, header, frame)
            return true
        }
        if checkAfterRun {
            // A loop freed while it ran left at a residual return (the frame saved) and is freed now.
            let loop = CompiledLoop.from(opaque)
            if loop.doomed != nil { freeIfDoomed(loop) } else { retireIfShort(loop) }
        }
        return finished
    }

    @inline(__always) func taggedValue(_ bits: UInt64, _ type: IRType) -> Value {
        switch type {
        case .int: return Value(int: Int64(bitPattern: bits))
        case .float: return Value(double: Double(bitPattern: bits))
        case .bool: return Value(bool: bits != 0)
        default: return Value(bits: bits)
        }
    }
}
