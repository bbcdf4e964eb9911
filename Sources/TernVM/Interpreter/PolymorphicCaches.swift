// Polymorphic inline caches. A LOAD_ATTR, LOAD_METHOD or STORE_ATTR that sees
// instances of several classes (richards' `task.fn()` over four task classes,
// shapes that differ per constructor path) missed its one-entry cache on nearly
// every run and paid the generic lookup. Each cache slot now has three more
// entries: when a miss refills the primary entry, the entry it replaces moves
// into them. The extra entries never hold heap references — instance-attribute
// entries hold a slot index (and for STORE_ATTR a shape id), and method entries
// only record that the lookup under that (type, shape, version) yields a plain
// method, which is then read through lookupInType's cache — so the collector need
// not trace them and a moving collector cannot leave them stale.

extension VM {
    static let extraCacheWays = 3

    @inline(never) func allocateExtraCaches(_ code: UnsafeMutablePointer<CodeInfo>) {
        let count = max(1, code.pointee.cacheCount) * VM.extraCacheWays
        let extra = UnsafeMutablePointer<InlineCache>.allocate(capacity: count)
        extra.initialize(repeating: InlineCache(), count: count)
        code.pointee.extraCaches = extra
        let bytes = count * MemoryLayout<InlineCache>.stride
        code.pointee.ownedBytes += bytes
        heap.bytecodeBytes += bytes
    }

    /// The extra entries of cache `cacheIndex`, for reading.
    @inline(__always) func extraCacheEntries(_ code: UnsafeMutablePointer<CodeInfo>, _ cacheIndex: Int) -> UnsafeMutablePointer<InlineCache> {
        guard let extra = code.pointee.extraCaches else { return emptyExtraCaches }
        return extra + cacheIndex &* VM.extraCacheWays
    }

    /// After a miss refilled the primary entry, keeps the entry it replaced (without any heap reference).
    @inline(__always) func retireCacheEntry(_ old: InlineCache, _ primary: UnsafeMutablePointer<InlineCache>,
                                            _ code: UnsafeMutablePointer<CodeInfo>, _ cacheIndex: Int) {
        guard old.key != 0, old.key != primary.pointee.key else { return }
        if code.pointee.extraCaches == nil { allocateExtraCaches(code) }
        let extra = extraCacheEntries(code, cacheIndex)
        extra[2] = extra[1]
        extra[1] = extra[0]
        extra[0] = InlineCache(key: old.key, version: old.version, index: old.index, value: old.value.isObject ? .null : old.value)
    }

    /// LOAD_ATTR through the extra entries, or nil.
    @inline(__always) func polymorphicInstanceAttribute(_ object: Value, _ extra: UnsafeMutablePointer<InlineCache>) -> Value? {
        for way in 0..<VM.extraCacheWays {
            if let value = cachedInstanceAttribute(object, extra + way) { return value }
        }
        return nil
    }

    /// STORE_ATTR through the extra entries; false when none applies.
    @inline(__always) func polymorphicStoreAttribute(_ object: Value, _ value: Value, _ extra: UnsafeMutablePointer<InlineCache>) -> Bool {
        for way in 0..<VM.extraCacheWays {
            if storeCachedInstanceAttribute(object, value, extra + way) { return true }
        }
        return false
    }

    /// What LOAD_METHOD's cache entries are keyed on: an instance's type and shape (its own attributes
    /// could hide the method), else the type of `object` (whose id is `id`).
    @inline(__always) func methodCacheKey(_ object: Value, typeID id: Int) -> UInt64 {
        object.isObject && ObjectRef(object).kind == .instance ? instanceCacheKey(ObjectRef(object)) : UInt64(id) << 32
    }

    /// LOAD_METHOD's cache check: the method when the primary entry or an extra entry applies, else nil.
    @inline(__always) func cachedMethod(_ object: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>,
                                        _ extra: UnsafeMutablePointer<InlineCache>) -> Value? {
        let id = typeID(of: object)
        let key = methodCacheKey(object, typeID: id)
        let version = types[id].version
        if cache.pointee.key == key && cache.pointee.version == version { return cache.pointee.value }
        for way in 0..<VM.extraCacheWays where extra[way].key == key && extra[way].version == version {
            let method = lookupInType(id, name)
            return method.isNull ? nil : method
        }
        return nil
    }
}

extension VM {
    /// STORE_ATTR through a cached shape transition when the instance's slot array is
    /// missing (a new instance's first attribute) or full, which the non-allocating fast
    /// path declines: grows the array, then adds the attribute as the cache says.
    func storeCachedTransitionGrowing(_ object: Value, _ value: Value, _ cache: UnsafeMutablePointer<InlineCache>) throws(Raised) -> Bool {
        guard let ref = instance(object, hitting: cache) else { return false }
        let nextShape = cache.pointee.value
        guard nextShape.isInt else { return false }
        let slot = Int(cache.pointee.index)
        let old = ref[InstanceLayout.slots]
        guard slot >= (old.isNull ? 0 : ValueArrayView(old).capacity) else { return false }
        try growSlotArray(ref, slotsWord: InstanceLayout.slots, toHold: slot)
        ValueArrayView(ref[InstanceLayout.slots])[slot] = value
        ref.setWord(InstanceLayout.shape, Int(nextShape.int))
        return true
    }

    /// storeCachedTransitionGrowing over the primary and the extra entries.
    func storeGrowingThroughCaches(_ object: Value, _ value: Value, _ cache: UnsafeMutablePointer<InlineCache>,
                                   _ extra: UnsafeMutablePointer<InlineCache>) throws(Raised) -> Bool {
        if try storeCachedTransitionGrowing(object, value, cache) { return true }
        for way in 0..<VM.extraCacheWays where try storeCachedTransitionGrowing(object, value, extra + way) { return true }
        return false
    }
}
