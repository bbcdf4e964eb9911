// Global and attribute loads compiled into the trace when the instruction's
// inline cache (or one of its polymorphic entries) hit while recording: the trace checks what the interpreter's
// cache check checks (the dict's entry array and the key at the cached entry;
// the instance's type, shape and type version) and loads the value itself.
// On a cache miss the instruction is left to the runtime.

extension TraceRecorder {
    // Field offsets, computed once (a key path's offset is looked up at run time).
    static let typeVersionOffset = MemoryLayout<TypeInfo>.offset(of: \TypeInfo.version)!
    static let frameGlobalsOffset = Int64(MemoryLayout<Frame>.offset(of: \Frame.globals)!)

    var cacheIndex: Int { Int(code.pointee.instructions[instructionPC + 1]) }

    /// `object.name` for an instance whose type, shape and type version the cache holds, or of a module.
    func recordLoadAttribute(_ argument: Int) -> Step {
        if concrete(1).isObject && ObjectRef(concrete(1)).kind == .module { return recordLoadModuleAttribute(argument) }
        guard let (ref, cache) = cachedInstance() else { return .residual }
        let slots = guardedSlots(pop(), ref, cache)
        push(emit(.loadIndexed, .value, slots, intConstant(Int64(cache.index)), immediate: TraceHelper.arrayItemsOffset))
        return .recorded
    }

    /// `object.name = value` for an instance whose type, shape and type version the cache holds. A new
    /// attribute (the cache holds the next shape) moves the instance to that shape, into its slot array
    /// when it has room, else into the array a helper grows (as the interpreter's transition does).
    func recordStoreAttribute(_ argument: Int) -> Step {
        guard let (ref, cache) = cachedInstance() else { return .residual }
        let instance = pop(), value = pop()
        var slots = guardedSlots(instance, ref, cache)
        let slot = intConstant(Int64(cache.index))
        if !cache.value.isNull {
            let current = ref[InstanceLayout.slots]
            if !current.isNull && ValueArrayView(current).capacity > Int(cache.index) {
                emitLeaving(.guardNotEqual, .none, slots, immediate: 0)
                let capacity = emit(.loadWord, .int, slots, immediate: TraceHelper.arrayCapacityOffset, field: .arrayHeader)
                emitLeaving(.guardTrue, .none, emit(.intCompare, .bool, slot, capacity, immediate: CompareCondition.less.rawValue))
            } else {
                slots = emitLeaving(.callHelper, .value, instance, slot, immediate: TraceHelper.slotsHolding.rawValue)
            }
            storeItem(slots, slot, value)
            emit(.storeWord, .none, instance, constant(UInt64(cache.value.int), .word), immediate: TraceHelper.instanceShapeOffset,
                 field: .instance)
            return .recorded
        }
        storeItem(slots, slot, value)
        return .recorded
    }

    /// The instance on top of the stack and the instruction's cache entry — the primary one or one of
    /// the polymorphic ones — that holds the instance's type, shape and type version (the
    /// interpreter's cache check).
    func cachedInstance() -> (ObjectRef, InlineCache)? {
        let cache = code.pointee.caches + cacheIndex
        if let ref = vm.instance(concrete(1), hitting: cache) { return (ref, cache.pointee) }
        let extra = vm.extraCacheEntries(code, cacheIndex)
        for way in 0..<VM.extraCacheWays {
            if let ref = vm.instance(concrete(1), hitting: extra + way) { return (ref, extra[way]) }
        }
        return nil
    }

    /// Guards what the cache check checks of `instance` (concretely `ref`); returns its slot array.
    func guardedSlots(_ instance: IRRef, _ ref: ObjectRef, _ cache: InlineCache) -> IRRef {
        guardObject(instance, ref.typeID)
        guardShape(instance, ref)
        guardTypeVersion(ref.typeID, cache.version)
        return emit(.loadValue, .value, instance, immediate: TraceHelper.instanceSlotsOffset, field: .instance)
    }

    /// Guards that the instance `ref` (whose concrete object is `object`) keeps its shape.
    func guardShape(_ ref: IRRef, _ object: ObjectRef) {
        let shape = emit(.loadWord, .word, ref, immediate: TraceHelper.instanceShapeOffset, field: .instance)
        emitLeaving(.guardEqual, .none, shape, immediate: Int64(object.word(InstanceLayout.shape)))
    }

    /// Guards that type `typeID` is still at `version` (no attribute of it or its bases changed).
    func guardTypeVersion(_ typeID: Int, _ version: UInt32) {
        let types = emit(.loadContext, .word, immediate: TraceContext.Offset.types)
        let versionOffset = typeID * MemoryLayout<TypeInfo>.stride + TraceRecorder.typeVersionOffset
        let loaded = emit(.loadWord32, .word, types, immediate: Int64(versionOffset))
        emitLeaving(.guardEqual, .none, loaded, immediate: Int64(version))
    }

