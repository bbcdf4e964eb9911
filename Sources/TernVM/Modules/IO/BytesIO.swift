#if canImport(Glibc)
import Glibc
#endif

// io.BytesIO, native (CPython's is C; _pyio's Python one cost 3.8 µs a write, 18× CPython's,
// and pickle writes through one for every item). A payload object whose fields are
// (bytearray holding the bytes, position, closed). Writes past the end pad with zeros.

enum BytesIOField {
    static let buffer = 0, position = 1, closed = 2
}

extension VM {
    func installBytesIO(_ module: Value) throws(Raised) {
        let id = try defineMemoryStreamClass(bytesIOTypeID, "BytesIO", in: module, fields: [Value(int: 0), Value(bool: false)])
        bytesIOTypeID = id
        defineMethod(id, "__init__") { vm, arguments throws(Raised) in
            if arguments.count > 2 {
                let keywords = arguments.keywordCount > 0 ? "keyword " : ""
                throw vm.raiseTypeError("BytesIO() takes at most 1 \(keywords)argument (\(arguments.count - 1) given)")
            }
            let initial = try vm.bindNativeArguments(arguments, "BytesIO", ["initial_bytes"], required: 0, skip: 1)[0]
            let fields = try vm.bytesIOFields(arguments[0], checkClosed: false)
            let buffer = ByteArrayView(fields[BytesIOField.buffer])
            try vm.checkResizable(buffer, to: 0)
            buffer.count = 0
            fields[BytesIOField.position] = Value(int: 0)
            if !initial.isNull && !initial.isNone {
                try vm.withReadableBuffer(initial) { (bytes) throws(Raised) in try vm.byteArrayReplace(buffer, at: 0, bytes) }
            }
            return .none
        }
        defineBytesIOReading(id)
        defineBytesIOWriting(id)
        defineBytesIOState(id)
    }

    /// The fields of a BytesIO; ValueError once it is closed (unless `checkClosed` is false).
    func bytesIOFields(_ value: Value, checkClosed: Bool = true) throws(Raised) -> TupleView {
        let payload = ObjectRef(value).instancePayload
        if payload.isNull { throw raiseValueError("I/O operation on uninitialized object") }
        let fields = TupleView(payload)
        if checkClosed && fields[BytesIOField.closed] == .true { throw raiseValueError("I/O operation on closed file.") }
        return fields
    }

