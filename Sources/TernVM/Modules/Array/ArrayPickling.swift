// Pickling array.array: __reduce_ex__ and array._array_reconstructor. For protocol 3 and
// later an array pickles as its raw bytes tagged with a machine format code (the layout
// they were written in: width, signedness, byte order), so another machine can decode them.

/// A machine format code of CPython's array module: how its items are laid out in bytes.
struct ArrayMachineFormat {
    enum Kind { case integer, float, utf16, utf32 }
    let kind: Kind
    let size: Int
    let signed: Bool
    let bigEndian: Bool

    /// The formats by code (0...21), in CPython's numbering.
    static let all: [ArrayMachineFormat] = {
        var formats: [ArrayMachineFormat] = []
        for size in [1, 2, 4, 8] {
            for signed in [false, true] {
                for bigEndian in size == 1 ? [false] : [false, true] {
                    formats.append(ArrayMachineFormat(kind: .integer, size: size, signed: signed, bigEndian: bigEndian))
                }
            }
        }
        for (kind, size) in [(Kind.float, 4), (Kind.float, 8), (Kind.utf16, 2), (Kind.utf32, 4)] {
            for bigEndian in [false, true] { formats.append(ArrayMachineFormat(kind: kind, size: size, signed: true, bigEndian: bigEndian)) }
        }
        return formats
    }()

    /// The code of the format this machine (little-endian) stores `typecode`'s items in.
    static func native(_ code: UInt8) -> Int {
        if code == ArrayTypecode.f { return 14 }
        if code == ArrayTypecode.d { return 16 }
        if code == ArrayTypecode.u { return 20 }
        let size = ArrayTypecode.itemSize(code)
        let signed = code == ArrayTypecode.b || code == ArrayTypecode.h || code == ArrayTypecode.i
            || code == ArrayTypecode.l || code == ArrayTypecode.q
        return all.firstIndex { $0.kind == .integer && $0.size == size && $0.signed == signed && !$0.bigEndian }!
    }

    /// Item `index` of `bytes` read in this format, as raw bits (an integer sign-extended, a
    /// float widened to a double's bits, a character's scalar).
    func bits(_ bytes: [UInt8], _ index: Int) -> UInt64 {
        var value: UInt64 = 0
        for offset in 0..<size {
            let byte = bytes[index * size + (bigEndian ? offset : size - 1 - offset)]
            value = value << 8 | UInt64(byte)
        }
        if kind == .float && size == 4 { return Double(Float(bitPattern: UInt32(value))).bitPattern }
        if kind == .integer && signed && size < 8 && value >> (size * 8 - 1) != 0 {
            value |= ~UInt64(0) << (size * 8)
        }
        return value
    }
}

extension VM {
    func defineArrayPickling(_ id: Int, reconstructor: Value) {
        defineMethod(id, "__reduce_ex__", arguments: 1...1) { vm, arguments throws(Raised) in
            let array = arguments[0]
            let proto = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            return try vm.withStackSpace(3) { (slots) throws(Raised) in
                slots[0] = try vm.getAttributeOrNull(array, vm.names.dict)
                if slots[0].isNull { slots[0] = .none }
                let view = try vm.arrayView(array)
                let typecode = try vm.newStr(String(UnicodeScalar(view.code)))
                slots[1] = typecode
                if proto < 3 {
                    slots[2] = try vm.newTuple([typecode, try vm.arrayToList(array)])
                    return try vm.newTuple([vm.typeOf(array), slots[2], slots[0]])
                }
                slots[2] = try vm.newBytes(try vm.arrayView(array).bytes.contents)
                let arguments = try vm.newTuple([vm.typeOf(array), typecode, Value(int: ArrayMachineFormat.native(view.code)), slots[2]])
                return try vm.newTuple([reconstructor, arguments, slots[0]])
            }
        }
    }

    /// array._array_reconstructor(arraytype, typecode, mformat_code, items): an array of
    /// `arraytype` from bytes in any machine format. In CPython integers in a foreign layout
    /// come back in the last typecode of their width and signedness.
    func arrayReconstructor(_ arguments: Arguments) throws(Raised) -> Value {
        if arguments.count != 4 { throw raiseTypeError("_array_reconstructor expected 4 arguments, got \(arguments.count)") }
        let type = arguments[0], typecode = arguments[1], formatCode = arguments[2], items = arguments[3]
        guard isType(type) else { throw raiseTypeError("first argument must be a type object, not \(typeName(type))") }
        guard isSubtype(TypeView(type).ownTypeID, arrayTypeID) else {
            throw raiseTypeError("\(swiftString(TypeView(type).name)) is not a subtype of array.array")
        }
        guard isStr(builtinSelf(typecode)), StrView(builtinSelf(typecode)).count == 1,
              var code = ArrayTypecode.code(StrView(builtinSelf(typecode))[0]) else {
            throw raiseValueError("second argument must be a valid type code")
        }
        let formatIndex = try cIntValue(formatCode) { "'\(typeName(formatCode))' object cannot be interpreted as an integer" }
        guard formatIndex >= 0, formatIndex < ArrayMachineFormat.all.count else {
            throw raiseValueError("third argument must be a valid machine format code.")
        }
        guard isInstance(items, typeID: TypeID.bytes) else {
            throw raiseTypeError("fourth argument should be bytes, not \(typeName(items))")
        }
        let format = ArrayMachineFormat.all[Int(formatIndex)]
        let bytes = bytesContents(builtinSelf(items))
        if Int(formatIndex) == ArrayMachineFormat.native(code) {
            let array = try newArray(typeID: TypeView(type).ownTypeID, code: code)
            try withRoots(array) { () throws(Raised) in try arrayFromBytes(array, items) }
            return array
        }
        if bytes.count % format.size != 0 { throw raiseValueError("string length not a multiple of item size") }
        if format.kind == .integer {
            code = [ArrayTypecode.b, ArrayTypecode.B, ArrayTypecode.h, ArrayTypecode.H, ArrayTypecode.i, ArrayTypecode.I,
                    ArrayTypecode.l, ArrayTypecode.L, ArrayTypecode.q, ArrayTypecode.Q].last { candidate in
                ArrayTypecode.itemSize(candidate) == format.size && ArrayMachineFormat.all[ArrayMachineFormat.native(candidate)].signed == format.signed
            }!
        }
        let array = try newArray(typeID: TypeView(type).ownTypeID, code: code)
        try withRoots(array) { () throws(Raised) in
            if format.kind == .utf16 {
                var units: [UInt16] = []
                for index in 0..<bytes.count / 2 { units.append(UInt16(truncatingIfNeeded: format.bits(bytes, index))) }
                let text = try newStr(String(decoding: units, as: UTF16.self))
                try withRoots(text) { () throws(Raised) in try arrayFromUnicode(array, text) }
                return
            }
            for index in 0..<bytes.count / format.size {
                let bits = format.bits(bytes, index)
                let item: Value
                switch format.kind {
                case .float: item = Value(anyDouble: Double(bitPattern: bits))
                case .integer where !format.signed && bits > UInt64(Int64.max): item = try newInt(BigInt(bits))
                case .integer: item = try newInt(Int64(bitPattern: bits))
                default: item = try newStr(scalars: [UInt32(truncatingIfNeeded: bits)])
                }
                try withRoots(item) { () throws(Raised) in
                    try arrayAppendBits(array, try arrayItemBits(code, item))
                }
            }
        }
        return array
    }
}
