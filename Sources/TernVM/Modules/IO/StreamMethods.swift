// What BytesIO and StringIO share: how their class is made, the size arguments of their
// reads, and the methods both take from CPython's IOBase (closed-file checks there end with
// a period).

extension VM {
    /// `_io`'s class `name`, an in-memory stream, bound in `module`: its instances' fields are
    /// a new bytearray (the buffer) followed by `fields` (immediate values).
    func defineMemoryStreamClass(_ existing: Int, _ name: String, in module: Value, fields: [Value]) throws(Raised) -> Int {
        let id = nativeModuleClass(existing, name: name, module: "_io", base: TypeID.object, layout: .instance)
        types[id].flags.formUnion([.namedWithModule])
        try setModuleAttribute(module, name, types[id].object)
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let buffer = try vm.newByteArray([])
            return try vm.withRoots(buffer) { () throws(Raised) in
                try vm.newPayloadObject(TypeView(arguments[0]).ownTypeID, [buffer] + fields)
            }
        }
        return id
    }

    /// read/readline/truncate's size: None or a negative int mean "all".
    func streamSizeArgument(_ arguments: Arguments, _ index: Int) throws(Raised) -> Int {
        guard arguments.count > index, !arguments[index].isNone else { return -1 }
        let size = arguments[index]
        return try indexValue(size) { "argument should be integer or None, not '\(typeName(size))'" }
    }

    /// fileno, detach, isatty, __enter__ and __exit__ for an in-memory stream type;
    /// `checkOpen` raises ValueError when the stream is closed.
    func defineStreamCommonMethods(_ id: Int, checkOpen: @escaping (VM, Value) throws(Raised) -> Void) {
        for name in ["fileno", "detach"] {
            defineMethod(id, name, arguments: 0...0) { vm, arguments throws(Raised) in
                let unsupported = try vm.getAttribute(try vm.importDotted("io"), vm.intern("UnsupportedOperation"))
                throw vm.raise(exception: try vm.call(unsupported, try vm.newStr(name)))
            }
        }
        defineMethod(id, "isatty", arguments: 0...0) { vm, arguments throws(Raised) in
            try checkOpen(vm, arguments[0])
            return .false
        }
        defineMethod(id, "__enter__", arguments: 0...0) { vm, arguments throws(Raised) in
            try checkOpen(vm, arguments[0])
            return arguments[0]
        }
        defineMethod(id, "__exit__") { vm, arguments throws(Raised) in
            _ = try vm.call(try vm.getAttribute(arguments[0], vm.names.close))
            return .none
        }
    }
}
