// Class calls run in the interpreter loop. `Point(x, y)` used to go through
// type.__call__ in Swift (Runtime/Classes.swift): look up __new__ and __init__,
// copy the arguments, and call __init__ through a nested `run`. For the common
// class — object.__new__ and a Python __init__ — CALL now allocates the instance
// and pushes __init__'s frame like any Python-to-Python call (In CPython 3.13:
// CALL_ALLOC_AND_ENTER_INIT); every other class keeps the general path.

extension VM {
    /// The Python __init__ to run for a call of `callable`, when it is a class the loop
    /// can construct itself (plain metaclass, object.__new__, instance layout); else nil.
    @inline(__always) func plainConstructorInitializer(_ callable: Value) -> Value? {
        guard callable.isObject, ObjectRef(callable).kind == .type, ObjectRef(callable).typeID == TypeID.type else { return nil }
        let id = TypeView(callable).ownTypeID
        guard types[id].layout == .instance, types[id].flags.contains(.heapType) else { return nil }
        let initializer = lookupInType(id, names.`init`)
        guard initializer.isObject, ObjectRef(initializer).kind == .function,
              !codeInfo(ofFunction: initializer).pointee.isGenerator else { return nil }
        guard lookupInType(id, names.new) == lookupInType(TypeID.object, names.new) else { return nil }
        return initializer
    }
}
