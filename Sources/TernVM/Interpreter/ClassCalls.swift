// Class calls run in the interpreter loop. `Point(x, y)` used to go through
// type.__call__ in Swift (Runtime/Classes.swift): look up __new__ and __init__,
// copy the arguments, and call __init__ through a nested `run`. For the common
// class — object.__new__ and a Python __init__ — CALL now allocates the instance
// and pushes __init__'s frame like any Python-to-Python call (In CPython 3.13:
// CALL_ALLOC_AND_ENTER_INIT); every other class keeps the general path. CALL's inline
// cache remembers the class (its id and version) and its __init__: the two MRO
// lookups that decide it cost more than the rest of the call.

extension VM {
    /// The Python __init__ to run for a call of `callable`, when it is a class the loop
    /// can construct itself (plain metaclass, object.__new__, instance layout); else nil.
    @inline(never) func plainConstructorInitializer(_ callable: Value) -> Value? {
        guard callable.isObject, ObjectRef(callable).kind == .type, ObjectRef(callable).typeID == TypeID.type else { return nil }
        let id = TypeView(callable).ownTypeID
        guard types[id].layout == .instance, types[id].flags.contains(.heapType) else { return nil }
        let initializer = lookupInType(id, names.`init`)
        guard initializer.isObject, ObjectRef(initializer).kind == .function,
              !codeInfo(ofFunction: initializer).pointee.isGenerator else { return nil }
        guard lookupInType(id, names.new) == lookupInType(TypeID.object, names.new) else { return nil }
        return initializer
    }

    /// plainConstructorInitializer through CALL's inline cache, filled for the class called last.
    @inline(__always) func cachedConstructorInitializer(_ callable: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard callable.isObject, ObjectRef(callable).kind == .type else { return nil }
        let id = TypeView(callable).ownTypeID
        let key = UInt64(id) &+ 1
        if cache.pointee.key == key && cache.pointee.version == types[id].version { return cache.pointee.value }
        guard let initializer = plainConstructorInitializer(callable) else { return nil }
        fillCache(cache, InlineCache(key: key, version: types[id].version, index: 0, value: initializer))
        return initializer
    }
}
