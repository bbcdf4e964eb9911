// zlib's streaming objects. A Compress object's payload holds its deflater's memory (a
// bytes object only Swift sees, written in place); a Decompress object's holds its
// inflater's memory, then unused_data, unconsumed_tail, eof and the zdict.

enum DecompressField {
    static let memory = 0
    static let unusedData = 1
    static let unconsumedTail = 2
    static let eof = 3
    static let dictionary = 4
}

private let compressobjKeywords = ["level", "method", "wbits", "memLevel", "strategy", "zdict"]

extension VM {
    /// The memory of a stream object (word-aligned, as a bytes object's data is).
    private func streamMemory(_ object: Value) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(ObjectRef(payloadFields(object)[0]).bytes(from: BytesLayout.data))
    }

    /// A new object of `typeID` whose memory (`byteCount` bytes) `start` fills, with `fields` after it.
    private func newStreamObject(_ typeID: Int, byteCount: Int, _ fields: [Value], start: (UnsafeMutableRawPointer) -> Void) throws(Raised) -> Value {
        let memory = try allocateBytes(count: byteCount, zeroed: false)
        let object = try withRoots(memory.value) { () throws(Raised) in try newPayloadObject(typeID, [memory.value] + fields) }
        start(streamMemory(object))
        return object
    }

    // MARK: Compress

    func newCompressObject(_ arguments: Arguments, _ types: ZlibTypes) throws(Raised) -> Value {
        let bound = try bindNativeArguments(arguments, "compressobj", compressobjKeywords, required: 0)
        let level = try zlibInt(bound[0], otherwise: -1)
        let method = try zlibInt(bound[1], otherwise: 8)
        let wbits = try zlibInt(bound[2], otherwise: 15)
        let memoryLevel = try zlibInt(bound[3], otherwise: 8)
        let strategy = try zlibInt(bound[4], otherwise: 0)
        let dictionary = bound[5].isNull || bound[5] == .none ? Value.null : bound[5]
        if !dictionary.isNull { try withReadableBuffer(dictionary) { _ in } }
        guard level >= -1 && level <= 9, method == 8, let window = WindowBits.forCompression(wbits),
              memoryLevel >= 1 && memoryLevel <= 9, let strategyValue = DeflateStrategy(rawValue: strategy) else {
            throw raiseValueError("Invalid initialization option")
        }
        if !dictionary.isNull && window.format == .gzip { throw raiseValueError("Invalid dictionary") }
        let object = try newStreamObject(types.compress, byteCount: DeflaterMemory.byteCount, []) { memory in
            DeflaterMemory.start(memory, format: window.format, level: level < 0 ? 6 : level, windowBits: window.bits, strategy: strategyValue)
        }
        if !dictionary.isNull {
            try withReadableBuffer(dictionary) { zdict in Deflater.setDictionary(streamMemory(object), zdict) }
        }
        return object
    }

    func installCompressMethods(_ types: ZlibTypes) {
        let id = types.compress
        defineMethod(id, "compress") { vm, arguments throws(Raised) in
            let data = try vm.zlibArguments(arguments, "compress", [], skip: 1)[0]
            let memory = vm.streamMemory(arguments[0])
            return try vm.withReadableBuffer(data) { (input) throws(Raised) in
                if DeflaterMemory.state(memory).pointee.finished {
                    throw vm.zlibError(types, "Error -2 while compressing data: inconsistent stream state")
                }
                var output = DeflateOutput(expected: input.count / 2 + 64)
                defer { output.deallocate() }
                Deflater.run(memory, input, .none, &output)
                return try vm.zlibBytes(output.bytes)
            }
        }
        defineMethod(id, "flush") { vm, arguments throws(Raised) in
            let bound = try vm.zlibArguments(arguments, "flush", first: nil, ["/mode"], skip: 1)
            let mode = try vm.zlibInt(bound[0], otherwise: FlushMode.finish.rawValue)
            if mode == FlushMode.none.rawValue { return try vm.newBytes([]) }
            let memory = vm.streamMemory(arguments[0])
            guard let flush = FlushMode(rawValue: mode), flush != .trees, !DeflaterMemory.state(memory).pointee.finished else {
                throw vm.zlibError(types, "Error -2 while flushing: inconsistent stream state")
            }
            var output = DeflateOutput(expected: 1024)
            defer { output.deallocate() }
            Deflater.run(memory, UnsafeBufferPointer(start: nil, count: 0), flush, &output)
            return try vm.zlibBytes(output.bytes)
        }
        let copy: NativeFunction = { vm, arguments throws(Raised) in
            let original = arguments[0]
            if DeflaterMemory.state(vm.streamMemory(original)).pointee.finished { throw vm.raiseValueError("Inconsistent stream state") }
            let object = try vm.newStreamObject(id, byteCount: DeflaterMemory.byteCount, []) { _ in }
            vm.streamMemory(object).copyMemory(from: vm.streamMemory(original), byteCount: DeflaterMemory.byteCount)
            return object
        }
        installCopyMethods(id, copy)
    }

    /// copy(), __copy__() and __deepcopy__(memo), all doing `copy`.
    private func installCopyMethods(_ id: Int, _ copy: @escaping NativeFunction) {
        for name in ["copy", "__copy__"] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                _ = try vm.zlibArguments(arguments, name, first: nil, [], skip: 1)
                return try copy(vm, arguments)
            }
        }
        defineMethod(id, "__deepcopy__") { vm, arguments throws(Raised) in
            _ = try vm.zlibArguments(arguments, "__deepcopy__", first: "memo", [], skip: 1)
            return try copy(vm, arguments)
        }
    }

    // MARK: Decompress

    func newDecompressObject(_ arguments: Arguments, _ types: ZlibTypes) throws(Raised) -> Value {
        let bound = try bindNativeArguments(arguments, "decompressobj", ["wbits", "zdict"], required: 0)
        let wbits = try zlibInt(bound[0], otherwise: 15)
        let dictionary = bound[1].isNull ? Value.null : bound[1]
        if !dictionary.isNull {
            try withReadableBuffer(dictionary, refusal: { self.raiseTypeError("zdict argument must support the buffer protocol") }) { _ in }
        }
        guard let window = WindowBits.forDecompression(wbits) else { throw raiseValueError("Invalid initialization option") }
        let empty = try newBytes([])
        return try withRoots(empty) { () throws(Raised) in
            let object = try newStreamObject(types.decompress, byteCount: InflaterMemory.byteCount,
                                             [empty, empty, .false, dictionary.isNull ? .none : dictionary]) { memory in
                InflaterMemory.start(memory, format: window.format, windowBits: window.bits)
            }
            if window.format == .raw && !dictionary.isNull {
                try withReadableBuffer(dictionary) { zdict in InflaterMemory.setHistory(streamMemory(object), zdict) }
            }
            return object
        }
    }

    /// Inflates `data` (at most `limit` bytes of output, 0 for no limit) and updates the
    /// object's unused_data, unconsumed_tail and eof; `context` names the call in errors.
    private func inflateStream(_ object: Value, _ data: Value, limit: Int, _ context: String, _ types: ZlibTypes) throws(Raised) -> Value {
        let memory = streamMemory(object)
        let fields = payloadFields(object)
        return try withReadableBuffer(data) { (input) throws(Raised) in
            var offset = 0
            while true {
                let state = InflaterMemory.state(memory).pointee
                var output = InflateOutput(history: InflaterMemory.history(memory) + InflaterMemory.windowSize - state.historyCount,
                                           historyCount: state.historyCount, expected: limit > 0 ? min(limit, 16384) : max(16384, 4 * input.count),
                                           limit: limit > 0 ? limit : Int.max)
                defer { output.deallocate() }
                let rest = UnsafeBufferPointer(rebasing: input[offset...])
                let run = Inflater.run(memory, rest, &output)
                offset += run.consumed
                switch run.status {
                case .failed(let message):
                    throw zlibError(types, "Error -3 while \(context): \(message)")
                case .needDictionary(let id):
                    let dictionary = fields[DecompressField.dictionary]
                    if dictionary == .none { throw zlibError(types, "Error 2 while \(context)") }
                    let matches = try withReadableBuffer(dictionary) { (zdict) throws(Raised) -> Bool in
                        if Adler32.update(1, zdict) != id { return false }
                        InflaterMemory.setHistory(memory, zdict)
                        return true
                    }
                    if !matches { throw zlibError(types, "Error -3 while setting zdict: invalid input data") }
                    continue
                case .streamEnd:
                    let tail = UnsafeBufferPointer(rebasing: input[offset...])
                    let previous = fields[DecompressField.unusedData]
                    let unused = try allocateBytes(count: ObjectRef(previous).word(BytesLayout.length) + run.carried.count + tail.count)
                    var target = unused.bytes(from: BytesLayout.data)
                    target.update(from: ObjectRef(previous).bytes(from: BytesLayout.data), count: ObjectRef(previous).word(BytesLayout.length))
                    target += ObjectRef(previous).word(BytesLayout.length)
                    target.update(from: run.carried, count: run.carried.count)
                    if let base = tail.baseAddress { (target + run.carried.count).update(from: base, count: tail.count) }
                    fields[DecompressField.unusedData] = unused.value
                    fields[DecompressField.eof] = .true
                    fields[DecompressField.unconsumedTail] = try zlibBytes(UnsafeBufferPointer(start: nil, count: 0))
                default:
                    fields[DecompressField.unconsumedTail] = try zlibBytes(UnsafeBufferPointer(rebasing: input[offset...]))
                }
                return try zlibBytes(output.produced)
            }
        }
    }

    func installDecompressMethods(_ types: ZlibTypes) {
        let id = types.decompress
        defineMethod(id, "decompress") { vm, arguments throws(Raised) in
            let bound = try vm.zlibArguments(arguments, "decompress", ["max_length"], skip: 1)
            try vm.withReadableBuffer(bound[0]) { _ in }
            let limit = bound[1].isNull ? 0 : try vm.ssizeArgument(bound[1])
            if limit < 0 { throw vm.raiseValueError("max_length must be non-negative") }
            return try vm.inflateStream(arguments[0], bound[0], limit: limit, "decompressing data", types)
        }
        defineMethod(id, "flush") { vm, arguments throws(Raised) in
            let bound = try vm.zlibArguments(arguments, "flush", first: nil, ["/length"], skip: 1)
            if !bound[0].isNull, try vm.ssizeArgument(bound[0]) <= 0 { throw vm.raiseValueError("length must be greater than zero") }
            let object = arguments[0]
            let tail = vm.payloadFields(object)[DecompressField.unconsumedTail]
            let result = try vm.withRoots(tail) { () throws(Raised) in try vm.inflateStream(object, tail, limit: 0, "flushing", types) }
            if vm.payloadFields(object)[DecompressField.eof] == .true { InflaterMemory.state(vm.streamMemory(object)).pointee.released = true }
            return result
        }
        let copy: NativeFunction = { vm, arguments throws(Raised) in
            let original = arguments[0]
            if InflaterMemory.state(vm.streamMemory(original)).pointee.released { throw vm.raiseValueError("Inconsistent stream state") }
            let fields = vm.payloadFields(original)
            let object = try vm.newStreamObject(id, byteCount: InflaterMemory.byteCount, Array(fields.buffer[1...])) { _ in }
            vm.streamMemory(object).copyMemory(from: vm.streamMemory(original), byteCount: InflaterMemory.byteCount)
            return object
        }
        installCopyMethods(id, copy)
        for (name, field) in [("unused_data", DecompressField.unusedData), ("unconsumed_tail", DecompressField.unconsumedTail),
                              ("eof", DecompressField.eof)] {
            defineGetter(id, name) { vm, object throws(Raised) in vm.payloadFields(object)[field] }
        }
    }
}
