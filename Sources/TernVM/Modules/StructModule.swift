#if canImport(Glibc)
import Glibc
#endif

// The `_struct` module that CPython's struct.py re-exports: pack, unpack,
// calcsize, pack_into, unpack_from, iter_unpack, the Struct class and
// struct.error, with CPython 3.11's results and messages. Formats are parsed by
// StructFormat.swift and cached by their text, as CPython caches Struct objects,
// so a hot `struct.pack('<I', x)` does not parse again.
//
// Buffers are bytes and bytearray (and their subclasses), arrays and C-contiguous
// memoryviews (Objects/BufferArguments.swift).

/// The module's classes and the parsed-format cache (kept on the VM).
struct StructModuleState {
    var errorType = 0
    var structType = 0
    var formats: [String: StructFormat] = [:]
    /// In CPython: the cache is emptied when it reaches this many formats.
    static let cacheLimit = 100
    /// Formats recently given as str, by the str's stored hash: a hit costs a hash read and a
    /// compare instead of building and hashing a Swift String.
    var recent = [StructFormat?](repeating: nil, count: 64)

    mutating func clear() {
        formats.removeAll()
        for index in recent.indices { recent[index] = nil }
    }
}

extension VM {
    func structError(_ message: String) -> Raised { raise(structModule.errorType, message) }

