// array.array's storage: a payload object (ContainerSubclasses.swift) whose fields are
// (typecode as a small int, bytearray). The bytearray holds the items unboxed, in the
// machine's own layout, `itemSize` bytes each, so indexing reads one word of raw memory.
// Growing replaces the bytearray's buffer: re-read an ArrayView after anything that may
// run Python code or store into the array.

/// The typecodes of array.array and the width of their items.
enum ArrayTypecode {
    static let all = "bBuhHiIlLqQfd"
    static let b = UInt8(ascii: "b"), B = UInt8(ascii: "B"), u = UInt8(ascii: "u")
    static let h = UInt8(ascii: "h"), H = UInt8(ascii: "H"), i = UInt8(ascii: "i"), I = UInt8(ascii: "I")
    static let l = UInt8(ascii: "l"), L = UInt8(ascii: "L"), q = UInt8(ascii: "q"), Q = UInt8(ascii: "Q")
    static let f = UInt8(ascii: "f"), d = UInt8(ascii: "d")

    /// The typecode for a one-character string's scalar, or nil when it is not one.
    static func code(_ scalar: UInt32) -> UInt8? {
        guard scalar < 128, all.utf8.contains(UInt8(scalar)) else { return nil }
        return UInt8(scalar)
    }

    @inline(__always) static func itemSize(_ code: UInt8) -> Int {
        switch code {
        case b, B: return 1
        case h, H: return 2
        case i, I, f, u: return 4
        default: return 8
        }
    }

    @inline(__always) static func isFloat(_ code: UInt8) -> Bool { code == f || code == d }
}

/// An array's typecode and bytes, valid until the array is next changed.
struct ArrayView {
    let code: UInt8
    let bytes: ByteArrayView
    @inline(__always) var itemSize: Int { ArrayTypecode.itemSize(code) }
    @inline(__always) var count: Int { bytes.count / itemSize }
    /// The first item; valid only while count > 0.
    @inline(__always) var data: UnsafeMutableRawPointer { UnsafeMutableRawPointer(bytes.data) }

    /// Item `index` as raw bits (sign-extended for signed codes, a double's bits for f and d).
    @inline(__always) func bits(_ index: Int) -> UInt64 {
        let raw = data
        switch code {
        case ArrayTypecode.b: return UInt64(bitPattern: Int64(raw.load(fromByteOffset: index, as: Int8.self)))
        case ArrayTypecode.B: return UInt64(raw.load(fromByteOffset: index, as: UInt8.self))
        case ArrayTypecode.h: return UInt64(bitPattern: Int64(raw.loadUnaligned(fromByteOffset: index &* 2, as: Int16.self)))
        case ArrayTypecode.H: return UInt64(raw.loadUnaligned(fromByteOffset: index &* 2, as: UInt16.self))
        case ArrayTypecode.i: return UInt64(bitPattern: Int64(raw.loadUnaligned(fromByteOffset: index &* 4, as: Int32.self)))
        case ArrayTypecode.I, ArrayTypecode.u: return UInt64(raw.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
        case ArrayTypecode.f: return Double(raw.loadUnaligned(fromByteOffset: index &* 4, as: Float.self)).bitPattern
        default: return raw.loadUnaligned(fromByteOffset: index &* 8, as: UInt64.self)
        }
    }

    /// Stores raw bits (as `bits` returns them) at item `index`, truncated to the item's width.
    @inline(__always) func store(_ index: Int, _ value: UInt64) {
        let raw = data
        switch itemSize {
        case 1: raw.storeBytes(of: UInt8(truncatingIfNeeded: value), toByteOffset: index, as: UInt8.self)
        case 2: raw.storeBytes(of: UInt16(truncatingIfNeeded: value), toByteOffset: index &* 2, as: UInt16.self)
        case 4:
            if code == ArrayTypecode.f {
                raw.storeBytes(of: Float(Double(bitPattern: value)), toByteOffset: index &* 4, as: Float.self)
            } else {
                raw.storeBytes(of: UInt32(truncatingIfNeeded: value), toByteOffset: index &* 4, as: UInt32.self)
            }
        default: raw.storeBytes(of: value, toByteOffset: index &* 8, as: UInt64.self)
        }
    }
}

extension VM {
    /// The storage of an array (or of an instance of a subclass), or TypeError for an
    /// instance made without array.__new__.
    @inline(__always) func arrayView(_ array: Value) throws(Raised) -> ArrayView {
        let payload = ObjectRef(array).instancePayload
        if payload.isNull { throw raiseTypeError("array object is not initialized") }
        let fields = TupleView(payload)
        return ArrayView(code: UInt8(truncatingIfNeeded: fields[0].int), bytes: ByteArrayView(fields[1]))
    }

