#if canImport(Glibc)
import Glibc
#endif

// Tern's heap: raw memory holding every Python object (docs/design.md, decision 2),
// managed by a non-moving generational collector (docs/gc.md).
//
// Small objects live in 64 KB chunks, each cut into cells of one size class
// (multiples of 8 bytes up to 512). Each size class allocates from one "current"
// chunk at a time, popping its free cells in address order (a chunk is threaded front
// to back, so allocation in it is sequential; a new one a few pages at a time).
// Larger objects are calloc'd one
// by one. An object's mark bit doubles as its age: set means old (it survived a
// collection), clear means young. Minor collections mark only young objects and
// sweep only the chunks allocated into since the last collection; major collections
// clear every mark first. Allocation never collects: it only raises
// `collectionRequested`, and the interpreter collects at its next safepoint
// (docs/design.md, decision 3). Runtime code may therefore hold raw references in Swift
// locals between safepoints, but NOT across a call back into Python: root them with
// `VM.withRoots` (see Collector.swift).

@_silgen_name("mallopt") func setMallocOption(_ option: Int32, _ value: Int32) -> Int32
@_silgen_name("malloc_trim") func trimMallocHeap(_ padding: Int) -> Int32

struct Chunk {
    var base: UnsafeMutableRawPointer
    var cellSize: Int
    var cellCount: Int
    /// Head of the chunk's free cells while it is not the current chunk of its class.
    var freeHead: UnsafeMutableRawPointer?
    var freeCount: Int
    /// Allocated into since the last collection, so the next minor collection sweeps it.
    var touched: Bool
    /// Pages (bit n: the n-th 4 KB page) given back to the system by a major
    /// collection because every cell on them was free; their cells are not on the
    /// free list until the chunk needs them (ChunkPages.swift).
    var releasedPages: UInt32 = 0
}

struct LargeObject {
    var address: UnsafeMutableRawPointer
    var size: Int
}

/// Counters for `gc.get_stats()`, `tern.gc_stats()` and the telemetry log.
struct CollectionStatistics {
    var minorCount = 0
    var majorCount = 0
    var minorNanoseconds: Int64 = 0
    var majorNanoseconds: Int64 = 0
    var promotedBytes = 0
    var freedBytes = 0
    /// Objects the sweeps have freed (`gc.collect()` returns how many one collection freed).
    var freedObjects = 0
}

struct Heap {
    static let chunkSize = 64 * 1024
    static let granule = 8
    static let largestCell = 512
    static let sizeClassCount = largestCell / granule

    var parameters = GCParameters()
    /// Free cells of each size class's current chunk.
    var freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// Index in `chunks` of each size class's current chunk, or -1.
    var currentChunk: UnsafeMutablePointer<Int>
    /// Per size class: chunks with enough free cells to become current.
    var available: [[Int]]
    /// Per size class: chunks whose only free cells are on released pages, to be
    /// reclaimed once no chunk of the class has free cells on held pages.
    var reclaimable: [[Int]]
    var chunks: [Chunk] = []
    /// Chunks with no live cell, kept (up to the nursery's size) for reuse.
    var emptyChunks: [UnsafeMutableRawPointer] = []
    var oldLargeObjects: [LargeObject] = []
    var youngLargeObjects: [LargeObject] = []

    /// Bytes allocated since the last collection: the nursery's fill.
    var youngBytes = 0
    /// The nursery in effect: `nursery`, grown to an eighth of the old generation (at
    /// most 16 × `nursery`), so that big heaps promote fewer short-lived objects and
    /// scan their roots less often, while small programs keep a small footprint.
    var nurseryBytes = GCParameters().nursery
    /// Bytes of objects that survived a collection (the old generation).
    var oldBytes = 0
    /// Bytes that loaded code holds outside the heap (bytecode, constants, caches,
    /// the compiler's tables), freed with its code object. They count with the old
    /// generation towards the major threshold: only a major collection finds old
    /// code dead, and a program that keeps generating code must reach one.
    var bytecodeBytes = 0
    /// Of those, bytes loaded since the last collection: they fill the nursery like
    /// young objects, so that loading code alone still leads to collections.
    var youngBytecodeBytes = 0
    /// Bytes the last major collection kept (old objects and loaded code).
    var survivedBytes = 0
    /// Bytes of chunks (empty ones included) and large objects held from the system.
    var heapBytes = 0
    /// Of those, bytes of large objects (calloc'd, so they live in malloc's arenas).
    var largeBytes = 0
    /// Of those, bytes of chunk pages given back to the system (ChunkPages.swift):
    /// held but not resident. Recounted by every sweep.
    var releasedBytes = 0
    /// A major collection starts when `oldBytes` passes this.
    var threshold: Int
    /// Set when compiling freed a big syntax tree: malloc holds its pages, free, until the next major
    /// collection hands them back (`malloc_trim`). Trimming at once cost each compile() of a big
    /// source a tenth of its time, faulting the pages in again; compiles in a row reuse them.
    var mallocTrimPending = false
    /// Set when the next safepoint must collect; behind a pointer so that compiled loops read it too.
    let collectionRequestedFlag: UnsafeMutablePointer<Bool> = {
        let flag = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
        flag.initialize(to: false)
        return flag
    }()
    var collectionRequested: Bool {
        @inline(__always) get { collectionRequestedFlag.pointee }
        @inline(__always) nonmutating set { collectionRequestedFlag.pointee = newValue }
    }
    /// Bytes the heap may pass `max_heap` by after raising MemoryError, so that the
    /// handler can run until the next collection; cleared once the heap is back under.
    var overdraft = 0
    /// After a MemoryError, the next few safepoints collect even unasked: the handler
    /// is likely dropping data, and the heap has no room until a collection frees it.
    var collectionsAfterMemoryError = 0
    var statistics = CollectionStatistics()

