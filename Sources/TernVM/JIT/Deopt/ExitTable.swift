// A compiled loop's snapshots flattened into raw memory for the exit path: the
// interpreter leaves a short loop every few iterations (a `for` over four
// neighbours), so leaving must cost no reference counting and no array copies.

struct ExitHeader {
    var pc: Int32
    var stackDepth: Int32
    var firstEntry: Int32
    var entryCount: Int32
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
    let count: Int
    let entryCount: Int

    init(_ trace: Trace) {
        count = trace.snapshots.count
        headers = .allocate(capacity: max(1, count))
        let total = trace.snapshots.reduce(0) { $0 + $1.entries.count }
        entries = .allocate(capacity: max(1, total))
        entryCount = total
        var next = 0
        for (index, snapshot) in trace.snapshots.enumerated() {
            headers[index] = ExitHeader(pc: Int32(snapshot.pc), stackDepth: Int32(snapshot.stackDepth),
                                        firstEntry: Int32(next), entryCount: Int32(snapshot.entries.count), taken: 0)
            for entry in snapshot.entries {
                entries[next] = ExitEntry(slot: entry.slot, type: trace.type(of: entry.value))
                next += 1
            }
        }
    }

    func deallocate() {
        headers.deallocate()
        entries.deallocate()
    }

    var bytes: Int {
        count * MemoryLayout<ExitHeader>.stride + entryCount * MemoryLayout<ExitEntry>.stride
    }
}
