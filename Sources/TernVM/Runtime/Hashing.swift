// hash(): CPython's numeric hash (so that 1 == 1.0 == True hash alike), tuple and
// frozenset hashes with CPython's mixing, identity hashes for plain objects, and
// __hash__ for classes that define it (None when __eq__ is defined without it).

extension VM {
    func hashValue(_ value: Value) throws(Raised) -> Int {
        if value.isInt { return Int(pythonHash(int64: value.int)) }
        if value.isObject {
            let ref = ObjectRef(value)
            let id = ref.typeID
            if !types[id].flags.contains(.heapType) { return try builtinHash(value, ref) }
            // Instances of classes keyed into dicts and sets mostly keep object's __hash__, or
            // tuple's or str's: remembered per class version, that costs no lookup (In CPython: tp_hash).
            let epoch = TypeLookupCache.epoch
            if types[id].nativeHashVersion == types[id].version && types[id].nativeHashEpoch == epoch && epoch != 0 {
                if types[id].hashesByIdentity { return identityHash(value) }
                // A subclass of int, float or str that keeps its base's __hash__ (see hashesAsPayload).
                if ref.kind == .instance { return try payloadHash(value, ref) }
                return try builtinHash(value, ref)
            }
            let method = lookupInType(id, names.hash)
            if method.isNone || method.isNull {
                throw raiseTypeError("unhashable type: '\(typeName(value))'")
            }
            let byIdentity = isBuiltinMethod(method, of: TypeID.object, names.hash)
            if byIdentity || (ref.kind == .tuple && isBuiltinMethod(method, of: TypeID.tuple, names.hash))
                || (ref.kind == .str && isBuiltinMethod(method, of: TypeID.str, names.hash))
                || (ref.kind == .instance && hashesAsPayload(ref, method)) {
                types[id].nativeHashVersion = types[id].version
                types[id].nativeHashEpoch = epoch
                types[id].hashesByIdentity = byIdentity
                if byIdentity { return identityHash(value) }
                return ref.kind == .instance ? try payloadHash(value, ref) : try builtinHash(value, ref)
            }
            let result = try callSpecial(method, value)
            guard isIntLike(result) else { throw raiseTypeError("__hash__ method should return an integer") }
            // In CPython: a result that fits a machine word is the hash itself (-1, reserved
            // for errors, becomes -2); only a wider int is hashed again.
            if let word = smallIntValue(result) ?? bigIntValue(result).asInt64 { return word == -1 ? -2 : Int(word) }
            return Int(bigIntValue(result).pythonHash)
        }
        if value.isFloat { return floatHash(value) }
        if value == .true { return 1 }
        if value == .false { return 0 }
        return identityHash(value)
    }

    /// The hash of `value` when computing it runs no Python code and cannot raise: small ints, floats,
    /// True, False, None, exact strs, and instances of classes known to keep object's `__hash__` (as
    /// hashValue remembers per class version); nil for anything else.
    func nativeHash(_ value: Value) -> Int? {
        if value.isInt { return Int(pythonHash(int64: value.int)) }
        if value.isObject {
            let id = ObjectRef(value).typeID
            if id == TypeID.str { return StrView(value).hashValue() }
            // A class whose metaclass is type itself hashes by identity (type keeps object's __hash__).
            if id == TypeID.type { return identityHash(value) }
            let epoch = TypeLookupCache.epoch
            if types[id].flags.contains(.heapType) && types[id].nativeHashVersion == types[id].version
                && types[id].nativeHashEpoch == epoch && epoch != 0 && types[id].hashesByIdentity {
                return identityHash(value)
            }
            return nil
        }
        if value.isFloat { return floatHash(value) }
        if value == .true { return 1 }
        if value == .false { return 0 }
        return value.isNull ? nil : identityHash(value)
    }

    /// True when `method` is the one builtin type `id` defines for `name` itself.
    @inline(__always) func isBuiltinMethod(_ method: Value, of id: Int, _ name: Value) -> Bool {
        method == dictGetStr(TypeView(types[id].object).dict, name)
    }

    /// The hash a builtin type's own __hash__ computes, from the object's layout.
    private func builtinHash(_ value: Value, _ ref: ObjectRef) throws(Raised) -> Int {
        let id = ref.typeID
        switch ref.kind {
        case .str: return StrView(value).hashValue()
        case .tuple: return try tupleHash(TupleView(value))
        case .bigInt:
            if let word = wordIntValue(value) { return Int(pythonHash(int64: word)) }
            return Int(bigIntValue(value).pythonHash)
        case .bytes:
            // Computed in place once, then kept in the object (0: not yet; a hash of 0 is recomputed).
            let stored = ref.word(BytesLayout.hash)
            if stored != 0 { return stored }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytesLikeBytes(value) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            var result = Int(Int64(bitPattern: hash) >> 4)
            if result == -1 { result = -2 }
            ref.setWord(BytesLayout.hash, result)
            return result
        case .list, .dict, .byteArray:
            throw raiseTypeError("unhashable type: '\(typeName(value))'")
        case .set:
            if id == TypeID.set { throw raiseTypeError("unhashable type: 'set'") }
            return frozensetHash(value)
        case .range:
            return try rangeHash(value)
        case .complex:
            return complexHash(value)
        case .weakref:
            return try weakReferenceHash(value)
        case .slice:
            throw raiseTypeError("unhashable type: 'slice'")
        case .boundMethod:
            return identityHash(ref[BoundMethodLayout.receiver]) ^ (try hashValue(ref[BoundMethodLayout.function]))
        default:
            return identityHash(value)
        }
    }