    /// The parsed format of a str or bytes format argument, from the cache when it was seen before.
    func structFormat(_ format: Value) throws(Raised) -> StructFormat {
        let text = builtinSelf(format)
        let kind = text.isObject ? ObjectRef(text).kind : .instance
        if kind == .str && StrView(text).isASCII {
            let view = StrView(text)
            let slot = view.hashValue() & (structModule.recent.count - 1)
            if let recent = structModule.recent[slot], recent.bytes.count == view.count,
               view.count == 0 || recent.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, view.asciiBytes, view.count) == 0 }) {
                return recent
            }
            let key = String(decoding: UnsafeBufferPointer(start: view.asciiBytes, count: view.count), as: UTF8.self)
            let parsed: StructFormat
            if let cached = structModule.formats[key] { parsed = cached } else { parsed = try parseStructFormat(Array(key.utf8)) }
            structModule.recent[slot] = parsed
            return parsed
        }
        if kind == .str { return try parseStructFormat(try encodeText(text, encoding: "ascii", errors: "strict")) }
        if kind == .bytes {
            let bytes = bytesContents(text)
            if let cached = structModule.formats[String(decoding: bytes, as: UTF8.self)] { return cached }
            return try parseStructFormat(bytes)
        }
        // In CPython the cache lookup comes first, so an unhashable format fails there.
        _ = try hashValue(format)
        throw raiseTypeError("Struct() argument 1 must be a str or bytes object, not \(typeName(format))")
    }

    private func parseStructFormat(_ bytes: [UInt8]) throws(Raised) -> StructFormat {
        let parsed: StructFormat
        do { parsed = try StructFormat(parsing: bytes) } catch { throw structError(error.message) }
        if structModule.formats.count >= StructModuleState.cacheLimit { structModule.clear() }
        structModule.formats[parsed.text] = parsed
        return parsed
    }

    // MARK: Packing

    /// Packs `arguments[first...]` into `size` bytes at `out` (zeroed by the caller). The
    /// conversions may run Python code, so `out` must not be inside a heap object that can move
    /// or be freed: a rooted bytes object or Swift memory.
    func packStruct(_ format: StructFormat, _ arguments: Arguments, from first: Int, into out: UnsafeMutablePointer<UInt8>) throws(Raised) {
        var index = first
        for item in format.items {
            for position in 0..<item.count {
                let value = arguments[index]
                do {
                    try packItem(item, value, at: out + item.offset + position * item.size)
                } catch {
                    // In CPython: an OverflowError while packing an int argument becomes this struct.error.
                    if isInstance(raisedException, typeID: exceptionTypes.overflowError) && isInstance(value, typeID: TypeID.int) {
                        throw structError("int too large to convert")
                    }
                    throw error
                }
                index += 1
            }
        }
    }

    func packItem(_ item: StructItem, _ value: Value, at out: UnsafeMutablePointer<UInt8>) throws(Raised) {
        switch item.kind {
        case .char:
            let source = builtinSelf(value)
            guard source.isObject, ObjectRef(source).kind == .bytes, ObjectRef(source).word(BytesLayout.length) == 1 else {
                throw structError("char format requires a bytes object of length 1")
            }
            out[0] = ObjectRef(source).bytes(from: BytesLayout.data)[0]
        case .bytes, .pascalBytes:
            let isPascal: Bool
            if case .pascalBytes = item.kind { isPascal = true } else { isPascal = false }
            guard let contents = bytesLikeContents(builtinSelf(value)) else {
                throw structError("argument for '\(isPascal ? "p" : "s")' must be a bytes object")
            }
            if !isPascal {
                for index in 0..<min(contents.count, item.size) { out[index] = contents[index] }
            } else if item.size > 0 {
                let count = min(contents.count, item.size - 1)
                for index in 0..<count { out[1 + index] = contents[index] }
                out[0] = UInt8(min(count, 255))
            }
        case .bool:
            out[0] = try isTrue(value) ? 1 : 0
        case .integer(let signed, let conversion, let rangeMessage):
            item.store(try structInteger(value, signed: signed, size: item.size, conversion: conversion, rangeMessage: rangeMessage), at: out)
        case .half:
            let number = try structDouble(value)
            let half = Float16(number)
            if half.isInfinite && number.isFinite { throw raise(exceptionTypes.overflowError, "float too large to pack with e format") }
            item.store(UInt64(half.bitPattern), at: out)
        case .float(let checksOverflow):
            let number = try structDouble(value)
            let single = Float(number)
            if checksOverflow && single.isInfinite && number.isFinite {
                throw raise(exceptionTypes.overflowError, "float too large to pack with f format")
            }
            item.store(UInt64(single.bitPattern), at: out)
        case .double:
            item.store(try structDouble(value).bitPattern, at: out)
        }
    }

    /// A float argument: whatever float() accepts without parsing text; any failure is CPython's struct.error.
    private func structDouble(_ value: Value) throws(Raised) -> Double {
        if value.isFloat { return value.double }
        do { return try floatArgument(value) } catch { throw structError("required argument is not a float") }
    }

    /// An int argument (or its __index__) checked for an integer item, as the bits to store.
    private func structInteger(_ value: Value, signed: Bool, size: Int, conversion: StructIntegerConversion,
                               rangeMessage: StructRangeMessage) throws(Raised) -> UInt64 {
        var number = value
        if !isIntLike(value) {
            guard let index = try numberIndex(value) else { throw structError("required argument is not an integer") }
            number = index
        }
        let small = smallIntValue(number)
        let big = small == nil ? bigIntValue(number) : nil
        let asSigned = small ?? big!.asInt64
        var asUnsigned: UInt64? = nil
        if let small { asUnsigned = small >= 0 ? UInt64(small) : nil }
        if let big, !big.isNegative, big.limbs.count == 1 { asUnsigned = big.limbs[0] }
        var bits: UInt64
        switch conversion {
        case .signed64:
            guard let checked = asSigned else { throw structError("argument out of range") }
            bits = UInt64(bitPattern: checked)
            if size < 8 {
                let bitCount = Int64(8 * size)
                let fits = signed ? (checked >= -(1 << (bitCount - 1)) && checked < (1 << (bitCount - 1)))
                                  : (checked >= 0 && checked < (1 << bitCount))
                if !fits { throw structError(rangeMessage.text(signed: signed, size: size)) }
            }
            return bits
        case .unsigned64:
            guard let checked = asUnsigned else { throw structError("argument out of range") }
            bits = checked
        case .bigEndian64(let isSigned):
            if isSigned {
                guard let checked = asSigned else { throw raise(exceptionTypes.overflowError, "int too big to convert") }
                return UInt64(bitPattern: checked)
            }
            if small.map({ $0 < 0 }) ?? big!.isNegative {
                throw raise(exceptionTypes.overflowError, "can't convert negative int to unsigned")
            }
            guard let checked = asUnsigned else { throw raise(exceptionTypes.overflowError, "int too big to convert") }
            return checked
        case .pointer:
            if small.map({ $0 < 0 }) ?? big!.isNegative {
                guard let checked = asSigned else { throw raise(exceptionTypes.overflowError, "Python int too large to convert to C long") }
                return UInt64(bitPattern: checked)
            }
            guard let checked = asUnsigned else { throw raise(exceptionTypes.overflowError, "Python int too large to convert to C unsigned long") }
            return checked
        }
        if size < 8, bits >= UInt64(1) << UInt64(8 * size) { throw structError(rangeMessage.text(signed: signed, size: size)) }
        return bits
    }

    // MARK: Unpacking

    /// The tuple of values packed in `format.size` bytes at `bytes`. Runs no Python code.
    func unpackStruct(_ format: StructFormat, _ bytes: UnsafePointer<UInt8>) throws(Raised) -> Value {
        let tuple = try allocateTuple(count: format.valueCount)
        var index = 0
        for item in format.items {
            for position in 0..<item.count {
                tuple[index] = try unpackItem(item, bytes + item.offset + position * item.size)
                index += 1
            }
        }
        return tuple.ref.value
    }

    func unpackItem(_ item: StructItem, _ bytes: UnsafePointer<UInt8>) throws(Raised) -> Value {
        switch item.kind {
        case .char, .bytes:
            return try newBytes(Array(UnsafeBufferPointer(start: bytes, count: item.size)))
        case .pascalBytes:
            // In CPython 3.11: "0p" asks for a bytes object of length -1.
            if item.size == 0 { throw raise(exceptionTypes.systemError, "Negative size passed to PyBytes_FromStringAndSize") }
            let count = min(Int(bytes[0]), item.size - 1)
            return try newBytes(Array(UnsafeBufferPointer(start: bytes + 1, count: count)))
        case .bool:
            return Value(bool: bytes[0] != 0)
        case .integer(let signed, _, _):
            let bits = item.load(bytes)
            if signed {
                let unused = UInt64(64 - 8 * item.size)
                return try newInt(Int64(bitPattern: bits << unused) >> Int64(unused))
            }
            return bits <= UInt64(Int64.max) ? try newInt(Int64(bits)) : try newInt(BigInt(bits))
        case .half:
            return Value(anyDouble: Double(Float16(bitPattern: UInt16(item.load(bytes)))))
        case .float:
            return Value(anyDouble: Double(Float(bitPattern: UInt32(item.load(bytes)))))
        case .double:
            return Value(anyDouble: Double(bitPattern: item.load(bytes)))
        }
    }

    // MARK: The operations shared by the module functions and Struct's methods

    private func structPack(_ format: StructFormat, _ arguments: Arguments, from first: Int, function: String) throws(Raised) -> Value {
        let given = arguments.count - first
        if given != format.valueCount {
            throw structError("\(function) expected \(format.valueCount) items for packing (got \(given))")
        }
        let result = try allocateBytes(count: format.size)
        try withRoots(result.value) { () throws(Raised) in
            try packStruct(format, arguments, from: first, into: result.bytes(from: BytesLayout.data))
        }
        return result.value
    }

    /// pack_into(buffer, offset, *values) with the arguments from `first` on.
    private func structPackInto(_ format: StructFormat, _ arguments: Arguments, from first: Int) throws(Raised) -> Value {
        let given = arguments.count - first
        if given != format.valueCount + 2 {
            if given == 0 { throw structError("pack_into expected buffer argument") }
            if given == 1 { throw structError("pack_into expected offset argument") }
            throw structError("pack_into expected \(format.valueCount) items for packing (got \(given - 2))")
        }
        // The writable buffer: a bytearray, an array or a contiguous writable memoryview.
        let target = arguments[first]
        let refusal = { self.raiseTypeError("argument must be read-write bytes-like object, not \(self.typeName(target))") }
        let length = try withWritableBuffer(target, refusal: refusal) { (bytes) throws(Raised) in bytes.count }
        let offsetArgument = arguments[first + 1]
        var offset = try indexValue(offsetArgument) { "'\(typeName(offsetArgument))' object cannot be interpreted as an integer" }
        if offset < 0 {
            if offset + format.size > 0 { throw structError("no space to pack \(format.size) bytes at offset \(offset)") }
            if offset + length < 0 { throw structError("offset \(offset) out of range for \(length)-byte buffer") }
            offset += length
        }
        if length - offset < format.size {
            // In CPython: the sum is unsigned, so an offset near sys.maxsize is reported, not overflowed.
            throw structError("pack_into requires a buffer of at least \(UInt(format.size) + UInt(offset)) bytes for packing \(format.size) "
                              + "bytes at offset \(offset) (actual buffer size is \(length))")
        }
        // The values are converted into Swift memory, because __index__ and friends may resize the
        // bytearray; what was packed is copied even on error, as CPython writes in place.
        var packed = [UInt8](repeating: 0, count: format.size)
        var failure: Raised? = nil
        packed.withUnsafeMutableBufferPointer { out in
            do throws(Raised) { try packStruct(format, arguments, from: first + 2, into: out.baseAddress!) } catch { failure = error }
        }
        try withWritableBuffer(target, refusal: refusal) { (bytes) throws(Raised) in
            if offset + format.size <= bytes.count {
                for index in 0..<format.size { bytes[offset + index] = packed[index] }
            }
        }
        if let failure { throw failure }
        return .none
    }

    private func structUnpack(_ format: StructFormat, _ buffer: Value) throws(Raised) -> Value {
        try withReadableBuffer(buffer) { (bytes) throws(Raised) in
            if bytes.count != format.size { throw structError("unpack requires a buffer of \(format.size) bytes") }
            return try unpackStruct(format, bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
        }
    }

    private func structUnpackFrom(_ format: StructFormat, _ buffer: Value, _ offsetArgument: Value) throws(Raised) -> Value {
        try withReadableBuffer(buffer) { (bytes) throws(Raised) in
            var offset = offsetArgument.isNull ? 0 : try ssizeArgument(offsetArgument)
            // __index__ may have run Python code: read the buffer again.
            return try withReadableBuffer(buffer) { (bytes) throws(Raised) in
                let length = bytes.count
                if offset < 0 {
                    if offset + format.size > 0 { throw structError("not enough data to unpack \(format.size) bytes at offset \(offset)") }
                    if offset + length < 0 { throw structError("offset \(offset) out of range for \(length)-byte buffer") }
                    offset += length
                }
                if length - offset < format.size {
                    throw structError("unpack_from requires a buffer of at least \(UInt(format.size) + UInt(offset)) bytes for unpacking "
                                      + "\(format.size) bytes at offset \(offset) (actual buffer size is \(length))")
                }
                return try unpackStruct(format, (bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!) + offset)
            }
        }
    }

    private func structIterUnpack(_ format: StructFormat, _ buffer: Value) throws(Raised) -> Value {
        let list = try withReadableBuffer(buffer) { (bytes) throws(Raised) in
            if format.size == 0 { throw structError("cannot iteratively unpack with a struct of length 0") }
            if bytes.count % format.size != 0 {
                throw structError("iterative unpacking requires a buffer of a multiple of \(format.size) bytes")
            }
            let result = try newList(capacity: bytes.count / format.size)
            for start in stride(from: 0, to: bytes.count, by: format.size) {
                try listAppend(result, try unpackStruct(format, bytes.baseAddress! + start))
            }
            return result.ref.value
        }
        return try getIterator(list)
    }

    // MARK: The module

    func installStructModule(_ module: Value) throws(Raised) {
        try setModuleAttribute(module, "__doc__", try newStr("Conversion between Python values and C structs packed in bytes."))
        let error = nativeModuleClass(structModule.errorType, name: "error", module: "struct",
                                      base: exceptionTypes.exception, layout: .exception)
        structModule.errorType = error
        try setModuleAttribute(module, "error", types[error].object)
        try installStructClass(module)

        try defineModuleFunction(module, "pack") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("_struct.pack() takes no keyword arguments") }
            if arguments.count == 0 { throw vm.raiseTypeError("missing format argument") }
            return try vm.structPack(try vm.structFormat(arguments[0]), arguments, from: 1, function: "pack")
        }
        try defineModuleFunction(module, "pack_into") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("_struct.pack_into() takes no keyword arguments") }
            if arguments.count == 0 { throw vm.raiseTypeError("missing format argument") }
            return try vm.structPackInto(try vm.structFormat(arguments[0]), arguments, from: 1)
        }
        try defineModuleFunction(module, "unpack") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "unpack", min: 2, max: 2)
            return try vm.structUnpack(try vm.structFormat(arguments[0]), arguments[1])
        }
        try defineModuleFunction(module, "unpack_from") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "unpack_from", ["format", "buffer", "offset"], required: 2)
            return try vm.structUnpackFrom(try vm.structFormat(bound[0]), bound[1], bound[2])
        }
        try defineModuleFunction(module, "iter_unpack") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "iter_unpack", min: 2, max: 2)
            return try vm.structIterUnpack(try vm.structFormat(arguments[0]), arguments[1])
        }
        try defineModuleFunction(module, "calcsize") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_struct.calcsize", min: 1, max: 1)
            return try vm.newInt(Int64(try vm.structFormat(arguments[0]).size))
        }
        try defineModuleFunction(module, "_clearcache") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_clearcache", min: 0, max: 0)
            vm.structModule.clear()
            return .none
        }
    }

    /// `Struct(format)`: instances keep their format text in the attribute `format`.
    private func installStructClass(_ module: Value) throws(Raised) {
        let id = nativeModuleClass(structModule.structType, name: "Struct", module: "_struct", base: TypeID.object, layout: .instance)
        structModule.structType = id
        try setModuleAttribute(module, "Struct", types[id].object)
        let formatName = intern("format")

        /// The parsed format of a Struct instance (an empty one before __init__ has run).
        func format(_ vm: VM, _ instance: Value) throws(Raised) -> StructFormat {
            guard vm.isInstance(instance, typeID: id) else {
                throw vm.raiseTypeError("descriptor requires a '_struct.Struct' object but received a '\(vm.typeName(instance))'")
            }
            let text = vm.instanceSlotValue(ObjectRef(instance), formatName)
            return text.isNull ? StructFormat(bytes: [], items: [], valueCount: 0, size: 0) : try vm.structFormat(text)
        }

        defineMethod(id, "__init__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "Struct", ["format"], required: 1, skip: 1)
            let parsed = try vm.structFormat(bound[0])
            let text = vm.typeID(of: bound[0]) == TypeID.str ? bound[0] : try vm.newStr(parsed.text)
            try vm.setInstanceSlot(ObjectRef(arguments[0]), formatName, text)
            return .none
        }
        defineGetter(id, "format") { vm, instance throws(Raised) in
            _ = try format(vm, instance)
            let text = vm.instanceSlotValue(ObjectRef(instance), formatName)
            return text.isNull ? try vm.newStr("") : text
        }
        defineGetter(id, "size") { vm, instance throws(Raised) in try vm.newInt(Int64(try format(vm, instance).size)) }
        defineMethod(id, "pack") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("Struct.pack() takes no keyword arguments") }
            return try vm.structPack(try format(vm, arguments[0]), arguments, from: 1, function: "pack")
        }
        defineMethod(id, "pack_into") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("Struct.pack_into() takes no keyword arguments") }
            return try vm.structPackInto(try format(vm, arguments[0]), arguments, from: 1)
        }
        defineMethod(id, "unpack") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "Struct.unpack", min: 1, max: 1)
            return try vm.structUnpack(try format(vm, arguments[0]), arguments[1])
        }
        defineMethod(id, "unpack_from") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "unpack_from", ["buffer", "offset"], required: 1, skip: 1)
            return try vm.structUnpackFrom(try format(vm, arguments[0]), bound[0], bound[1])
        }
        defineMethod(id, "iter_unpack") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "Struct.iter_unpack", min: 1, max: 1)
            return try vm.structIterUnpack(try format(vm, arguments[0]), arguments[1])
        }
    }
}
