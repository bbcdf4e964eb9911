// Entering a compiled loop and leaving it. Every exit — a failing guard or a
// pending safepoint — returns the number of its snapshot; the values the
// snapshot names wait in the loop's exit buffer, raw as the trace held them.
// Here they are tagged again and written to their frame slots, and the
// interpreter continues at the snapshot's instruction. Tagging never allocates:
// trace ints stay within small ints (checked arithmetic leaves before).

extension VM {
    /// Runs the compiled loop `opaque` on `frame` until it leaves; returns the pc to continue at,
    /// or -1 when a residual instruction raised (the exception is pending, the frame saved).
    func runCompiledLoop(_ opaque: UnsafeMutableRawPointer, _ frame: UnsafeMutablePointer<Frame>) -> Int {
        let loop = CompiledLoop.from(opaque)
        let base = frame.pointee.base
        var context = TraceContext(base: base, exitValues: loop.exitValues, interrupt: heap.collectionRequestedFlag,
                                   vm: Unmanaged.passUnretained(self).toOpaque(), frame: frame, types: types)
        loop.entries += 1
        jit.statistics.loopEntries += 1
        let exit = withUnsafeMutablePointer(to: &context) { loop.entry(UnsafeMutableRawPointer($0)) }
        if exit < 0 {
            // A residual instruction went another way or raised; the frame holds everything.
            jit.statistics.guardFailures += 1
            return -exit == ResidualOutcome.raised.rawValue ? -1 : frame.pointee.pc
        }
        let snapshot = loop.trace.snapshots[exit]
        loop.exitCounts[exit] += 1
        // The last snapshot is the safepoint check's at the end of the iteration (TraceRecorder.closeLoop).
        if exit != loop.trace.snapshots.count - 1 { jit.statistics.guardFailures += 1 }
        for (position, entry) in snapshot.entries.enumerated() {
            base[Int(entry.slot)] = taggedValue(loop.exitValues[position], loop.trace.type(of: entry.value))
        }
        frame.pointee.sp = base + frame.pointee.code.pointee.slotCount + snapshot.stackDepth
        return snapshot.pc
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