    /// Counts `bytes` of newly loaded code (see `bytecodeBytes`).
    mutating func noteCodeLoaded(_ bytes: Int) {
        bytecodeBytes += bytes
        youngBytecodeBytes += bytes
        if youngBytes + youngBytecodeBytes > nurseryBytes { collectionRequested = true }
    }

    init() {
        freeLists = .allocate(capacity: Heap.sizeClassCount)
        freeLists.initialize(repeating: nil, count: Heap.sizeClassCount)
        currentChunk = .allocate(capacity: Heap.sizeClassCount)
        currentChunk.initialize(repeating: -1, count: Heap.sizeClassCount)
        available = Array(repeating: [], count: Heap.sizeClassCount)
        reclaimable = Array(repeating: [], count: Heap.sizeClassCount)
        threshold = GCParameters().minHeap
        // Large objects above 128 KB are mmap'd by malloc and so return to the system
        // when freed; a fixed threshold stops glibc from raising it after frees.
        _ = setMallocOption(-3 /* M_MMAP_THRESHOLD */, 128 * 1024)
    }

    mutating func configure(_ newParameters: GCParameters) {
        parameters = newParameters
        threshold = newParameters.minHeap
        nurseryBytes = newParameters.nursery
    }

    @inline(__always) static func sizeClass(forBytes bytes: Int) -> Int { (bytes &+ granule &- 1) / granule &- 1 }

    /// Returns zero-filled memory for `bytes` bytes, or nil when `max_heap` would be exceeded.
    /// Zeroed memory for an object of `bytes` bytes; `zeroed: false` lets a large object's
    /// memory start as it is (for objects whose every byte their maker writes).
    @inline(__always) mutating func allocate(bytes: Int, zeroed: Bool = true) -> UnsafeMutableRawPointer? {
        if bytes <= Heap.largestCell {
            // A free cell links the next at its second word: no cell is smaller than 16 bytes.
            let sizeClass = Heap.sizeClass(forBytes: max(bytes, 16))
            if let cell = freeLists[sizeClass] {
                freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                let cellBytes = (sizeClass &+ 1) &* Heap.granule
                cell.initializeMemory(as: UInt8.self, repeating: 0, count: cellBytes)
                youngBytes &+= cellBytes
                if youngBytes > nurseryBytes { collectionRequested = true }
                return cell
            }
            return allocateSlow(sizeClass: sizeClass)
        }
        return allocateLarge(bytes: bytes, zeroed: zeroed)
    }

    /// The current chunk of `sizeClass` is full: continue in a chunk with free cells
    /// on pages still held, else in an empty chunk of the pool, else on the released
    /// pages of a chunk of the class (touching them again), else in a new chunk.
    /// Reclaiming released pages last keeps the resident size down: the free cells
    /// that a phase's death leaves on held pages are used before any page comes back.
    private mutating func allocateSlow(sizeClass: Int) -> UnsafeMutableRawPointer? {
        let exhausted = currentChunk[sizeClass]
        if exhausted >= 0 {
            chunks[exhausted].freeCount = 0
            if chunks[exhausted].releasedPages != 0 { reclaimable[sizeClass].append(exhausted) }
        }
        currentChunk[sizeClass] = -1
        let cellSize = (sizeClass + 1) * Heap.granule
        while let index = available[sizeClass].popLast() {
            if let head = chunks[index].freeHead {
                makeCurrent(index, sizeClass: sizeClass, head: head)
                return allocate(bytes: cellSize)
            }
            if chunks[index].releasedPages != 0 { reclaimable[sizeClass].append(index) }
        }
        var base = emptyChunks.popLast()
        var fromSystem = false
        if base == nil {
            while let index = reclaimable[sizeClass].popLast() {
                if let head = reclaimReleasedPages(index) {
                    makeCurrent(index, sizeClass: sizeClass, head: head)
                    return allocate(bytes: cellSize)
                }
            }
            base = takeNewChunk()
            fromSystem = true
        }
        guard let base else {
            guard let index = nearlyFullChunk(sizeClass: sizeClass),
                  let head = chunks[index].freeHead ?? reclaimReleasedPages(index) else { return nil }
            makeCurrent(index, sizeClass: sizeClass, head: head)
            return allocate(bytes: cellSize)
        }
        let cellCount = Heap.chunkSize / cellSize
        if fromSystem {
            // The system's zeroed pages are free cells as released pages are: linked a few
            // at a time as the class needs them, so that a class with few objects keeps a
            // page or two resident, not sixteen. (A pooled empty chunk is resident already.)
            chunks.append(Chunk(base: base, cellSize: cellSize, cellCount: cellCount, freeHead: nil, freeCount: 0,
                                touched: true, releasedPages: ChunkPages.all))
            releasedBytes += Heap.chunkSize
            makeCurrent(chunks.count - 1, sizeClass: sizeClass, head: reclaimReleasedPages(chunks.count - 1)!)
            return allocate(bytes: cellSize)
        }
        chunks.append(Chunk(base: base, cellSize: cellSize, cellCount: cellCount, freeHead: nil, freeCount: 0, touched: true))
        currentChunk[sizeClass] = chunks.count - 1
        freeLists[sizeClass] = Heap.threadCells(base: base, cellSize: cellSize, cellCount: cellCount)
        return allocate(bytes: cellSize)
    }

