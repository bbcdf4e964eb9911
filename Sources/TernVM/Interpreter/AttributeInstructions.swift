// LOAD_ATTR, STORE_ATTR and LOAD_METHOD through their inline caches: the
// interpreter runs them, and so do traces for the attribute accesses they do
// not compile (JIT/Residual). `sync` runs before the slow path, which may run
// Python code and so must find the frame saved.

extension VM {
    @inline(__always)
    func loadAttributeInstruction(_ object: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ argument: Int,
                                  _ cacheIndex: Int, sync: () -> Void) throws(Raised) -> Value {
        let cache = code.pointee.caches + cacheIndex
        if let value = cachedInstanceAttribute(object, cache) { return value }
        if let value = polymorphicInstanceAttribute(object, extraCacheEntries(code, cacheIndex)) { return value }
        sync()
        let old = cache.pointee
        let value = try loadAttribute(object, code.pointee.names[argument], cache)
        retireCacheEntry(old, cache, extraCacheEntries(code, cacheIndex))
        return value
    }

    @inline(__always)
    func storeAttributeInstruction(_ object: Value, _ value: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ argument: Int,
                                   _ cacheIndex: Int, sync: () -> Void) throws(Raised) {
        let cache = code.pointee.caches + cacheIndex
        if storeCachedInstanceAttribute(object, value, cache)
            || polymorphicStoreAttribute(object, value, extraCacheEntries(code, cacheIndex)) { return }
        sync()
        if try storeGrowingThroughCaches(object, value, cache, extraCacheEntries(code, cacheIndex)) { return }
        let old = cache.pointee
        try storeAttribute(object, code.pointee.names[argument], value, cache)
        retireCacheEntry(old, cache, extraCacheEntries(code, cacheIndex))
    }

    /// LOAD_METHOD: the method and its receiver, or the attribute and NULL.
    @inline(__always)
    func loadMethodInstruction(_ object: Value, _ code: UnsafeMutablePointer<CodeInfo>, _ argument: Int,
                               _ cacheIndex: Int, sync: () -> Void) throws(Raised) -> (Value, Value) {
        let cache = code.pointee.caches + cacheIndex
        if let method = cachedMethod(object, code.pointee.names[argument], cache, extraCacheEntries(code, cacheIndex)) {
            return (method, object)
        }
        sync()
        let old = cache.pointee
        let result = try loadMethod(object, code.pointee.names[argument], cache)
        retireCacheEntry(old, cache, extraCacheEntries(code, cacheIndex))
        return result
    }
}
