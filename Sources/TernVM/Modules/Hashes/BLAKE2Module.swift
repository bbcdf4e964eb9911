// The `_blake2` constructors: blake2b and blake2s are classes called with the data and
// the keyword parameters of CPython 3.11 (digest_size, key, salt, person, fanout,
// depth, leaf_size, node_offset, node_depth, inner_size, last_node), checked with its
// messages, then handed to BLAKE2.swift's start.

/// One variant's limits and start function, so the constructor need not be generic.
private struct BLAKE2Variety {
    let maxDigestSize: Int
    let saltSize: Int
    let nodeOffsetLimit: UInt64
    let start: (UnsafeMutableRawPointer, BLAKE2Parameters) -> Void

    init<V: BLAKE2Variant>(_: V.Type) {
        maxDigestSize = BLAKE2<V>.maxDigestSize
        saltSize = BLAKE2<V>.saltSize
        nodeOffsetLimit = V.nodeOffsetBytes == 8 ? UInt64.max : (1 << (8 * UInt64(V.nodeOffsetBytes))) - 1
        start = BLAKE2<V>.start
    }

    static func of(_ name: String) -> BLAKE2Variety { name == "blake2b" ? BLAKE2Variety(BLAKE2b.self) : BLAKE2Variety(BLAKE2s.self) }
}

private let blake2Keywords = ["", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                              "node_depth", "inner_size", "last_node", "usedforsecurity"]

extension VM {
    func installBLAKE2Constructor(_ id: Int, _ index: Int) {
        let algorithm = HashAlgorithm.all[index]
        let variety = BLAKE2Variety.of(algorithm.name)
        for (name, value) in [("SALT_SIZE", variety.saltSize), ("PERSON_SIZE", variety.saltSize),
                              ("MAX_KEY_SIZE", variety.maxDigestSize), ("MAX_DIGEST_SIZE", variety.maxDigestSize)] {
            try! dictSet(TypeView(types[id].object).dict, intern(name), Value(int: value))
        }
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            if arguments.positionalCount > 2 {
                throw vm.raiseTypeError("\(algorithm.name)() takes at most 1 positional argument (\(arguments.positionalCount - 1) given)")
            }
            let bound = try vm.bindNativeArguments(arguments, algorithm.name, blake2Keywords, required: 0, skip: 1)
            let parameters = try vm.blake2Parameters(bound, variety)
            return try vm.newHashObject(index, digestSize: parameters.digestSize, data: bound[0]) { variety.start($0, parameters) }
        }
    }

    func installBLAKE2Constants(_ module: Value) throws(Raised) {
        for (prefix, variety) in [("BLAKE2B", BLAKE2Variety(BLAKE2b.self)), ("BLAKE2S", BLAKE2Variety(BLAKE2s.self))] {
            try setModuleAttribute(module, prefix + "_SALT_SIZE", Value(int: variety.saltSize))
            try setModuleAttribute(module, prefix + "_PERSON_SIZE", Value(int: variety.saltSize))
            try setModuleAttribute(module, prefix + "_MAX_KEY_SIZE", Value(int: variety.maxDigestSize))
            try setModuleAttribute(module, prefix + "_MAX_DIGEST_SIZE", Value(int: variety.maxDigestSize))
        }
    }

    /// The keyword arguments (bound in `blake2Keywords` order) checked as CPython checks them.
    private func blake2Parameters(_ bound: [Value], _ variety: BLAKE2Variety) throws(Raised) -> BLAKE2Parameters {
        var parameters = BLAKE2Parameters()
        parameters.digestSize = try blake2Int(bound[1], otherwise: variety.maxDigestSize)
        if parameters.digestSize < 1 || parameters.digestSize > variety.maxDigestSize {
            throw raiseValueError("digest_size must be between 1 and \(variety.maxDigestSize) bytes")
        }
        parameters.salt = try blake2Bytes(bound[3], limit: variety.saltSize, "salt")
        parameters.person = try blake2Bytes(bound[4], limit: variety.saltSize, "person")
        parameters.fanout = try blake2Int(bound[5], otherwise: 1)
        if parameters.fanout < 0 || parameters.fanout > 255 { throw raiseValueError("fanout must be between 0 and 255") }
        parameters.depth = try blake2Int(bound[6], otherwise: 1)
        if parameters.depth < 1 || parameters.depth > 255 { throw raiseValueError("depth must be between 1 and 255") }
        let leafSize = try blake2Unsigned(bound[7])
        if leafSize > UInt64(UInt32.max) { throw raise(exceptionTypes.overflowError, "leaf_size is too large") }
        parameters.leafSize = UInt32(leafSize)
        parameters.nodeOffset = try blake2Unsigned(bound[8])
        if parameters.nodeOffset > variety.nodeOffsetLimit { throw raise(exceptionTypes.overflowError, "node_offset is too large") }
        parameters.nodeDepth = try blake2Int(bound[9], otherwise: 0)
        if parameters.nodeDepth < 0 || parameters.nodeDepth > 255 { throw raiseValueError("node_depth must be between 0 and 255") }
        parameters.innerSize = try blake2Int(bound[10], otherwise: 0)
        if parameters.innerSize < 0 || parameters.innerSize > variety.maxDigestSize {
            throw raiseValueError("inner_size must be between 0 and is \(variety.maxDigestSize)")
        }
        parameters.key = try blake2Bytes(bound[2], limit: variety.maxDigestSize, "key")
        parameters.lastNode = bound[11].isNull ? false : try isTrue(bound[11])
        return parameters
    }

    private func blake2Int(_ value: Value, otherwise: Int) throws(Raised) -> Int {
        if value.isNull { return otherwise }
        return try cIntValue(value) { "'\(self.typeName(value))' object cannot be interpreted as an integer" }
    }

    /// leaf_size and node_offset: unsigned, converted as C's unsigned long long.
    private func blake2Unsigned(_ value: Value) throws(Raised) -> UInt64 {
        if value.isNull { return 0 }
        guard isIntLike(value) else { throw raiseTypeError("an integer is required") }
        let number = bigIntValue(value)
        if number.isNegative { throw raiseValueError("value must be positive") }
        guard number.limbs.count <= 1 else { throw raise(exceptionTypes.overflowError, "int too big to convert") }
        return number.limbs.first ?? 0
    }

    private func blake2Bytes(_ value: Value, limit: Int, _ what: String) throws(Raised) -> [UInt8] {
        if value.isNull { return [] }
        let bytes = try withReadableBuffer(value) { Array($0) }
        if bytes.count > limit { throw raiseValueError("maximum \(what) length is \(limit) bytes") }
        return bytes
    }
}
