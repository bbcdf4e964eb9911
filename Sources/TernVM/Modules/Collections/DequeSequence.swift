// deque as a sequence: length, items by index (no slices, as in CPython), iteration,
// membership, + and *, comparisons with other deques, repr.

extension VM {
    func defineDequeSequenceMethods(_ id: Int) {
        defineMethod(id, "__len__") { vm, arguments throws(Raised) in Value(int: vm.dequeView(arguments[0]).count) }
        defineMethod(id, "__getitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.dequeGetItem(arguments[0], arguments[1])
        }
        defineMethod(id, "__setitem__", arguments: 2...2) { vm, arguments throws(Raised) in
            let index = try vm.dequeIndex(arguments[0], arguments[1])
            vm.dequeView(arguments[0])[index] = arguments[2]
            return .none
        }
        defineMethod(id, "__delitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.dequeDelete(vm.dequeView(arguments[0]), at: try vm.dequeIndex(arguments[0], arguments[1]))
            return .none
        }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in try vm.newDequeIterator(arguments[0], reverse: false) }
        defineMethod(id, "__reversed__", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.newDequeIterator(arguments[0], reverse: true)
        }
        defineMethod(id, "__contains__", arguments: 1...1) { vm, arguments throws(Raised) in
            var found = false
            try vm.dequeScan(arguments[0], arguments[1], from: 0, to: Int.max, matchBeforeCheck: true) { _ throws(Raised) in
                found = true
                return true
            }
            return Value(bool: found)
        }
        defineMethod(id, "__add__", arguments: 1...1) { vm, arguments throws(Raised) in
            guard vm.isDeque(arguments[1]) else {
                throw vm.raiseTypeError("can only concatenate deque (not \"\(vm.typeName(arguments[1]))\") to deque")
            }
            let result = try vm.dequeCopy(arguments[0])
            try vm.withRoots(result) { () throws(Raised) in try vm.dequeExtend(result, arguments[1], left: false) }
            return result
        }
        defineMethod(id, "__iadd__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.dequeExtend(arguments[0], arguments[1], left: false)
            return arguments[0]
        }
        for name in ["__mul__", "__rmul__"] {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                guard let times = try vm.sequenceRepeatCount(arguments[1], name == "__mul__", sameKind: vm.isDeque(arguments[1])) else {
                    return vm.notImplemented
                }
                let result = try vm.dequeCopy(arguments[0])
                try vm.withRoots(result) { () throws(Raised) in try vm.dequeRepeat(result, times) }
                return result
            }
        }
        defineMethod(id, "__imul__", arguments: 1...1) { vm, arguments throws(Raised) in
            guard let times = try vm.sequenceRepeatCount(arguments[1], true, sameKind: vm.isDeque(arguments[1])) else {
                return vm.notImplemented
            }
            try vm.dequeRepeat(arguments[0], times)
            return arguments[0]
        }
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                try vm.dequeCompare(arguments[0], arguments[1], op)
            }
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in try vm.dequeRepr(arguments[0]) }
    }

    /// d[key] for an int key (CPython's deque has no slices).
    func dequeGetItem(_ deque: Value, _ key: Value) throws(Raised) -> Value {
        dequeView(deque)[try dequeIndex(deque, key)]
    }

    /// An index into the deque from a key, negative ones counting from the right.
    private func dequeIndex(_ deque: Value, _ key: Value) throws(Raised) -> Int {
        var index = key.isInt ? Int(key.int) : try indexValue(key) { "sequence index must be integer, not '\(typeName(key))'" }
        let count = dequeView(deque).count
        if index < 0 { index += count }
        guard index >= 0 && index < count else { throw raise(exceptionTypes.indexError, "deque index out of range") }
        return index
    }

    /// d *= times: the items repeated, keeping only the rightmost maxlen of them.
    private func dequeRepeat(_ deque: Value, _ times: Int) throws(Raised) {
        let view = dequeView(deque), count = view.count
        if times <= 0 { return try dequeClear(view) }
        if count == 0 || times == 1 { return }
        // A bounded deque needs only enough copies to fill it.
        let copies = view.maxlen >= 0 ? min(times, view.maxlen / count + 2) : times
        _ = try repeatedLength(count, copies, itemBytes: 8)
        let items = try dequeToList(deque)
        try withRoots(items) { () throws(Raised) in
            for _ in 1..<copies { try dequeExtend(deque, items, left: false) }
        }
    }

    /// ==, !=, <, <=, >, >= (op 0...5) with another deque: the first pair of items that differ
    /// decides, else the lengths. Python code run by __eq__ must not change either deque.
    private func dequeCompare(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        guard isDeque(right) else { return notImplemented }
        let a = dequeView(left), b = dequeView(right)
        let m = a.count, n = b.count
        if (op == 0 || op == 1) && m != n { return Value(bool: op == 1) }
        let stateA = a.state, stateB = b.state
        var index = 0
        while true {
            if a.state != stateA || b.state != stateB { throw raise(exceptionTypes.runtimeError, "deque mutated during iteration") }
            if index >= m || index >= n { break }
            let x = a[index], y = b[index]
            let differ = try withRoots(x, y) { () throws(Raised) -> Value? in
                // In CPython == and != ask __eq__ again for their result.
                if try isEqual(x, y) { return nil }
                return Value(bool: try isTrue(try richCompare(x, y, op)))
            }
            if let differ { return differ }
            index += 1
        }
        let results = [m == n, m != n, m < n, m <= n, m > n, m >= n]
        return Value(bool: results[op])
    }

    /// `deque([1, 2])`, `deque([1], maxlen=3)` (a subclass by its own name); `[...]` for a
    /// deque met again inside its own repr.
    private func dequeRepr(_ deque: Value) throws(Raised) -> Value {
        if reprInProgress.contains(deque.bits) { return try newStr("[...]") }
        reprInProgress.insert(deque.bits)
        defer { reprInProgress.remove(deque.bits) }
        let items = try dequeToList(deque)
        let text = try withRoots(items) { () throws(Raised) in try reprString(items) }
        let name = swiftString(TypeView(typeOf(deque)).name), maxlen = dequeView(deque).maxlen
        return try newStr(maxlen < 0 ? "\(name)(\(text))" : "\(name)(\(text), maxlen=\(maxlen))")
    }
}
