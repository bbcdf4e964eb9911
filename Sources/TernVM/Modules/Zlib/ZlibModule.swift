// The zlib module (CPython 3.11's API) over the Swift inflater and deflater of this
// folder: the one-shot compress and decompress, the checksums, the constants, and the
// error class; ZlibObjects.swift has the streaming Compress and Decompress objects.
// Errors read as CPython's over zlib 1.2.13 ("Error -3 while decompressing data: ...").

/// The classes a zlib module uses, made when it is imported.
struct ZlibTypes {
    let error: Int
    let compress: Int
    let decompress: Int
}

/// A compressed stream's wrapper and window from a wbits argument, as zlib reads it.
struct WindowBits {
    let format: StreamFormat
    let bits: Int

    /// For compression: 9...15 zlib (8 taken as 9), -9...-15 raw, 25...31 gzip.
    static func forCompression(_ wbits: Int) -> WindowBits? {
        switch wbits {
        case 8: return WindowBits(format: .zlib, bits: 9)
        case 9...15: return WindowBits(format: .zlib, bits: wbits)
        case -15 ... -9: return WindowBits(format: .raw, bits: -wbits)
        case 25...31: return WindowBits(format: .gzip, bits: wbits - 16)
        default: return nil
        }
    }

    /// For decompression: also 0 (the header's window), 8 and -8, 16 and 24, and 32 or 40...47
    /// (zlib or gzip, whichever the header is).
    static func forDecompression(_ wbits: Int) -> WindowBits? {
        switch wbits {
        case 0, 8...15: return WindowBits(format: .zlib, bits: wbits)
        case -15 ... -8: return WindowBits(format: .raw, bits: -wbits)
        case 16, 24...31: return WindowBits(format: .gzip, bits: wbits & 15)
        case 32, 40...47: return WindowBits(format: .automatic, bits: wbits & 15)
        default: return nil
        }
    }
}

extension VM {
    func installZlibModule(_ module: Value) throws(Raised) {
        let error = makeBuiltinClass(name: "error", base: exceptionTypes.exception, layout: .exception, flags: [.heapType])
        try dictSet(TypeView(types[error].object).dict, names.module, intern("zlib"))
        try setModuleAttribute(module, "error", types[error].object)
        let zlibTypes = ZlibTypes(error: error, compress: try zlibObjectType("Compress"), decompress: try zlibObjectType("Decompress"))
        installCompressMethods(zlibTypes)
        installDecompressMethods(zlibTypes)
        let constants: [(String, Int)] = [
            ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", 16384),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4),
            ("Z_BLOCK", 5), ("Z_TREES", 6),
        ]
        for (name, value) in constants { try setModuleAttribute(module, name, Value(int: value)) }
        // The version of zlib whose behaviour (and messages) this module follows.
        try setModuleAttribute(module, "ZLIB_VERSION", try newStr("1.2.13"))
        try setModuleAttribute(module, "ZLIB_RUNTIME_VERSION", try newStr("1.2.13"))
        try installZlibChecksums(module)
        try installZlibOneShot(module, zlibTypes)
    }

    private func zlibObjectType(_ name: String) throws(Raised) -> Int {
        let id = makeBuiltinClass(name: name, base: TypeID.object, layout: .instance)
        try dictSet(TypeView(types[id].object).dict, names.module, intern("zlib"))
        TypeLookupCache.invalidate()
        defineStaticMethod(id, "__new__") { vm, _ throws(Raised) in throw vm.raiseTypeError("cannot create 'zlib.\(name)' instances") }
        return id
    }

    func zlibError(_ types: ZlibTypes, _ message: String) -> Raised { raise(types.error, message) }

    /// A C int argument, `otherwise` when not given.
    func zlibInt(_ value: Value, otherwise: Int) throws(Raised) -> Int {
        if value.isNull { return otherwise }
        return try cIntValue(value) { "'\(self.typeName(value))' object cannot be interpreted as an integer" }
    }


    /// The arguments of a function whose first parameter is positional-only (and required);
    /// `optional` names the others, a leading "/" marking positional-only ones.
    func zlibArguments(_ arguments: Arguments, _ function: String, first: String? = "data", _ optional: [String], skip: Int = 0) throws(Raised) -> [Value] {
        if let first, arguments.positionalCount - skip < 1 {
            let bound = optional.isEmpty ? "exactly" : "at least"
            throw raiseTypeError("\(function)() takes \(bound) 1 positional argument (\(arguments.positionalCount - skip) given)")
        }
        if first == nil && optional.isEmpty && arguments.count > skip { throw raiseTypeError("\(function)() takes no arguments") }
        return try bindNativeArguments(arguments, function, (first.map { ["/" + $0] } ?? []) + optional, required: first == nil ? 0 : 1, skip: skip)
    }

