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
    /// Where its exit stub's tail is in the piece's machine code (X86Backend.exitStubOffsets), or -1
    /// when the snapshot has no stub (it only names frames for a runtime call).
    var stubOffset: Int32 = -1
    /// Recordings of a bridge from this exit that aborted (at most VM.bridgeAttempts).
    var bridgeAborts: Int16 = 0
    var isLoopEnd: Bool
    /// Whether one of its inlined calls calls a function the trace made (InlinedFrame.functionSlot).
    var callsMadeFunction = false
    /// How often this exit was taken, and at which count a bridge is recorded from it next
    /// (Int.max: never, as at the loop's end, where the interpreter runs the safepoint).
    var taken = 0
    var bridgeAt: Int
}

struct ExitEntry: Equatable {
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

    init(_ trace: Trace, bridgeEagerness: Int, stubOffsets: [Int]) {
        count = trace.snapshots.count
        headers = .allocate(capacity: max(1, count))
        // Neighbouring guards mostly see the same frame state: a snapshot whose entries equal the
        // previous one's shares its range of the table. Equal lists of inlined calls are one range
        // wherever they occur, so that a residual instruction finds the frames the last one built
        // by their address (InlinedFrames.swift, framesForResidual).
        var entryLists: [[ExitEntry]] = [], sharesEntries: [Bool] = []
        var firstFrames: [Int] = [], frameRanges: [[InlinedFrame]: Int] = [:]
        entryLists.reserveCapacity(count)
        var total = 0, frameTotal = 0
        for (index, snapshot) in trace.snapshots.enumerated() {
            var list: [ExitEntry] = []
            list.reserveCapacity(snapshot.entries.count)
            for entry in snapshot.entries where entry.value.isValue {
                list.append(ExitEntry(slot: entry.slot, type: trace.type(of: entry.value)))
            }
            for entry in snapshot.entries where entry.value.isVirtual {
                list.append(ExitEntry(slot: entry.slot, type: .value, virtual: Int32(entry.value.virtualNumber)))
            }
            let sameEntries = index > 0 && list == entryLists[index - 1]
            if !sameEntries { total += list.count }
            entryLists.append(list)
            sharesEntries.append(sameEntries)
            if snapshot.frames.isEmpty {
                firstFrames.append(0)
            } else if let first = frameRanges[snapshot.frames] {
                firstFrames.append(first)
            } else {
                frameRanges[snapshot.frames] = frameTotal
                firstFrames.append(frameTotal)
                frameTotal += snapshot.frames.count
            }
        }
        entries = .allocate(capacity: max(1, total))
        entryCount = total
        frameCount = frameTotal
        frames = .allocate(capacity: max(1, frameCount))
        virtualCount = trace.snapshots.reduce(0) { $0 + $1.virtuals.count }
        virtuals = .allocate(capacity: max(1, virtualCount))
        itemCount = trace.snapshots.reduce(0) { $0 + $1.virtuals.reduce(0) { $0 + ($1.items?.count ?? 0) } }
        items = .allocate(capacity: max(1, itemCount))
        largestEntryCount = trace.largestSnapshot
        for (list, first) in frameRanges {
            (frames + first).initialize(from: list, count: list.count)
        }
        var next = 0, nextVirtual = 0, nextItem = 0
        var firstEntry = 0
        for (index, snapshot) in trace.snapshots.enumerated() {
            let list = entryLists[index]
            if !sharesEntries[index] {
                firstEntry = next
                (entries + next).initialize(from: list, count: list.count)
                next += list.count
            }
            let taken = list.reduce(0) { $0 + ($1.virtual >= 0 ? 1 : 0) }
            headers[index] = ExitHeader(pc: Int32(snapshot.pc), stackDepth: Int32(snapshot.stackDepth),
                                        firstEntry: Int32(firstEntry), entryCount: Int32(list.count - taken),
                                        virtualEntryCount: Int32(taken),
                                        firstVirtual: Int32(nextVirtual), virtualCount: Int32(snapshot.virtuals.count),
                                        firstFrame: Int32(firstFrames[index]), frameCount: Int32(snapshot.frames.count),
                                        stubOffset: Int32(stubOffsets[index]),
                                        isLoopEnd: index == trace.loopEnd,
                                        callsMadeFunction: snapshot.frames.contains { $0.functionSlot >= 0 },
                                        bridgeAt: index == trace.loopEnd ? Int.max : bridgeEagerness)
            var position = list.count - taken
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
