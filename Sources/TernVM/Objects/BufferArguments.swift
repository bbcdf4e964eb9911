// Reading and writing the bytes of a bytes-like argument in place: bytes and bytearray
// (and their subclasses), C-contiguous memoryviews (Objects/Memoryview.swift) and
// array.array (Modules/Array). Used by _struct, binascii, files and the bytes methods.

extension VM {
    /// Runs `body` on the bytes of a bytes, bytearray, array or memoryview argument in place
    /// (no copy: unpack_from over a large buffer stays cheap); CPython's TypeError for anything
    /// else, or `refusal`'s error when given. A view that is not C-contiguous gets `refusal`'s
    /// error too, or BufferError when there is none or `contiguityIsBufferError` (hashlib).
    func withReadableBuffer<R>(_ value: Value, refusal: (() -> Raised)? = nil, contiguityIsBufferError: Bool = false,
                               _ body: (UnsafeBufferPointer<UInt8>) throws(Raised) -> R) throws(Raised) -> R {
        if isMemoryview(value), let refusal, !contiguityIsBufferError, !(try liveMemoryview(value).isCContiguous) { throw refusal() }
        if let bytes = try contiguousBytes(value) {
            return try body(UnsafeBufferPointer(start: bytes.baseAddress, count: bytes.count))
        }
        if let refusal { throw refusal() }
        throw raiseTypeError("a bytes-like object is required, not '\(typeName(value))'")
    }

    /// Runs `body` on the bytes of a bytearray, an array or a writable C-contiguous memoryview
    /// in place; `refusal`'s error for anything else (bytes among them).
    func withWritableBuffer<R>(_ value: Value, refusal: () -> Raised,
                               _ body: (UnsafeMutableBufferPointer<UInt8>) throws(Raised) -> R) throws(Raised) -> R {
        if isMemoryview(value) {
            let view = try liveMemoryview(value)
            if view.readonly || !view.isCContiguous { throw refusal() }
        }
        if value.isObject && ObjectRef(builtinSelf(value)).kind == .bytes { throw refusal() }
        guard let bytes = try contiguousBytes(value) else { throw refusal() }
        return try body(bytes)
    }

    /// The same with CPython's refusal for a function taking a read-write buffer ("w*").
    func withWritableBuffer<R>(_ target: Value, function: String,
                               _ body: (UnsafeMutableBufferPointer<UInt8>) throws(Raised) -> R) throws(Raised) -> R {
        try withWritableBuffer(target, refusal: {
            self.raiseTypeError("\(function)() argument must be read-write bytes-like object, not \(self.typeName(target))")
        }, body)
    }

    /// The memory of a bytes-like object (pointer nil when empty); nil when `value` is none.
    func contiguousBytes(_ value: Value) throws(Raised) -> UnsafeMutableBufferPointer<UInt8>? {
        let empty = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
        if isMemoryview(value) {
            let view = try liveMemoryview(value)
            if !view.isCContiguous {
                throw raise(exceptionTypeIDs["BufferError"]!, "memoryview: underlying buffer is not C-contiguous")
            }
            let count = view.byteCount
            return count == 0 ? empty : UnsafeMutableBufferPointer(start: view.start, count: count)
        }
        var buffer = builtinSelf(value)
        if isArray(value) { buffer = try arrayView(value).bytes.ref.value }
        guard buffer.isObject else { return nil }
        let ref = ObjectRef(buffer)
        if ref.kind == .bytes {
            return UnsafeMutableBufferPointer(start: ref.bytes(from: BytesLayout.data), count: ref.word(BytesLayout.length))
        }
        if ref.kind == .byteArray {
            let array = ByteArrayView(buffer)
            return array.count == 0 ? empty : UnsafeMutableBufferPointer(start: array.data, count: array.count)
        }
        return nil
    }

    /// A copy of the bytes of any bytes-like object: bytes, bytearray, a memoryview (in its
    /// items' order, as tobytes() gives them) or an array.array; nil for anything else.
    func bufferContents(_ value: Value) throws(Raised) -> [UInt8]? {
        if let contents = bytesLikeContents(builtinSelf(value)) { return contents }
        if isMemoryview(value) { return memoryviewBytes(try liveMemoryview(value)) }
        return isArray(value) ? try arrayView(value).bytes.contents : nil
    }
}
