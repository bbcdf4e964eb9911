// Hash objects and the builtin hash modules (`_md5`, `_sha1`, `_sha256`, `_sha512`,
// `_sha3`, `_blake2`) that CPython's hashlib.py falls back on without OpenSSL. One
// mechanism serves every algorithm of HashAlgorithms.swift: an object's payload tuple
// holds its state (a bytes object only Swift sees, written in place) and its digest
// size; update, digest, hexdigest, copy, name, digest_size and block_size are the
// same for all, SHAKE's digest and hexdigest taking a length.

/// Items of a hash object's field tuple.
enum HashField {
    static let state = 0
    static let digestSize = 1
}

extension VM {
    /// The hash modules' builders, merged into `nativeModuleBuilders`.
    static let hashModuleBuilders: [String: (VM, Value) throws(Raised) -> Void] = Dictionary(
        uniqueKeysWithValues: Set(HashAlgorithm.all.map(\.module)).map { name in
            (name, { vm, module throws(Raised) in try vm.installHashModule(module, name) })
        }
    ).merging(["_operator": { vm, module throws(Raised) in try vm.installOperatorModule(module) }]) { first, _ in first }

    private func installHashModule(_ module: Value, _ name: String) throws(Raised) {
        for (index, algorithm) in HashAlgorithm.all.enumerated() where algorithm.module == name {
            let id = try hashType(index)
            if algorithm.isBLAKE2 {
                try setModuleAttribute(module, algorithm.name, typeObject(id))
            } else {
                try defineModuleFunction(module, algorithm.name) { vm, arguments throws(Raised) in
                    if arguments.positionalCount > 1 {
                        throw vm.raiseTypeError("\(algorithm.name)() takes at most 1 positional argument (\(arguments.positionalCount) given)")
                    }
                    let bound = try vm.bindNativeArguments(arguments, algorithm.name, ["string", "usedforsecurity"], required: 0)
                    return try vm.newHashObject(index, digestSize: algorithm.digestSize, data: bound[0], start: algorithm.start)
                }
            }
        }
        if name == "_blake2" { try installBLAKE2Constants(module) }
    }

