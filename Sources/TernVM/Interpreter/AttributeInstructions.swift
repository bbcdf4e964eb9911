// LOAD_ATTR, STORE_ATTR and LOAD_METHOD through their inline caches: the
// interpreter runs them, and so do traces for the attribute accesses they do
// not compile (JIT/Residual). Each has a fast part (the caches) and a slow part
// that may run Python code, so the interpreter saves its frame between them.

extension VM {
    @inline(__always)
    func cachedLoadAttribute(_ object: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ cacheIndex: Int) -> Value? {
        if let value = cachedInstanceAttribute(object, code.pointee.caches + cacheIndex) { return value }
        return polymorphicInstanceAttribute(object, extraCacheEntries(code, cacheIndex))
    }

    func uncachedLoadAttribute(_ object: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ argument: Int,
                               _ cacheIndex: Int) throws(Raised) -> Value {
        let cache = code.pointee.caches + cacheIndex
        // Checked here rather than in the inlined part, which must stay small enough to inline.
        if let value = cachedModuleAttribute(object, cache) { return value }
        if let value = cachedClassAttribute(object, code.pointee.names[argument], cache) { return value }
        if let value = cachedTypeAttribute(object, code.pointee.names[argument], cache) { return value }
        if let value = try cachedNativeGetter(object, cache) { return value }
        let old = cache.pointee
        let value = try loadAttribute(object, code.pointee.names[argument], cache)
        retireCacheEntry(old, cache, code, cacheIndex)
        return value
    }

    @inline(__always)
    func cachedStoreAttribute(_ object: Value, _ value: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ cacheIndex: Int) -> Bool {
        storeCachedInstanceAttribute(object, value, code.pointee.caches + cacheIndex)
            || polymorphicStoreAttribute(object, value, extraCacheEntries(code, cacheIndex))
    }

    func uncachedStoreAttribute(_ object: Value, _ value: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ argument: Int,
                                _ cacheIndex: Int) throws(Raised) {
        let cache = code.pointee.caches + cacheIndex
        if try storeGrowingThroughCaches(object, value, cache, extraCacheEntries(code, cacheIndex)) { return }
        let old = cache.pointee
        try storeAttribute(object, code.pointee.names[argument], value, cache)
        retireCacheEntry(old, cache, code, cacheIndex)
    }

    /// LOAD_METHOD's cached part: the method (its receiver is the object), or nil.
    @inline(__always)
    func cachedLoadMethod(_ object: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ argument: Int, _ cacheIndex: Int) -> Value? {
        cachedMethod(object, code.pointee.names[argument], code.pointee.caches + cacheIndex, extraCacheEntries(code, cacheIndex))
    }

    /// LOAD_METHOD: the method and its receiver, or the attribute and NULL.
    func uncachedLoadMethod(_ object: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ argument: Int,
                            _ cacheIndex: Int) throws(Raised) -> (Value, Value) {
        let cache = code.pointee.caches + cacheIndex
        if let attribute = cachedInstanceAttributeMethod(object, cache) { return (attribute, .null) }
        let extra = extraCacheEntries(code, cacheIndex)
        for way in 0..<VM.extraCacheWays {
            if let attribute = cachedInstanceAttributeMethod(object, extra + way) { return (attribute, .null) }
        }
        let old = cache.pointee
        let result = try loadMethod(object, code.pointee.names[argument], cache)
        retireCacheEntry(old, cache, code, cacheIndex)
        return result
    }
}
