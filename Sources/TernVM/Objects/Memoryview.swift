// memoryview: a native view of the memory of a bytes, bytearray or array.array (or of
// another view), sharing it. A view is a payload object (ContainerSubclasses.swift) whose
// fields are listed in MemoryviewField; the items it shows are at
// data(storage) + offset + Σ index[d] × strides[d], `itemSize` bytes each, in `format`.
// The storage is the bytes or bytearray holding the memory (an array's own bytearray), and
// never moves: bytes are immutable and the heap does not move objects, and a bytearray
// with a live view refuses to be resized (BufferExports.swift), so its buffer stays put.

enum MemoryviewField {
    /// What memoryview() was given (for a view of a view, the first view's object): `obj`.
    static let object = 0
    /// The bytes or bytearray whose data holds the items.
    static let storage = 1
    /// Byte offset of the first item from the storage's data.
    static let offset = 2
    static let format = 3
    static let itemSize = 4
    /// Tuples of ints, one per dimension.
    static let shape = 5
    static let strides = 6
    static let readonly = 7
    static let released = 8
    /// hash(), once computed (None before): a released view keeps answering it.
    static let hash = 9
    static let count = 10
}

/// A memoryview's fields, read without attribute lookups.
struct MemoryviewView {
    let fields: TupleView
    @inline(__always) init(fields: TupleView) { self.fields = fields }

    var object: Value { fields[MemoryviewField.object] }
    var storage: Value { fields[MemoryviewField.storage] }
    var offset: Int { Int(fields[MemoryviewField.offset].int) }
    var format: Value { fields[MemoryviewField.format] }
    var itemSize: Int { Int(fields[MemoryviewField.itemSize].int) }
    var ndim: Int { TupleView(fields[MemoryviewField.shape]).count }
    func shape(_ dimension: Int) -> Int { Int(TupleView(fields[MemoryviewField.shape])[dimension].int) }
    func stride(_ dimension: Int) -> Int { Int(TupleView(fields[MemoryviewField.strides])[dimension].int) }
    var shapes: [Int] { (0..<ndim).map { shape($0) } }
    var strides: [Int] { (0..<ndim).map { stride($0) } }
    var readonly: Bool { fields[MemoryviewField.readonly] == .true }
    var released: Bool { fields[MemoryviewField.released] == .true }
    /// How many items the view shows (the product of its shape).
    var itemCount: Int { (0..<ndim).reduce(1) { $0 * shape($1) } }
    var byteCount: Int { itemCount * itemSize }

    /// The first byte of the storage's data; nil for an empty bytearray (which shows no items).
    var base: UnsafeMutablePointer<UInt8>? {
        let ref = ObjectRef(storage)
        if ref.kind == .bytes { return ref.bytes(from: BytesLayout.data) }
        let array = ByteArrayView(storage)
        return array.ref[ByteArrayLayout.buffer].isNull ? nil : array.data
    }

    /// The address of the first item (valid only when the view shows items).
    var start: UnsafeMutablePointer<UInt8>? { base.map { $0 + offset } }

    /// In CPython: C-contiguous when each stride is the product of the later dimensions'
    /// extents times the item size (dimensions of extent 1 excepted), or when it is empty.
    var isCContiguous: Bool {
        var expected = itemSize
        for dimension in Swift.stride(from: ndim - 1, through: 0, by: -1) {
            let extent = shape(dimension)
            if extent == 0 { return true }
            if extent > 1 && stride(dimension) != expected { return false }
            expected *= extent
        }
        return true
    }

    var isFortranContiguous: Bool {
        var expected = itemSize
        for dimension in 0..<ndim {
            let extent = shape(dimension)
            if extent == 0 { return true }
            if extent > 1 && stride(dimension) != expected { return false }
            expected *= extent
        }
        return true
    }

    /// The byte offsets (from `start`) of every item, in C order (last index fastest), or in
    /// Fortran order (first index fastest).
    func itemOffsets(fortran: Bool = false) -> [Int] {
        MemoryviewView.itemOffsets(shape: shapes, strides: strides, fortran: fortran)
    }

