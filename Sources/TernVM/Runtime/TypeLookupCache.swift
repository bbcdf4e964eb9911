// A process-wide cache for lookupInType (In CPython: the type attribute cache of
// _PyType_Lookup). Walking an MRO costs one str-keyed dict probe per class, and
// the interpreter's inline caches miss on every polymorphic call site (richards'
// `task.fn()`, chaos' spline objects), on class-object attributes and on the
// dunders that Swift runtime code looks up (`__init__`, `__eq__`, `__get__`).
//
// An entry remembers *where* the name was found — the MRO position and the dict
// entry index — never the value itself, so the cache holds no heap references:
// the collector need not know it, and a moving collector cannot leave it stale.
// An entry is valid while the type's version (bumped by typeChanged for any change
// to any class dict, see Attributes.swift) and the global epoch are unchanged. The
// epoch covers dict writes that do not go through setattr: builtin methods defined
// after bootstrap (native modules) and newly registered types. During bootstrap
// the cache is off. Tern runs one VM per process, which the cache relies on (it
// is reset when a VM bootstraps).

struct TypeLookupEntry {
    var name: UInt64 = 0
    var typeID: Int32 = -1
    var version: UInt32 = 0
    var epoch: UInt32 = 0
    /// Position in the MRO of the class whose dict holds the name; -1 when no class has it.
    var mroIndex: Int32 = -1
    var entry: Int = 0
}

enum TypeLookupCache {
    static let size = 4096
    /// Allocated by enable(); a plain static (no lazy initializer) so reads need no swift_once check.
    nonisolated(unsafe) static var table: UnsafeMutablePointer<TypeLookupEntry>? = nil
    /// 0 while disabled (bootstrap); entries filled under another epoch are invalid.
    nonisolated(unsafe) static var epoch: UInt32 = 0
    nonisolated(unsafe) static var nextEpoch: UInt32 = 1

    @inline(__always) static func slot(_ id: Int, _ name: Value) -> UnsafeMutablePointer<TypeLookupEntry> {
        let hash = (name.bits >> 3) ^ (UInt64(UInt32(truncatingIfNeeded: id)) &* 0x9E37_79B1)
        return table.unsafelyUnwrapped + Int(hash & UInt64(size - 1))
    }

    /// Invalidates every entry (cheaply: entries carry the epoch they were filled under).
    static func invalidate() {
        if epoch == 0 { return }
        nextEpoch &+= 1
        if nextEpoch == 0 { nextEpoch = 1 }
        epoch = nextEpoch
    }

    static func enable() {
        if table == nil {
            table = .allocate(capacity: size)
        }
        table!.initialize(repeating: TypeLookupEntry(), count: size)
        nextEpoch &+= 1
        if nextEpoch == 0 { nextEpoch = 1 }
        epoch = nextEpoch
    }

    static func disable() { epoch = 0 }
}

extension VM {
    /// lookupInType's cached path: the value, or nil when the cache cannot answer.
    @inline(__always) func cachedTypeLookup(_ id: Int, _ name: Value) -> Value? {
        let epoch = TypeLookupCache.epoch
        if epoch == 0 { return nil }
        let entry = TypeLookupCache.slot(id, name)
        guard entry.pointee.name == name.bits, entry.pointee.typeID == Int32(truncatingIfNeeded: id),
              entry.pointee.version == types[id].version, entry.pointee.epoch == epoch else { return nil }
        let position = Int(entry.pointee.mroIndex)
        if position < 0 { return .null }
        let dict = TypeView(TypeView(types[id].object).mro[position]).dict
        let index = entry.pointee.entry
        // The version guarantees the dict is unchanged; the key check costs little and keeps it honest.
        guard dict.key(index) == name else { return nil }
        return dict.value(index)
    }

    /// The MRO walk behind lookupInType, filling the cache.
    func uncachedTypeLookup(_ id: Int, _ name: Value) -> Value {
        let mro = TypeView(types[id].object).mro
        var found = Value.null
        var position = -1, entryIndex = 0
        for index in 0..<mro.count {
            let dict = TypeView(mro[index]).dict
            let entry = dictFindStr(dict, name)
            if entry >= 0 {
                found = dict.value(entry)
                position = index
                entryIndex = entry
                break
            }
        }
        let epoch = TypeLookupCache.epoch
        // Only interned strs, which live forever, so no other string can take the address.
        if epoch != 0 && isStr(name) && StrView(name).isInterned {
            TypeLookupCache.slot(id, name).pointee = TypeLookupEntry(
                name: name.bits, typeID: Int32(truncatingIfNeeded: id), version: types[id].version,
                epoch: epoch, mroIndex: Int32(position), entry: entryIndex)
        }
        return found
    }
}
