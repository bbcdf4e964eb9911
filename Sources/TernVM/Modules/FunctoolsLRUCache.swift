// `_functools._lru_cache_wrapper`, which CPython's functools.lru_cache wraps a function in
// (functools.py adds cache_parameters and update_wrapper's attributes). A payload object
// (ContainerSubclasses.swift) whose field tuple, private to this file, also holds its counters.
//
// The cache is a dict from the call's key to its result. A bounded cache keeps its keys in
// least- to most-recently-used order as the dict's own entry order: a hit moves its entry
// to the end, and the oldest entry is the first live one, found from a remembered position
// (reset when the dict rebuilds its tables). Each key is hashed once per call, as in CPython.

/// The fields of a cache wrapper's payload tuple.
private enum CacheField {
    static let function = 0, maxsize = 1, typed = 2, cacheInfoType = 3, cache = 4
    static let hits = 5, misses = 6
    /// Where to start looking for the oldest entry, and the entry table that position is in.
    static let oldestHint = 7, hintTable = 8
    static let count = 9
}

extension VM {
    func installLRUCacheWrapper(_ module: Value) throws(Raised) {
        let id = nativeModuleClass(lruCacheTypeID, name: "_lru_cache_wrapper", module: "functools", base: TypeID.object, layout: .instance)
        lruCacheTypeID = id
        if keywordMark.isNull {
            keywordMark = try newInstance(TypeID.object)
            permanentRoots.append(keywordMark)
        }
        try setModuleAttribute(module, "_lru_cache_wrapper", types[id].object)
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "lru_cache", ["user_function", "maxsize", "typed", "cache_info_type"],
                                                   required: 4, skip: 1)
            guard vm.isCallable(bound[0]) else { throw vm.raiseTypeError("the first argument must be callable") }
            var maxsize = Value.none
            if !bound[1].isNone {
                guard vm.isIntLike(bound[1]) || !vm.lookupInType(vm.typeID(of: bound[1]), vm.names.index).isNull else {
                    throw vm.raiseTypeError("maxsize should be integer or None")
                }
                maxsize = Value(int: max(0, try vm.indexValue(bound[1]) { "" }))
            }
            let typed = Value(bool: try vm.isTrue(bound[2]))
            let cache = try vm.newDict()
            return try vm.withRoots(cache.ref.value) { () throws(Raised) in
                let fields = try vm.newTuple([bound[0], maxsize, typed, bound[3], cache.ref.value,
                                              Value(int: 0), Value(int: 0), Value(int: 0), .none])
                return try vm.withRoots(fields) { () throws(Raised) in
                    try vm.newPayloadObject(TypeView(arguments[0]).ownTypeID, tuple: fields)
                }
            }
        }
        defineMethod(id, "__call__") { vm, arguments throws(Raised) in try vm.callCached(arguments) }
        defineMethod(id, "cache_info", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            let size = Value(int: DictView(fields[CacheField.cache]).count)
            return try vm.call(fields[CacheField.cacheInfoType], fields[CacheField.hits], fields[CacheField.misses],
                               fields[CacheField.maxsize], size)
        }
        defineMethod(id, "cache_clear", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            fields[CacheField.hits] = Value(int: 0)
            fields[CacheField.misses] = Value(int: 0)
            fields[CacheField.oldestHint] = Value(int: 0)
            try vm.dictClear(DictView(fields[CacheField.cache]))
            return .none
        }
        // Pickled by name, as the function it replaced was.
        defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.getAttribute(arguments[0], vm.names.qualname)
        }
        defineMethod(id, "__copy__", arguments: 0...0) { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__deepcopy__", arguments: 1...1) { vm, arguments throws(Raised) in arguments[0] }
        // A cached function stored on a class binds to instances as a function does.
        defineMethod(id, "__get__", arguments: 1...2) { vm, arguments throws(Raised) in
            arguments[1].isNone ? arguments[0] : try vm.newBoundMethod(arguments[0], arguments[1])
        }
    }

    /// self(*args, **kwargs): the cached result, or the function's, remembered.
    private func callCached(_ arguments: Arguments) throws(Raised) -> Value {
        let fields = payloadFields(arguments[0])
        let maxsize = fields[CacheField.maxsize]
        if maxsize == Value(int: 0) {
            fields[CacheField.misses] = Value(int: fields[CacheField.misses].int + 1)
            return try callCachedFunction(arguments)
        }
        return try withStackSpace(2) { (slots) throws(Raised) in
            slots[0] = try cacheKey(arguments, typed: fields[CacheField.typed] == .true)
            let hash = try hashValue(slots[0])
            let cache = DictView(fields[CacheField.cache])
            let found = try dictFind(cache, slots[0], hash: hash)
            if found.entry >= 0 {
                let result = cache.value(found.entry)
                fields[CacheField.hits] = Value(int: fields[CacheField.hits].int + 1)
                if !maxsize.isNone { try markRecentlyUsed(cache, entry: found.entry, slot: found.slot) }
                return result
            }
            fields[CacheField.misses] = Value(int: fields[CacheField.misses].int + 1)
            slots[1] = try callCachedFunction(arguments)
            // The call may have filled this very key (a recursive call): then the result is only returned.
            let again = try dictFind(cache, slots[0], hash: hash)
            if again.entry >= 0 {
                if maxsize.isNone { cache.setValue(again.entry, slots[1]) }
                return slots[1]
            }
            if !maxsize.isNone && cache.count >= Int(maxsize.int) && cache.count > 0 { evictOldest(fields) }
            try dictAppendAbsent(cache, storedHash: storedHash(hash), key: slots[0], value: slots[1])
            return slots[1]
        }
    }

    /// The wrapped function called with the wrapper's own arguments.
    private func callCachedFunction(_ arguments: Arguments) throws(Raised) -> Value {
        let function = payloadFields(arguments[0])[CacheField.function]
        return try call(function, arguments: arguments.base + 1, count: arguments.count - 1, keywordNames: arguments.keywordNames)
    }

    /// In CPython: one str or int argument is its own key; other positional-only calls use the
    /// arguments' tuple; otherwise args, a marker, each keyword and value, and (typed) the types.
    private func cacheKey(_ arguments: Arguments, typed: Bool) throws(Raised) -> Value {
        let positional = arguments.positionalCount - 1, keywords = arguments.keywordCount
        if !typed && keywords == 0 {
            if positional == 1 && (isExactType(arguments[1], TypeID.str) || isExactType(arguments[1], TypeID.int)) { return arguments[1] }
            return try newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: positional))
        }
        let markSize = keywords > 0 ? 1 + 2 * keywords : 0
        let size = positional + markSize + (typed ? positional + keywords : 0)
        let key = try allocateTuple(count: size)
        var position = 0
        for index in 0..<positional { key[position] = arguments[1 + index]; position += 1 }
        if keywords > 0 {
            key[position] = keywordMark
            position += 1
            for index in 0..<keywords {
                key[position] = TupleView(arguments.keywordNames)[index]
                key[position + 1] = arguments[1 + positional + index]
                position += 2
            }
        }
        if typed {
            for index in 0..<positional { key[position] = typeOf(arguments[1 + index]); position += 1 }
            for index in 0..<keywords { key[position] = typeOf(arguments[1 + positional + index]); position += 1 }
        }
        return key.ref.value
    }

    /// Moves a hit's entry to the end of the dict's order (the most recently used).
    private func markRecentlyUsed(_ cache: DictView, entry: Int, slot: Int) throws(Raised) {
        if entry == cache.used - 1 { return }
        let hash = Int(cache.entries[entry * 3].int), key = cache.key(entry), value = cache.value(entry)
        dictRemoveEntry(cache, entry: entry, slot: slot)
        try dictAppendAbsent(cache, storedHash: hash, key: key, value: value)
    }

    /// Removes the least recently used entry: the first live one, searched from the hint.
    private func evictOldest(_ fields: TupleView) {
        let cache = DictView(fields[CacheField.cache])
        var entry = fields[CacheField.hintTable] == cache.entriesValue ? Int(fields[CacheField.oldestHint].int) : 0
        while entry < cache.used && cache.key(entry).isNull { entry += 1 }
        guard entry < cache.used else { return }
        let hash = Int(cache.entries[entry * 3].int)
        dictRemoveEntry(cache, entry: entry, slot: dictSlot(of: entry, in: cache, hash: hash))
        fields[CacheField.oldestHint] = Value(int: entry + 1)
        fields[CacheField.hintTable] = cache.entriesValue
    }
}