    private func defineBytesIOReading(_ id: Int) {
        for name in ["read", "read1"] {
            defineMethod(id, name, arguments: 0...1) { vm, arguments throws(Raised) in
                let fields = try vm.bytesIOFields(arguments[0])
                let size = try vm.streamSizeArgument(arguments, 1)
                return try vm.bytesIORead(fields) { available in size < 0 ? available.count : min(size, available.count) }
            }
        }
        defineMethod(id, "readline", arguments: 0...1) { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0])
            let size = try vm.streamSizeArgument(arguments, 1)
            return try vm.bytesIORead(fields) { available in vm.lineLength(available, limit: size) }
        }
        defineMethod(id, "readlines", arguments: 0...1) { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0])
            let hint = try vm.streamSizeArgument(arguments, 1)
            let lines = try vm.newList()
            try vm.withRoots(lines.ref.value) { () throws(Raised) in
                var total = 0
                while hint <= 0 || total < hint {
                    let line = try vm.bytesIORead(fields) { available in vm.lineLength(available, limit: -1) }
                    let count = ObjectRef(line).word(BytesLayout.length)
                    if count == 0 { break }
                    try vm.listAppend(lines, line)
                    total += count
                }
            }
            return lines.ref.value
        }
        for name in ["readinto", "readinto1"] {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                let fields = try vm.bytesIOFields(arguments[0])
                return try vm.withWritableBuffer(arguments[1], function: name) { target in
                    let position = Int(fields[BytesIOField.position].int)
                    let buffer = ByteArrayView(fields[BytesIOField.buffer])
                    let count = max(0, min(target.count, buffer.count - position))
                    if count > 0, let base = target.baseAddress { base.update(from: buffer.data + position, count: count) }
                    fields[BytesIOField.position] = Value(int: position + count)
                    return Value(int: count)
                }
            }
        }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__next__") { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0])
            let line = try vm.bytesIORead(fields) { available in vm.lineLength(available, limit: -1) }
            if ObjectRef(line).word(BytesLayout.length) == 0 {
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil))
            }
            return line
        }
    }

    /// Reads `length(bytes from the position to the end)` bytes as a new bytes object and moves past them.
    private func bytesIORead(_ fields: TupleView, _ length: (UnsafeBufferPointer<UInt8>) -> Int) throws(Raised) -> Value {
        let position = Int(fields[BytesIOField.position].int)
        let buffer = ByteArrayView(fields[BytesIOField.buffer])
        let available = buffer.count > position
            ? UnsafeBufferPointer(start: buffer.data + position, count: buffer.count - position)
            : UnsafeBufferPointer(start: nil, count: 0)
        let count = length(available)
        let result = try allocateBytes(count: count)
        if count > 0 { result.bytes(from: BytesLayout.data).update(from: available.baseAddress!, count: count) }
        fields[BytesIOField.position] = Value(int: position + count)
        return result.value
    }

    /// The length of the line at the start of `bytes` (through its "\n"), at most `limit` when that is not negative.
    private func lineLength(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        let end = limit < 0 ? bytes.count : min(limit, bytes.count)
        guard end > 0, let base = bytes.baseAddress else { return 0 }
        if let found = memchr(base, 0x0A, end) { return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1 }
        return end
    }

    private func defineBytesIOWriting(_ id: Int) {
        defineMethod(id, "write", arguments: 1...1) { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0])
            return try vm.withReadableBuffer(arguments[1]) { (bytes) throws(Raised) in
                let position = Int(fields[BytesIOField.position].int)
                if bytes.count > 0 {
                    try vm.byteArrayReplace(ByteArrayView(fields[BytesIOField.buffer]), at: position, bytes)
                    fields[BytesIOField.position] = Value(int: position + bytes.count)
                }
                return Value(int: bytes.count)
            }
        }
        defineMethod(id, "writelines", arguments: 1...1) { vm, arguments throws(Raised) in
            _ = try vm.bytesIOFields(arguments[0])
            let write = try vm.getAttribute(arguments[0], vm.names.write)
            try vm.withRoots(write) { () throws(Raised) in
                try vm.forEach(arguments[1]) { (line) throws(Raised) in _ = try vm.call(write, line) }
            }
            return .none
        }
        defineMethod(id, "truncate", arguments: 0...1) { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0])
            let size = arguments.count > 1 && !arguments[1].isNone
                ? try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
                : Int(fields[BytesIOField.position].int)
            if size < 0 { throw vm.raiseValueError("negative size value \(size)") }
            let buffer = ByteArrayView(fields[BytesIOField.buffer])
            if size < buffer.count {
                try vm.checkResizable(buffer, to: size)
                buffer.count = size
            }
            return arguments.count > 1 && !arguments[1].isNone ? arguments[1] : Value(int: size)
        }
        defineMethod(id, "seek", arguments: 1...2) { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0])
            var position = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            let whence = arguments.count > 2
                ? try vm.indexValue(arguments[2]) { "'\(vm.typeName(arguments[2]))' object cannot be interpreted as an integer" } : 0
            if whence < 0 || whence > 2 { throw vm.raiseValueError("invalid whence (\(whence), should be 0, 1 or 2)") }
            if position < 0 && whence == 0 { throw vm.raiseValueError("negative seek value \(position)") }
            if whence == 1 { position += Int(fields[BytesIOField.position].int) }
            if whence == 2 { position += ByteArrayView(fields[BytesIOField.buffer]).count }
            // The position is kept as a small int (below 2^47; CPython's bound is 2^63).
            if !Value.fitsSmallInt(Int64(position)) { throw vm.raise(vm.exceptionTypes.overflowError, "new position too large") }
            fields[BytesIOField.position] = Value(int: max(0, position))
            return fields[BytesIOField.position]
        }
        defineMethod(id, "tell", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.bytesIOFields(arguments[0])[BytesIOField.position]
        }
    }

    private func defineBytesIOState(_ id: Int) {
        defineMethod(id, "getvalue", arguments: 0...0) { vm, arguments throws(Raised) in
            let buffer = ByteArrayView(try vm.bytesIOFields(arguments[0])[BytesIOField.buffer])
            let result = try vm.allocateBytes(count: buffer.count)
            if buffer.count > 0 { result.bytes(from: BytesLayout.data).update(from: buffer.data, count: buffer.count) }
            return result.value
        }
        defineMethod(id, "getbuffer", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0])
            // A live view pins the buffer: writes that grow it raise BufferError, as in CPython.
            return try vm.newMemoryview(of: fields[BytesIOField.buffer])
        }
        defineMethod(id, "close", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.bytesIOFields(arguments[0], checkClosed: false)[BytesIOField.closed] = Value(bool: true)
            return .none
        }
        defineGetter(id, "closed") { vm, value throws(Raised) in
            try vm.bytesIOFields(value, checkClosed: false)[BytesIOField.closed]
        }
        for name in ["readable", "writable", "seekable"] {
            defineMethod(id, name, arguments: 0...0) { vm, arguments throws(Raised) in
                _ = try vm.bytesIOFields(arguments[0])
                return Value(bool: true)
            }
        }
        defineMethod(id, "flush", arguments: 0...0) { vm, arguments throws(Raised) in
            _ = try vm.bytesIOFields(arguments[0])
            return .none
        }
        defineStreamCommonMethods(id) { vm, value throws(Raised) in _ = try vm.bytesIOFields(value) }
        defineMethod(id, "__getstate__", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0])
            let value = try vm.call(try vm.getAttribute(arguments[0], vm.intern("getvalue")))
            return try vm.withRoots(value) { () throws(Raised) in
                let dict = try vm.instanceDictOrNone(arguments[0])
                let copy = dict.isNone ? dict : try vm.dictCopy(DictView(dict)).ref.value
                return try vm.withRoots(copy) { () throws(Raised) in
                    try vm.newTuple([value, fields[BytesIOField.position], copy])
                }
            }
        }
        defineMethod(id, "__setstate__", arguments: 1...1) { vm, arguments throws(Raised) in
            let state = arguments[1]
            guard vm.typeID(of: state) == TypeID.tuple, TupleView(state).count >= 3 else {
                throw vm.raiseTypeError("\(vm.typeName(arguments[0])).__setstate__ argument should be 3-tuple, got \(vm.typeName(state))")
            }
            let items = TupleView(state)
            let fields = try vm.bytesIOFields(arguments[0])
            guard vm.isIntLike(items[1]) else {
                throw vm.raiseTypeError("second item of state must be an integer, not \(vm.typeName(items[1]))")
            }
            guard items[2].isNone || vm.typeID(of: items[2]) == TypeID.dict else {
                throw vm.raiseTypeError("third item of state should be a dict, got a \(vm.typeName(items[2]))")
            }
            let position = try vm.indexValue(items[1]) { "" }
            if position < 0 { throw vm.raiseValueError("position value cannot be negative") }
            let buffer = ByteArrayView(fields[BytesIOField.buffer])
            try vm.checkResizable(buffer, to: 0)
            buffer.count = 0
            try vm.withReadableBuffer(items[0]) { (bytes) throws(Raised) in try vm.byteArrayReplace(buffer, at: 0, bytes) }
            fields[BytesIOField.position] = Value(int: position)
            if !items[2].isNone {
                let dict = try vm.instanceDict(ObjectRef(arguments[0]))
                try vm.dictForEach(DictView(items[2])) { (key, value) throws(Raised) in try vm.dictSet(DictView(dict), key, value) }
            }
            return .none
        }
        defineMethod(id, "__sizeof__", arguments: 0...0) { vm, arguments throws(Raised) in
            let fields = try vm.bytesIOFields(arguments[0], checkClosed: false)
            return Value(int: 64 + ByteArrayView(fields[BytesIOField.buffer]).capacity)
        }
    }
}
