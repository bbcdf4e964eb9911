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
    /// How often this exit was taken.
    var taken: Int
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

    init(_ trace: Trace) {
        count = trace.snapshots.count
        headers = .allocate(capacity: max(1, count))
        let total = trace.snapshots.reduce(0) { $0 + $1.entries.count }
        entries = .allocate(capacity: max(1, total))
        entryCount = total
        frameCount = trace.snapshots.reduce(0) { $0 + $1.frames.count }
        frames = .allocate(capacity: max(1, frameCount))
        var next = 0, nextFrame = 0
        for (index, snapshot) in trace.snapshots.enumerated() {
            headers[index] = ExitHeader(pc: Int32(snapshot.pc), stackDepth: Int32(snapshot.stackDepth),
                                        firstEntry: Int32(next), entryCount: Int32(snapshot.entries.count),
                                        firstFrame: Int32(nextFrame), frameCount: Int32(snapshot.frames.count), taken: 0)
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