    static func itemOffsets(shape extents: [Int], strides steps: [Int], fortran: Bool) -> [Int] {
        let total = extents.reduce(1, *)
        if total == 0 { return [] }
        var result: [Int] = []
        result.reserveCapacity(total)
        var index = [Int](repeating: 0, count: extents.count)
        let order = fortran ? Array(0..<extents.count) : Array((0..<extents.count).reversed())
        for _ in 0..<total {
            var position = 0
            for dimension in 0..<extents.count { position += index[dimension] * steps[dimension] }
            result.append(position)
            for dimension in order {
                index[dimension] += 1
                if index[dimension] < extents[dimension] { break }
                index[dimension] = 0
            }
        }
        return result
    }
}

extension VM {
    @inline(__always) func isMemoryview(_ value: Value) -> Bool {
        memoryviewTypeID != 0 && value.isObject && ObjectRef(value).kind == .instance
            && ObjectRef(value).typeID == memoryviewTypeID
    }

    /// The fields of a view (whether released or not).
    @inline(__always) func memoryviewFields(_ view: Value) -> MemoryviewView { MemoryviewView(fields: payloadFields(view)) }

    /// The fields of a view that is not released, or CPython's ValueError.
    func liveMemoryview(_ view: Value) throws(Raised) -> MemoryviewView {
        let fields = memoryviewFields(view)
        if fields.released { throw raiseValueError("operation forbidden on released memoryview object") }
        return fields
    }

    /// memoryview(object): a view of all of a bytes, bytearray or array (or of their
    /// subclasses' values), or a copy of another view's description.
    func newMemoryview(of object: Value) throws(Raised) -> Value {
        if isMemoryview(object) {
            let source = try liveMemoryview(object)
            return try newMemoryview(object: source.object, storage: source.storage, offset: source.offset, format: source.format,
                                     itemSize: source.itemSize, shape: source.shapes, strides: source.strides, readonly: source.readonly)
        }
        let value = builtinSelf(object)
        if value.isObject && ObjectRef(value).kind == .bytes {
            return try newMemoryview(object: object, storage: value, offset: 0, format: intern("B"), itemSize: 1,
                                     shape: [ObjectRef(value).word(BytesLayout.length)], strides: [1], readonly: true)
        }
        if isByteArray(value) {
            return try newMemoryview(object: object, storage: value, offset: 0, format: intern("B"), itemSize: 1,
                                     shape: [ByteArrayView(value).count], strides: [1], readonly: false)
        }
        if isArray(object) {
            let array = try arrayView(object)
            // In CPython 3.11 an array of typecode 'u' (wchar_t, 4 bytes here) exports format 'w'.
            let code = array.code == ArrayTypecode.u ? "w" : String(UnicodeScalar(array.code))
            return try newMemoryview(object: object, storage: array.bytes.ref.value, offset: 0, format: intern(code),
                                     itemSize: array.itemSize, shape: [array.count], strides: [array.itemSize], readonly: false)
        }
        throw raiseTypeError("memoryview: a bytes-like object is required, not '\(typeName(object))'")
    }

    /// A view with the given description; one over a bytearray pins it (BufferExports.swift).
    func newMemoryview(object: Value, storage: Value, offset: Int, format: Value, itemSize: Int,
                       shape: [Int], strides: [Int], readonly: Bool) throws(Raised) -> Value {
        _ = memoryviewType()
        let shapeTuple = try newTuple(shape.map { Value(int: $0) })
        return try withRoots(shapeTuple) { () throws(Raised) in
            let stridesTuple = try newTuple(strides.map { Value(int: $0) })
            var fields = [Value](repeating: .none, count: MemoryviewField.count)
            fields[MemoryviewField.object] = object
            fields[MemoryviewField.storage] = storage
            fields[MemoryviewField.offset] = Value(int: offset)
            fields[MemoryviewField.format] = format
            fields[MemoryviewField.itemSize] = Value(int: itemSize)
            fields[MemoryviewField.shape] = shapeTuple
            fields[MemoryviewField.strides] = stridesTuple
            fields[MemoryviewField.readonly] = Value(bool: readonly)
            fields[MemoryviewField.released] = .false
            let view = try withRoots(stridesTuple) { () throws(Raised) in try newPayloadObject(memoryviewTypeID, fields) }
            if isByteArray(storage) { addBufferExport(view, storage: storage, fromArray: isArray(object)) }
            return view
        }
    }

    /// release(): ends the view's export; every later use of it is a ValueError.
    func releaseMemoryview(_ view: Value) {
        let fields = memoryviewFields(view)
        if fields.released { return }
        fields.fields[MemoryviewField.released] = .true
        if isByteArray(fields.storage) { removeBufferExport(storage: fields.storage) }
    }
}
