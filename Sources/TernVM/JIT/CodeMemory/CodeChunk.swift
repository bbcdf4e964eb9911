// One mapping of code memory and the allocator that carves pieces from it:
// a bump pointer, plus a sorted list of holes left by freed pieces; and which of
// its pages are committed (touched, poisoned, read-execute) rather than returned
// to the system (inaccessible, so a stale jump into them faults).

/// Where installed code starts and how far it goes; `chunk` owns the memory.
struct CodePiece {
    /// The first instruction's address.
    let start: UnsafeRawPointer
    /// The number of code bytes installed.
    let size: Int
    /// The mapping the piece lives in.
    let chunk: CodeChunk

    /// The start as an integer, for X86Assembler.jump(toAddress:) and call(address:).
    var address: UInt64 { UInt64(UInt(bitPattern: start)) }
    /// The piece's offset inside its chunk.
    var offsetInChunk: Int { start - UnsafeRawPointer(chunk.base) }
}

/// A mapped region of code memory. Its pages are read-execute except while
/// CodeMemory writes into them.
final class CodeChunk {
    /// Pieces start on this boundary, which also suits loop headers and the decoders.
    static let alignment = 16

    let base: UnsafeMutableRawPointer
    let size: Int
    let pageSize: Int
    /// One entry per page: whether it holds memory (poison or code) rather than none.
    private var committed: [Bool]
    /// One entry per page: whether it is read-write now (written and not yet sealed read-execute).
    private var writable: [Bool]
    /// Offsets from `top` up have never held a piece.
    private var top = 0
    /// Free ranges below `top`, sorted, never touching each other or `top`.
    private var holes: [Range<Int>] = []
    /// The offset and reserved length of each live piece.
    private var live: [Int: Int] = [:]

    init(base: UnsafeMutableRawPointer, size: Int, pageSize: Int) {
        self.base = base
        self.size = size
        self.pageSize = pageSize
        committed = Array(repeating: false, count: (size + pageSize - 1) / pageSize)
        writable = committed
    }

    /// The number of committed pages.
    var committedPageCount: Int { committed.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// The pages under `range` (byte offsets), as page indices.
    func pages(under range: Range<Int>) -> Range<Int> {
        range.lowerBound / pageSize..<(range.upperBound + pageSize - 1) / pageSize
    }

    /// Marks the uncommitted pages among `pages` committed and returns them.
    func commit(_ pages: Range<Int>) -> [Int] {
        let fresh = pages.filter { !committed[$0] }
        for page in fresh { committed[page] = true }
        return fresh
    }

    /// Marks the committed pages wholly inside the free range `free` uncommitted (and no longer
    /// writable: they become inaccessible) and returns them.
    func decommit(inside free: Range<Int>) -> [Int] {
        let first = (free.lowerBound + pageSize - 1) / pageSize, end = free.upperBound / pageSize
        guard first < end else { return [] }
        let released = (first..<end).filter { committed[$0] }
        for page in released {
            committed[page] = false
            writable[page] = false
        }
        return released
    }

    /// Marks `pages` writable and returns those that were not.
    func makeWritable(_ pages: Range<Int>) -> [Int] {
        let fresh = pages.filter { !writable[$0] }
        for page in fresh { writable[page] = true }
        return fresh
    }

    /// Marks every writable page sealed (read-execute) and returns them.
    func takeWritablePages() -> [Int] {
        let pages = writable.indices.filter { writable[$0] }
        for page in pages { writable[page] = false }
        return pages
    }

    /// Sorted page indices grouped into runs of neighbours, so that one system call covers each run.
    static func runs(_ pages: [Int]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for page in pages {
            if let last = runs.last, last.upperBound == page {
                runs[runs.count - 1] = last.lowerBound..<page + 1
            } else {
                runs.append(page..<page + 1)
            }
        }
        return runs
    }

    /// Whether no piece is live.
    var isEmpty: Bool { live.isEmpty }

    /// The space `size` bytes of code take, rounded to the piece alignment.
    static func reservedLength(_ size: Int) -> Int {
        (max(size, 1) + alignment - 1) / alignment * alignment
    }

    /// Reserves room for `size` code bytes and returns its offset, or nil when the chunk is full.
    func allocate(_ size: Int) -> Int? {
        let length = Self.reservedLength(size)
        var offset: Int? = nil
        if let index = holes.firstIndex(where: { $0.count >= length }) {
            let hole = holes[index]
            offset = hole.lowerBound
            if hole.count == length {
                holes.remove(at: index)
            } else {
                holes[index] = hole.lowerBound + length..<hole.upperBound
            }
        } else if top + length <= self.size {
            offset = top
            top += length
        }
        if let offset { live[offset] = length }
        return offset
    }

    /// Returns the range a piece at `offset` held to the free space, merging neighbouring holes;
    /// also the whole free range it is now part of.
    func release(_ offset: Int) -> (piece: Range<Int>, free: Range<Int>) {
        guard let length = live.removeValue(forKey: offset) else {
            preconditionFailure("code piece freed twice or never installed")
        }
        var freed = offset..<offset + length
        let index = holes.firstIndex(where: { $0.lowerBound > offset }) ?? holes.count
        var insertAt = index
        if index < holes.count && holes[index].lowerBound == freed.upperBound {
            freed = freed.lowerBound..<holes[index].upperBound
            holes.remove(at: index)
        }
        if index > 0 && holes[index - 1].upperBound == freed.lowerBound {
            freed = holes[index - 1].lowerBound..<freed.upperBound
            holes.remove(at: index - 1)
            insertAt -= 1
        }
        if freed.upperBound == top {
            top = freed.lowerBound
            return (offset..<offset + length, freed.lowerBound..<size)
        }
        holes.insert(freed, at: insertAt)
        return (offset..<offset + length, freed)
    }
}
