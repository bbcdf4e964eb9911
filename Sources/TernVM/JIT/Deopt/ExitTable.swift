// A compiled loop's snapshots flattened into raw memory for the exit path: the
// interpreter leaves a short loop every few iterations (a `for` over four
// neighbours), so leaving must cost no reference counting and no array copies.
// A snapshot's entries that hold trace values come first (in exit-buffer order),
// then those that take an instance the trace did not allocate (Materialize.swift).

struct ExitHeader {
    var pc: Int32
    var stackDepth: Int32
    var firstEntry: Int32
    /// Entries whose values the exit buffer holds; the `virtualEntryCount` after them take virtual instances.
    var entryCount: Int32
    var virtualEntryCount: Int32
    /// The virtual instances to build (ExitTable.virtuals), none for most exits.
    var firstVirtual: Int32
    var virtualCount: Int32
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
    /// For an entry taking a virtual instance: its number in the exit's virtuals, else -1.
    var virtual: Int32 = -1
}

/// A virtual instance as leaving builds it: its items are ExitItems from `firstItem` (`itemCount`
/// -1: no slot array).
struct ExitVirtual {
    var typeID: Int32
    var itemCount: Int32
    var firstItem: Int32
    var shape: UInt64
}

/// An item of a virtual instance: the exit buffer's value at `position` (of `type`), NULL when
/// `position` is -1, or the exit's virtual instance `-2 - position`.
struct ExitItem {
    var position: Int32
    var type: IRType
}

struct ExitTable {
    let headers: UnsafeMutablePointer<ExitHeader>
    let entries: UnsafeMutablePointer<ExitEntry>
    let frames: UnsafeMutablePointer<InlinedFrame>
    let virtuals: UnsafeMutablePointer<ExitVirtual>
    let items: UnsafeMutablePointer<ExitItem>
    let count: Int
    let entryCount: Int
    let frameCount: Int
    let virtualCount: Int
    let itemCount: Int
    let largestEntryCount: Int

    init(_ trace: Trace, bridgeEagerness: Int, stubOffsets: [Int32: Int]) {
        count = trace.snapshots.count
        headers = .allocate(capacity: max(1, count))
        let total = trace.snapshots.reduce(0) { $0 + $1.entries.count }
        entries = .allocate(capacity: max(1, total))
        entryCount = total
        frameCount = trace.snapshots.reduce(0) { $0 + $1.frames.count }
        frames = .allocate(capacity: max(1, frameCount))
        virtualCount = trace.snapshots.reduce(0) { $0 + $1.virtuals.count }
        virtuals = .allocate(capacity: max(1, virtualCount))
        itemCount = trace.snapshots.reduce(0) { $0 + $1.virtuals.reduce(0) { $0 + ($1.items?.count ?? 0) } }
        items = .allocate(capacity: max(1, itemCount))
        largestEntryCount = trace.largestSnapshot
        var next = 0, nextFrame = 0, nextVirtual = 0, nextItem = 0
        for (index, snapshot) in trace.snapshots.enumerated() {
            let held = snapshot.entries.filter(\.value.isValue), taken = snapshot.entries.filter(\.value.isVirtual)
            headers[index] = ExitHeader(pc: Int32(snapshot.pc), stackDepth: Int32(snapshot.stackDepth),
                                        firstEntry: Int32(next), entryCount: Int32(held.count),
                                        virtualEntryCount: Int32(taken.count),
                                        firstVirtual: Int32(nextVirtual), virtualCount: Int32(snapshot.virtuals.count),
                                        firstFrame: Int32(nextFrame), frameCount: Int32(snapshot.frames.count),
                                        bridgeAt: index == trace.loopEnd ? Int.max : bridgeEagerness,
                                        isLoopEnd: index == trace.loopEnd,
                                        stubOffset: Int32(stubOffsets[Int32(index)] ?? -1))
            for entry in held + taken {
                entries[next] = entry.value.isVirtual
                    ? ExitEntry(slot: entry.slot, type: .value, virtual: Int32(entry.value.virtualNumber))
                    : ExitEntry(slot: entry.slot, type: trace.type(of: entry.value))
                next += 1
            }
            var position = held.count
            for virtual in snapshot.virtuals {
                virtuals[nextVirtual] = ExitVirtual(typeID: Int32(virtual.typeID), itemCount: Int32(virtual.items?.count ?? -1),
                                                    firstItem: Int32(nextItem), shape: virtual.shape)
                nextVirtual += 1
                for item in virtual.items ?? [] {
                    if item.isValue {
                        items[nextItem] = ExitItem(position: Int32(position), type: trace.type(of: item))
                        position += 1
                    } else {
                        items[nextItem] = ExitItem(position: item.isNone ? -1 : item.index, type: .value)
                    }
                    nextItem += 1
                }
            }
            (frames + nextFrame).initialize(from: snapshot.frames, count: snapshot.frames.count)
            nextFrame += snapshot.frames.count
        }
    }

    func deallocate() {
        headers.deallocate()
        entries.deallocate()
        frames.deallocate()
        virtuals.deallocate()
        items.deallocate()
    }

    var bytes: Int {
        count * MemoryLayout<ExitHeader>.stride + entryCount * MemoryLayout<ExitEntry>.stride
            + frameCount * MemoryLayout<InlinedFrame>.stride + virtualCount * MemoryLayout<ExitVirtual>.stride
            + itemCount * MemoryLayout<ExitItem>.stride
    }
}
