// Allocation of Python objects: every constructor in Objects/ comes through here.

extension VM {
    /// Allocates a zero-filled object of `words` words (header included) and writes its header.
    /// Raises MemoryError past `max_heap`; never collects (DESIGN.md decision 3).
    @inline(__always)
    func allocate(kind: ObjectKind, typeID: Int, words: Int, smallData: Int = 0) throws(Raised) -> ObjectRef {
        guard let memory = heap.allocate(bytes: words &* 8) else { throw raiseMemoryError() }
        memory.storeBytes(of: ObjectRef.makeHeader(kind: kind, typeID: typeID, smallData: smallData), as: UInt64.self)
        return ObjectRef(memory)
    }

    /// Allocates an object whose size is given in bytes (header included).
    func allocate(kind: ObjectKind, typeID: Int, bytes: Int, smallData: Int = 0) throws(Raised) -> ObjectRef {
        try allocate(kind: kind, typeID: typeID, words: (bytes + 7) / 8, smallData: smallData)
    }

    /// Raises the preallocated MemoryError (allocating a new one could itself fail).
    func raiseMemoryError() -> Raised {
        raisedException = memoryErrorInstance
        return Raised()
    }
}
