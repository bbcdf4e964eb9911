// `_bisect`: binary search and insertion in a sorted sequence, which CPython's bisect.py
// imports in place of its own Python versions. A list is read in place, any other
// sequence through __getitem__; the key, if any, is called on each item read.

extension VM {
    func installBisectModule(_ module: Value) throws(Raised) {
        for right in [true, false] {
            let side = right ? "right" : "left"
            try defineModuleFunction(module, "bisect_" + side) { vm, arguments throws(Raised) in
                let (sequence, item, low, high, key) = try vm.bisectArguments(arguments, "bisect_" + side)
                return try vm.newInt(Int64(try vm.bisect(sequence, item, low, high, key: key, right: right)))
            }
            try defineModuleFunction(module, "insort_" + side) { vm, arguments throws(Raised) in
                let (sequence, item, low, high, key) = try vm.bisectArguments(arguments, "insort_" + side)
                let sought = key.isNull ? item : try vm.call(key, item)
                let index = try vm.withRoots(sought) { () throws(Raised) in
                    try vm.bisect(sequence, sought, low, high, key: key, right: right)
                }
                if vm.typeID(of: sequence) == TypeID.list {
                    try vm.listInsert(ListView(sequence), at: index, item)
                } else {
                    let insert = try vm.getAttribute(sequence, vm.intern("insert"))
                    _ = try vm.call(insert, try vm.newInt(Int64(index)), item)
                }
                return .none
            }
        }
    }

    /// (a, x, lo, hi, key) of bisect_*(a, x, lo=0, hi=None, *, key=None); hi is -1 for
    /// len(a) and key NULL for none.
    private func bisectArguments(_ arguments: Arguments, _ name: String) throws(Raised) -> (Value, Value, Int, Int, Value) {
        if arguments.positionalCount > 4 {
            throw raiseTypeError("\(name)() takes at most 4 positional arguments (\(arguments.positionalCount) given)")
        }
        let bound = try bindNativeArguments(arguments, name, ["a", "x", "lo", "hi", "key"], required: 2)
        let integer: (Value) throws(Raised) -> Int = { value throws(Raised) in
            try self.indexValue(value) { "'\(self.typeName(value))' object cannot be interpreted as an integer" }
        }
        let low = bound[2].isNull ? 0 : try integer(bound[2])
        if low < 0 { throw raiseValueError("lo must be non-negative") }
        let high = bound[3].isNull || bound[3].isNone ? -1 : try integer(bound[3])
        return (bound[0], bound[1], low, high, bound[4].isNone ? .null : bound[4])
    }

    /// The index where `item` goes in the sorted `sequence[low:high]`: after any equal
    /// items (`right`) or before them.
    private func bisect(_ sequence: Value, _ item: Value, _ low: Int, _ high: Int, key: Value, right: Bool) throws(Raised) -> Int {
        var low = low, high = high == -1 ? try length(of: sequence) : high
        let isList = typeID(of: sequence) == TypeID.list
        while low < high {
            let middle = low + (high - low) / 2
            var element = isList && middle < ListView(sequence).count
                ? ListView(sequence)[middle] : try getItem(sequence, try newInt(Int64(middle)))
            if !key.isNull { element = try withRoots(element) { () throws(Raised) in try call(key, element) } }
            let goesBefore = try withRoots(element) { () throws(Raised) in
                right ? try isTrue(richCompare(item, element, 2)) : !(try isTrue(richCompare(element, item, 2)))
            }
            if goesBefore { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
