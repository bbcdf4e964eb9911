// The write barrier. A minor collection marks only young objects, so it must know
// every old object that may now point at a young one. Storing a reference into an
// object through `ObjectRef`'s subscript runs the barrier; code that stores through
// a raw pointer (`items`, `entries`, bulk copies) calls `rememberStores()` itself.
// The first store into an old object after a collection logs it and sets its
// `remembered` bit, so the fast path is one header test. `--verify-heap` checks
// before every minor collection that no old, unlogged object points at a young one.

/// Old objects stored into since the last collection (one log per process: one VM runs at a time).
nonisolated(unsafe) var rememberedLog: UnsafeMutablePointer<UnsafeMutableRawPointer>? = nil
nonisolated(unsafe) var rememberedCount = 0
nonisolated(unsafe) var rememberedCapacity = 0

extension ObjectRef {
    /// Logs this object for the next minor collection if it is old; call after storing references into it.
    @inline(__always) public func rememberStores() {
        if header & (GCFlag.mark | GCFlag.remembered) == GCFlag.mark { rememberOldObject(address) }
    }
}

@inline(never) func rememberOldObject(_ address: UnsafeMutableRawPointer) {
    address.storeBytes(of: address.load(as: UInt64.self) | GCFlag.remembered, as: UInt64.self)
    if rememberedCount == rememberedCapacity {
        let capacity = max(1024, rememberedCapacity * 2)
        let bigger = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: capacity)
        if let old = rememberedLog {
            bigger.update(from: old, count: rememberedCount)
            old.deallocate()
        }
        rememberedLog = bigger
        rememberedCapacity = capacity
    }
    rememberedLog![rememberedCount] = address
    rememberedCount += 1
}
