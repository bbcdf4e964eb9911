#if canImport(Glibc)
import Glibc
#endif

// Sweeping: after marking, unmarked cells go back to their chunk's free list and
// unmarked large objects back to the system. Marked objects keep their mark, which
// makes them old. Chunks left with no live cell are retired to the empty pool and,
// past the nursery's size, unmapped, so the resident size falls when data dies.

extension Heap {
    /// After a minor collection's marking: frees the young objects left unmarked.
    /// Only chunks allocated into since the last collection can hold young objects.
    mutating func sweepYoung(poison: Bool) {
        for index in chunks.indices where chunks[index].touched { sweepChunk(index, poison: poison, releasePages: false) }
        oldLargeObjects.append(contentsOf: sweepLarge(youngLargeObjects, poison: poison))
        youngLargeObjects.removeAll(keepingCapacity: true)
        finishSweep()
    }

    /// After a major collection's marking: frees every unmarked object.
    mutating func sweepAll(poison: Bool) {
        for index in chunks.indices { sweepChunk(index, poison: poison, releasePages: true) }
        oldLargeObjects = sweepLarge(oldLargeObjects, poison: poison) + sweepLarge(youngLargeObjects, poison: poison)
        youngLargeObjects.removeAll(keepingCapacity: true)
        finishSweep()
        survivedBytes = oldBytes + bytecodeBytes
        let grown = Int(Double(survivedBytes) * parameters.growth)
        threshold = max(parameters.minHeap, min(grown, survivedBytes + parameters.maxDelta))
    }

    /// Clears `bits` in every object's header (the marks, before a major collection marks afresh).
    func clearBits(_ bits: UInt64) {
        let cleared = ~bits
        @inline(__always) func clear(_ address: UnsafeMutableRawPointer) {
            // Only headers that change are written: a write would bring a released page back.
            let header = address.load(as: UInt64.self)
            if header & bits != 0 { address.storeBytes(of: header & cleared, as: UInt64.self) }
        }
        forEachChunkCell(clear)
        for object in oldLargeObjects { clear(object.address) }
        for object in youngLargeObjects { clear(object.address) }
    }

    /// Calls `body` with every cell of every chunk, free ones included (their header is 0).
    @inline(__always) func forEachChunkCell(_ body: (UnsafeMutableRawPointer) -> Void) {
        for chunk in chunks {
            var cell = chunk.base
            let end = chunk.base + chunk.cellCount * chunk.cellSize
            while cell < end {
                body(cell)
                cell += chunk.cellSize
            }
        }
    }

    /// Frees a chunk's unmarked cells and links its free cells in address order; at a major
    /// collection (`releasePages`) also gives back the pages left without a live cell. Cells
    /// on pages given back before are free and read as 0: they are neither read nor linked
    /// (a write would bring the page back).
    private mutating func sweepChunk(_ index: Int, poison: Bool, releasePages: Bool) {
        let chunk = chunks[index]
        let released = chunk.releasedPages
        var livePages: UInt32 = 0
        var head: UnsafeMutableRawPointer? = nil
        var free = 0
        var cellIndex = chunk.cellCount - 1
        while cellIndex >= 0 {
            let offset = cellIndex &* chunk.cellSize
            cellIndex -= 1
            if released != 0 && ChunkPages.startsOn(released, offset: offset) {
                // Every cell starting on a released page is free and stays unread: the page's
                // cells are counted at once (a new chunk is mostly released pages, linked two
                // at a time, and its sweeps walked them cell by cell).
                let firstOnPage = (offset / ChunkPages.pageSize * ChunkPages.pageSize + chunk.cellSize - 1) / chunk.cellSize
                free += cellIndex + 2 - firstOnPage
                cellIndex = firstOnPage - 1
                continue
            }
            let cell = chunk.base + offset
            let header = cell.load(as: UInt64.self)
            if header & GCFlag.mark == 0 {
                if poison && UInt8(truncatingIfNeeded: header) != 0 {
                    cell.initializeMemory(as: UInt8.self, repeating: 0xDB, count: chunk.cellSize)
                }
                statistics.freedObjects &+= header != 0 ? 1 : 0
                cell.storeBytes(of: 0, as: UInt64.self)
                cell.storeBytes(of: head, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                head = cell
                free += 1
            } else if releasePages {
                livePages |= ChunkPages.covering(offset: offset, size: chunk.cellSize)
            }
        }
        chunks[index].freeHead = head
        chunks[index].freeCount = free
        chunks[index].touched = false
        if releasePages && free > 0 && free < chunk.cellCount {
            let newlyFree = ChunkPages.all & ~livePages & ~released
            if newlyFree != 0 { releaseFreePages(newlyFree, ofChunk: index) }
        }
    }

    /// Frees the unmarked objects of `objects`; returns the others.
    private mutating func sweepLarge(_ objects: [LargeObject], poison: Bool) -> [LargeObject] {
        var kept: [LargeObject] = []
        for object in objects {
            if object.address.load(as: UInt64.self) & GCFlag.mark != 0 {
                kept.append(object)
            } else {
                if poison { object.address.initializeMemory(as: UInt8.self, repeating: 0xDB, count: min(object.size, 64)) }
                statistics.freedObjects += 1
                heapBytes -= object.size
                largeBytes -= object.size
                free(object.address)
            }
        }
        return kept
    }

    /// Retires empty chunks, rebuilds the per-class lists of chunks with room, and
    /// recounts the old generation.
    private mutating func finishSweep() {
        for sizeClass in 0..<Heap.sizeClassCount {
            freeLists[sizeClass] = nil
            currentChunk[sizeClass] = -1
            available[sizeClass].removeAll(keepingCapacity: true)
            reclaimable[sizeClass].removeAll(keepingCapacity: true)
        }
        var old = 0
        var released = 0
        var kept: [Chunk] = []
        kept.reserveCapacity(chunks.count)
        for chunk in chunks {
            if chunk.freeCount == chunk.cellCount {
                emptyChunks.append(chunk.base)
                continue
            }
            old += (chunk.cellCount - chunk.freeCount) * chunk.cellSize
            released += chunk.releasedPages.nonzeroBitCount * ChunkPages.pageSize
            // A chunk with few free cells would cost a sweep for little allocation; below a
            // sixteenth free it waits for the next major (at a quarter, the translation
            // workload's peak RSS was 5 MB higher for the same time).
            if chunk.freeCount * 16 >= chunk.cellCount {
                available[chunk.cellSize / Heap.granule - 1].append(kept.count)
            }
            kept.append(chunk)
        }
        chunks = kept
        releasedBytes = released
        for object in oldLargeObjects { old += object.size }
        nurseryBytes = max(parameters.nursery, min(old / 8, parameters.nursery * 16))
        let pooled = max(4, nurseryBytes / Heap.chunkSize)
        while emptyChunks.count > pooled {
            munmap(emptyChunks.removeLast(), Heap.chunkSize)
            heapBytes -= Heap.chunkSize
        }
        let before = oldBytes + youngBytes
        statistics.freedBytes += max(0, before - old)
        oldBytes = old
        youngBytes = 0
        youngBytecodeBytes = 0
        collectionRequested = false
        if heapBytes < parameters.maxHeap - parameters.maxHeap / 8 {
            overdraft = 0
            collectionsAfterMemoryError = 0
        } else if collectionsAfterMemoryError > 0 {
            collectionsAfterMemoryError -= 1
            collectionRequested = true
        }
    }
}