    /// The bytes of `output` as a new bytes object.
    func zlibBytes(_ output: UnsafeBufferPointer<UInt8>) throws(Raised) -> Value {
        let result = try allocateBytes(count: output.count)
        if let base = output.baseAddress { result.bytes(from: BytesLayout.data).update(from: base, count: output.count) }
        return result.value
    }

    private func installZlibChecksums(_ module: Value) throws(Raised) {
        for (name, isCRC) in [("crc32", true), ("adler32", false)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                if arguments.keywordCount > 0 { throw vm.raiseTypeError("zlib.\(name)() takes no keyword arguments") }
                try vm.expectArguments(arguments, name, min: 1, max: 2)
                let startValue = arguments.count > 1 ? arguments[1] : .null
                if !startValue.isNull { try vm.withReadableBuffer(arguments[0]) { _ in } }
                let start = startValue.isNull ? (isCRC ? 0 : 1) : try vm.crcStart(startValue)
                let value = try vm.withReadableBuffer(arguments[0]) { input in
                    isCRC ? BinasciiCodecs.crc32(input, start: start) : Adler32.update(start, input)
                }
                return try vm.newInt(Int64(value))
            }
        }
    }

    private func installZlibOneShot(_ module: Value, _ types: ZlibTypes) throws(Raised) {
        try defineModuleFunction(module, "compress") { vm, arguments throws(Raised) in
            let bound = try vm.zlibArguments(arguments, "compress", ["level", "wbits"])
            try vm.withReadableBuffer(bound[0]) { _ in }
            let level = try vm.zlibInt(bound[1], otherwise: -1)
            let wbits = try vm.zlibInt(bound[2], otherwise: 15)
            guard level >= -1 && level <= 9, let window = WindowBits.forCompression(wbits) else {
                throw vm.zlibError(types, "Bad compression level")
            }
            let memory = UnsafeMutableRawPointer.allocate(byteCount: DeflaterMemory.byteCount, alignment: 64)
            defer { memory.deallocate() }
            DeflaterMemory.start(memory, format: window.format, level: level < 0 ? 6 : level, windowBits: window.bits, strategy: .standard)
            return try vm.withReadableBuffer(bound[0]) { (input) throws(Raised) in
                var output = DeflateOutput(expected: input.count / 2 + 64)
                defer { output.deallocate() }
                Deflater.run(memory, input, .finish, &output)
                return try vm.zlibBytes(output.bytes)
            }
        }
        try defineModuleFunction(module, "decompress") { vm, arguments throws(Raised) in
            let bound = try vm.zlibArguments(arguments, "decompress", ["wbits", "bufsize"])
            try vm.withReadableBuffer(bound[0]) { _ in }
            let wbits = try vm.zlibInt(bound[1], otherwise: 15)
            let bufferSize = bound[2].isNull ? 16384 : try vm.ssizeArgument(bound[2])
            if bufferSize < 0 { throw vm.raiseValueError("bufsize must be non-negative") }
            guard let window = WindowBits.forDecompression(wbits) else {
                throw vm.zlibError(types, "Error -2 while preparing to decompress data: inconsistent stream state")
            }
            let memory = UnsafeMutableRawPointer.allocate(byteCount: InflaterMemory.byteCount, alignment: 64)
            defer { memory.deallocate() }
            InflaterMemory.start(memory, format: window.format, windowBits: window.bits)
            return try vm.withReadableBuffer(bound[0]) { (input) throws(Raised) in
                var output = InflateOutput(history: InflaterMemory.history(memory), historyCount: 0,
                                           expected: max(bufferSize, 4 * input.count), limit: Int.max)
                defer { output.deallocate() }
                switch Inflater.run(memory, input, &output).status {
                case .streamEnd: return try vm.zlibBytes(output.produced)
                case .failed(let message): throw vm.zlibError(types, "Error -3 while decompressing data: \(message)")
                case .needDictionary: throw vm.zlibError(types, "Error 2 while decompressing data")
                default: throw vm.zlibError(types, "Error -5 while decompressing data: incomplete or truncated stream")
                }
            }
        }
        try defineModuleFunction(module, "compressobj") { vm, arguments throws(Raised) in
            try vm.newCompressObject(arguments, types)
        }
        try defineModuleFunction(module, "decompressobj") { vm, arguments throws(Raised) in
            try vm.newDecompressObject(arguments, types)
        }
    }
}
