// Types: heap objects of kind `.type`, indexed by type id in VM.types.
// Builtin types have fixed ids (TypeID); classes made by `class` statements get
// the next free id. A type's attributes live in its dict; lookups walk its MRO.

enum TypeID {
    static let object = 0
    static let type = 1
    static let int = 2
    static let float = 3
    static let bool = 4
    static let noneType = 5
    static let str = 6
    static let bytes = 7
    static let tuple = 8
    static let list = 9
    static let dict = 10
    static let set = 11
    static let frozenset = 12
    static let function = 13
    static let builtinFunction = 14
    static let method = 15
    static let cell = 16
    static let code = 17
    static let module = 18
    static let generator = 19
    static let range = 20
    static let slice = 21
    static let property = 22
    static let staticMethod = 23
    static let classMethod = 24
    static let superType = 25
    static let notImplementedType = 26
    static let ellipsisType = 27
    static let listIterator = 28
    static let tupleIterator = 29
    static let rangeIterator = 30
    static let strIterator = 31
    static let dictKeyIterator = 32
    static let dictValueIterator = 33
    static let dictItemIterator = 34
    static let setIterator = 35
    static let enumerate = 36
    static let zip = 37
    static let map = 38
    static let filter = 39
    static let reversed = 40
    static let callableIterator = 41
    static let sequenceIterator = 42
    static let dictKeys = 43
    static let dictValues = 44
    static let dictItems = 45
    static let textFile = 46
    static let listReverseIterator = 47
    static let bytesIterator = 48
    static let byteArray = 49
    static let complex = 50
    static let firstDynamic = 51
}

struct TypeView {
    let ref: ObjectRef
    @inline(__always) init(_ value: Value) { ref = ObjectRef(value) }
    @inline(__always) var ownTypeID: Int { ref.word(TypeLayout.ownTypeID) }
    var name: Value { ref[TypeLayout.name] }
    var mro: TupleView { TupleView(ref[TypeLayout.mro]) }
    var bases: TupleView { TupleView(ref[TypeLayout.bases]) }
    var dict: DictView { DictView(ref[TypeLayout.dict]) }
}

extension VM {
    /// The type id of any value.
    @inline(__always) func typeID(of value: Value) -> Int {
        if value.isObject { return ObjectRef(value).typeID }
        if value.isInt { return TypeID.int }
        if value.isFloat { return TypeID.float }
        if value.isNone { return TypeID.noneType }
        return TypeID.bool
    }

    @inline(__always) func typeObject(_ id: Int) -> Value { types[id].object }
    @inline(__always) func typeOf(_ value: Value) -> Value { types[typeID(of: value)].object }
    /// The name of a value's type as messages show it (a class flagged namedWithModule with its module).
    func typeName(_ value: Value) -> String { typeNameInMessages(id: typeID(of: value)) }
    func typeNameInMessages(id: Int) -> String {
        let name = swiftString(TypeView(types[id].object).name)
        guard types[id].flags.contains(.namedWithModule) else { return name }
        return swiftString(dictGetStr(TypeView(types[id].object).dict, names.module)) + "." + name
    }
    func typeName(id: Int) -> String { swiftString(TypeView(types[id].object).name) }

    @inline(__always) func isStr(_ value: Value) -> Bool { value.isObject && ObjectRef(value).kind == .str }
    @inline(__always) func isExactType(_ value: Value, _ id: Int) -> Bool { typeID(of: value) == id }
    @inline(__always) func isType(_ value: Value) -> Bool { value.isObject && ObjectRef(value).kind == .type }

    /// Registers a type object under a new id (or `fixedID`) and returns the id.
    /// Ids of collected classes are reused; the version continues from the dead
    /// class's, so no cache filled for it can match the new one.
    func registerType(object: Value, layout: ObjectKind, flags: TypeFlags, fixedID: Int? = nil) -> Int {
        let id = fixedID ?? freeTypeIDs.popLast() ?? typeCount
        if id >= typeCapacity {
            let bigger = UnsafeMutablePointer<TypeInfo>.allocate(capacity: typeCapacity * 2)
            bigger.update(from: types, count: typeCount)
            types.deallocate()
            types = bigger
            typeCapacity *= 2
        }
        let version = id < typeCount ? types[id].version &+ 1 : 1
        types[id] = TypeInfo(object: object, layout: layout, version: version, flags: flags)
        if flags.contains(.heapType) { youngTypes.append(id) }
        linkToBases(id, object)
        TypeLookupCache.invalidate()
        typeCount = max(typeCount, id + 1)
        ObjectRef(object).setWord(TypeLayout.ownTypeID, id)
        return id
    }