    /// The class of algorithm `index`'s objects, made the first time its module is imported.
    func hashType(_ index: Int) throws(Raised) -> Int {
        if hashTypeIDs.isEmpty { hashTypeIDs = Array(repeating: -1, count: HashAlgorithm.all.count) }
        if hashTypeIDs[index] >= 0 { return hashTypeIDs[index] }
        let algorithm = HashAlgorithm.all[index]
        let id = makeBuiltinClass(name: algorithm.name, base: TypeID.object, layout: .instance)
        try dictSet(TypeView(types[id].object).dict, names.module, intern(algorithm.module))
        TypeLookupCache.invalidate()
        hashTypeIDs[index] = id
        if algorithm.isBLAKE2 {
            installBLAKE2Constructor(id, index)
        } else {
            defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
                throw vm.raiseTypeError("cannot create '\(algorithm.module).\(algorithm.name)' instances")
            }
        }
        installHashMethods(id, index)
        return id
    }

    /// A new object of algorithm `index`, its state set by `start` and fed `data` when given.
    func newHashObject(_ index: Int, digestSize: Int, data: Value, start: (UnsafeMutableRawPointer) -> Void) throws(Raised) -> Value {
        let algorithm = HashAlgorithm.all[index]
        // Data is checked first, so that a str is refused before anything is made.
        if !data.isNull { try withHashInput(data) { _ in } }
        let state = try allocateBytes(count: algorithm.stateSize)
        start(UnsafeMutableRawPointer(state.bytes(from: BytesLayout.data)))
        let object = try withRoots(state.value) { () throws(Raised) in
            try newPayloadObject(hashTypeIDs[index], [state.value, Value(int: digestSize)])
        }
        if !data.isNull { try withRoots(object) { () throws(Raised) in try hashUpdate(object, algorithm, data) } }
        return object
    }

    /// Runs `body` on the bytes of data to hash, with CPython's errors for str and other non-buffers.
    func withHashInput<R>(_ data: Value, _ body: (UnsafeRawBufferPointer) throws(Raised) -> R) throws(Raised) -> R {
        if isStr(builtinSelf(data)) { throw raiseTypeError("Strings must be encoded before hashing") }
        return try withReadableBuffer(data, refusal: { self.raiseTypeError("object supporting the buffer API required") },
                                      contiguityIsBufferError: true) {
            (bytes) throws(Raised) in try body(UnsafeRawBufferPointer(bytes))
        }
    }

    private func hashState(_ object: Value) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(ObjectRef(payloadFields(object)[HashField.state]).bytes(from: BytesLayout.data))
    }

    private func hashUpdate(_ object: Value, _ algorithm: HashAlgorithm, _ data: Value) throws(Raised) {
        try withHashInput(data) { input in algorithm.absorb(hashState(object), input) }
    }

    /// The digest of what `object` has been fed so far, `length` bytes long (the object can go on).
    private func hashDigest(_ object: Value, _ algorithm: HashAlgorithm, length: Int) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: length)
        withUnsafeTemporaryAllocation(byteCount: algorithm.stateSize, alignment: 16) { scratch in
            scratch.baseAddress!.copyMemory(from: hashState(object), byteCount: algorithm.stateSize)
            digest.withUnsafeMutableBytes { algorithm.finish(scratch.baseAddress!, $0) }
        }
        return digest
    }

    /// The digest's length: the object's own, or SHAKE's `length` argument.
    private func digestLength(_ arguments: Arguments, _ algorithm: HashAlgorithm, _ method: String) throws(Raised) -> Int {
        if !algorithm.isShake {
            try expectMethodArguments(arguments, method, min: 0, max: 0)
            return smallIntValue(payloadFields(arguments[0])[HashField.digestSize]).map { Int($0) } ?? 0
        }
        let bound = try bindNativeArguments(arguments, method, ["length"], required: 1, skip: 1)
        guard let number = try numberIndex(bound[0]) else {
            throw raiseTypeError("'\(typeName(bound[0]))' object cannot be interpreted as an integer")
        }
        let value = bigIntValue(number)
        if value.isNegative { throw raiseValueError("value must be positive") }
        guard value.limbs.count <= 1 else { throw raise(exceptionTypes.overflowError, "Python int too large to convert to C unsigned long") }
        let length = value.limbs.first ?? 0
        if length >= 1 << 29 { throw raiseValueError("length is too large") }
        return Int(length)
    }

    private func installHashMethods(_ id: Int, _ index: Int) {
        let algorithm = HashAlgorithm.all[index]
        defineMethod(id, "update", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.hashUpdate(arguments[0], algorithm, arguments[1])
            return .none
        }
        defineMethod(id, "digest") { vm, arguments throws(Raised) in
            let length = try vm.digestLength(arguments, algorithm, "digest")
            return try vm.newBytes(vm.hashDigest(arguments[0], algorithm, length: length))
        }
        defineMethod(id, "hexdigest") { vm, arguments throws(Raised) in
            let length = try vm.digestLength(arguments, algorithm, "hexdigest")
            let digest = vm.hashDigest(arguments[0], algorithm, length: length)
            var hex = [UInt8](repeating: 0, count: 2 * length)
            digest.withUnsafeBufferPointer { bytes in
                hex.withUnsafeMutableBufferPointer { VM.writeHex(bytes, separator: nil, group: 0, into: $0.baseAddress!) }
            }
            return try vm.newStr(String(decoding: hex, as: UTF8.self))
        }
        defineMethod(id, "copy", arguments: 0...0) { vm, arguments throws(Raised) in
            let original = arguments[0]
            let fields = vm.payloadFields(original)
            return try vm.newHashObject(index, digestSize: Int(vm.smallIntValue(fields[HashField.digestSize]) ?? 0),
                                        data: .null) { state in state.copyMemory(from: vm.hashState(original), byteCount: algorithm.stateSize) }
        }
        defineGetter(id, "name") { vm, object throws(Raised) in try vm.newStr(algorithm.name) }
        defineGetter(id, "digest_size") { vm, object throws(Raised) in vm.payloadFields(object)[HashField.digestSize] }
        defineGetter(id, "block_size") { vm, object throws(Raised) in Value(int: algorithm.blockSize) }
        if algorithm.module == "_sha3" {
            defineGetter(id, "_rate_bits") { vm, object throws(Raised) in Value(int: 8 * algorithm.blockSize) }
            defineGetter(id, "_capacity_bits") { vm, object throws(Raised) in Value(int: 1600 - 8 * algorithm.blockSize) }
            defineGetter(id, "_suffix") { vm, object throws(Raised) in try vm.newBytes([Keccak.suffixByte(vm.hashState(object))]) }
        }
    }
}
