// array.array as a sequence: length, items and slices, iteration, + and *, comparisons, repr.

extension VM {
    func defineArraySequenceMethods(_ id: Int) {
        defineMethod(id, "__len__") { vm, arguments throws(Raised) in Value(int: try vm.arrayView(arguments[0]).count) }
        defineMethod(id, "__getitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.arrayGetItem(arguments[0], arguments[1])
        }
        defineMethod(id, "__setitem__", arguments: 2...2) { vm, arguments throws(Raised) in
            try vm.arraySetItem(arguments[0], arguments[1], arguments[2])
            return .none
        }
        defineMethod(id, "__delitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.arraySetItem(arguments[0], arguments[1], .null)
            return .none
        }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in
            _ = try vm.arrayView(arguments[0])
            return try vm.newArrayIterator(arguments[0])
        }
        defineMethod(id, "__contains__", arguments: 1...1) { vm, arguments throws(Raised) in
            Value(bool: try vm.arrayFind(arguments[0], arguments[1], from: 0, to: Int.max) != nil)
        }
        defineMethod(id, "__add__", arguments: 1...1) { vm, arguments throws(Raised) in try vm.arrayConcat(arguments[0], arguments[1]) }
        defineMethod(id, "__iadd__", arguments: 1...1) { vm, arguments throws(Raised) in
            guard vm.isArray(arguments[1]) else {
                throw vm.raiseTypeError("can only extend array with array (not \"\(vm.typeName(arguments[1]))\")")
            }
            try vm.arrayExtend(arguments[0], arguments[1], sameKindOnly: true)
            return arguments[0]
        }
        for name in ["__mul__", "__rmul__"] {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                guard let times = try vm.sequenceRepeatCount(arguments[1], name == "__mul__", sameKind: vm.isArray(arguments[1])) else { return vm.notImplemented }
                let view = try vm.arrayView(arguments[0])
                let count = try vm.repeatedLength(view.count, max(0, times), itemBytes: view.itemSize)
                let result = try vm.newArray(typeID: vm.arrayTypeID, code: view.code, capacity: count)
                try vm.arrayRepeat(result, source: arguments[0], times: max(0, times))
                return result
            }
        }
        defineMethod(id, "__imul__", arguments: 1...1) { vm, arguments throws(Raised) in
            guard let times = try vm.sequenceRepeatCount(arguments[1], true, sameKind: vm.isArray(arguments[1])) else { return vm.notImplemented }
            let view = try vm.arrayView(arguments[0])
            _ = try vm.repeatedLength(view.count, max(0, times), itemBytes: view.itemSize)
            try vm.checkResizable(view.bytes, to: view.bytes.count * max(0, times))
            let copy = try vm.newArray(code: view.code, copying: view.count > 0 ? view.data : nil, byteCount: view.bytes.count)
            try vm.arrayView(arguments[0]).bytes.count = 0
            try vm.withRoots(copy) { () throws(Raised) in try vm.arrayRepeat(arguments[0], source: copy, times: max(0, times)) }
            return arguments[0]
        }
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                try vm.arrayCompare(arguments[0], arguments[1], op)
            }
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in try vm.arrayRepr(arguments[0]) }
        defineMethod(id, "__copy__", arguments: 0...0) { vm, arguments throws(Raised) in try vm.arrayCopy(arguments[0]) }
        defineMethod(id, "__deepcopy__", arguments: 1...1) { vm, arguments throws(Raised) in try vm.arrayCopy(arguments[0]) }
        defineMethod(id, "__sizeof__", arguments: 0...0) { vm, arguments throws(Raised) in
            Value(int: 64 + (try vm.arrayView(arguments[0]).bytes.capacity))
        }
    }

    /// A new array.array holding the same items.
    func arrayCopy(_ array: Value) throws(Raised) -> Value {
        let view = try arrayView(array)
        return try newArray(code: view.code, copying: view.count > 0 ? view.data : nil, byteCount: view.bytes.count)
    }

    /// a[key]: an item, or a new array.array for a slice.
    func arrayGetItem(_ array: Value, _ key: Value) throws(Raised) -> Value {
        if key.isInt {
            let view = try arrayView(array)
            var index = Int(key.int)
            let count = view.count
            if index < 0 { index += count }
            guard index >= 0 && index < count else { throw raise(exceptionTypes.indexError, "array index out of range") }
            return try arrayItem(view, index)
        }
        if typeID(of: key) == TypeID.slice {
            let (start, _, step, count) = try sliceIndices(key, length: try arrayView(array).count)
            let view = try arrayView(array)
            if step == 1 {
                return try newArray(code: view.code, copying: count > 0 ? view.data + start * view.itemSize : nil, byteCount: count * view.itemSize)
            }
            let result = try newArray(typeID: arrayTypeID, code: view.code, capacity: count)
            let target = try arrayView(result)
            target.bytes.count = count * view.itemSize
            for index in 0..<count { target.store(index, view.bits(start + index * step)) }
            return result
        }
        let index = try indexValue(key) { "array indices must be integers" }
        return try arrayGetItem(array, Value(int: index))
    }

    /// a[key] = value, or del a[key] when `value` is NULL.
    func arraySetItem(_ array: Value, _ key: Value, _ value: Value) throws(Raised) {
        if typeID(of: key) == TypeID.slice { return try arraySetSlice(array, key, value) }
        var index = key.isInt ? Int(key.int) : try indexValue(key) { "array indices must be integers" }
        let count = try arrayView(array).count
        if index < 0 { index += count }
        guard index >= 0 && index < count else { throw raise(exceptionTypes.indexError, "array assignment index out of range") }
        if value.isNull { return try arraySplice(array, at: index, removing: 1, inserting: 0, from: nil) }
        let bits = try arrayItemBits(try arrayView(array).code, value)
        // Converting may have run Python code (__index__, __float__) that shrank the array.
        let view = try arrayView(array)
        guard index < view.count else { throw raise(exceptionTypes.indexError, "array assignment index out of range") }
        view.store(index, bits)
    }

    /// a[i:j:k] = other (an array of the same typecode), or del a[i:j:k] when `value` is NULL.
    private func arraySetSlice(_ array: Value, _ key: Value, _ value: Value) throws(Raised) {
        var source = value
        if !value.isNull {
            guard isArray(value) else {
                throw raiseTypeError("can only assign array (not \"\(typeName(value))\") to array slice")
            }
            if try arrayView(value).code != arrayView(array).code { throw raiseTypeError("bad argument type for built-in operation") }
            if value == array { source = try arrayCopy(value) }
        }
        try withRoots(source) { () throws(Raised) in
            let (start, _, step, count) = try sliceIndices(key, length: try arrayView(array).count)
            let given = source.isNull ? 0 : try arrayView(source).count
            if step == 1 {
                let from = source.isNull || given == 0 ? nil : UnsafeRawPointer(try arrayView(source).data)
                return try arraySplice(array, at: start, removing: count, inserting: given, from: from)
            }
            if source.isNull {
                // Deleting an extended slice: keep every item not on it, in order.
                let view = try arrayView(array)
                let total = view.count
                try checkResizable(view.bytes, to: (total - count) * view.itemSize)
                var kept = 0
                for index in 0..<total {
                    let offset = index - start
                    let onSlice = step > 0 ? (offset >= 0 && offset % step == 0 && offset / step < count)
                                           : (offset <= 0 && (-offset) % (-step) == 0 && offset / step < count)
                    if !onSlice { view.store(kept, view.bits(index)); kept += 1 }
                }
                view.bytes.count = kept * view.itemSize
                return
            }
            guard given == count else {
                throw raiseValueError("attempt to assign array of size \(given) to extended slice of size \(count)")
            }
            let target = try arrayView(array), from = try arrayView(source)
            for index in 0..<count { target.store(start + index * step, from.bits(index)) }
        }
    }

    /// The first index in [start, stop) whose item == value, or nil. In CPython each item is a
    /// new object, so a NaN is never found by identity.
    func arrayFind(_ array: Value, _ value: Value, from start: Int, to stop: Int) throws(Raised) -> Int? {
        var index = start
        while index < min(stop, try arrayView(array).count) {
            let item = try arrayItem(try arrayView(array), index)
            let equal: Bool
            if item.isInt && value.isInt {
                equal = item == value
            } else if item.isFloat && value.isFloat {
                equal = item.double == value.double
            } else {
                equal = try withRoots(item) { () throws(Raised) in try isTrue(try richCompare(item, value, 0)) }
            }
            if equal { return index }
            index += 1
        }
        return nil
    }

    /// a + b for arrays of one typecode.
    private func arrayConcat(_ left: Value, _ right: Value) throws(Raised) -> Value {
        guard isArray(right) else {
            // In CPython the right operand's __radd__ comes before array's concatenation.
            if types[typeID(of: right)].flags.contains(.heapType) && !lookupInType(typeID(of: right), intern("__radd__")).isNull {
                return notImplemented
            }
            throw raiseTypeError("can only append array (not \"\(typeName(right))\") to array")
        }
        let a = try arrayView(left), b = try arrayView(right)
        if a.code != b.code { throw raiseTypeError("bad argument type for built-in operation") }
        let result = try newArray(code: a.code, copying: a.count > 0 ? a.data : nil, byteCount: a.bytes.count)
        try withRoots(result) { () throws(Raised) in
            let b = try arrayView(right)
            try arraySplice(result, at: a.count, removing: 0, inserting: b.count, from: b.count > 0 ? b.data : nil)
        }
        return result
    }

    /// Appends `times` copies of the items of `source` to `target`.
    private func arrayRepeat(_ target: Value, source: Value, times: Int) throws(Raised) {
        let count = try arrayView(source).count
        if count == 0 { return }
        for _ in 0..<times {
            let start = try arrayView(target).count
            try arraySplice(target, at: start, removing: 0, inserting: count, from: try arrayView(source).data)
        }
    }

    /// ==, !=, <, <=, >, >= (op 0...5): item by item up to the first that differs, then by length.
    private func arrayCompare(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        guard isArray(right) else { return notImplemented }
        let a = try arrayView(left), b = try arrayView(right)
        if (op == 0 || op == 1) && a.count != b.count { return Value(bool: op == 1) }
        if (op == 0 || op == 1) && a.code == b.code && !ArrayTypecode.isFloat(a.code) {
            let same = a.bytes.count == 0
                || UnsafeRawBufferPointer(start: a.data, count: a.bytes.count).elementsEqual(UnsafeRawBufferPointer(start: b.data, count: b.bytes.count))
            return Value(bool: same == (op == 0))
        }
        var index = 0
        while index < min(try arrayView(left).count, try arrayView(right).count) {
            let x = try arrayItem(try arrayView(left), index)
            let differ = try withRoots(x) { () throws(Raised) -> Value? in
                let y = try arrayItem(try arrayView(right), index)
                return try withRoots(y) { () throws(Raised) -> Value? in
                    if try isTrue(try richCompare(x, y, 0)) { return nil }
                    return op == 0 ? .false : (op == 1 ? .true : try richCompare(x, y, op))
                }
            }
            if let differ { return differ }
            index += 1
        }
        let m = try arrayView(left).count, n = try arrayView(right).count
        let results = [m == n, m != n, m < n, m <= n, m > n, m >= n]
        return Value(bool: results[op])
    }

    /// `array('i', [1, 2])`, `array('u', 'ab')`, `array('d')` (a subclass by its own name).
    private func arrayRepr(_ array: Value) throws(Raised) -> Value {
        let view = try arrayView(array)
        let head = "\(swiftString(TypeView(typeOf(array)).name))('\(String(UnicodeScalar(view.code)))'"
        if view.count == 0 { return try newStr(head + ")") }
        let items = view.code == ArrayTypecode.u ? try arrayToUnicode(array) : try arrayToList(array)
        return try withRoots(items) { () throws(Raised) in try newStr(head + ", " + (try reprString(items)) + ")") }
    }
}
