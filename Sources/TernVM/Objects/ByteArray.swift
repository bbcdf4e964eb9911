#if canImport(Glibc)
import Glibc
#endif

// bytearray: a mutable, growable sequence of bytes.
// Layout: header | length (raw) | buffer (a rawBytes object or NULL; its word 1
// is the capacity in bytes, its data starts at word 2). Growing replaces the
// buffer with a bigger one, so a view must be re-read after any allocation.

enum ByteArrayLayout {
    static let length = 1
    static let buffer = 2
    static let words = 3
    /// Offset in words of the data inside the rawBytes buffer.
    static let bufferData = 2
}

struct ByteArrayView {
    let ref: ObjectRef
    @inline(__always) init(_ value: Value) { ref = ObjectRef(value) }
    @inline(__always) var count: Int {
        get { ref.word(ByteArrayLayout.length) }
        nonmutating set { ref.setWord(ByteArrayLayout.length, newValue) }
    }
    var capacity: Int { ref[ByteArrayLayout.buffer].isNull ? 0 : ObjectRef(ref[ByteArrayLayout.buffer]).word(1) }
    /// The first byte; valid only while count > 0 and until the next allocation.
    var data: UnsafeMutablePointer<UInt8> { ObjectRef(ref[ByteArrayLayout.buffer]).bytes(from: ByteArrayLayout.bufferData) }
    var contents: [UInt8] { count == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: count)) }
}

extension VM {
    func newByteArray(_ contents: [UInt8], typeID: Int = TypeID.byteArray) throws(Raised) -> Value {
        let ref = try allocate(kind: .byteArray, typeID: typeID, words: ByteArrayLayout.words)
        ref.setWord(ByteArrayLayout.length, 0)
        ref[ByteArrayLayout.buffer] = .null
        try withRoots(ref.value) { () throws(Raised) in try byteArraySetContents(ByteArrayView(ref.value), contents) }
        return ref.value
    }

    /// Makes room for `wanted` bytes (the new buffer is allocated before the old one is dropped).
    func byteArrayReserve(_ array: ByteArrayView, _ wanted: Int) throws(Raised) {
        if wanted <= array.capacity { return }
        let capacity = max(wanted, array.capacity * 2, 8)
        let buffer = try allocateRawBytes(capacity)
        if array.count > 0 {
            buffer.bytes(from: ByteArrayLayout.bufferData).update(from: array.data, count: array.count)
        }
        array.ref[ByteArrayLayout.buffer] = buffer.value
    }

