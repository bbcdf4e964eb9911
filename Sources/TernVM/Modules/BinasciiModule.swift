// The binascii module that CPython's base64, email, uuid, zipfile, quopri and uu
// import: conversions between binary data and ASCII (BinasciiCodecs.swift does the
// byte work) with CPython 3.11's arguments and messages. The a2b_* functions take
// ASCII-only str as well as bytes-like objects; the b2a_* ones bytes-like only.
// Results are written straight into the new bytes object.

extension VM {
    func binasciiError(_ failure: BinasciiFailure) -> Raised { raise(binasciiErrorType, failure.message) }

    /// Runs `body` on the bytes of an a2b_* argument: an ASCII str's characters, or a bytes-like buffer.
    private func withASCIIArgument<R>(_ value: Value, _ body: (UnsafeBufferPointer<UInt8>) throws(Raised) -> R) throws(Raised) -> R {
        let text = builtinSelf(value)
        if isStr(text) {
            let view = StrView(text)
            guard view.isASCII else { throw raiseValueError("string argument should contain only ASCII characters") }
            return try body(UnsafeBufferPointer(start: view.asciiBytes, count: view.count))
        }
        return try withReadableBuffer(value, refusal: {
            self.raiseTypeError("argument should be bytes, buffer or ASCII string, not '\(self.typeName(value))'")
        }, body)
    }

    /// Checks the data argument before the others are converted (as CPython converts in order),
    /// when there are others: their conversion may run Python code, so it cannot happen while
    /// the data's memory is being read.
    private func checkDataFirst(_ data: Value, ascii: Bool, before others: [Value]) throws(Raised) {
        if others.allSatisfy({ $0.isNull }) { return }
        if ascii { try withASCIIArgument(data) { _ in } } else { try withReadableBuffer(data) { _ in } }
    }

    /// A flag argument (CPython converts these as C ints): `otherwise` when not given.
    private func binasciiFlag(_ value: Value, otherwise: Bool) throws(Raised) -> Bool {
        if value.isNull { return otherwise }
        return try cIntValue(value) { "'\(self.typeName(value))' object cannot be interpreted as an integer" } != 0
    }

    /// A CRC's start value (binascii's and zlib's): any int, of which the low 32 bits count.
    func crcStart(_ value: Value) throws(Raised) -> UInt32 {
        if value.isNull { return 0 }
        guard let number = try numberIndex(value) else {
            throw raiseTypeError("'\(typeName(value))' object cannot be interpreted as an integer")
        }
        if let small = smallIntValue(number) { return UInt32(truncatingIfNeeded: small) }
        let big = bigIntValue(number)
        let low = UInt32(truncatingIfNeeded: big.limbs.first ?? 0)
        return big.isNegative ? 0 &- low : low
    }

    /// The arguments of a function taking one positional argument and keyword-only `keywords`.
    private func dataAndKeywords(_ arguments: Arguments, _ function: String, _ keywords: [String]) throws(Raised) -> [Value] {
        if arguments.positionalCount != 1 {
            throw raiseTypeError("\(function)() takes exactly 1 positional argument (\(arguments.positionalCount) given)")
        }
        return try bindNativeArguments(arguments, function, ["data"] + keywords, required: 1)
    }

    // MARK: The module

    func installBinasciiModule(_ module: Value) throws(Raised) {
        try setModuleAttribute(module, "__doc__", try newStr("Conversion between binary data and ASCII"))
        let error = nativeModuleClass(binasciiErrorType, name: "Error", module: "binascii",
                                      base: exceptionTypes.valueError, layout: .exception)
        binasciiErrorType = error
        try setModuleAttribute(module, "Error", types[error].object)
        let incomplete = makeBuiltinClass(name: "Incomplete", base: exceptionTypes.exception, layout: .exception, flags: [.heapType])
        try dictSet(TypeView(types[incomplete].object).dict, names.module, intern("binascii"))
        try setModuleAttribute(module, "Incomplete", types[incomplete].object)

        try installBinasciiBase64(module)
        try installBinasciiUU(module)
        try installBinasciiHex(module)
        try installBinasciiQuotedPrintable(module)
        try installBinasciiCRCs(module)
    }

