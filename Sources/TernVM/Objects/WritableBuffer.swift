// Writing into a caller's buffer: readinto(b) of files and BytesIO fills a bytearray or
// a writable memoryview of one (CPython also takes array.array and mmap).

extension VM {
    /// Runs `body` on the writable bytes of `target`, or raises CPython's TypeError for
    /// `function` ("readinto() argument must be read-write bytes-like object, not bytes").
    func withWritableBuffer<R>(_ target: Value, function: String,
                               _ body: (UnsafeMutableBufferPointer<UInt8>) throws(Raised) -> R) throws(Raised) -> R {
        let writable = try memoryviewTarget(target).map { !$0.readonly && ObjectRef(builtinSelf($0.object)).kind == .byteArray }
            ?? (target.isObject && ObjectRef(builtinSelf(target)).kind == .byteArray)
        if !writable { throw raiseTypeError("\(function)() argument must be read-write bytes-like object, not \(typeName(target))") }
        return try withReadableBuffer(target) { (buffer) throws(Raised) in try body(UnsafeMutableBufferPointer(mutating: buffer)) }
    }
}