    /// Appends in place; the buffer grows geometrically, so repeated extend and += stay linear.
    func byteArrayAppend(_ array: ByteArrayView, _ bytes: [UInt8]) throws(Raised) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Raised) in try byteArrayReplace(array, at: array.count, buffer) }
    }

    func byteArraySetContents(_ array: ByteArrayView, _ contents: [UInt8]) throws(Raised) {
        try contents.withUnsafeBufferPointer { (bytes) throws(Raised) in try byteArraySplice(array, at: 0, removing: array.count, bytes) }
    }

    /// Writes `bytes` over the array from `start` on, growing it as needed; a start past
    /// the end pads with zero bytes (a file's write after a seek beyond its end).
    func byteArrayReplace(_ array: ByteArrayView, at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws(Raised) {
        let end = start + bytes.count
        try checkResizable(array, to: max(array.count, end))
        try byteArrayReserve(array, end)
        if start > array.count { (array.data + array.count).initialize(repeating: 0, count: start - array.count) }
        if let base = bytes.baseAddress, bytes.count > 0 { (array.data + start).update(from: base, count: bytes.count) }
        array.count = max(array.count, end)
    }

    /// Replaces `removing` bytes at `start` by `bytes` (slice assignment), moving the tail in place.
    func byteArraySplice(_ array: ByteArrayView, at start: Int, removing: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws(Raised) {
        let tail = array.count - start - removing
        let newCount = array.count - removing + bytes.count
        try checkResizable(array, to: newCount)
        try byteArrayReserve(array, newCount)
        if tail > 0 && removing != bytes.count {
            memmove(array.data + start + bytes.count, array.data + start + removing, tail)
        }
        if let base = bytes.baseAddress, bytes.count > 0 { (array.data + start).update(from: base, count: bytes.count) }
        array.count = newCount
    }

    @inline(__always) func isByteArray(_ value: Value) -> Bool {
        value.isObject && ObjectRef(value).kind == .byteArray
    }

    /// bytes and bytearray (and their subclasses) share every read-only method.
    @inline(__always) func isBytesLike(_ value: Value) -> Bool {
        guard value.isObject else { return false }
        let kind = ObjectRef(value).kind
        return kind == .bytes || kind == .byteArray
    }

    /// The bytes of a bytes or bytearray value in place, valid until the next allocation
    /// that may grow a bytearray.
    func bytesLikeBytes(_ value: Value) -> UnsafeBufferPointer<UInt8> {
        let ref = ObjectRef(value)
        if ref.kind == .bytes { return UnsafeBufferPointer(start: ref.bytes(from: BytesLayout.data), count: ref.word(BytesLayout.length)) }
        let array = ByteArrayView(value)
        return array.count == 0 ? UnsafeBufferPointer(start: nil, count: 0) : UnsafeBufferPointer(start: array.data, count: array.count)
    }

    /// The bytes of a bytes or bytearray value, or nil for anything else.
    func bytesLikeContents(_ value: Value) -> [UInt8]? {
        guard value.isObject else { return nil }
        switch ObjectRef(value).kind {
        case .bytes: return bytesContents(value)
        case .byteArray: return ByteArrayView(value).contents
        default: return nil
        }
    }

    /// The bytes of a bytes-like argument, or CPython's "a bytes-like object is required" TypeError.
    func requireBytesLike(_ value: Value) throws(Raised) -> [UInt8] {
        if let contents = try bufferContents(value) { return contents }
        throw raiseTypeError("a bytes-like object is required, not '\(typeName(value))'")
    }

    /// A new bytes or bytearray (the kind of `model`) holding `contents`.
    func newBytesLike(_ contents: [UInt8], like model: Value) throws(Raised) -> Value {
        isByteArray(model) ? try newByteArray(contents) : try newBytes(contents)
    }

    /// ==, !=, <, ... between bytes and bytearray values; nil when either side is something else.
    func compareBytesLike(_ left: Value, _ right: Value, _ op: Int) -> Bool? {
        guard isBytesLike(left), isBytesLike(right) else { return nil }
        if types[typeID(of: left)].flags.contains(.heapType) || types[typeID(of: right)].flags.contains(.heapType) { return nil }
        let a = bytesLikeBytes(left), b = bytesLikeBytes(right)
        if op <= 1 && a.count != b.count { return op == 1 }
        let common = min(a.count, b.count)
        var order = common == 0 ? 0 : Int(memcmp(a.baseAddress!, b.baseAddress!, common))
        if order == 0 { order = a.count - b.count }
        switch op {
        case 0: return order == 0
        case 1: return order != 0
        case 2: return order < 0
        case 3: return order <= 0
        case 4: return order > 0
        default: return order >= 0
        }
    }

    /// + and * for bytes and bytearray (+= on a bytearray extends it in place); NULL when not applicable.
    func bytesLikeBinary(_ left: Value, _ right: Value, _ base: Int, inPlace: Bool) throws(Raised) -> Value {
        if base == BinaryOp.add {
            if !isBytesLike(right) {
                // In CPython any buffer concatenates (a released view is refused as no buffer).
                guard let other = (try? bufferContents(right)) ?? nil else {
                    if !types[typeID(of: right)].flags.contains(.heapType) || isMemoryview(right) {
                        throw raiseTypeError("can't concat \(typeName(right)) to \(typeName(left))")
                    }
                    return .null
                }
                if inPlace && isByteArray(left) {
                    try byteArrayAppend(ByteArrayView(left), other)
                    return left
                }
                return try newBytesLike(bytesLikeContents(left)! + other, like: left)
            }
            if inPlace && isByteArray(left) {
                let array = ByteArrayView(left)
                if right == left {
                    if array.count > 0 { throw exportedByteArrayResize() }
                    return left
                }
                // Straight from the other object's memory: growing this buffer cannot move that one.
                try byteArrayReplace(array, at: array.count, bytesLikeBytes(right))
                return left
            }
            if isByteArray(left) { return try newByteArray(bytesLikeContents(left)! + bytesLikeContents(right)!) }
            let leftBytes = bytesLikeBytes(left), rightBytes = bytesLikeBytes(right)
            let result = try allocateBytes(count: leftBytes.count + rightBytes.count)
            let data = result.bytes(from: BytesLayout.data)
            if let base = leftBytes.baseAddress { data.update(from: base, count: leftBytes.count) }
            if let base = rightBytes.baseAddress { (data + leftBytes.count).update(from: base, count: rightBytes.count) }
            return result.value
        }
        if base == BinaryOp.mul, let count = smallIntValue(right) {
            // In CPython an exact bytes repeated once is itself.
            if count == 1 && typeID(of: left) == TypeID.bytes { return left }
            let contents = bytesLikeBytes(left)
            let times = repeatTimes(count, length: contents.count)
            var result = [UInt8](repeating: 0, count: try repeatedLength(contents.count, times, itemBytes: 1))
            if let source = contents.baseAddress {
                result.withUnsafeMutableBytes { out in
                    if let base = out.baseAddress { fillRepeating(base, total: out.count, from: source, count: contents.count) }
                }
            }
            if inPlace && isByteArray(left) {
                try byteArraySetContents(ByteArrayView(left), result)
                return left
            }
            return try newBytesLike(result, like: left)
        }
        return .null
    }
}
