// array.array's list-like methods: append, extend, insert, pop, remove, index, count,
// reverse, and buffer_info and byteswap over its raw items.

extension VM {
    func defineArrayMethods(_ id: Int) {
        defineMethod(id, "append", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.arrayAppendBits(arguments[0], try vm.arrayItemBits(try vm.arrayView(arguments[0]).code, arguments[1]))
            return .none
        }
        defineMethod(id, "extend", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.arrayExtend(arguments[0], arguments[1], sameKindOnly: true)
            return .none
        }
        defineMethod(id, "insert", arguments: 2...2) { vm, arguments throws(Raised) in
            var index = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            let bits = try vm.arrayItemBits(try vm.arrayView(arguments[0]).code, arguments[2])
            let count = try vm.arrayView(arguments[0]).count
            if index < 0 { index = max(0, index + count) }
            index = min(index, count)
            try vm.arraySplice(arguments[0], at: index, removing: 0, inserting: 1, from: nil)
            try vm.arrayView(arguments[0]).store(index, bits)
            return .none
        }
        defineMethod(id, "pop", arguments: 0...1) { vm, arguments throws(Raised) in
            var index = arguments.count > 1 ? try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" } : -1
            let view = try vm.arrayView(arguments[0])
            if view.count == 0 { throw vm.raise(vm.exceptionTypes.indexError, "pop from empty array") }
            if index < 0 { index += view.count }
            guard index >= 0 && index < view.count else { throw vm.raise(vm.exceptionTypes.indexError, "pop index out of range") }
            let item = try vm.arrayItem(view, index)
            try vm.arraySplice(arguments[0], at: index, removing: 1, inserting: 0, from: nil)
            return item
        }
        defineMethod(id, "remove", arguments: 1...1) { vm, arguments throws(Raised) in
            guard let index = try vm.arrayFind(arguments[0], arguments[1], from: 0, to: Int.max) else {
                throw vm.raiseValueError("array.remove(x): x not in array")
            }
            try vm.arraySplice(arguments[0], at: index, removing: 1, inserting: 0, from: nil)
            return .none
        }
        defineMethod(id, "index", arguments: 1...3) { vm, arguments throws(Raised) in
            let what = { "slice indices must be integers or have an __index__ method" }
            var start = arguments.count > 2 ? try vm.clampedIndexValue(arguments[2], what) : 0
            var stop = arguments.count > 3 ? try vm.clampedIndexValue(arguments[3], what) : Int.max
            let count = try vm.arrayView(arguments[0]).count
            if start < 0 { start = max(0, start + count) }
            if stop < 0 { stop = max(0, stop + count) }
            guard let index = try vm.arrayFind(arguments[0], arguments[1], from: start, to: stop) else {
                throw vm.raiseValueError("array.index(x): x not in array")
            }
            return Value(int: index)
        }
        defineMethod(id, "count", arguments: 1...1) { vm, arguments throws(Raised) in
            var found = 0, next = 0
            while let index = try vm.arrayFind(arguments[0], arguments[1], from: next, to: Int.max) {
                found += 1
                next = index + 1
            }
            return Value(int: found)
        }
        defineMethod(id, "reverse", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.arrayView(arguments[0])
            var low = 0, high = view.count - 1
            while low < high {
                let item = view.bits(low)
                view.store(low, view.bits(high))
                view.store(high, item)
                low += 1
                high -= 1
            }
            return .none
        }
        defineMethod(id, "buffer_info", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.arrayView(arguments[0])
            let address = view.bytes.capacity == 0 ? 0 : Int(bitPattern: view.data)
            return try vm.newTuple([try vm.newInt(Int64(address)), Value(int: view.count)])
        }
        defineMethod(id, "byteswap", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.arrayView(arguments[0])
            let size = view.itemSize
            if size > 1 {
                for index in 0..<view.count {
                    var item = UnsafeMutableRawBufferPointer(start: view.data + index * size, count: size)
                    item.reverse()
                }
            }
            return .none
        }
    }

    /// Appends every item of `iterable`. An array must have the same typecode when
    /// `sameKindOnly` (extend, +=); the constructor iterates over any other array.
    func arrayExtend(_ array: Value, _ iterable: Value, sameKindOnly: Bool) throws(Raised) {
        if isArray(iterable) {
            let source = try arrayView(iterable), code = try arrayView(array).code
            if source.code == code {
                let count = source.count, copy = iterable == array ? try arrayCopy(iterable) : iterable
                return try withRoots(copy) { () throws(Raised) in
                    try arraySplice(array, at: try arrayView(array).count, removing: 0, inserting: count,
                                    from: count > 0 ? try arrayView(copy).data : nil)
                }
            }
            if sameKindOnly { throw raiseTypeError("can only extend with array of same kind") }
        }
        try forEach(iterable) { (item) throws(Raised) in
            try arrayAppendBits(array, try arrayItemBits(try arrayView(array).code, item))
        }
    }
}
