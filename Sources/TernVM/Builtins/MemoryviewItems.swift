// memoryview's items: formats, reading and writing one item with the struct module's
// packing code (Modules/StructModule.swift), copying items out in order, and the
// description of any buffer (a view, bytes, bytearray or array) that assignment and
// comparison work on.

/// What a buffer shows: its items' memory, format and layout (valid until the next allocation).
struct BufferDescription {
    let start: UnsafeMutablePointer<UInt8>?
    let format: Value
    let itemSize: Int
    let shape: [Int]
    let strides: [Int]

    init(start: UnsafeMutablePointer<UInt8>?, format: Value, itemSize: Int, shape: [Int], strides: [Int]) {
        self.start = start; self.format = format; self.itemSize = itemSize; self.shape = shape; self.strides = strides
    }

    init(_ view: MemoryviewView) {
        self.init(start: view.start, format: view.format, itemSize: view.itemSize, shape: view.shapes, strides: view.strides)
    }

    /// Byte offsets of the items from `start`, in C order.
    var itemOffsets: [Int] { MemoryviewView.itemOffsets(shape: shape, strides: strides, fortran: false) }
}

/// The native single-character formats memoryview reads and casts to (CPython's
/// get_native_fmtchar; 3.11 has no 'e'), with an optional '@' prefix.
enum MemoryviewFormat {
    /// The format's character and item size, or nil when it is no native single-character format.
    static func native(_ text: [UInt8]) -> (code: UInt8, size: Int)? {
        let body = text.first == UInt8(ascii: "@") ? Array(text.dropFirst()) : text
        guard body.count == 1, let size = itemSize(body[0]) else { return nil }
        return (body[0], size)
    }

    static func itemSize(_ code: UInt8) -> Int? {
        switch code {
        case UInt8(ascii: "c"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "?"): return 1
        case UInt8(ascii: "h"), UInt8(ascii: "H"): return 2
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return 4
        case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "q"), UInt8(ascii: "Q"),
             UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "d"), UInt8(ascii: "P"): return 8
        default: return nil
        }
    }

    static func isByte(_ code: UInt8) -> Bool {
        code == UInt8(ascii: "b") || code == UInt8(ascii: "B") || code == UInt8(ascii: "c")
    }

    static func isFloat(_ code: UInt8) -> Bool { code == UInt8(ascii: "f") || code == UInt8(ascii: "d") }
}

extension VM {
    /// A format str's text without the '@' prefix, as CPython's messages show it.
    func memoryviewFormatText(_ format: Value) -> String {
        let text = swiftString(format)
        return text.hasPrefix("@") ? String(text.dropFirst()) : text
    }

    /// The native character of a view's format, or CPython's NotImplementedError.
    func memoryviewItemCode(_ format: Value) throws(Raised) -> UInt8 {
        let text = StrView(format)
        if text.isASCII && text.count == 1, MemoryviewFormat.itemSize(text.asciiBytes[0]) != nil { return text.asciiBytes[0] }
        return try memoryviewItemCodeSlow(format)
    }

    private func memoryviewItemCodeSlow(_ format: Value) throws(Raised) -> UInt8 {
        let text = Array(memoryviewFormatText(format).utf8)
        guard text.count == 1 else {
            throw raise(exceptionTypes.notImplementedError, "memoryview: unsupported format \(swiftString(format))")
        }
        guard MemoryviewFormat.itemSize(text[0]) != nil else {
            throw raise(exceptionTypes.notImplementedError, "memoryview: format \(swiftString(format)) not supported")
        }
        return text[0]
    }

    /// The struct module's description of a one-item native format.
    private func memoryviewStructItem(_ code: UInt8) throws(Raised) -> StructItem {
        if let item = memoryviewStructItems[Int(code)] { return item }
        let item = try structFormat(try newStr(String(UnicodeScalar(code)))).items[0]
        memoryviewStructItems[Int(code)] = item
        return item
    }

    /// The item at `pointer` as a Python value.
    func memoryviewUnpack(_ code: UInt8, _ pointer: UnsafePointer<UInt8>) throws(Raised) -> Value {
        if code == UInt8(ascii: "B") { return Value(int: Int(pointer[0])) }
        return try unpackItem(try memoryviewStructItem(code), pointer)
    }

    /// `value` packed as an item of format `code` into `out`, with CPython's memoryview errors:
    /// TypeError for a value of the wrong type, ValueError for one out of range.
    func memoryviewPack(_ code: UInt8, _ value: Value, into out: UnsafeMutablePointer<UInt8>) throws(Raised) {
        let text = String(UnicodeScalar(code))
        let invalidType = { self.raiseTypeError("memoryview: invalid type for format '\(text)'") }
        let invalidValue = { self.raiseValueError("memoryview: invalid value for format '\(text)'") }
        switch code {
        case UInt8(ascii: "c"):
            let bytes = builtinSelf(value)
            guard bytes.isObject, ObjectRef(bytes).kind == .bytes else { throw invalidType() }
            guard ObjectRef(bytes).word(BytesLayout.length) == 1 else { throw invalidValue() }
            out[0] = ObjectRef(bytes).bytes(from: BytesLayout.data)[0]
        case UInt8(ascii: "?"):
            out[0] = try isTrue(value) ? 1 : 0
        default:
            let converted: Value
            if MemoryviewFormat.isFloat(code) {
                do { converted = Value(double: try floatArgument(value)) } catch { throw memoryviewConversionError(invalidType, invalidValue, error) }
            } else {
                let number: Value?
                do { number = try numberIndex(value) } catch { throw memoryviewConversionError(invalidType, invalidValue, error) }
                guard let number else { throw invalidType() }
                converted = number
            }
            if structModule.errorType == 0 { _ = try importDotted("_struct") }
            do { try packItem(try memoryviewStructItem(code), converted, at: out) } catch { throw invalidValue() }
        }
    }

