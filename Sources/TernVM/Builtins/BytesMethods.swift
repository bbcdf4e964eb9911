// The read-only methods shared by bytes and bytearray (a bytearray result for a
// bytearray receiver), with ASCII-only case rules and whitespace.

extension VM {
    /// The bytes of `self` widened to code points, for the shared text algorithms.
    func byteUnits(_ value: Value) -> [UInt32] { (bytesLikeContents(builtinSelf(value)) ?? []).map { UInt32($0) } }

    func newBytesLike(units: [UInt32], like model: Value) throws(Raised) -> Value {
        try newBytesLike(units.map { UInt8(truncatingIfNeeded: $0) }, like: builtinSelf(model))
    }

    /// A search argument: a bytes-like object or an int in range(256).
    func byteNeedle(_ value: Value) throws(Raised) -> [UInt8] {
        if let contents = try bufferContents(value) { return contents }
        if let number = try numberIndex(value) {
            let byte = try clampedIndexValue(number) { "" }
            if byte < 0 || byte > 255 { throw raiseValueError("byte must be in range(0, 256)") }
            return [UInt8(byte)]
        }
        throw raiseTypeError("argument should be integer or bytes-like object, not '\(typeName(value))'")
    }

    func byteUnitsArgument(_ value: Value) throws(Raised) -> [UInt32] {
        try requireBytesLike(value).map { UInt32($0) }
    }

    static func isASCIISpace(_ c: UInt32) -> Bool { c == 32 || (c >= 9 && c <= 13) }