    private func installBinasciiBase64(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "a2b_base64") { vm, arguments throws(Raised) in
            let bound = try vm.dataAndKeywords(arguments, "a2b_base64", ["strict_mode"])
            try vm.checkDataFirst(bound[0], ascii: true, before: [bound[1]])
            let strict = try vm.binasciiFlag(bound[1], otherwise: false)
            return try vm.withASCIIArgument(bound[0]) { (input) throws(Raised) in
                let result = try vm.allocateBytes(count: BinasciiCodecs.base64DecodedBound(input.count))
                switch BinasciiCodecs.decodeBase64(input, strict: strict, into: result.bytes(from: BytesLayout.data)) {
                case .success(let count): vm.truncateNewBytes(result, to: count)
                case .failure(let failure): throw vm.binasciiError(failure)
                }
                return result.value
            }
        }
        try defineModuleFunction(module, "b2a_base64") { vm, arguments throws(Raised) in
            let bound = try vm.dataAndKeywords(arguments, "b2a_base64", ["newline"])
            try vm.checkDataFirst(bound[0], ascii: false, before: [bound[1]])
            let newline = try vm.binasciiFlag(bound[1], otherwise: true)
            return try vm.withReadableBuffer(bound[0]) { (input) throws(Raised) in
                let result = try vm.allocateBytes(count: BinasciiCodecs.base64EncodedLength(input.count, newline: newline))
                BinasciiCodecs.encodeBase64(input, newline: newline, into: result.bytes(from: BytesLayout.data))
                return result.value
            }
        }
    }

    private func installBinasciiUU(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "a2b_uu") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "a2b_uu", min: 1, max: 1)
            return try vm.withASCIIArgument(arguments[0]) { (input) throws(Raised) in
                // The first character gives the length; an empty line reads as a NUL there, as in CPython.
                let count = Int(((input.first ?? 0) &- UInt8(ascii: " ")) & 63)
                let result = try vm.allocateBytes(count: count)
                if let failure = BinasciiCodecs.decodeUU(input, count: count, into: result.bytes(from: BytesLayout.data)) {
                    throw vm.binasciiError(failure)
                }
                return result.value
            }
        }
        try defineModuleFunction(module, "b2a_uu") { vm, arguments throws(Raised) in
            let bound = try vm.dataAndKeywords(arguments, "b2a_uu", ["backtick"])
            try vm.checkDataFirst(bound[0], ascii: false, before: [bound[1]])
            let backtick = try vm.binasciiFlag(bound[1], otherwise: false)
            return try vm.withReadableBuffer(bound[0]) { (input) throws(Raised) in
                if input.count > BinasciiCodecs.uuLineLimit { throw vm.binasciiError("At most 45 bytes at once") }
                let result = try vm.allocateBytes(count: BinasciiCodecs.uuEncodedLength(input.count))
                BinasciiCodecs.encodeUU(input, backtick: backtick, into: result.bytes(from: BytesLayout.data))
                return result.value
            }
        }
    }

    private func installBinasciiHex(_ module: Value) throws(Raised) {
        for name in ["b2a_hex", "hexlify"] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                let bound = try vm.bindNativeArguments(arguments, name, ["data", "sep", "bytes_per_sep"], required: 1)
                try vm.checkDataFirst(bound[0], ascii: false, before: [bound[1], bound[2]])
                let separator = try vm.hexSeparator(bound[1], forBytes: true)
                let group = bound[2].isNull ? 1 : try vm.cIntValue(bound[2]) {
                    "'\(vm.typeName(bound[2]))' object cannot be interpreted as an integer"
                }
                return try vm.withReadableBuffer(bound[0]) { (input) throws(Raised) in
                    let result = try vm.allocateBytes(count: VM.hexLength(input.count, separator: separator, group: group))
                    VM.writeHex(input, separator: separator, group: group, into: result.bytes(from: BytesLayout.data))
                    return result.value
                }
            }
        }
        for name in ["a2b_hex", "unhexlify"] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                return try vm.withASCIIArgument(arguments[0]) { (input) throws(Raised) in
                    let result = try vm.allocateBytes(count: input.count / 2)
                    if let failure = BinasciiCodecs.decodeHex(input, into: result.bytes(from: BytesLayout.data)) {
                        throw vm.binasciiError(failure)
                    }
                    return result.value
                }
            }
        }
    }

    private func installBinasciiQuotedPrintable(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "a2b_qp") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "a2b_qp", ["data", "header"], required: 1)
            try vm.checkDataFirst(bound[0], ascii: true, before: [bound[1]])
            let header = try vm.binasciiFlag(bound[1], otherwise: false)
            return try vm.withASCIIArgument(bound[0]) { (input) throws(Raised) in
                let result = try vm.allocateBytes(count: input.count)
                let count = BinasciiCodecs.decodeQuotedPrintable(input, header: header, into: result.bytes(from: BytesLayout.data))
                vm.truncateNewBytes(result, to: count)
                return result.value
            }
        }
        try defineModuleFunction(module, "b2a_qp") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "b2a_qp", ["data", "quotetabs", "istext", "header"], required: 1)
            try vm.checkDataFirst(bound[0], ascii: false, before: Array(bound[1...]))
            let quoteTabs = try vm.binasciiFlag(bound[1], otherwise: false)
            let isText = try vm.binasciiFlag(bound[2], otherwise: true)
            let header = try vm.binasciiFlag(bound[3], otherwise: false)
            let encoded = try vm.withReadableBuffer(bound[0]) { (input) throws(Raised) in
                BinasciiCodecs.encodeQuotedPrintable(input, quoteTabs: quoteTabs, isText: isText, header: header)
            }
            return try vm.newBytes(encoded)
        }
    }

    private func installBinasciiCRCs(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "crc32") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "crc32", min: 1, max: 2)
            let startValue = arguments.count > 1 ? arguments[1] : .null
            try vm.checkDataFirst(arguments[0], ascii: false, before: [startValue])
            let start = try vm.crcStart(startValue)
            let crc = try vm.withReadableBuffer(arguments[0]) { (input) throws(Raised) in BinasciiCodecs.crc32(input, start: start) }
            return try vm.newInt(Int64(crc))
        }
        try defineModuleFunction(module, "crc_hqx") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "crc_hqx", min: 2, max: 2)
            try vm.checkDataFirst(arguments[0], ascii: false, before: [arguments[1]])
            let start = try vm.crcStart(arguments[1])
            let crc = try vm.withReadableBuffer(arguments[0]) { (input) throws(Raised) in BinasciiCodecs.crcHqx(input, start: start) }
            return try vm.newInt(Int64(crc))
        }
    }
}