    /// A global (or builtin) whose entry the cache holds.
    func recordLoadGlobal(_ argument: Int) -> Step {
        let cache = code.pointee.caches + cacheIndex
        let globalsValue = (recordedFrame + inlinedFrames.count).pointee.globals
        guard globalsValue.isObject else { return .residual }
        let globals = DictView(globalsValue)
        let name = code.pointee.names[argument]
        guard cache.pointee.key == globals.entriesValue.bits else { return .residual }
        let index = Int(cache.pointee.index)
        if index >= 0 {
            guard index < globals.used, globals.key(index) == name else { return .residual }
        } else {
            let builtins = DictView(vm.builtinsDict)
            guard cache.pointee.version == UInt32(truncatingIfNeeded: globals.used), cache.pointee.value == globalsValue,
                  -index - 1 < builtins.used, builtins.key(-index - 1) == name else { return .residual }
        }
        // The globals dict's entry array is the one cached: a key added since would have changed it or its count.
        let globalsDict = guardedGlobalsDict(globalsValue)
        let entries = emit(.loadValue, .value, globalsDict, immediate: Int64(DictLayout.entries * 8), field: .dict)
        emitLeaving(.guardEqual, .none, entries, immediate: Int64(bitPattern: cache.pointee.key))
        if index >= 0 {
            push(loadEntry(globalsDict, entries, index, name))
        } else {
            let used = emit(.loadWord, .int, globalsDict, immediate: Int64(DictLayout.used * 8), field: .dict)
            emitLeaving(.guardEqual, .none, used, immediate: Int64(globals.used))
            let builtins = constant(vm.builtinsDict.bits, .value)
            let builtinEntries = emit(.loadValue, .value, builtins, immediate: Int64(DictLayout.entries * 8), field: .dict)
            push(loadEntry(builtins, builtinEntries, -index - 1, name))
        }
        return .recorded
    }

    /// `module.name` (`math.sqrt`): the trace guards the module's identity and type (a module subclass's
    /// descriptors come first, and `__class__` can be assigned) and the entry, as for a global.
    func recordLoadModuleAttribute(_ argument: Int) -> Step {
        let module = concrete(1)
        let dictValue = ObjectRef(module)[ModuleLayout.dict]
        guard dictValue.isObject, ObjectRef(module).typeID == TypeID.module else { return .residual }
        let name = code.pointee.names[argument]
        let entry = vm.dictFindStr(DictView(dictValue), name)
        guard entry >= 0 else { return .residual }
        guardIdentity(stackSlot(1), module)
        guardObject(pop(), TypeID.module)
        let dict = constant(dictValue.bits, .value)
        let entries = emit(.loadValue, .value, dict, immediate: Int64(DictLayout.entries * 8), field: .dict)
        emitLeaving(.guardEqual, .none, entries, immediate: Int64(bitPattern: DictView(dictValue).entriesValue.bits))
        push(loadEntry(dict, entries, entry, name))
        return .recorded
    }

    /// The value of `dict`'s entry `entry`, guarding that the entry exists and its key is `name`.
    func loadEntry(_ dict: IRRef, _ entries: IRRef, _ entry: Int, _ name: Value) -> IRRef {
        let count = emit(.loadWord, .int, dict, immediate: Int64(DictLayout.used * 8), field: .dict)
        emitLeaving(.guardTrue, .none, emit(.intCompare, .bool, intConstant(Int64(entry)), count,
                                            immediate: CompareCondition.less.rawValue))
        let key = emit(.loadValue, .value, entries, immediate: Int64(16 + (entry * 3 + 1) * 8), field: .arrayItem)
        emitLeaving(.guardEqual, .none, key, immediate: Int64(bitPattern: name.bits))
        return emit(.loadValue, .value, entries, immediate: Int64(16 + (entry * 3 + 2) * 8), field: .arrayItem)
    }

    /// The frame's globals dict, guarded (once per stretch between residual instructions) to be `globals`.
    /// An inlined call's globals are its function's, which the call guarded (`__globals__` is read-only).
    func guardedGlobalsDict(_ globals: Value) -> IRRef {
        if !inlinedFrames.isEmpty { return constant(globals.bits, .value) }
        if guardedGlobals.isNone {
            let frame = emit(.loadContext, .word, immediate: TraceContext.Offset.frame)
            let loaded = emit(.loadValue, .value, frame, immediate: TraceRecorder.frameGlobalsOffset, field: .frame)
            emitLeaving(.guardEqual, .none, loaded, immediate: Int64(bitPattern: globals.bits))
            guardedGlobals = constant(globals.bits, .value)
        }
        return guardedGlobals
    }
}
