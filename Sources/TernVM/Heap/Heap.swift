#if canImport(Glibc)
import Glibc
#endif

// Tern's heap: raw memory holding every Python object (DESIGN.md decision 2).
//
// This first collector is non-moving mark-sweep (the generational collector is a
// later step). Small objects live in 256 KB chunks, each chunk cut into cells of
// one size class (multiples of 16 bytes up to 512); free cells are threaded into a
// free list per class. Larger objects are malloc'd one by one and tracked in a list.
// Allocation never collects: past the threshold it only raises
// `collectionRequested`, and the interpreter collects at its next safepoint
// (DESIGN.md decision 3). Runtime code may therefore hold raw references in Swift
// locals between safepoints, but NOT across a call back into Python: root them
// with `VM.withRoots` (see Collector.swift).

struct Chunk {
    var base: UnsafeMutableRawPointer
    var cellSize: Int
    var cellCount: Int
}

struct LargeObject {
    var address: UnsafeMutableRawPointer
    var size: Int
}

struct Heap {
    static let chunkSize = 64 * 1024
    static let granule = 16
    static let largestCell = 512
    static let sizeClassCount = largestCell / granule

    /// Free-list heads, one per size class (class i holds cells of (i + 1) * 16 bytes).
    var freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    var chunks: [Chunk] = []
    var largeObjects: [LargeObject] = []

    /// Bytes handed out since the last collection.
    var allocatedSinceCollection = 0
    /// Bytes of chunks and large objects currently held from the system.
    var heapBytes = 0
    /// Bytes found alive by the last collection.
    var liveBytes = 0
    /// A collection is requested once `allocatedSinceCollection` passes this.
    var threshold = 2 * 1024 * 1024
    var minimumThreshold = 2 * 1024 * 1024
    /// `MemoryError` instead of growing past this many bytes of live + new objects.
    var maxHeap = Int.max
    var collectionRequested = false
    var collections = 0

    init() {
        freeLists = .allocate(capacity: Heap.sizeClassCount)
        freeLists.initialize(repeating: nil, count: Heap.sizeClassCount)
    }

    @inline(__always) static func sizeClass(forBytes bytes: Int) -> Int { (bytes &+ granule &- 1) / granule &- 1 }

    /// Returns zero-filled memory for `bytes` bytes, or nil when `maxHeap` would be exceeded.
    @inline(__always) mutating func allocate(bytes: Int) -> UnsafeMutableRawPointer? {
        if bytes <= Heap.largestCell {
            let sizeClass = Heap.sizeClass(forBytes: bytes)
            if let cell = freeLists[sizeClass] {
                freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                let cellBytes = (sizeClass &+ 1) &* Heap.granule
                cell.initializeMemory(as: UInt8.self, repeating: 0, count: cellBytes)
                allocatedSinceCollection &+= cellBytes
                if allocatedSinceCollection > threshold { collectionRequested = true }
                return cell
            }
            return allocateSlow(sizeClass: sizeClass)
        }
        return allocateLarge(bytes: bytes)
    }

    private mutating func allocateSlow(sizeClass: Int) -> UnsafeMutableRawPointer? {
        let cellSize = (sizeClass + 1) * Heap.granule
        if heapBytes + Heap.chunkSize > maxHeap { return nil }
        guard let raw = mmap(nil, Heap.chunkSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              raw != MAP_FAILED else { return nil }
        let cellCount = Heap.chunkSize / cellSize
        chunks.append(Chunk(base: raw, cellSize: cellSize, cellCount: cellCount))
        heapBytes += Heap.chunkSize
        // Thread every cell but the first onto the free list; the first is returned.
        var next: UnsafeMutableRawPointer? = freeLists[sizeClass]
        var index = cellCount - 1
        while index >= 1 {
            let cell = raw + index * cellSize
            cell.storeBytes(of: 0, as: UInt64.self)
            cell.storeBytes(of: next, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            next = cell
            index -= 1
        }
        freeLists[sizeClass] = next
        allocatedSinceCollection += cellSize
        if allocatedSinceCollection > threshold { collectionRequested = true }
        return raw
    }

    private mutating func allocateLarge(bytes: Int) -> UnsafeMutableRawPointer? {
        let size = (bytes + 15) & ~15
        if heapBytes + size > maxHeap { return nil }
        guard let memory = calloc(1, size) else { return nil }
        largeObjects.append(LargeObject(address: memory, size: size))
        heapBytes += size
        allocatedSinceCollection += size
        if allocatedSinceCollection > threshold { collectionRequested = true }
        return memory
    }

    /// Frees unmarked objects and clears the marks of the others; rebuilds the free lists.
    /// `poison` fills freed memory with a pattern so that stale references fail loudly.
    mutating func sweep(poison: Bool) {
        var live = 0
        for index in 0..<Heap.sizeClassCount { freeLists[index] = nil }
        for chunk in chunks {
            let sizeClass = chunk.cellSize / Heap.granule - 1
            var head = freeLists[sizeClass]
            var cellIndex = chunk.cellCount - 1
            while cellIndex >= 0 {
                let cell = chunk.base + cellIndex * chunk.cellSize
                let header = cell.load(as: UInt64.self)
                if header & GCFlag.mark != 0 {
                    cell.storeBytes(of: header & ~GCFlag.mark, as: UInt64.self)
                    live += chunk.cellSize
                } else {
                    if poison && UInt8(truncatingIfNeeded: header) != 0 {
                        cell.initializeMemory(as: UInt8.self, repeating: 0xDB, count: chunk.cellSize)
                    }
                    cell.storeBytes(of: 0, as: UInt64.self)
                    cell.storeBytes(of: head, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                    head = cell
                }
                cellIndex -= 1
            }
            freeLists[sizeClass] = head
        }
        var kept: [LargeObject] = []
        kept.reserveCapacity(largeObjects.count)
        for object in largeObjects {
            let header = object.address.load(as: UInt64.self)
            if header & GCFlag.mark != 0 {
                object.address.storeBytes(of: header & ~GCFlag.mark, as: UInt64.self)
                live += object.size
                kept.append(object)
            } else {
                heapBytes -= object.size
                free(object.address)
            }
        }
        largeObjects = kept
        liveBytes = live
        allocatedSinceCollection = 0
        collectionRequested = false
        collections += 1
        threshold = max(minimumThreshold, live)
    }

    /// Whether `address` is the start of a live object of this heap (for the verifier).
    func contains(_ address: UnsafeMutableRawPointer) -> Bool {
        for chunk in chunks where address >= chunk.base && address < chunk.base + Heap.chunkSize {
            return (address - chunk.base) % chunk.cellSize == 0
                && UInt8(truncatingIfNeeded: address.load(as: UInt64.self)) != 0
        }
        return largeObjects.contains { $0.address == address }
    }
}
