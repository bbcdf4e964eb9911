// deque's methods: appends and pops at both ends, extend, insert, remove, rotate, reverse,
// and the scans that call __eq__ (count, index, remove, in).

extension VM {
    func defineDequeMethods(_ id: Int) {
        defineMethod(id, "append", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.dequeAppend(vm.dequeView(arguments[0]), arguments[1])
            return .none
        }
        defineMethod(id, "appendleft", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.dequeAppendLeft(vm.dequeView(arguments[0]), arguments[1])
            return .none
        }
        defineMethod(id, "pop", arguments: 0...0) { vm, arguments throws(Raised) in try vm.dequePop(arguments[0], left: false) }
        defineMethod(id, "popleft", arguments: 0...0) { vm, arguments throws(Raised) in try vm.dequePop(arguments[0], left: true) }
        defineMethod(id, "extend", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.dequeExtend(arguments[0], arguments[1], left: false)
            return .none
        }
        defineMethod(id, "extendleft", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.dequeExtend(arguments[0], arguments[1], left: true)
            return .none
        }
        defineMethod(id, "clear", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.dequeClear(vm.dequeView(arguments[0]))
            return .none
        }
        defineMethod(id, "insert") { vm, arguments throws(Raised) in
            // In CPython deque.insert parses a tuple, so its count error is not list.insert's.
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("insert() takes no keyword arguments") }
            if arguments.count != 3 { throw vm.raiseTypeError("insert() takes exactly 2 arguments (\(arguments.count - 1) given)") }
            var index = try vm.ssizeArgument(arguments[1])
            let view = vm.dequeView(arguments[0])
            let count = view.count
            if view.maxlen == count { throw vm.raise(vm.exceptionTypes.indexError, "deque already at its maximum size") }
            if index < 0 { index = max(0, index + count) }
            try vm.dequeInsert(view, at: min(index, count), arguments[2])
            return .none
        }
        defineMethod(id, "rotate", arguments: 0...1) { vm, arguments throws(Raised) in
            let steps = arguments.count > 1 ? try vm.ssizeArgument(arguments[1]) : 1
            vm.dequeRotate(vm.dequeView(arguments[0]), steps)
            return .none
        }
        defineMethod(id, "reverse", arguments: 0...0) { vm, arguments throws(Raised) in
            vm.dequeReverse(vm.dequeView(arguments[0]))
            return .none
        }
        defineMethod(id, "count", arguments: 1...1) { vm, arguments throws(Raised) in
            var found = 0
            try vm.dequeScan(arguments[0], arguments[1], from: 0, to: Int.max) { _ throws(Raised) in found += 1; return false }
            return Value(int: found)
        }
        defineMethod(id, "index", arguments: 1...3) { vm, arguments throws(Raised) in
            let what = { "slice indices must be integers or have an __index__ method" }
            var start = arguments.count > 2 ? try vm.clampedIndexValue(arguments[2], what) : 0
            var stop = arguments.count > 3 ? try vm.clampedIndexValue(arguments[3], what) : Int.max
            let count = vm.dequeView(arguments[0]).count
            if start < 0 { start = max(0, start + count) }
            if stop < 0 { stop = max(0, stop + count) }
            var found = -1
            try vm.dequeScan(arguments[0], arguments[1], from: start, to: stop, matchBeforeCheck: true) { index throws(Raised) in
                found = index
                return true
            }
            if found < 0 { throw vm.raiseValueError("\(try vm.reprString(arguments[1])) is not in deque") }
            return Value(int: found)
        }
        defineMethod(id, "remove", arguments: 1...1) { vm, arguments throws(Raised) in
            var found = -1
            try vm.dequeScan(arguments[0], arguments[1], from: 0, to: Int.max, mutation: vm.exceptionTypes.indexError) { index throws(Raised) in
                found = index
                return true
            }
            if found < 0 { throw vm.raiseValueError("\(try vm.reprString(arguments[1])) is not in deque") }
            try vm.dequeDelete(vm.dequeView(arguments[0]), at: found)
            return .none
        }
    }

    /// Calls `match` with the index of each item in [start, stop) equal to `value` (identity
    /// first, then the item's __eq__), left to right, until it returns true. Python code run by
    /// __eq__ that changes the deque ends the scan with `mutation` (RuntimeError but for remove),
    /// checked after a match only when not `matchBeforeCheck` (count, remove), as in CPython.
    func dequeScan(_ deque: Value, _ value: Value, from start: Int, to stop: Int, mutation: Int? = nil, matchBeforeCheck: Bool = false,
                   _ match: (Int) throws(Raised) -> Bool) throws(Raised) {
        let view = dequeView(deque), state = view.state
        var index = start
        while index < min(stop, view.count) {
            let item = view[index]
            let quick = quickEquality(item, value)
            let equal = quick != nil ? quick! : try withRoots(item) { () throws(Raised) in try isTrue(try richCompare(item, value, 0)) }
            if equal && matchBeforeCheck, try match(index) { return }
            if view.state != state { throw raise(mutation ?? exceptionTypes.runtimeError, "deque mutated during iteration") }
            if equal, try match(index) { return }
            index += 1
        }
    }
}
