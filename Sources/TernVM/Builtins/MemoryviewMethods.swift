// The memoryview class (Objects/Memoryview.swift holds its layout): made the first time a
// program names `memoryview`, with CPython 3.11's attributes, indexing, slicing, cast and
// messages. Every operation on a released view is a ValueError, except release(),
// __exit__, == and repr().

extension VM {
    /// The memoryview class, made on first use (Interpreter/Names.swift binds it into builtins).
    func memoryviewType() -> Value {
        if memoryviewTypeID == 0 { installMemoryviewType() }
        return types[memoryviewTypeID].object
    }

    private func installMemoryviewType() {
        let id = nativeModuleClass(memoryviewTypeID, name: "memoryview", module: "builtins", base: TypeID.object, layout: .instance)
        memoryviewTypeID = id
        types[id].flags.formUnion([.withoutInstanceDict, .final])
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "memoryview", ["object"], required: 1, skip: 1)
            return try vm.newMemoryview(of: bound[0])
        }
        defineMemoryviewAttributes(id)
        defineMemoryviewSequence(id)
        defineMemoryviewConversions(id)
        installMemoryviewIterator()
    }

    private func defineMemoryviewAttributes(_ id: Int) {
        defineGetter(id, "obj") { vm, view throws(Raised) in try vm.liveMemoryview(view).object }
        defineGetter(id, "nbytes") { vm, view throws(Raised) in Value(int: try vm.liveMemoryview(view).byteCount) }
        defineGetter(id, "readonly") { vm, view throws(Raised) in Value(bool: try vm.liveMemoryview(view).readonly) }
        defineGetter(id, "itemsize") { vm, view throws(Raised) in Value(int: try vm.liveMemoryview(view).itemSize) }
        defineGetter(id, "format") { vm, view throws(Raised) in try vm.liveMemoryview(view).format }
        defineGetter(id, "ndim") { vm, view throws(Raised) in Value(int: try vm.liveMemoryview(view).ndim) }
        defineGetter(id, "shape") { vm, view throws(Raised) in try vm.liveMemoryview(view).fields[MemoryviewField.shape] }
        defineGetter(id, "strides") { vm, view throws(Raised) in try vm.liveMemoryview(view).fields[MemoryviewField.strides] }
        defineGetter(id, "suboffsets") { vm, view throws(Raised) in _ = try vm.liveMemoryview(view); return vm.emptyTuple }
        defineGetter(id, "c_contiguous") { vm, view throws(Raised) in Value(bool: try vm.liveMemoryview(view).isCContiguous) }
        defineGetter(id, "f_contiguous") { vm, view throws(Raised) in Value(bool: try vm.liveMemoryview(view).isFortranContiguous) }
        defineGetter(id, "contiguous") { vm, view throws(Raised) in
            let fields = try vm.liveMemoryview(view)
            return Value(bool: fields.isCContiguous || fields.isFortranContiguous)
        }
        defineMethod(id, "release", arguments: 0...0) { vm, arguments throws(Raised) in
            vm.releaseMemoryview(arguments[0])
            return .none
        }
        defineMethod(id, "__enter__", arguments: 0...0) { vm, arguments throws(Raised) in
            _ = try vm.liveMemoryview(arguments[0])
            return arguments[0]
        }
        defineMethod(id, "__exit__") { vm, arguments throws(Raised) in
            vm.releaseMemoryview(arguments[0])
            return .none
        }
        defineMethod(id, "__repr__", arguments: 0...0) { vm, arguments throws(Raised) in
            let released = vm.memoryviewFields(arguments[0]).released ? "released " : ""
            return try vm.newStr("<\(released)memory at 0x\(String(arguments[0].bits, radix: 16))>")
        }
        defineMethod(id, "__eq__", arguments: 1...1) { vm, arguments throws(Raised) in try vm.memoryviewCompare(arguments[0], arguments[1], equal: true) }
        defineMethod(id, "__ne__", arguments: 1...1) { vm, arguments throws(Raised) in try vm.memoryviewCompare(arguments[0], arguments[1], equal: false) }
        defineMethod(id, "__hash__", arguments: 0...0) { vm, arguments throws(Raised) in
            let stored = vm.memoryviewFields(arguments[0]).fields[MemoryviewField.hash]
            if !stored.isNone { return stored }
            let view = try vm.liveMemoryview(arguments[0])
            if !view.readonly { throw vm.raiseValueError("cannot hash writable memoryview object") }
            guard let code = MemoryviewFormat.native(Array(vm.swiftString(view.format).utf8))?.code, MemoryviewFormat.isByte(code) else {
                throw vm.raiseValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
            }
            _ = try vm.hashValue(view.object)
            let hash = try vm.newInt(Int64(try vm.hashValue(try vm.newBytes(vm.memoryviewBytes(view)))))
            vm.memoryviewFields(arguments[0]).fields[MemoryviewField.hash] = hash
            return hash
        }
        // In CPython object's reductions refuse a view, in copyreg's words below protocol 2.
        defineMethod(id, "__reduce__", arguments: 0...0) { vm, _ throws(Raised) in throw vm.raiseTypeError("cannot pickle 'memoryview' object") }
        defineMethod(id, "__reduce_ex__", arguments: 1...1) { vm, arguments throws(Raised) in
            let proto = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            throw vm.raiseTypeError(proto < 2 ? "cannot pickle 'memoryview' object" : "cannot pickle memoryview objects")
        }
    }

    /// == and != (In CPython: a released view equals only itself, a view of NaNs not even
    /// itself; anything that is no buffer gets NotImplemented).
    private func memoryviewCompare(_ left: Value, _ right: Value, equal: Bool) throws(Raised) -> Value {
        var same: Bool
        if memoryviewFields(left).released || (isMemoryview(right) && memoryviewFields(right).released) {
            same = left == right
        } else {
            guard let other = try bufferDescription(right) else { return notImplemented }
            same = try memoryviewEquals(memoryviewFields(left), other)
        }
        return Value(bool: same == equal)
    }

    private func defineMemoryviewSequence(_ id: Int) {
        defineMethod(id, "__len__", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.liveMemoryview(arguments[0])
            // In CPython 3.11 a 0-dim view has length 1.
            return Value(int: view.ndim == 0 ? 1 : view.shape(0))
        }
        defineMethod(id, "__getitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.memoryviewGetItem(arguments[0], arguments[1])
        }
        defineMethod(id, "__setitem__", arguments: 2...2) { vm, arguments throws(Raised) in
            try vm.memoryviewSetItem(arguments[0], arguments[1], arguments[2])
            return .none
        }
        defineMethod(id, "__delitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            let view = try vm.liveMemoryview(arguments[0])
            if view.readonly { throw vm.raiseTypeError("cannot modify read-only memory") }
            throw vm.raiseTypeError("cannot delete memory")
        }
        defineMethod(id, "__iter__", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.liveMemoryview(arguments[0])
            if view.ndim == 0 { throw vm.raiseTypeError("invalid indexing of 0-dim memory") }
            if view.ndim != 1 { throw vm.raise(vm.exceptionTypes.notImplementedError, "multi-dimensional sub-views are not implemented") }
            _ = try vm.memoryviewItemCode(view.format)
            return try vm.newPayloadObject(vm.memoryviewIteratorTypeID, [arguments[0], Value(int: 0)])
        }
    }

    /// The address of item `index` along the first dimension of a one-dimensional view.
    private func memoryviewItemAddress(_ view: MemoryviewView, _ position: Value, dimension: Int, from start: Int) throws(Raised) -> Int {
        var index = try indexValue(position) { "'\(typeName(position))' object cannot be interpreted as an integer" }
        let extent = view.shape(dimension)
        if index < 0 { index += extent }
        if index < 0 || index >= extent { throw raise(exceptionTypes.indexError, "index out of bounds on dimension \(dimension + 1)") }
        return start + index * view.stride(dimension)
    }

    /// Whether `key` is a tuple of indices (m[1, 2]) or of slices (m[1:, :2]).
    private func memoryviewTupleKey(_ key: Value) -> (indices: Bool, slices: Bool) {
        guard typeID(of: key) == TypeID.tuple else { return (false, false) }
        let items = TupleView(key)
        var indices = true, slices = items.count > 0
        for index in 0..<items.count {
            let item = items[index]
            if typeID(of: item) != TypeID.slice { slices = false }
            if !(isIntLike(item) || !lookupInType(typeID(of: item), names.index).isNull) { indices = false }
        }
        return (indices, slices)
    }

    /// The byte offset (from the view's first item) that a full tuple of indices names.
    private func memoryviewTupleOffset(_ view: MemoryviewView, _ key: Value) throws(Raised) -> Int {
        let items = TupleView(key)
        if items.count < view.ndim { throw raise(exceptionTypes.notImplementedError, "sub-views are not implemented") }
        if items.count > view.ndim {
            throw raiseTypeError("cannot index \(view.ndim)-dimension view with \(items.count)-element tuple")
        }
        var offset = 0
        for dimension in 0..<items.count {
            offset = try memoryviewItemAddress(view, TupleView(key)[dimension], dimension: dimension, from: offset)
        }
        return offset
    }

    private func memoryviewGetItem(_ object: Value, _ key: Value) throws(Raised) -> Value {
        let view = try liveMemoryview(object)
        if view.ndim == 0 {
            if key == ellipsis { return object }
            if typeID(of: key) == TypeID.tuple && TupleView(key).count == 0 {
                return try memoryviewUnpack(try memoryviewItemCode(view.format), view.start!)
            }
            throw raiseTypeError("invalid indexing of 0-dim memory")
        }
        if key.isInt || isIntLike(key) || (typeID(of: key) != TypeID.slice && typeID(of: key) != TypeID.tuple
                                            && !lookupInType(typeID(of: key), names.index).isNull) {
            let code = try memoryviewItemCode(view.format)
            if view.ndim != 1 { throw raise(exceptionTypes.notImplementedError, "multi-dimensional sub-views are not implemented") }
            let offset = try memoryviewItemAddress(view, key, dimension: 0, from: 0)
            let fields = memoryviewFields(object)
            return try memoryviewUnpack(code, fields.start! + offset)
        }
        if typeID(of: key) == TypeID.slice {
            let (start, _, step, count) = try sliceIndices(key, length: view.shape(0))
            let fields = memoryviewFields(object)
            var shape = fields.shapes, strides = fields.strides
            let offset = fields.offset + start * strides[0]
            shape[0] = count
            strides[0] *= step
            return try newMemoryview(object: fields.object, storage: fields.storage, offset: offset, format: fields.format,
                                     itemSize: fields.itemSize, shape: shape, strides: strides, readonly: fields.readonly)
        }
        let kind = memoryviewTupleKey(key)
        if kind.indices {
            let code = try memoryviewItemCode(view.format)
            let offset = try memoryviewTupleOffset(view, key)
            return try memoryviewUnpack(code, memoryviewFields(object).start! + offset)
        }
        if kind.slices { throw raise(exceptionTypes.notImplementedError, "multi-dimensional slicing is not implemented") }
        throw raiseTypeError("memoryview: invalid slice key")
    }

    private func memoryviewSetItem(_ object: Value, _ key: Value, _ value: Value) throws(Raised) {
        let view = try liveMemoryview(object)
        if view.readonly { throw raiseTypeError("cannot modify read-only memory") }
        // Items are packed into scratch memory first: a conversion may run Python code.
        var scratch: UInt64 = 0
        func store(_ offset: Int) throws(Raised) {
            let code = try memoryviewItemCode(view.format)
            var failure: Raised? = nil
            withUnsafeMutableBytes(of: &scratch) { raw in
                do throws(Raised) { try memoryviewPack(code, value, into: raw.baseAddress!.assumingMemoryBound(to: UInt8.self)) } catch { failure = error }
            }
            if let failure { throw failure }
            let fields = try liveMemoryview(object)
            withUnsafeBytes(of: &scratch) { raw in
                (fields.start! + offset).update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: fields.itemSize)
            }
        }
        if view.ndim == 0 {
            if key == ellipsis || (typeID(of: key) == TypeID.tuple && TupleView(key).count == 0) { return try store(0) }
            throw raiseTypeError("invalid indexing of 0-dim memory")
        }
        if isIntLike(key) || (typeID(of: key) != TypeID.slice && typeID(of: key) != TypeID.tuple
                              && !lookupInType(typeID(of: key), names.index).isNull) {
            if view.ndim > 1 { throw raise(exceptionTypes.notImplementedError, "sub-views are not implemented") }
            return try store(try memoryviewItemAddress(view, key, dimension: 0, from: 0))
        }
        if typeID(of: key) == TypeID.slice && view.ndim == 1 {
            guard let source = try bufferDescription(value) else {
                throw raiseTypeError("a bytes-like object is required, not '\(typeName(value))'")
            }
            let (start, _, step, count) = try sliceIndices(key, length: view.shape(0))
            let fields = try liveMemoryview(object)
            let sourceFormat = memoryviewFormatText(source.format), targetFormat = memoryviewFormatText(fields.format)
            guard sourceFormat == targetFormat, source.itemSize == fields.itemSize, source.shape == [count] else {
                throw raiseValueError("memoryview assignment: lvalue and rvalue have different structures")
            }
            // The source may overlap the target: copy it out first.
            let size = fields.itemSize
            var items: [UInt8] = []
            items.reserveCapacity(count * size)
            for offset in source.itemOffsets { items.append(contentsOf: UnsafeBufferPointer(start: source.start! + offset, count: size)) }
            let stride = fields.stride(0) * step
            for index in 0..<count {
                let target = fields.start! + start * fields.stride(0) + index * stride
                for byte in 0..<size { target[byte] = items[index * size + byte] }
            }
            return
        }
        let kind = memoryviewTupleKey(key)
        if kind.indices {
            if TupleView(key).count < view.ndim { throw raise(exceptionTypes.notImplementedError, "sub-views are not implemented") }
            return try store(try memoryviewTupleOffset(view, key))
        }
        if typeID(of: key) == TypeID.slice || kind.slices {
            throw raise(exceptionTypes.notImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
        }
        throw raiseTypeError("memoryview: invalid slice key")
    }

    private func defineMemoryviewConversions(_ id: Int) {
        defineMethod(id, "tolist", arguments: 0...0) { vm, arguments throws(Raised) in try vm.memoryviewList(try vm.liveMemoryview(arguments[0])) }
        defineMethod(id, "tobytes") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "tobytes", ["order"], required: 0, skip: 1)
            let view = try vm.liveMemoryview(arguments[0])
            var fortran = false
            if !bound[0].isNull && !bound[0].isNone {
                guard vm.isStr(bound[0]) else {
                    throw vm.raiseTypeError("tobytes() argument 'order' must be str or None, not \(vm.typeName(bound[0]))")
                }
                let order = vm.swiftString(bound[0])
                guard order == "C" || order == "F" || order == "A" else { throw vm.raiseValueError("order must be 'C', 'F' or 'A'") }
                fortran = order == "F" || (order == "A" && !view.isCContiguous && view.isFortranContiguous)
            }
            return try vm.newBytes(vm.memoryviewBytes(view, fortran: fortran))
        }
        defineMethod(id, "hex") { vm, arguments throws(Raised) in
            let bytes = vm.memoryviewBytes(try vm.liveMemoryview(arguments[0]))
            return try bytes.withUnsafeBufferPointer { (buffer) throws(Raised) in try vm.hexMethod(arguments, buffer) }
        }
        defineMethod(id, "toreadonly", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.liveMemoryview(arguments[0])
            return try vm.newMemoryview(object: view.object, storage: view.storage, offset: view.offset, format: view.format,
                                        itemSize: view.itemSize, shape: view.shapes, strides: view.strides, readonly: true)
        }
        defineMethod(id, "cast") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "cast", ["format", "shape"], required: 1, skip: 1)
            return try vm.memoryviewCast(arguments[0], format: bound[0], shape: bound[1])
        }
    }

    /// cast(format[, shape]) with CPython 3.11's rules: a C-contiguous view to a native format,
    /// one of the two formats a byte format, 1-D to N-D or N-D to 1-D.
    private func memoryviewCast(_ object: Value, format: Value, shape: Value) throws(Raised) -> Value {
        let view = try liveMemoryview(object)
        if !view.isCContiguous { throw raiseTypeError("memoryview: casts are restricted to C-contiguous views") }
        let zeros = view.shapes.contains(0) || view.strides.contains(0)
        if (!shape.isNull || view.ndim != 1) && zeros {
            throw raiseTypeError("memoryview: cannot cast view with zeros in shape or strides")
        }
        var dimensions: [Value]? = nil
        if !shape.isNull {
            let kind = typeID(of: shape)
            guard kind == TypeID.list || kind == TypeID.tuple else { throw raiseTypeError("shape must be a list or a tuple") }
            dimensions = []
            try forEach(shape) { (item) throws(Raised) in dimensions!.append(item) }
            if dimensions!.count > 64 { throw raiseValueError("memoryview: number of dimensions must not exceed 64") }
            if view.ndim != 1 && dimensions!.count != 1 { throw raiseTypeError("memoryview: cast must be 1D -> ND or ND -> 1D") }
        }
        guard isStr(builtinSelf(format)) else {
            throw raiseTypeError("cast() argument 'format' must be str, not \(typeName(format))")
        }
        let text = try encodeText(builtinSelf(format), encoding: "ascii", errors: "strict")
        guard let destination = MemoryviewFormat.native(text) else {
            throw raiseValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        }
        let source = MemoryviewFormat.native(Array(swiftString(view.format).utf8))
        if !(source.map { MemoryviewFormat.isByte($0.code) } ?? false) && !MemoryviewFormat.isByte(destination.code) {
            throw raiseTypeError("memoryview: cannot cast between two non-byte formats")
        }
        let length = view.byteCount
        if length % destination.size != 0 { throw raiseTypeError("memoryview: length is not a multiple of itemsize") }
        var newShape = [length / destination.size]
        if let dimensions {
            var product = destination.size
            newShape = []
            for item in dimensions {
                guard isIntLike(item) else { throw raiseTypeError("memoryview.cast(): elements of shape must be integers") }
                guard let extent = smallIntValue(item).map({ Int($0) }) ?? bigIntValue(item).asInt64.map({ Int($0) }) else {
                    throw raise(exceptionTypes.overflowError, "Python int too large to convert to C ssize_t")
                }
                if extent <= 0 { throw raiseValueError("memoryview.cast(): elements of shape must be integers > 0") }
                if extent > Int.max / product { throw raiseValueError("memoryview.cast(): product(shape) > SSIZE_MAX") }
                product *= extent
                newShape.append(extent)
            }
            if product != length { throw raiseTypeError("memoryview: product(shape) * itemsize != buffer size") }
        }
        var strides = [Int](repeating: destination.size, count: newShape.count)
        for dimension in stride(from: newShape.count - 2, through: 0, by: -1) {
            strides[dimension] = strides[dimension + 1] * newShape[dimension + 1]
        }
        let fields = memoryviewFields(object)
        return try newMemoryview(object: fields.object, storage: fields.storage, offset: fields.offset, format: try newStr(String(decoding: text, as: UTF8.self)),
                                 itemSize: destination.size, shape: newShape, strides: strides, readonly: fields.readonly)
    }

    /// The iterator of a one-dimensional view: a payload object whose fields are (view, index).
    private func installMemoryviewIterator() {
        let id = nativeModuleClass(memoryviewIteratorTypeID, name: "memory_iterator", module: "builtins", base: TypeID.object, layout: .instance)
        memoryviewIteratorTypeID = id
        types[id].flags.formUnion([.withoutInstanceDict, .final])
        defineMethod(id, "__iter__") { _, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__next__") { vm, arguments throws(Raised) in
            let fields = vm.payloadFields(arguments[0])
            let object = fields[0]
            if object.isNone { throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil)) }
            let view = try vm.liveMemoryview(object)
            let index = Int(fields[1].int)
            if index >= view.shape(0) {
                fields[0] = .none
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil))
            }
            fields[1] = Value(int: index + 1)
            return try vm.memoryviewUnpack(try vm.memoryviewItemCode(view.format), view.start! + index * view.stride(0))
        }
    }
}
