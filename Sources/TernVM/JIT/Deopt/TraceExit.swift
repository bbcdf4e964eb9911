// Entering a compiled loop and leaving it. Every exit — a failing guard or a
// pending safepoint — returns its number (exits are numbered across the loop's
// root trace and bridges); the values its snapshot names wait in the exit buffer
// of the piece it left, raw as the trace held them. Here they are tagged again and
// written to their frame slots. An exit with a bridge goes on in the bridge's
// machine code, whose iteration ends back in the loop's; other exits build the
// frames of inlined calls (InlinedFrames.swift) and the interpreter continues at
// the snapshot's instruction — after recording a bridge from there when the
// exit is taken often (`trace_eagerness`). Tagging never allocates: trace ints
// stay within small ints (checked arithmetic leaves before); instances the
// trace kept in values are made (Materialize.swift).

/// How a run of a compiled loop ended.
enum LoopRunEnd {
    /// The top frame (the loop's or an inlined call's) is saved at the instruction to continue at.
    case left
    /// A residual instruction raised: the exception is pending at the top frame's current instruction.
    case raised
    /// As `left`, and a bridge is being recorded from there: the interpreter runs the recording.
    case recordingBridge
}

extension VM {
    /// Runs the compiled loop `opaque` on `frame` until it leaves (from its code, or from the code of
    /// a loop it went on into).
    func runCompiledLoop(_ opaque: UnsafeMutableRawPointer, _ frame: UnsafeMutablePointer<Frame>) -> LoopRunEnd {
        // Without room for the deepest inlined calls of any loop it may go on into, the interpreter runs
        // this iteration (frame.pc is past the header).
        guard hasRoomForInlinedCalls(depth: jit.inlinedDepthNeeded, slots: jit.slotExtentNeeded, frame) else {
            return .left
        }
        let entered = CompiledLoop.from(opaque)
        var context = TraceContext(base: frame.pointee.base, interrupt: heap.collectionRequestedFlag,
                                   vm: Unmanaged.passUnretained(self).toOpaque(), frame: frame, types: types,
                                   loop: opaque)
        // The memory manager's stamp: entering and leaving both count as running.
        entered.slot.pointee.lastRunGeneration = jit.generation
        entered.entries &+= 1
        jit.statistics.loopEntries &+= 1
        entered.active += 1
        // Code written since machine code last ran is sealed now; writes while it runs (compiles and
        // frees from residual instructions) seal at once.
        let deferred = jit.codeMemory.defersSealing
        jit.codeMemory.seal()
        jit.codeMemory.defersSealing = false
        let (end, last) = withUnsafeMutablePointer(to: &context) { context -> (LoopRunEnd, UnsafeMutableRawPointer) in
            jit.runs.append(context)
            defer { jit.runs.removeLast() }
            return (runPieces(entered.root.entry, context, frame), context.pointee.loop)
        }
        jit.codeMemory.defersSealing = deferred
        entered.active -= 1
        // The loop whose code left (held: freeing the entered loop may free it).
        let current = last == opaque ? entered : CompiledLoop.from(last)
        entered.slot.pointee.lastRunGeneration = jit.generation
        current.slot.pointee.lastRunGeneration = jit.generation
        // A loop freed while it ran left at a residual return (the frame saved) and is freed now.
        if current !== entered { freeIfDoomed(current) }
        if entered.doomed != nil { freeIfDoomed(entered) } else if VM.isJudgedAsShortNow(entered) { retireIfShort(entered) }
        return end
    }

    /// Runs machine code from `entry` until an exit leaves to the interpreter: exits with a bridge not
    /// patched in go on in it.
    private func runPieces(_ entry: CompiledLoopEntry, _ context: UnsafeMutablePointer<TraceContext>,
                           _ frame: UnsafeMutablePointer<Frame>) -> LoopRunEnd {
        let base = frame.pointee.base
        var entry = entry
        while true {
            let left = entry(UnsafeMutableRawPointer(context))
            // Frames a residual instruction kept are the trace's, not the interpreter's: an exit builds its own.
            dropKeptFrames(context)
            if left < 0 {
                // A residual instruction went another way or raised; the frames hold everything.
                jit.statistics.guardFailures &+= 1
                return -left == ResidualOutcome.raised.rawValue ? .raised : .left
            }
            // The loop whose code left (it may have gone on into another loop's).
            let loop = Unmanaged<CompiledLoop>.fromOpaque(context.pointee.loop).takeUnretainedValue()
            var (piece, header) = loop.exit(left)
            var exit = left
            if let twin = piece.twinExit(of: exit), twin < exit {
                // A peeled loop's twin exits count as one (the preamble's), and one bridge serves both.
                exit = twin
                header = loop.exit(twin).header
            }
            header.pointee.taken &+= 1
            if !header.pointee.isLoopEnd { jit.statistics.guardFailures &+= 1 }
            let entries = piece.exits.entries + Int(header.pointee.firstEntry)
            for position in 0..<Int(header.pointee.entryCount) {
                base[Int(entries[position].slot)] = taggedValue(piece.exitValues[position], entries[position].type)
            }
            if header.pointee.virtualCount > 0 && !materializeVirtuals(piece, header, base) {
                _ = buildInlinedFrames(piece.exits, header, frame)
                return .raised
            }
            if header.pointee.bridge >= 0 {
                let bridge = loop.bridges[Int(header.pointee.bridge)]
                // The bridge's inlined calls start in the trace's frames: they are not built.
                if hasRoomForInlinedCalls(depth: bridge.inlinedDepth, slots: bridge.slotExtent, frame) {
                    entry = bridge.entry
                    continue
                }
            }
            _ = buildInlinedFrames(piece.exits, header, frame)
            if header.pointee.taken >= header.pointee.bridgeAt && startRecordingBridge(loop, exit: exit, frame) {
                return .recordingBridge
            }
            return .left
        }
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