    private mutating func makeCurrent(_ index: Int, sizeClass: Int, head: UnsafeMutableRawPointer) {
        chunks[index].freeHead = nil
        chunks[index].touched = true
        currentChunk[sizeClass] = index
        freeLists[sizeClass] = head
    }

    /// Near `max_heap` no new chunk may be taken: any chunk of the class with a free
    /// cell will do, however full (their free cells are otherwise left for later).
    private func nearlyFullChunk(sizeClass: Int) -> Int? {
        let cellSize = (sizeClass + 1) * Heap.granule
        return chunks.indices.first {
            chunks[$0].cellSize == cellSize && (chunks[$0].freeHead != nil || chunks[$0].releasedPages != 0)
        }
    }

    /// A chunk's worth of new memory from the system, within `max_heap`.
    private mutating func takeNewChunk() -> UnsafeMutableRawPointer? {
        if heapBytes + Heap.chunkSize > allocationLimit { return nil }
        guard let raw = mmap(nil, Heap.chunkSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              raw != MAP_FAILED else { return nil }
        heapBytes += Heap.chunkSize
        return raw
    }

    var allocationLimit: Int { parameters.maxHeap == Int.max ? Int.max : parameters.maxHeap + overdraft }

    /// Links every cell of a chunk into a free list in address order; returns its head.
    static func threadCells(base: UnsafeMutableRawPointer, cellSize: Int, cellCount: Int) -> UnsafeMutableRawPointer {
        var next: UnsafeMutableRawPointer? = nil
        var index = cellCount - 1
        while index >= 0 {
            let cell = base + index * cellSize
            cell.storeBytes(of: 0, as: UInt64.self)
            cell.storeBytes(of: next, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            next = cell
            index -= 1
        }
        return base
    }

    private mutating func allocateLarge(bytes: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        let size = (bytes + 15) & ~15
        if size > allocationLimit - heapBytes { return nil }
        guard let memory = zeroed ? calloc(1, size) : malloc(size) else { return nil }
        youngLargeObjects.append(LargeObject(address: memory, size: size))
        heapBytes += size
        largeBytes += size
        youngBytes += size
        if youngBytes > nurseryBytes { collectionRequested = true }
        return memory
    }
}

/// Where a heap's objects may start, to test many addresses against it (the verifier tests
/// every reference it reaches): its chunks sorted by address, searched by halving, and its
/// large objects in a set. Valid until the heap next gains or loses a chunk or large object.
struct HeapIndex {
    private var chunks: [(base: UnsafeMutableRawPointer, cellSize: Int)]
    private let largeObjects: Set<UnsafeMutableRawPointer>

    init(_ heap: Heap) {
        chunks = heap.chunks.map { ($0.base, $0.cellSize) }
        chunks.sort { $0.base < $1.base }
        largeObjects = Set(heap.oldLargeObjects.map(\.address) + heap.youngLargeObjects.map(\.address))
    }

    /// Whether `address` is the start of a live object of the heap.
    func contains(_ address: UnsafeMutableRawPointer) -> Bool {
        // The last chunk starting at or below `address`.
        var low = 0, high = chunks.count
        while low < high {
            let middle = (low + high) / 2
            if chunks[middle].base <= address { low = middle + 1 } else { high = middle }
        }
        if low > 0, address < chunks[low - 1].base + Heap.chunkSize {
            return (address - chunks[low - 1].base) % chunks[low - 1].cellSize == 0
                && UInt8(truncatingIfNeeded: address.load(as: UInt64.self)) != 0
        }
        return largeObjects.contains(address)
    }
}