    @inline(__always) func isArray(_ value: Value) -> Bool {
        arrayTypeID != 0 && value.isObject && ObjectRef(value).kind == .instance && isInstance(value, typeID: arrayTypeID)
            && !ObjectRef(value).instancePayload.isNull
    }

    /// A new empty array of class `typeID` with room for `capacity` items.
    func newArray(typeID: Int, code: UInt8, capacity: Int = 0) throws(Raised) -> Value {
        let bytes = try newByteArray([])
        return try withRoots(bytes) { () throws(Raised) in
            if capacity > 0 { try byteArrayReserve(ByteArrayView(bytes), capacity * ArrayTypecode.itemSize(code)) }
            let array = try newPayloadObject(typeID, [Value(int: Int(code)), bytes])
            if types[typeID].flags.contains(.hasFinalizer) { finalizable.append(array) }
            return array
        }
    }

    /// A new array.array (never a subclass) holding `byteCount` bytes copied from `source`.
    func newArray(code: UInt8, copying source: UnsafeRawPointer?, byteCount: Int) throws(Raised) -> Value {
        let array = try newArray(typeID: arrayTypeID, code: code, capacity: byteCount / ArrayTypecode.itemSize(code))
        if byteCount > 0, let source {
            let bytes = try arrayView(array).bytes
            bytes.data.update(from: source.assumingMemoryBound(to: UInt8.self), count: byteCount)
            bytes.count = byteCount
        }
        return array
    }

    /// Item `index` as a Python value.
    @inline(__always) func arrayItem(_ view: ArrayView, _ index: Int) throws(Raised) -> Value {
        let bits = view.bits(index)
        switch view.code {
        case ArrayTypecode.f, ArrayTypecode.d: return Value(anyDouble: Double(bitPattern: bits))
        case ArrayTypecode.u: return try newStr(scalars: [UInt32(truncatingIfNeeded: bits)])
        case ArrayTypecode.L, ArrayTypecode.Q:
            return bits > UInt64(Int64.max) ? try newInt(BigInt(bits)) : try newInt(Int64(bits))
        default:
            let signed = Int64(bitPattern: bits)
            return Value.fitsSmallInt(signed) ? Value(int: signed) : try newInt(signed)
        }
    }

    /// A Python value as the raw bits of an item of typecode `code`, checked as CPython checks it.
    func arrayItemBits(_ code: UInt8, _ value: Value) throws(Raised) -> UInt64 {
        if code == ArrayTypecode.d || code == ArrayTypecode.f {
            if value.isFloat { return value.double.bitPattern }
            return try floatArgument(value).bitPattern
        }
        if code == ArrayTypecode.u {
            guard isStr(builtinSelf(value)), StrView(builtinSelf(value)).count == 1 else {
                throw raiseTypeError("array item must be unicode character")
            }
            return UInt64(StrView(builtinSelf(value))[0])
        }
        if value.isInt, let fast = arraySmallIntBits(code, value.int) { return fast }
        guard let number = try numberIndex(value) else {
            throw raiseTypeError("'\(typeName(value))' object cannot be interpreted as an integer")
        }
        return try arrayIntegerBits(code, number)
    }

    /// A small int that fits the item without any check failing (the common case), or nil.
    @inline(__always) private func arraySmallIntBits(_ code: UInt8, _ value: Int64) -> UInt64? {
        let fits: Bool
        switch code {
        case ArrayTypecode.b: fits = value >= -128 && value <= 127
        case ArrayTypecode.B: fits = value >= 0 && value <= 255
        case ArrayTypecode.h: fits = value >= -32768 && value <= 32767
        case ArrayTypecode.H: fits = value >= 0 && value <= 65535
        case ArrayTypecode.i: fits = value >= Int64(Int32.min) && value <= Int64(Int32.max)
        case ArrayTypecode.I: fits = value >= 0 && value <= Int64(UInt32.max)
        case ArrayTypecode.L, ArrayTypecode.Q: fits = value >= 0
        default: fits = true
        }
        return fits ? UInt64(bitPattern: value) : nil
    }