    /// In CPython a failed conversion becomes the format's TypeError, an OverflowError or
    /// ValueError its ValueError; anything else passes through.
    private func memoryviewConversionError(_ invalidType: () -> Raised, _ invalidValue: () -> Raised, _ error: Raised) -> Raised {
        if isInstance(raisedException, typeID: exceptionTypes.typeError) { return invalidType() }
        if isInstance(raisedException, typeID: exceptionTypes.overflowError) || isInstance(raisedException, typeID: exceptionTypes.valueError) {
            return invalidValue()
        }
        return error
    }

    /// The bytes of a view's items in C order (Fortran order when `fortran`).
    func memoryviewBytes(_ view: MemoryviewView, fortran: Bool = false) -> [UInt8] {
        let count = view.byteCount
        guard count > 0, let start = view.start else { return [] }
        if view.isCContiguous && (!fortran || view.ndim <= 1) { return Array(UnsafeBufferPointer(start: start, count: count)) }
        let size = view.itemSize
        var result: [UInt8] = []
        result.reserveCapacity(count)
        for offset in view.itemOffsets(fortran: fortran) {
            result.append(contentsOf: UnsafeBufferPointer(start: start + offset, count: size))
        }
        return result
    }

    /// tolist(): the items as Python values, in nested lists for every dimension.
    func memoryviewList(_ view: MemoryviewView) throws(Raised) -> Value {
        let code = try memoryviewItemCode(view.format)
        let description = BufferDescription(view)
        func build(_ dimension: Int, _ position: Int) throws(Raised) -> Value {
            if dimension == description.shape.count { return try memoryviewUnpack(code, description.start! + position) }
            let list = try newList(capacity: description.shape[dimension])
            try withRoots(list.ref.value) { () throws(Raised) in
                for index in 0..<description.shape[dimension] {
                    try listAppend(list, try build(dimension + 1, position + index * description.strides[dimension]))
                }
            }
            return list.ref.value
        }
        if description.shape.isEmpty { return try memoryviewUnpack(code, description.start!) }
        return try build(0, 0)
    }

    /// What `value` shows as a buffer (a view, bytes, bytearray or array); nil for anything else.
    func bufferDescription(_ value: Value) throws(Raised) -> BufferDescription? {
        if isMemoryview(value) { return BufferDescription(try liveMemoryview(value)) }
        if isArray(value) {
            let array = try arrayView(value)
            let code = array.code == ArrayTypecode.u ? "w" : String(UnicodeScalar(array.code))
            return BufferDescription(start: array.count == 0 ? nil : array.bytes.data, format: intern(code), itemSize: array.itemSize,
                                     shape: [array.count], strides: [array.itemSize])
        }
        let bytes = builtinSelf(value)
        guard bytes.isObject else { return nil }
        let ref = ObjectRef(bytes)
        if ref.kind == .bytes {
            return BufferDescription(start: ref.bytes(from: BytesLayout.data), format: intern("B"), itemSize: 1,
                                     shape: [ref.word(BytesLayout.length)], strides: [1])
        }
        if ref.kind == .byteArray {
            let array = ByteArrayView(bytes)
            return BufferDescription(start: array.count == 0 ? nil : array.data, format: intern("B"), itemSize: 1,
                                     shape: [array.count], strides: [1])
        }
        return nil
    }

    /// ==: equal shapes and equal items, compared by value when the formats differ (CPython's
    /// memory_richcompare); nil when `other` is no buffer (NotImplemented).
    func memoryviewEquals(_ view: MemoryviewView, _ other: BufferDescription) throws(Raised) -> Bool {
        let mine = BufferDescription(view)
        if mine.shape != other.shape { return false }
        let leftCode = MemoryviewFormat.native(Array(swiftString(mine.format).utf8))?.code
        let rightCode = MemoryviewFormat.native(Array(swiftString(other.format).utf8))?.code
        // In CPython formats the struct module cannot unpack make the views unequal.
        guard let leftCode, let rightCode else { return false }
        let leftOffsets = mine.itemOffsets, rightOffsets = other.itemOffsets
        for index in 0..<leftOffsets.count {
            let left = mine.start! + leftOffsets[index], right = other.start! + rightOffsets[index]
            if leftCode == rightCode && !MemoryviewFormat.isFloat(leftCode) {
                for byte in 0..<mine.itemSize where left[byte] != right[byte] { return false }
                continue
            }
            let a = try memoryviewUnpack(leftCode, left)
            let b = try withRoots(a) { () throws(Raised) in try memoryviewUnpack(rightCode, right) }
            if a.isFloat && b.isFloat {
                if a.double != b.double { return false }
            } else if !(try withRoots(a, b) { () throws(Raised) in try isEqual(a, b) }) {
                return false
            }
        }
        return true
    }

}
