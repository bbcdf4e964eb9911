// Minor sweeps of chunks that were nearly full. A chunk with free cells goes back
// into allocation after a sweep, and only its free cells can then receive young
// objects; a minor collection sweeping every cell of it (old ones included) did up
// to sixteen times the work its young objects need. When a sweep leaves at most a
// quarter of a chunk's cells free, it keeps their indices, and the next minor sweep
// visits those cells alone: a cell still free stays free, a young object left
// unmarked is freed, a marked one (it survived, so it is old now) leaves the list.
// The free list is rebuilt in address order, as a full sweep builds it. A major
// sweep, fresh chunks, and chunks with released pages (ChunkPages.swift) sweep
// every cell.

enum YoungCells {
    /// Cells per chunk at most (16-byte cells); every cell index fits a UInt16.
    static let scratchCapacity = Heap.chunkSize / 16
}

extension Heap {
    /// After a full sweep of chunk `index`: keeps the indices of its `count` free cells (ascending,
    /// at `indices`) when they are few enough to be worth it, else forgets any it had.
    mutating func keepYoungCandidates(_ index: Int, _ indices: UnsafeMutablePointer<UInt16>, count: Int) {
        guard count > 0 && count * 4 <= chunks[index].cellCount else { dropYoungCandidates(index); return }
        if chunks[index].youngCandidates == nil || chunks[index].youngCandidateCount < count {
            chunks[index].youngCandidates?.deallocate()
            chunks[index].youngCandidates = .allocate(capacity: count)
        }
        chunks[index].youngCandidates!.update(from: indices, count: count)
        chunks[index].youngCandidateCount = count
    }

    mutating func dropYoungCandidates(_ index: Int) {
        chunks[index].youngCandidates?.deallocate()
        chunks[index].youngCandidates = nil
        chunks[index].youngCandidateCount = 0
    }

    /// A minor sweep of chunk `index` over the cells that were free after its last sweep.
    mutating func sweepYoungCandidates(_ index: Int, poison: Bool) {
        let chunk = chunks[index]
        guard let candidates = chunk.youngCandidates else { return }
        var kept = 0
        var head: UnsafeMutableRawPointer? = nil, tail: UnsafeMutableRawPointer? = nil
        for position in 0..<chunk.youngCandidateCount {
            let cellIndex = candidates[position]
            let cell = chunk.base + Int(cellIndex) * chunk.cellSize
            let header = cell.load(as: UInt64.self)
            if header & GCFlag.mark != 0 { continue }
            if header != 0 {
                if poison && UInt8(truncatingIfNeeded: header) != 0 {
                    cell.initializeMemory(as: UInt8.self, repeating: 0xDB, count: chunk.cellSize)
                }
                statistics.freedObjects &+= 1
                cell.storeBytes(of: 0, as: UInt64.self)
            }
            if let tail { tail.storeBytes(of: cell, toByteOffset: 8, as: UnsafeMutableRawPointer?.self) } else { head = cell }
            tail = cell
            candidates[kept] = cellIndex
            kept += 1
        }
        tail?.storeBytes(of: nil, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
        chunks[index].freeHead = head
        chunks[index].freeCount = kept
        chunks[index].youngCandidateCount = kept
        chunks[index].touched = false
        if kept == 0 { dropYoungCandidates(index) }
    }
}
