// Reading the bytes of a bytes-like argument in place: bytes and bytearray (and their
// subclasses), contiguous memoryviews of them (lib/_memoryview.py) and array.array
// (Modules/Array). Used by _struct, binascii and the bytes methods.

extension VM {
    /// What a memoryview (lib/_memoryview.py, a Python class) shows: the bytes or bytearray
    /// under it and the range seen; nil when `value` is no memoryview.
    func memoryviewTarget(_ value: Value) throws(Raised) -> (object: Value, start: Int, count: Int, step: Int, readonly: Bool)? {
        guard value.isObject, ObjectRef(value).kind == .instance else { return nil }
        let module = dictGetStr(DictView(modulesDict), intern("_memoryview"))
        if module.isNull { return nil }
        let cls = try getAttributeOrNull(module, intern("memoryview"))
        guard isType(cls), isInstance(value, typeID: TypeView(cls).ownTypeID) else { return nil }
        if try isTrue(try getAttribute(value, intern("_released"))) {
            throw raiseValueError("operation forbidden on released memoryview object")
        }
        let object = try getAttribute(value, intern("_obj"))
        let start = smallIntValue(try getAttribute(value, intern("_start"))) ?? 0
        let stop = smallIntValue(try getAttribute(value, intern("_stop"))) ?? 0
        let step = smallIntValue(try getAttribute(value, intern("_step"))) ?? 1
        let count = step > 0 ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step)
        let readonly = try isTrue(try getAttribute(value, intern("_readonly")))
        return (object, Int(start), Int(count), Int(step), readonly)
    }

    /// Runs `body` on the bytes of a bytes, bytearray or memoryview argument in place (no copy:
    /// unpack_from over a large buffer stays cheap); CPython's TypeError for anything else, or
    /// `refusal`'s error (for anything else and for a non-contiguous memoryview) when given.
    func withReadableBuffer<R>(_ value: Value, refusal: (() -> Raised)? = nil,
                               _ body: (UnsafeBufferPointer<UInt8>) throws(Raised) -> R) throws(Raised) -> R {
        var buffer = builtinSelf(value)
        var start = 0, count = -1
        if let view = try memoryviewTarget(value) {
            if view.step != 1 && view.count > 1 {
                if let refusal { throw refusal() }
                throw raise(exceptionTypeIDs["BufferError"]!, "memoryview: underlying buffer is not C-contiguous")
            }
            buffer = builtinSelf(view.object)
            start = view.start
            count = view.count
        } else if isArray(value) {
            buffer = try arrayView(value).bytes.ref.value
        }
        if buffer.isObject {
            let ref = ObjectRef(buffer)
            var bytes: UnsafeBufferPointer<UInt8>? = nil
            if ref.kind == .bytes {
                bytes = UnsafeBufferPointer(start: ref.bytes(from: BytesLayout.data), count: ref.word(BytesLayout.length))
            } else if ref.kind == .byteArray {
                let array = ByteArrayView(buffer)
                bytes = array.count == 0 ? UnsafeBufferPointer(start: nil, count: 0) : UnsafeBufferPointer(start: array.data, count: array.count)
            }
            if let bytes {
                if count < 0 { return try body(bytes) }
                let shown = max(0, min(count, bytes.count - start))
                return try body(UnsafeBufferPointer(rebasing: bytes[min(start, bytes.count)..<min(start, bytes.count) + shown]))
            }
        }
        if let refusal { throw refusal() }
        throw raiseTypeError("a bytes-like object is required, not '\(typeName(value))'")
    }

    /// A copy of the bytes of any bytes-like object: bytes, bytearray, a contiguous
    /// memoryview or an array.array; nil for anything else.
    func bufferContents(_ value: Value) throws(Raised) -> [UInt8]? {
        if let contents = bytesLikeContents(builtinSelf(value)) { return contents }
        guard value.isObject, ObjectRef(value).kind == .instance else { return nil }
        if let view = try memoryviewTarget(value) {
            if view.step == 1 || view.count <= 1 {
                return try withReadableBuffer(value) { (bytes) throws(Raised) in Array(bytes) }
            }
            // A strided view: its bytes in order, as its tobytes() gives them.
            return bytesLikeContents(try call(try getAttribute(value, intern("tobytes"))))
        }
        return isArray(value) ? try arrayView(value).bytes.contents : nil
    }
}
