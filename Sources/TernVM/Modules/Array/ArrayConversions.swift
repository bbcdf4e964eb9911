// array.array to and from bytes, lists, strings ('u' arrays) and files.

extension VM {
    func defineArrayConversions(_ id: Int) {
        defineMethod(id, "tobytes", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.arrayView(arguments[0])
            return try vm.newBytes(view.bytes.contents)
        }
        defineMethod(id, "frombytes", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.arrayFromBytes(arguments[0], arguments[1])
            return .none
        }
        defineMethod(id, "tolist", arguments: 0...0) { vm, arguments throws(Raised) in try vm.arrayToList(arguments[0]) }
        defineMethod(id, "fromlist", arguments: 1...1) { vm, arguments throws(Raised) in
            guard vm.isInstance(arguments[1], typeID: TypeID.list) else { throw vm.raiseTypeError("arg must be list") }
            let before = try vm.arrayView(arguments[0]).count
            do throws(Raised) {
                try vm.arrayExtend(arguments[0], arguments[1], sameKindOnly: true)
            } catch {
                // In CPython a failed fromlist leaves the array as it was.
                let view = try vm.arrayView(arguments[0])
                view.bytes.count = min(view.bytes.count, before * view.itemSize)
                throw error
            }
            return .none
        }
        defineMethod(id, "tounicode", arguments: 0...0) { vm, arguments throws(Raised) in
            if try vm.arrayView(arguments[0]).code != ArrayTypecode.u {
                throw vm.raiseValueError("tounicode() may only be called on unicode type arrays")
            }
            return try vm.arrayToUnicode(arguments[0])
        }
        defineMethod(id, "fromunicode", arguments: 1...1) { vm, arguments throws(Raised) in
            guard vm.isStr(vm.builtinSelf(arguments[1])) else {
                throw vm.raiseTypeError("fromunicode() argument must be str, not \(vm.typeName(arguments[1]))")
            }
            if try vm.arrayView(arguments[0]).code != ArrayTypecode.u {
                throw vm.raiseValueError("fromunicode() may only be called on unicode type arrays")
            }
            try vm.arrayFromUnicode(arguments[0], arguments[1])
            return .none
        }
        defineMethod(id, "tofile", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.arrayToFile(arguments[0], arguments[1])
            return .none
        }
        defineMethod(id, "fromfile", arguments: 2...2) { vm, arguments throws(Raised) in
            try vm.arrayFromFile(arguments[0], arguments[1], arguments[2])
            return .none
        }
    }

    func arrayToList(_ array: Value) throws(Raised) -> Value {
        let count = try arrayView(array).count
        let list = try newList(capacity: count)
        let view = try arrayView(array)
        for index in 0..<count { list[index] = try arrayItem(view, index) }
        list.count = count
        return list.ref.value
    }

    /// The items of a 'u' array as one str.
    func arrayToUnicode(_ array: Value) throws(Raised) -> Value {
        let view = try arrayView(array)
        if view.count == 0 { return try newStr("") }
        for index in 0..<view.count where view.bits(index) > 0x10FFFF {
            throw raiseValueError("character U+\(String(view.bits(index), radix: 16)) is not in range [U+0000; U+10ffff]")
        }
        return try newStr(scalars: UnsafeBufferPointer(start: view.data.assumingMemoryBound(to: UInt32.self), count: view.count))
    }

    func arrayFromUnicode(_ array: Value, _ text: Value) throws(Raised) {
        try arrayAppendRaw(array, StrView(builtinSelf(text)).scalars)
    }

    /// Appends the items whose bytes a bytes-like object holds.
    func arrayFromBytes(_ array: Value, _ buffer: Value) throws(Raised) {
        let contents = try requireBytesLike(buffer)
        if contents.count % (try arrayView(array).itemSize) != 0 { throw raiseValueError("bytes length not a multiple of item size") }
        try arrayAppendRaw(array, contents)
    }

    /// Appends items given as their raw bytes (a whole number of items).
    private func arrayAppendRaw<Element>(_ array: Value, _ raw: [Element]) throws(Raised) {
        let byteCount = raw.count * MemoryLayout<Element>.stride
        if byteCount == 0 { return }
        let start = try arrayView(array).bytes.count
        try arraySplice(array, at: start / (try arrayView(array).itemSize), removing: 0,
                        inserting: byteCount / (try arrayView(array).itemSize), from: nil)
        let target = try arrayView(array).data + start
        raw.withUnsafeBytes { source in target.copyMemory(from: source.baseAddress!, byteCount: byteCount) }
    }

    /// f.write of the array's bytes, in blocks of 64 KiB as CPython writes them.
    private func arrayToFile(_ array: Value, _ file: Value) throws(Raised) {
        let block = 64 * 1024
        let write = try getAttribute(file, intern("write"))
        try withRoots(write) { () throws(Raised) in
            var start = 0
            while start < (try arrayView(array).bytes.count) {
                let view = try arrayView(array)
                let end = min(start + block, view.bytes.count)
                let chunk = try newBytes(Array(UnsafeBufferPointer(start: view.bytes.data + start, count: end - start)))
                _ = try withRoots(chunk) { () throws(Raised) in try call(write, chunk) }
                start = end
            }
        }
    }

    /// Appends `count` items read from f.read(); EOFError (after appending what came) when
    /// the file had fewer.
    private func arrayFromFile(_ array: Value, _ file: Value, _ countValue: Value) throws(Raised) {
        let count = try indexValue(countValue) { "'\(typeName(countValue))' object cannot be interpreted as an integer" }
        if count < 0 { throw raiseValueError("negative count") }
        let size = try arrayView(array).itemSize
        let (wanted, overflow) = count.multipliedReportingOverflow(by: size)
        if overflow { throw raiseMemoryError() }
        let data = try call(try getAttribute(file, intern("read")), Value(int: wanted))
        guard isInstance(data, typeID: TypeID.bytes) else { throw raiseTypeError("read() didn't return bytes") }
        try withRoots(data) { () throws(Raised) in
            try arrayFromBytes(array, data)
            if bytesContents(builtinSelf(data)).count != wanted {
                throw raise(exceptionTypes.eofError, "read() didn't return enough bytes")
            }
        }
    }
}