    func installBytesMethods() {
        for id in [TypeID.bytes, TypeID.byteArray] { installBytesLikeMethods(id) }
        defineMethod(TypeID.bytes, "__contains__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__contains__", min: 1, max: 1)
            return Value(bool: try vm.bytesContains(arguments[0], arguments[1]))
        }
    }

    private func installBytesLikeMethods(_ id: Int) {
        installBytesLikeDunders(id)
        defineMethod(id, "decode") { vm, arguments throws(Raised) in
            if vm.namesASCIIPreservingCodec(arguments, first: 1) {
                let bytes = vm.bytesLikeBytes(vm.builtinSelf(arguments[0]))
                if vm.isASCII(bytes) { return try vm.newStrASCII(bytes) }
            }
            let (encoding, errors) = try vm.codecArguments(arguments, first: 1, method: "decode")
            return try vm.decodeBytesLike(vm.builtinSelf(arguments[0]), encoding: encoding, errors: errors)
        }
        defineMethod(id, "hex") { vm, arguments throws(Raised) in
            try vm.withReadableBuffer(arguments[0]) { (bytes) throws(Raised) in try vm.hexMethod(arguments, bytes) }
        }
        defineClassMethod(id, "fromhex") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "fromhex", min: 2, max: 2)
            guard vm.isStr(arguments[1]) else { throw vm.raiseTypeError("fromhex() argument must be str, not \(vm.typeName(arguments[1]))") }
            let text = vm.scalars(arguments[1])
            var out: [UInt8] = []
            var index = 0
            func digit(_ c: UInt32) -> UInt8? {
                switch c {
                case 48...57: return UInt8(c - 48)
                case 97...102: return UInt8(c - 87)
                case 65...70: return UInt8(c - 55)
                default: return nil
                }
            }
            while index < text.count {
                if VM.isASCIISpace(text[index]) { index += 1; continue }
                guard let high = digit(text[index]) else { throw vm.raiseValueError("non-hexadecimal number found in fromhex() arg at position \(index)") }
                guard index + 1 < text.count, let low = digit(text[index + 1]) else {
                    throw vm.raiseValueError("non-hexadecimal number found in fromhex() arg at position \(index + 1)")
                }
                out.append(high << 4 | low)
                index += 2
            }
            let result = id == TypeID.byteArray ? try vm.newByteArray(out) : try vm.newBytes(out)
            // In CPython a subclass gets cls(result).
            if TypeView(arguments[0]).ownTypeID == id { return result }
            return try vm.withRoots(result) { () throws(Raised) in try vm.call(arguments[0], result) }
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 3)
                let needle = try vm.byteNeedle(arguments[1])
                let (first, last) = (try vm.optionalIndex(arguments, 2), try vm.optionalIndex(arguments, 3))
                let text = vm.bytesLikeBytes(vm.builtinSelf(arguments[0]))
                let (start, end) = TextAlgorithms.adjust(first, last, count: text.count)
                let found = ByteSearch.find(text, needle, start, end, reverse: reverse)
                if found < 0 && raises { throw vm.raiseValueError("subsection not found") }
                return Value(int: found)
            }
        }
        defineMethod(id, "count") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "count", min: 1, max: 3)
            let needle = try vm.byteNeedle(arguments[1])
            let (first, last) = (try vm.optionalIndex(arguments, 2), try vm.optionalIndex(arguments, 3))
            let text = vm.bytesLikeBytes(vm.builtinSelf(arguments[0]))
            let (start, end) = TextAlgorithms.adjust(first, last, count: text.count)
            return Value(int: ByteSearch.count(text, needle, start, end))
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 3)
                var candidates: [Value] = [arguments[1]]
                if vm.typeID(of: arguments[1]) == TypeID.tuple {
                    let tuple = TupleView(arguments[1])
                    candidates = (0..<tuple.count).map { tuple[$0] }
                }
                let (first, last) = (try vm.optionalIndex(arguments, 2), try vm.optionalIndex(arguments, 3))
                for candidate in candidates {
                    guard let affix = (try? vm.bufferContents(candidate)) ?? nil else {
                        throw vm.raiseTypeError("\(name) first arg must be bytes or a tuple of bytes, not \(vm.typeName(candidate))")
                    }
                    let text = vm.bytesLikeBytes(vm.builtinSelf(arguments[0]))
                    let (start, end) = TextAlgorithms.adjust(first, last, count: text.count)
                    if start > text.count || end - start < affix.count { continue }
                    if affix.isEmpty || ByteSearch.matches(text.baseAddress! + (atStart ? start : end - affix.count), affix) { return .true }
                }
                return .false
            }
        }
        defineMethod(id, "join") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "join", min: 1, max: 1)
            let separator = vm.bytesLikeContents(vm.builtinSelf(arguments[0]))!
            let items = try vm.listFrom(arguments[1])
            let list = ListView(items)
            var out: [UInt8] = []
            try vm.withRoots(items) { () throws(Raised) in
                var index = 0
                while index < list.count {
                    // In CPython any failure to read the item's buffer (a released view) is this TypeError.
                    guard let part = (try? vm.bufferContents(list[index])) ?? nil else {
                        throw vm.raiseTypeError("sequence item \(index): expected a bytes-like object, \(vm.typeName(list[index])) found")
                    }
                    if index > 0 { out += separator }
                    out += part
                    index += 1
                }
            }
            return try vm.newBytesLike(out, like: vm.builtinSelf(arguments[0]))
        }
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                let separatorValue = vm.argument(arguments, 1, "sep")
                let limitValue = vm.argument(arguments, 2, "maxsplit")
                let limit = limitValue.isNull ? -1 : try vm.indexValue(limitValue) { "'\(vm.typeName(limitValue))' object cannot be interpreted as an integer" }
                let separator = separatorValue.isNull || separatorValue.isNone ? nil : try vm.requireBytesLike(separatorValue)
                if separator?.isEmpty == true { throw vm.raiseValueError("empty separator") }
                let text = vm.bytesLikeBytes(vm.builtinSelf(arguments[0]))
                let ranges: [(Int, Int)]
                if let separator {
                    ranges = TextAlgorithms.splitRanges(count: text.count, separatorCount: separator.count, limit: limit, fromRight: fromRight) {
                        ByteSearch.find(text, separator, $0, $1, reverse: fromRight)
                    }
                } else {
                    ranges = TextAlgorithms.whitespaceSplitRanges(count: text.count, limit: limit, fromRight: fromRight) { VM.isASCIISpace(UInt32(text[$0])) }
                }
                return try vm.newBytesSlices(arguments[0], ranges)
            }
        }
        defineMethod(id, "splitlines") { vm, arguments throws(Raised) in
            let keepValue = try vm.bindNativeArguments(arguments, "splitlines", ["keepends"], required: 0, skip: 1)[0]
            let keep = keepValue.isNull ? false : try vm.isTrue(keepValue)
            let text = vm.bytesLikeBytes(vm.builtinSelf(arguments[0]))
            return try vm.newBytesSlices(arguments[0], TextAlgorithms.lineRanges(count: text.count, keepEnds: keep, bytes: true) { UInt32(text[$0]) })
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                let separator = try vm.requireBytesLike(arguments[1])
                if separator.isEmpty { throw vm.raiseValueError("empty separator") }
                let text = vm.bytesLikeBytes(vm.builtinSelf(arguments[0]))
                let found = ByteSearch.find(text, separator, 0, text.count, reverse: fromRight)
                // In CPython bytes (not bytearray) give back the separator argument itself, and
                // self (a subclass's instance included) when it does not occur.
                let mutable = vm.isByteArray(vm.builtinSelf(arguments[0]))
                if found < 0 {
                    // A bytearray's two empty parts are two objects, as in CPython.
                    let whole = mutable ? try vm.newBytesSlice(arguments[0], 0, text.count) : arguments[0]
                    let empty = try vm.newBytesSlice(arguments[0], 0, 0), other = try vm.newBytesSlice(arguments[0], 0, 0)
                    return try vm.newTuple(fromRight ? [empty, other, whole] : [whole, empty, other])
                }
                let before = try vm.newBytesSlice(arguments[0], 0, found)
                let after = try vm.newBytesSlice(arguments[0], found + separator.count, text.count)
                let middle = mutable ? try vm.newByteArray(separator) : arguments[1]
                return try vm.newTuple([before, middle, after])
            }
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 0, max: 1)
                let chars = arguments.count > 1 && !arguments[1].isNone ? try vm.requireBytesLike(arguments[1]) : nil
                let text = vm.bytesLikeBytes(vm.builtinSelf(arguments[0]))
                func shouldStrip(_ byte: UInt8) -> Bool { chars.map { $0.contains(byte) } ?? VM.isASCIISpace(UInt32(byte)) }
                var start = 0, end = text.count
                if left { while start < end && shouldStrip(text[start]) { start += 1 } }
                if right { while end > start && shouldStrip(text[end - 1]) { end -= 1 } }
                return try vm.newBytesSlice(arguments[0], start, end)
            }
        }
        defineMethod(id, "replace") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "replace", min: 2, max: 3)
            let old = try vm.byteUnitsArgument(arguments[1]), new = try vm.byteUnitsArgument(arguments[2])
            let limit = arguments.count > 3 ? try vm.indexValue(arguments[3]) { "" } : -1
            return try vm.newBytesLike(units: TextAlgorithms.replace(vm.byteUnits(arguments[0]), old, new, limit: limit), like: arguments[0])
        }
        for (name, alignment) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 2)
                let width = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
                var fill: UInt32 = 32
                if arguments.count > 2 {
                    guard let fillBytes = vm.bytesLikeContents(vm.builtinSelf(arguments[2])), fillBytes.count == 1 else {
                        throw vm.raiseTypeError("\(name)() argument 2 must be a byte string of length 1, not \(vm.typeName(arguments[2]))")
                    }
                    fill = UInt32(fillBytes[0])
                }
                try vm.ensureHeapRoom(bytes: width)
                return try vm.newBytesLike(units: TextAlgorithms.pad(vm.byteUnits(arguments[0]), width: width, fill: fill, alignment: alignment), like: arguments[0])
            }
        }
        defineMethod(id, "zfill") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "zfill", min: 1, max: 1)
            let width = try vm.indexValue(arguments[1]) { "" }
            try vm.ensureHeapRoom(bytes: width)
            return try vm.newBytesLike(units: TextAlgorithms.zeroFill(vm.byteUnits(arguments[0]), width: width), like: arguments[0])
        }
        defineMethod(id, "expandtabs") { vm, arguments throws(Raised) in
            let sizeValue = try vm.bindNativeArguments(arguments, "expandtabs", ["tabsize"], required: 0, skip: 1)[0]
            let size = sizeValue.isNull ? 8 : try vm.cIntValue(sizeValue) { "'\(vm.typeName(sizeValue))' object cannot be interpreted as an integer" }
            let units = vm.byteUnits(arguments[0])
            try vm.ensureHeapRoom(bytes: TextAlgorithms.expandedLength(units, tabSize: size) ?? Int.max)
            return try vm.newBytesLike(units: TextAlgorithms.expandTabs(units, tabSize: size), like: arguments[0])
        }
        for (name, atStart) in [("removeprefix", true), ("removesuffix", false)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                let text = vm.byteUnits(arguments[0])
                let affix = try vm.byteUnitsArgument(arguments[1])
                if affix.isEmpty || !TextAlgorithms.matches(text, affix, at: atStart ? 0 : text.count - affix.count) {
                    return try vm.newBytesLike(units: text, like: arguments[0])
                }
                return try vm.newBytesLike(units: atStart ? Array(text[affix.count...]) : Array(text[..<(text.count - affix.count)]), like: arguments[0])
            }
        }
        for name in ["upper", "lower", "swapcase"] {
            // The mapping of every byte, made once: comparing `name` per byte cost 17x CPython's time.
            let table = (0..<256).map { VM.asciiCase(UInt8($0), name) }
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, vm.typeName(id: id) + "." + name, min: 0, max: 0)
                let bytes = VM.mapBytes(vm.bytesLikeContents(vm.builtinSelf(arguments[0]))!, through: table)
                return try vm.newBytesLike(bytes, like: vm.builtinSelf(arguments[0]))
            }
        }
        defineMethod(id, "capitalize", arguments: 0...0) { vm, arguments throws(Raised) in
            let bytes = vm.bytesLikeContents(vm.builtinSelf(arguments[0]))!.enumerated().map { VM.asciiCase($0.element, $0.offset == 0 ? "upper" : "lower") }
            return try vm.newBytesLike(bytes, like: vm.builtinSelf(arguments[0]))
        }
        defineMethod(id, "title", arguments: 0...0) { vm, arguments throws(Raised) in
            var previousCased = false
            var out: [UInt8] = []
            for byte in vm.bytesLikeContents(vm.builtinSelf(arguments[0]))! {
                out.append(VM.asciiCase(byte, previousCased ? "lower" : "upper"))
                previousCased = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
            }
            return try vm.newBytesLike(out, like: vm.builtinSelf(arguments[0]))
        }
        let predicates: [(String, (UInt8) -> Bool)] = [
            ("isalpha", { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }),
            ("isdigit", { $0 >= 48 && $0 <= 57 }),
            ("isalnum", { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }),
            ("isspace", { VM.isASCIISpace(UInt32($0)) }),
        ]
        for (name, predicate) in predicates {
            defineMethod(id, name, arguments: 0...0) { vm, arguments throws(Raised) in
                let bytes = vm.bytesLikeContents(vm.builtinSelf(arguments[0]))!
                return Value(bool: !bytes.isEmpty && bytes.allSatisfy(predicate))
            }
        }
        defineMethod(id, "isascii", arguments: 0...0) { vm, arguments throws(Raised) in
            Value(bool: vm.bytesLikeContents(vm.builtinSelf(arguments[0]))!.allSatisfy { $0 < 128 })
        }
        for (name, wantUpper) in [("isupper", true), ("islower", false)] {
            defineMethod(id, name, arguments: 0...0) { vm, arguments throws(Raised) in
                let bytes = vm.bytesLikeContents(vm.builtinSelf(arguments[0]))!
                let hasUpper = bytes.contains { $0 >= 65 && $0 <= 90 }, hasLower = bytes.contains { $0 >= 97 && $0 <= 122 }
                return Value(bool: wantUpper ? hasUpper && !hasLower : hasLower && !hasUpper)
            }
        }
        defineMethod(id, "istitle", arguments: 0...0) { vm, arguments throws(Raised) in Value(bool: VM.isTitleCased(vm.byteUnits(arguments[0]))) }
        defineMethod(id, "translate") { vm, arguments throws(Raised) in
            if arguments.positionalCount < 2 {
                throw vm.raiseTypeError("translate() takes at least 1 positional argument (0 given)")
            }
            let bound = try vm.bindNativeArguments(arguments, "translate", ["table", "delete"], required: 1, skip: 1)
            let tableValue = bound[0], deleteValue = bound[1]
            var table = (0..<256).map { UInt8($0) }
            if !tableValue.isNull && !tableValue.isNone {
                table = try vm.requireBytesLike(tableValue)
                if table.count != 256 { throw vm.raiseValueError("translation table must be 256 characters long") }
            }
            var deleted = [Bool](repeating: false, count: 256)
            for byte in deleteValue.isNull ? [] : try vm.requireBytesLike(deleteValue) { deleted[Int(byte)] = true }
            var source = vm.bytesLikeContents(vm.builtinSelf(arguments[0]))!
            if deleted.contains(true) { source.removeAll { deleted[Int($0)] } }
            return try vm.newBytesLike(VM.mapBytes(source, through: table), like: vm.builtinSelf(arguments[0]))
        }
        defineStaticMethod(id, "maketrans") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "maketrans", min: 2, max: 2)
            let from = try vm.requireBytesLike(arguments[0]), to = try vm.requireBytesLike(arguments[1])
            if from.count != to.count { throw vm.raiseValueError("maketrans arguments must have same length") }
            var table = (0..<256).map { UInt8($0) }
            for (a, b) in zip(from, to) { table[Int(a)] = b }
            return try vm.newBytes(table)
        }
    }

    /// Each byte replaced by its entry in a 256-byte table, in one tight loop.
    static func mapBytes(_ source: [UInt8], through table: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: source.count)
        out.withUnsafeMutableBufferPointer { out in
            source.withUnsafeBufferPointer { source in
                table.withUnsafeBufferPointer { table in
                    for index in 0..<source.count { out[index] = table[Int(source[index])] }
                }
            }
        }
        return out
    }

    /// bytes (or a bytearray, for one) holding `model`'s bytes start..<end. Read in place:
    /// allocation never moves or frees memory (docs/gc.md).
    /// As in CPython, all of an exact bytes is the object itself.
    func newBytesSlice(_ model: Value, _ start: Int, _ end: Int) throws(Raised) -> Value {
        let me = builtinSelf(model)
        let whole = bytesLikeBytes(me)
        if start == 0 && end == whole.count && typeID(of: model) == TypeID.bytes { return model }
        let part = UnsafeBufferPointer(rebasing: whole[start..<end])
        return isByteArray(me) ? try newByteArray(Array(part)) : try newBytes(copying: part)
    }

    /// A list of slices of `model` (bytes or bytearray, as `model` is).
    func newBytesSlices(_ model: Value, _ ranges: [(Int, Int)]) throws(Raised) -> Value {
        let list = try newList(capacity: ranges.count)
        for (index, (start, end)) in ranges.enumerated() {
            list[index] = try newBytesSlice(model, start, end)
            list.count = index + 1
        }
        return list.ref.value
    }

    /// The operator dunders of bytes and bytearray, callable by name (b"a".__add__(b"b")).
    private func installBytesLikeDunders(_ id: Int) {
        defineMethod(id, "__len__") { vm, arguments throws(Raised) in Value(int: try vm.length(of: vm.builtinSelf(arguments[0]))) }
        if id == TypeID.bytes {
            defineMethod(id, "__getitem__") { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, "__getitem__", min: 1, max: 1)
                return try vm.getItem(vm.builtinSelf(arguments[0]), arguments[1])
            }
            defineMethod(id, "__iter__") { vm, arguments throws(Raised) in try vm.getIterator(vm.builtinSelf(arguments[0])) }
            defineMethod(id, "__bytes__") { vm, arguments throws(Raised) in
                let me = vm.builtinSelf(arguments[0])
                return vm.typeID(of: me) == TypeID.bytes ? me : try vm.newBytes(vm.bytesContents(me))
            }
        }
        var operators = [("__add__", BinaryOp.add, false), ("__mul__", BinaryOp.mul, false), ("__rmul__", BinaryOp.mul, false)]
        if id == TypeID.byteArray { operators += [("__iadd__", BinaryOp.add, true), ("__imul__", BinaryOp.mul, true)] }
        for (name, op, inPlace) in operators {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                let me = vm.builtinSelf(arguments[0]), other = arguments[1]
                if op == BinaryOp.add && !vm.isBytesLike(vm.builtinSelf(other)) { return vm.notImplemented }
                if op == BinaryOp.mul && !vm.isIntLike(other) { return vm.notImplemented }
                let result = try vm.bytesLikeBinary(me, vm.builtinSelf(other), op, inPlace: inPlace)
                if result.isNull { return vm.notImplemented }
                // In place, a subclass's instance stays itself (not the bytearray it carries).
                return inPlace && result == me ? arguments[0] : result
            }
        }
        defineMethod(id, "__mod__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__mod__", min: 1, max: 1)
            return try vm.bytesPercentFormat(vm.builtinSelf(arguments[0]), arguments[1])
        }
        defineMethod(id, "__rmod__") { vm, arguments throws(Raised) in vm.notImplemented }
    }
}

