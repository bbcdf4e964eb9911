// A compiled loop's snapshots flattened into raw memory for the exit path: the
// interpreter leaves a short loop every few iterations (a `for` over four
// neighbours), so leaving must cost no reference counting and no array copies.

struct ExitHeader {
    var pc: Int32
    var stackDepth: Int32
    var firstEntry: Int32
    var entryCount: Int32
    /// The inlined calls' frames to build (InlinedFrames.swift), outermost first.
    var firstFrame: Int32
    var frameCount: Int32
    /// The bridge grown from this exit (an index in CompiledLoop.bridges), or -1.
    var bridge: Int32 = -1
    /// Recordings of a bridge from this exit that aborted.
    var bridgeAborts: Int32 = 0
    /// How often this exit was taken, and at which count a bridge is recorded from it next
    /// (Int.max: never, as at the loop's end, where the interpreter runs the safepoint).
    var taken = 0
    var bridgeAt: Int
    var isLoopEnd: Bool
    /// Where its exit stub's tail is in the piece's machine code (X86Backend.exitStubOffsets), or -1
    /// when the snapshot has no stub (it only names frames for a runtime call).
    var stubOffset: Int32 = -1
}

struct ExitEntry {
    var slot: Int32
    var type: IRType
}

struct ExitTable {
    let headers: UnsafeMutablePointer<ExitHeader>
    let entries: UnsafeMutablePointer<ExitEntry>
    let frames: UnsafeMutablePointer<InlinedFrame>
    let count: Int
    let entryCount: Int
    let frameCount: Int
    let largestEntryCount: Int

    init(_ trace: Trace, bridgeEagerness: Int, stubOffsets: [Int32: Int]) {
        count = trace.snapshots.count
        headers = .allocate(capacity: max(1, count))
        let total = trace.snapshots.reduce(0) { $0 + $1.entries.count }
        entries = .allocate(capacity: max(1, total))
        entryCount = total
        frameCount = trace.snapshots.reduce(0) { $0 + $1.frames.count }
        frames = .allocate(capacity: max(1, frameCount))
        largestEntryCount = trace.largestSnapshot
        var next = 0, nextFrame = 0
        for (index, snapshot) in trace.snapshots.enumerated() {
            headers[index] = ExitHeader(pc: Int32(snapshot.pc), stackDepth: Int32(snapshot.stackDepth),
                                        firstEntry: Int32(next), entryCount: Int32(snapshot.entries.count),
                                        firstFrame: Int32(nextFrame), frameCount: Int32(snapshot.frames.count),
                                        bridgeAt: index == trace.loopEnd ? Int.max : bridgeEagerness,
                                        isLoopEnd: index == trace.loopEnd,
                                        stubOffset: Int32(stubOffsets[Int32(index)] ?? -1))
            for entry in snapshot.entries {
                entries[next] = ExitEntry(slot: entry.slot, type: trace.type(of: entry.value))
                next += 1
            }
            (frames + nextFrame).initialize(from: snapshot.frames, count: snapshot.frames.count)
            nextFrame += snapshot.frames.count
        }
    }

    func deallocate() {
        headers.deallocate()
        entries.deallocate()
        frames.deallocate()
    }

    var bytes: Int {
        count * MemoryLayout<ExitHeader>.stride + entryCount * MemoryLayout<ExitEntry>.stride
            + frameCount * MemoryLayout<InlinedFrame>.stride
    }
}
