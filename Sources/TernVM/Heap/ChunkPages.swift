#if canImport(Glibc)
import Glibc
#endif

// Giving back the pages of partly empty chunks. The heap never moves objects, so a
// phase that dies leaves its chunks sparse: a third of the chunks' bytes free in
// cells that only objects of the same size can reuse (measured on the translation
// workload). A major collection therefore returns every 4 KB page on which all
// cells are free (`madvise(MADV_DONTNEED)`), and keeps those cells off the free
// list — writing a free-list link into them would bring the page back — until
// the chunk has used up its other cells (`reclaimReleasedPages`).

enum ChunkPages {
    static let pageSize = 4096
    static let pagesPerChunk = Heap.chunkSize / pageSize
    static let all: UInt32 = pagesPerChunk == 32 ? ~0 : (1 << UInt32(pagesPerChunk)) - 1
    /// Released pages linked again at a time when a chunk's other cells are used up.
    static let reclaimedAtOnce = 2

    /// The pages that the cell at byte `offset` of a chunk, `size` bytes long, lies on.
    @inline(__always) static func covering(offset: Int, size: Int) -> UInt32 {
        let first = offset / pageSize, last = (offset + size - 1) / pageSize
        return ((1 << UInt32(last - first + 1)) - 1) << UInt32(first)
    }

    /// Whether the cell at byte `offset` starts on one of `pages`.
    @inline(__always) static func startsOn(_ pages: UInt32, offset: Int) -> Bool {
        pages & (1 << UInt32(offset / pageSize)) != 0
    }

    /// Returns `pages` of the chunk at `base` to the system, one call per run of pages.
    static func release(_ pages: UInt32, of base: UnsafeMutableRawPointer) {
        var page = 0
        while page < pagesPerChunk {
            guard pages & (1 << UInt32(page)) != 0 else { page += 1; continue }
            var end = page
            while end < pagesPerChunk && pages & (1 << UInt32(end)) != 0 { end += 1 }
            _ = madvise(base + page * pageSize, (end - page) * pageSize, MADV_DONTNEED)
            page = end
        }
    }
}

extension Heap {
    /// After a sweep that linked every free cell: keeps the cells on `pages` (all free)
    /// and on the pages released before off the free list, then gives `pages` back. Most
    /// chunks have no such page, so the common sweep stays one pass.
    mutating func releaseFreePages(_ pages: UInt32, ofChunk index: Int) {
        let chunk = chunks[index]
        let released = chunk.releasedPages | pages
        chunks[index].freeHead = linkFreeCells(of: chunk, avoiding: released)
        chunks[index].releasedPages = released
        ChunkPages.release(pages, of: chunk.base)
    }

    /// Links a swept chunk's free cells (header 0) in address order, leaving out
    /// those that start on `pages`; returns the list's head.
    private func linkFreeCells(of chunk: Chunk, avoiding pages: UInt32) -> UnsafeMutableRawPointer? {
        var head: UnsafeMutableRawPointer? = nil
        var offset = (chunk.cellCount - 1) * chunk.cellSize
        while offset >= 0 {
            let cell = chunk.base + offset
            if !ChunkPages.startsOn(pages, offset: offset) && cell.load(as: UInt64.self) == 0 {
                cell.storeBytes(of: head, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                head = cell
            }
            offset -= chunk.cellSize
        }
        return head
    }

    /// Links the cells that start on a chunk's lowest released pages (at most
    /// `ChunkPages.reclaimedAtOnce` of them, touching them again) into a free list and
    /// returns its head; nil when the chunk has no released page. The chunk's other
    /// released pages wait until these cells are used.
    mutating func reclaimReleasedPages(_ index: Int) -> UnsafeMutableRawPointer? {
        let chunk = chunks[index]
        var pages: UInt32 = 0
        var remaining = chunk.releasedPages
        while remaining != 0 && pages.nonzeroBitCount < ChunkPages.reclaimedAtOnce {
            let lowest = remaining & (~remaining &+ 1)
            pages |= lowest
            remaining &= ~lowest
        }
        guard pages != 0 else { return nil }
        // The cells starting from the first reclaimed page to the end of the last.
        let first = (pages.trailingZeroBitCount * ChunkPages.pageSize + chunk.cellSize - 1) / chunk.cellSize
        let end = (32 - pages.leadingZeroBitCount) * ChunkPages.pageSize
        var cellIndex = min(chunk.cellCount, (end + chunk.cellSize - 1) / chunk.cellSize) - 1
        var head: UnsafeMutableRawPointer? = nil
        while cellIndex >= first {
            let offset = cellIndex * chunk.cellSize
            if ChunkPages.startsOn(pages, offset: offset) {
                let cell = chunk.base + offset
                cell.storeBytes(of: 0, as: UInt64.self)
                cell.storeBytes(of: head, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                head = cell
            }
            cellIndex -= 1
        }
        releasedBytes -= pages.nonzeroBitCount * ChunkPages.pageSize
        chunks[index].releasedPages = remaining
        // Every page holds the start of a cell (no cell is larger than a page).
        return head
    }
}