    /// In CPython each typecode goes through its own chain of C conversions (to a long, then
    /// a short or int, then the item's range), and each step has its own OverflowError message.
    private func arrayIntegerBits(_ code: UInt8, _ number: Value) throws(Raised) -> UInt64 {
        let big = bigIntValue(number)
        let overflow = { (message: String) -> Raised in self.raise(self.exceptionTypes.overflowError, message) }
        func range(_ value: Int64, _ low: Int64, _ high: Int64, _ name: String) throws(Raised) {
            if value < low { throw overflow("\(name) is less than minimum") }
            if value > high { throw overflow("\(name) is greater than maximum") }
        }
        switch code {
        case ArrayTypecode.I, ArrayTypecode.L:
            if big.isNegative { throw overflow("can't convert negative value to unsigned int") }
            guard let value = unsignedValue(big) else { throw overflow("Python int too large to convert to C unsigned long") }
            if code == ArrayTypecode.I && value > UInt64(UInt32.max) { throw overflow("unsigned int is greater than maximum") }
            return value
        case ArrayTypecode.Q:
            if big.isNegative { throw overflow("can't convert negative int to unsigned") }
            guard let value = unsignedValue(big) else { throw overflow("int too big to convert") }
            return value
        case ArrayTypecode.q:
            guard let value = big.asInt64 else { throw overflow("int too big to convert") }
            return UInt64(bitPattern: value)
        default:
            guard let value = big.asInt64 else { throw overflow("Python int too large to convert to C long") }
            switch code {
            case ArrayTypecode.b:
                try range(value, -32768, 32767, "signed short integer")
                try range(value, -128, 127, "signed char")
            case ArrayTypecode.B: try range(value, 0, 255, "unsigned byte integer")
            case ArrayTypecode.h: try range(value, -32768, 32767, "signed short integer")
            case ArrayTypecode.H:
                try range(value, Int64(Int32.min), Int64(Int32.max), "signed integer")
                try range(value, 0, 65535, "unsigned short")
            case ArrayTypecode.i: try range(value, Int64(Int32.min), Int64(Int32.max), "signed integer")
            default: break
            }
            return UInt64(bitPattern: value)
        }
    }

    /// A non-negative BigInt as a UInt64, or nil past 64 bits.
    private func unsignedValue(_ big: BigInt) -> UInt64? {
        big.limbs.count <= 1 ? big.limbs.first ?? 0 : nil
    }

    /// Replaces `removing` items at `start` with `inserting` items copied from `source`
    /// (which must not point into this array's buffer; nil leaves them for the caller to
    /// store), moving the tail once.
    func arraySplice(_ array: Value, at start: Int, removing: Int, inserting: Int, from source: UnsafeRawPointer?) throws(Raised) {
        var view = try arrayView(array)
        let size = view.itemSize, oldCount = view.count
        let newCount = oldCount - removing + inserting
        try checkResizable(view.bytes, to: newCount * size)
        try byteArrayReserve(view.bytes, newCount * size)
        view = try arrayView(array)
        if newCount > 0 || oldCount > 0 {
            let tail = (oldCount - start - removing) * size
            if tail > 0 && removing != inserting {
                (view.data + (start + inserting) * size).copyMemory(from: view.data + (start + removing) * size, byteCount: tail)
            }
            if inserting > 0, let source { (view.data + start * size).copyMemory(from: source, byteCount: inserting * size) }
        }
        view.bytes.count = newCount * size
    }

    /// Appends one item's bits (the buffer grows geometrically).
    @inline(__always) func arrayAppendBits(_ array: Value, _ bits: UInt64) throws(Raised) {
        var view = try arrayView(array)
        let count = view.count
        try checkResizable(view.bytes, to: (count + 1) * view.itemSize)
        if (count + 1) * view.itemSize > view.bytes.capacity {
            try byteArrayReserve(view.bytes, (count + 1) * view.itemSize)
            view = try arrayView(array)
        }
        view.bytes.count = (count + 1) * view.itemSize
        view.store(count, bits)
    }
}