    /// Whether `method`, the `__hash__` of an instance's class, is the one of int, float or str
    /// and the instance carries such a value: its hash is then the payload's (enum members,
    /// `re`'s opcode constants as set and dict keys).
    private func hashesAsPayload(_ ref: ObjectRef, _ method: Value) -> Bool {
        let payload = ref.instancePayload
        if payload.isNull { return false }
        return (isIntLike(payload) && isBuiltinMethod(method, of: TypeID.int, names.hash))
            || (payload.isFloat && isBuiltinMethod(method, of: TypeID.float, names.hash))
            || (typeID(of: payload) == TypeID.str && isBuiltinMethod(method, of: TypeID.str, names.hash))
    }

    private func payloadHash(_ value: Value, _ ref: ObjectRef) throws(Raised) -> Int {
        let payload = ref.instancePayload
        return payload.isNull ? identityHash(value) : try hashValue(payload)
    }

    /// In CPython 3.10+: a NaN hashes by identity, so that NaNs do not all collide in a dict.
    @inline(__always) func floatHash(_ value: Value) -> Int {
        let double = value.double
        return double.isNaN ? identityHash(value) : Int(pythonHash(double: double))
    }

    @inline(__always) func identityHash(_ value: Value) -> Int {
        let bits = value.bits
        return Int(bitPattern: UInt((bits >> 4) | (bits << 60)))
    }

    /// CPython 3.11's tuple hash (xxHash-style lanes).
    /// Read in place: a tuple's items cannot change, and the tuple is rooted by the caller.
    func tupleHash(_ tuple: TupleView) throws(Raised) -> Int {
        try checkNativeStack()
        var hasher = TupleHasher()
        for index in 0..<tuple.count {
            let item = tuple[index]
            if let quick = storedBytesHash(item) ?? nativeHash(item) {
                hasher.add(quick)
            } else {
                hasher.add(try hashValue(item))
            }
        }
        return hasher.finish(count: tuple.count)
    }

    /// The hash an exact bytes object keeps once computed, else nil.
    @inline(__always) private func storedBytesHash(_ value: Value) -> Int? {
        guard value.isObject, ObjectRef(value).typeID == TypeID.bytes else { return nil }
        let stored = ObjectRef(value).word(BytesLayout.hash)
        return stored != 0 ? stored : nil
    }

    func tupleHashOf(_ items: [Value]) throws(Raised) -> Int {
        var hasher = TupleHasher()
        for item in items { hasher.add(try hashValue(item)) }
        return hasher.finish(count: items.count)
    }

    /// In CPython: hash((len, start, step)), with start and step None for empty ranges
    /// and step None for one-element ranges, so that equal ranges hash alike.
    private func rangeHash(_ range: Value) throws(Raised) -> Int {
        let parts = rangeParts(range)
        let length = try newInt(parts.length)
        return try withRoots(length) { () throws(Raised) in
            if parts.length == BigInt.zero { return try tupleHashOf([length, .none, .none]) }
            let start = try newInt(parts.start)
            return try withRoots(start) { () throws(Raised) in
                if parts.length == BigInt(1) { return try tupleHashOf([length, start, .none]) }
                return try tupleHashOf([length, start, try newInt(parts.step)])
            }
        }
    }
}

/// CPython 3.11's tuple hash mixing: one xxHash-style lane per item hash.
struct TupleHasher {
    private static let prime1: UInt64 = 11400714785074694791
    private static let prime2: UInt64 = 14029467366897019727
    private static let prime5: UInt64 = 2870177450012600261
    private var accumulator = TupleHasher.prime5

    mutating func add(_ hash: Int) {
        accumulator = accumulator &+ UInt64(bitPattern: Int64(hash)) &* TupleHasher.prime2
        accumulator = (accumulator << 31) | (accumulator >> 33)
        accumulator = accumulator &* TupleHasher.prime1
    }

    func finish(count: Int) -> Int {
        let result = accumulator &+ (UInt64(count) ^ (TupleHasher.prime5 ^ 3527539))
        if result == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: result))
    }
}
