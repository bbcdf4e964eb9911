// memoryview, in the small form the standard library needs (re/_compiler.py turns
// bytes into 32-bit code words with memoryview(b).cast('I').tolist()): a
// one-dimensional view of a bytes or bytearray, read through a native format.
// Its fields are a payload tuple (object, format, itemsize) as for _sre's objects.
// Not supported: slicing, writing, multi-dimensional shapes, other exporters.

enum MemoryViewField {
    static let object = 0, format = 1, itemSize = 2
}

extension VM {
    func installMemoryView() {
        let id = makeBuiltinClass(name: "memoryview", base: TypeID.object, layout: .instance)
        try! dictSet(DictView(builtinsDict), intern("memoryview"), types[id].object)
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "memoryview", ["object"], required: 1, skip: 1)
            let object = vm.typeID(of: bound[0]) == id ? vm.payloadFields(bound[0])[MemoryViewField.object] : vm.builtinSelf(bound[0])
            guard vm.isBytesLike(object) else {
                throw vm.raiseTypeError("memoryview: a bytes-like object is required, not '\(vm.typeName(bound[0]))'")
            }
            return try vm.newPayloadObject(id, [object, vm.intern("B"), Value(int: 1)])
        }
        func contents(_ vm: VM, _ view: Value) -> [UInt8] { vm.bytesLikeContents(vm.payloadFields(view)[MemoryViewField.object]) ?? [] }
        func itemSize(_ vm: VM, _ view: Value) -> Int { Int(vm.smallIntValue(vm.payloadFields(view)[MemoryViewField.itemSize]) ?? 1) }
        func format(_ vm: VM, _ view: Value) -> String { vm.swiftString(vm.payloadFields(view)[MemoryViewField.format]) }
        /// Item `index` decoded in native (little-endian) order.
        func item(_ vm: VM, _ view: Value, _ bytes: [UInt8], _ index: Int) throws(Raised) -> Value {
            let size = itemSize(vm, view), code = format(vm, view)
            if code == "c" { return try vm.newBytes([bytes[index]]) }
            var word: UInt64 = 0
            for byte in 0..<size { word |= UInt64(bytes[index * size + byte]) << UInt64(8 * byte) }
            if code.first!.isLowercase && size < 8 && word & (1 << UInt64(8 * size - 1)) != 0 {
                word |= ~0 << UInt64(8 * size)  // sign-extend
            }
            if code.first!.isLowercase { return try vm.newInt(Int64(bitPattern: word)) }
            return try vm.newInt(BigInt(word))
        }
        defineMethod(id, "cast", arguments: 1...1) { vm, arguments throws(Raised) in
            let view = arguments[0]
            let code = vm.isStr(arguments[1]) ? vm.swiftString(arguments[1]) : ""
            let sizes: [String: Int] = ["B": 1, "b": 1, "c": 1, "H": 2, "h": 2, "I": 4, "i": 4, "L": 8, "l": 8, "Q": 8, "q": 8]
            let plain = code.hasPrefix("@") ? String(code.dropFirst()) : code
            guard let size = sizes[plain] else {
                throw vm.raiseValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
            }
            if contents(vm, view).count % size != 0 { throw vm.raiseTypeError("memoryview: length is not a multiple of itemsize") }
            let object = vm.payloadFields(view)[MemoryViewField.object]
            let formatValue = try vm.newStr(plain)
            return try vm.withRoots(formatValue) { () throws(Raised) in
                try vm.newPayloadObject(id, [object, formatValue, Value(int: size)])
            }
        }
        defineMethod(id, "tolist", arguments: 0...0) { vm, arguments throws(Raised) in
            let bytes = contents(vm, arguments[0])
            let list = try vm.newList()
            try vm.withRoots(list.ref.value) { () throws(Raised) in
                for index in 0..<(bytes.count / itemSize(vm, arguments[0])) {
                    try vm.listAppend(list, item(vm, arguments[0], bytes, index))
                }
            }
            return list.ref.value
        }
        defineMethod(id, "__len__", arguments: 0...0) { vm, arguments throws(Raised) in
            Value(int: contents(vm, arguments[0]).count / itemSize(vm, arguments[0]))
        }
        defineMethod(id, "__getitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            let bytes = contents(vm, arguments[0])
            let count = bytes.count / itemSize(vm, arguments[0])
            var index = try vm.indexValue(arguments[1]) { "memoryview: invalid slice key" }
            if index < 0 { index += count }
            guard index >= 0 && index < count else { throw vm.raise(vm.exceptionTypes.indexError, "index out of bounds on dimension 1") }
            return try item(vm, arguments[0], bytes, index)
        }
        defineMethod(id, "tobytes", arguments: 0...0) { vm, arguments throws(Raised) in try vm.newBytes(contents(vm, arguments[0])) }
        defineMethod(id, "release", arguments: 0...0) { vm, arguments throws(Raised) in .none }
        defineMethod(id, "__enter__", arguments: 0...0) { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__exit__") { vm, arguments throws(Raised) in .false }
        defineGetter(id, "obj") { vm, view throws(Raised) in vm.payloadFields(view)[MemoryViewField.object] }
        defineGetter(id, "format") { vm, view throws(Raised) in vm.payloadFields(view)[MemoryViewField.format] }
        defineGetter(id, "itemsize") { vm, view throws(Raised) in vm.payloadFields(view)[MemoryViewField.itemSize] }
        defineGetter(id, "nbytes") { vm, view throws(Raised) in Value(int: contents(vm, view).count) }
        defineGetter(id, "ndim") { vm, view throws(Raised) in Value(int: 1) }
        defineGetter(id, "readonly") { vm, view throws(Raised) in Value(bool: !vm.isByteArray(vm.payloadFields(view)[MemoryViewField.object])) }
        defineMethod(id, "__repr__", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.newStr("<memory at 0x\(String(arguments[0].bits, radix: 16))>")
        }
    }
}