    /// After marking: frees the type-table entries of classes left unmarked — the
    /// classes created since the last collection after a minor one, every class
    /// after a major one. Builtin types are roots; a class is kept alive by what
    /// refers to it and by its instances (the marker follows the type id in their
    /// headers). A dead class's instances are dead too, so nothing names its id.
    func releaseDeadTypes(major: Bool) {
        func releaseIfDead(_ id: Int) {
            let object = types[id].object
            guard types[id].flags.contains(.heapType), object.isObject,
                  ObjectRef(object).header & GCFlag.mark == 0 else { return }
            unlinkFromBases(id, object)
            subclassIDs[id].removeAll()
            types[id].object = .null
            types[id].flags = []
            classSlotMembers[id] = nil
            freeTypeIDs.append(id)
        }
        if major {
            for id in TypeID.firstDynamic..<typeCount { releaseIfDead(id) }
        } else {
            for id in youngTypes { releaseIfDead(id) }
        }
        youngTypes.removeAll(keepingCapacity: true)
    }

    /// Allocates a type object (not yet registered).
    func allocateType(name: String, metatype: Int = TypeID.type) throws(Raised) -> ObjectRef {
        let ref = try allocate(kind: .type, typeID: metatype, words: TypeLayout.words)
        let nameValue = intern(name)
        ref[TypeLayout.name] = nameValue
        ref[TypeLayout.qualifiedName] = nameValue
        return ref
    }

    /// Whether type `sub` is `base` or derives from it.
    func isSubtype(_ sub: Int, _ base: Int) -> Bool {
        if sub == base || base == TypeID.object { return true }
        let mro = TypeView(types[sub].object).mro
        let target = types[base].object
        for index in 0..<mro.count where mro[index] == target { return true }
        return false
    }

    @inline(__always) func isInstance(_ value: Value, typeID base: Int) -> Bool {
        let id = typeID(of: value)
        return id == base || isSubtype(id, base)
    }

    /// Looks `name` (an interned str) up along the MRO of type `id`; NULL when absent.
    func lookupInType(_ id: Int, _ name: Value) -> Value {
        if let cached = cachedTypeLookup(id, name) { return cached }
        return uncachedTypeLookup(id, name)
    }

    /// Marks a type and every class derived from it as changed, so that the caches
    /// filled under their versions refill; other types' caches stay valid.
    func typeChanged(_ id: Int) {
        types[id].version &+= 1
        guard id < subclassIDs.count else { return }
        // A class reached twice through a diamond is bumped twice, which is harmless.
        for subclass in subclassIDs[id] { typeChanged(subclass) }
    }

    /// Every class derived from `id`, directly or not, each once.
    func descendants(of id: Int) -> [Int] {
        var found: [Int] = []
        var pending = id < subclassIDs.count ? subclassIDs[id] : []
        while let next = pending.popLast() {
            if found.contains(next) { continue }
            found.append(next)
            if next < subclassIDs.count { pending += subclassIDs[next] }
        }
        return found
    }

    /// Records `id` as a subclass of each of its direct bases (read from the type
    /// object's bases tuple; builtin types get theirs before any class exists).
    func linkToBases(_ id: Int, _ object: Value) {
        while subclassIDs.count < typeCapacity { subclassIDs.append([]) }
        for base in directBaseIDs(object) { subclassIDs[base].append(id) }
    }

    /// Forgets a collected class in its bases' subclass lists. Runs before the
    /// sweep, so the dead type object and its bases tuple can still be read.
    func unlinkFromBases(_ id: Int, _ object: Value) {
        for base in directBaseIDs(object) { subclassIDs[base].removeAll { $0 == id } }
    }

    /// The type ids in a type object's bases tuple (none while it has no tuple yet).
    private func directBaseIDs(_ object: Value) -> [Int] {
        let bases = ObjectRef(object)[TypeLayout.bases]
        guard bases.isObject, typeID(of: bases) == TypeID.tuple else { return [] }
        let tuple = TupleView(bases)
        return (0..<tuple.count).filter { isType(tuple[$0]) }.map { TypeView(tuple[$0]).ownTypeID }
    }
}
