#if canImport(Glibc)
import Glibc
#endif

// Allocation of Python objects: every constructor in Objects/ comes through here.

/// The machine's memory in bytes.
let physicalMemoryBytes: Int = Int(sysconf(Int32(_SC_PHYS_PAGES))) &* Int(sysconf(Int32(_SC_PAGESIZE)))

extension VM {
    /// Allocates a zero-filled object of `words` words (header included) and writes its header.
    /// Raises MemoryError past `max_heap`; never collects (docs/design.md, decision 3).
    @inline(__always)
    func allocate(kind: ObjectKind, typeID: Int, words: Int, smallData: Int = 0, zeroed: Bool = true) throws(Raised) -> ObjectRef {
        guard let memory = heap.allocate(bytes: words &* 8, zeroed: zeroed) else { throw raiseMemoryError() }
        memory.storeBytes(of: ObjectRef.makeHeader(kind: kind, typeID: typeID, smallData: smallData), as: UInt64.self)
        return ObjectRef(memory)
    }

    /// Allocates an object whose size is given in bytes (header included).
    func allocate(kind: ObjectKind, typeID: Int, bytes: Int, smallData: Int = 0, zeroed: Bool = true) throws(Raised) -> ObjectRef {
        try allocate(kind: kind, typeID: typeID, words: (bytes + 7) / 8, smallData: smallData, zeroed: zeroed)
    }

    /// How many copies a repeat makes: none for a negative count, and none of an empty
    /// sequence (`() * 2**61` must not loop 2**61 times to make nothing).
    func repeatTimes(_ count: Int64, length: Int) -> Int {
        length == 0 ? 0 : Int(max(0, count))
    }

    /// The length of a sequence of `count` items repeated `times` times, or MemoryError
    /// when it could not fit in the heap (checked before any memory is taken).
    func repeatedLength(_ count: Int, _ times: Int, itemBytes: Int) throws(Raised) -> Int {
        let (total, overflow) = count.multipliedReportingOverflow(by: times)
        let (bytes, bytesOverflow) = total.multipliedReportingOverflow(by: itemBytes)
        if overflow || bytesOverflow { throw raiseMemoryError() }
        try ensureHeapRoom(bytes: bytes, swiftBytesPerByte: 1)
        return total
    }

    /// Fills the `total` bytes at `destination` with copies of the `count` bytes at `source`:
    /// one copy, then the filled part copied after itself, so that a repeat of one byte
    /// (`b'\0' * 0xff00` in re's compiler) takes a few copies, not one per byte.
    func fillRepeating(_ destination: UnsafeMutableRawPointer, total: Int, from source: UnsafeRawPointer, count: Int) {
        guard count > 0, total > 0 else { return }
        destination.copyMemory(from: source, byteCount: count)
        var filled = count
        while filled < total {
            let chunk = min(filled, total - filled)
            (destination + filled).copyMemory(from: destination, byteCount: chunk)
            filled += chunk
        }
    }

    /// MemoryError when a result of at least `bytes` bytes cannot be made: past
    /// `max_heap`, or when the Swift buffers it is built in (`swiftBytesPerByte` times
    /// its size: up to 8 for text built as characters, 1 for objects made directly
    /// in the heap) would not fit in the machine's memory — asking Swift for an
    /// impossible buffer traps. Called before building.
    func ensureHeapRoom(bytes: Int, swiftBytesPerByte: Int = 8) throws(Raised) {
        if bytes > physicalMemoryBytes / swiftBytesPerByte || bytes > heap.allocationLimit - heap.heapBytes { throw raiseMemoryError() }
    }

    /// Runs VM-internal allocations that must not fail (interned names, builtin
    /// functions of a module being imported): they may pass `max_heap`.
    func beyondHeapLimit<T>(_ body: () throws(Raised) -> T) -> T {
        let limit = heap.parameters.maxHeap
        heap.parameters.maxHeap = Int.max
        defer { heap.parameters.maxHeap = limit }
        do throws(Raised) { return try body() } catch { fatalError("out of memory in the VM itself") }
    }

    /// Raises the preallocated MemoryError (allocating a new one could itself fail).
    func raiseMemoryError() -> Raised {
        raisedException = memoryErrorInstance
        // The next safepoint collects (and, this close to max_heap, collects the old generation too).
        heap.collectionRequested = true
        heap.overdraft = 1 << 20
        heap.collectionsAfterMemoryError = 4
        // The instance is reused: it must not carry the previous raise's traceback.
        ObjectRef(memoryErrorInstance)[ExceptionLayout.traceback] = .null
        ObjectRef(memoryErrorInstance)[ExceptionLayout.context] = .null
        return Raised()
    }
}