// MARK: Hexadecimal text, shared by bytes.hex and binascii.hexlify

extension VM {
    /// The separator byte of a `sep` argument (nil when not given), checked as CPython does; a str
    /// separator must be ASCII for a str result, but any one-byte character will do for bytes.
    func hexSeparator(_ value: Value, forBytes: Bool) throws(Raised) -> UInt8? {
        if value.isNull { return nil }
        if try length(of: value) != 1 { throw raiseValueError("sep must be length 1.") }
        let separator: UInt32
        if isStr(value) {
            separator = scalars(value)[0]
            if separator > 255 { throw raiseValueError("sep must be ASCII.") }
        } else if value.isObject && ObjectRef(builtinSelf(value)).kind == .bytes {
            separator = UInt32(bytesContents(builtinSelf(value))[0])
        } else {
            throw raiseTypeError("sep must be str or bytes.")
        }
        if separator > 127 && !forBytes { throw raiseValueError("sep must be ASCII.") }
        return UInt8(separator)
    }

    /// How many characters `writeHex` writes for `count` bytes.
    /// bytes.hex(sep, bytes_per_sep) and memoryview.hex of `bytes`.
    func hexMethod(_ arguments: Arguments, _ bytes: UnsafeBufferPointer<UInt8>) throws(Raised) -> Value {
        let separator = try hexSeparator(argument(arguments, 1, "sep"), forBytes: false)
        let groupValue = argument(arguments, 2, "bytes_per_sep")
        let group = groupValue.isNull ? 1 : try indexValue(groupValue) { "" }
        var out = [UInt8](repeating: 0, count: VM.hexLength(bytes.count, separator: separator, group: group))
        out.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { VM.writeHex(bytes, separator: separator, group: group, into: base) }
        }
        return try out.withUnsafeBufferPointer { (buffer) throws(Raised) in try newStrASCII(buffer) }
    }

    static func hexLength(_ count: Int, separator: UInt8?, group: Int) -> Int {
        guard separator != nil, group != 0, count > 0 else { return count * 2 }
        return count * 2 + (count - 1) / Int(group.magnitude)
    }

    /// Two lowercase hex digits per byte, with `separator` between groups of `group` bytes counted
    /// from the right (from the left when `group` is negative).
    static func writeHex(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8?, group: Int, into out: UnsafeMutablePointer<UInt8>) {
        let digits: StaticString = "0123456789abcdef"
        let table = digits.utf8Start
        let step = Int(group.magnitude)
        if separator == nil || step == 0 {
            for index in 0..<bytes.count {
                let byte = Int(bytes[index])
                out[2 * index] = table[byte >> 4]
                out[2 * index + 1] = table[byte & 15]
            }
            return
        }
        var position = 0
        for index in 0..<bytes.count {
            if let separator, step != 0, index > 0 {
                let fromEdge = group > 0 ? bytes.count - index : index
                if fromEdge % step == 0 { out[position] = separator; position += 1 }
            }
            let byte = Int(bytes[index])
            out[position] = table[byte >> 4]
            out[position + 1] = table[byte & 15]
            position += 2
        }
    }
}
