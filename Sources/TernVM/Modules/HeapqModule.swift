// `_heapq`: the binary-heap operations on a list, which CPython's heapq.py imports in
// place of its own Python versions. The list is ordered exactly as heapq.py orders it
// (the same sifts, Floyd's bottom-up pop), so a program sees the same heap either way.
// A comparison runs Python code that may change the list: as CPython's _heapq does, a
// sift checks the size after each one (RuntimeError) and rereads the items it moves.

extension VM {
    func installHeapqModule(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "heappush") { vm, arguments throws(Raised) in
            let heap = try vm.heapArguments(arguments, "heappush", 2)
            try vm.listAppend(heap, arguments[1])
            try vm.heapSiftDown(heap, start: 0, position: heap.count - 1, max: false)
            return .none
        }
        for max in [false, true] {
            let prefix = max ? "_" : "", suffix = max ? "_max" : ""
            try defineModuleFunction(module, prefix + "heappop" + suffix) { vm, arguments throws(Raised) in
                try vm.heapPop(try vm.heapArguments(arguments, prefix + "heappop" + suffix, 1), max: max)
            }
            try defineModuleFunction(module, prefix + "heapreplace" + suffix) { vm, arguments throws(Raised) in
                let heap = try vm.heapArguments(arguments, prefix + "heapreplace" + suffix, 2)
                if heap.count == 0 { throw vm.raise(vm.exceptionTypes.indexError, "index out of range") }
                let smallest = heap[0]
                heap[0] = arguments[1]
                return try vm.withRoots(smallest) { () throws(Raised) in
                    try vm.heapSiftUp(heap, position: 0, max: max)
                    return smallest
                }
            }
            try defineModuleFunction(module, prefix + "heapify" + suffix) { vm, arguments throws(Raised) in
                let heap = try vm.heapArguments(arguments, prefix + "heapify" + suffix, 1)
                var position = heap.count / 2 - 1
                while position >= 0 {
                    try vm.heapSiftUp(heap, position: position, max: max)
                    position -= 1
                }
                return .none
            }
        }
        try defineModuleFunction(module, "heappushpop") { vm, arguments throws(Raised) in
            let heap = try vm.heapArguments(arguments, "heappushpop", 2), item = arguments[1]
            if heap.count == 0 { return item }
            let top = heap[0]
            let itemIsLarger = try vm.withRoots(top, item) { () throws(Raised) in try vm.heapLess(top, item) }
            if !itemIsLarger { return item }
            if heap.count == 0 { throw vm.raise(vm.exceptionTypes.indexError, "index out of range") }
            let smallest = heap[0]
            heap[0] = item
            return try vm.withRoots(smallest) { () throws(Raised) in
                try vm.heapSiftUp(heap, position: 0, max: false)
                return smallest
            }
        }
        // In CPython: the _max functions are private helpers of heapq.merge and nlargest,
        // and _heapq has no _heappush_max.
        try setModuleAttribute(module, "__about__", try newStr("Heap queues"))
    }

    /// The heap, first of `count` positional arguments, which must be a list (or a subclass
    /// of list), with the messages of CPython's _heapq for wrong arguments.
    private func heapArguments(_ arguments: Arguments, _ name: String, _ count: Int) throws(Raised) -> ListView {
        if arguments.keywordCount > 0 { throw raiseTypeError("_heapq.\(name)() takes no keyword arguments") }
        if arguments.count != count {
            throw raiseTypeError(count == 1 ? "_heapq.\(name)() takes exactly one argument (\(arguments.count) given)"
                                            : "\(name) expected \(count) arguments, got \(arguments.count)")
        }
        let heap = arguments[0]
        guard heap.isObject && ObjectRef(heap).kind == .list else {
            throw raiseTypeError("\(name)() argument\(count == 1 ? "" : " 1") must be list, not \(typeName(heap))")
        }
        return ListView(heap)
    }

    /// a < b, or b < a for a max-heap.
    private func heapLess(_ a: Value, _ b: Value) throws(Raised) -> Bool {
        try isTrue(richCompare(a, b, 2))
    }

    private func heapPop(_ heap: ListView, max: Bool) throws(Raised) -> Value {
        let count = heap.count
        if count == 0 { throw raise(exceptionTypes.indexError, "index out of range") }
        let last = heap[count - 1]
        heap[count - 1] = .null
        heap.count = count - 1
        if count == 1 { return last }
        let smallest = heap[0]
        heap[0] = last
        return try withRoots(smallest) { () throws(Raised) in
            try heapSiftUp(heap, position: 0, max: max)
            return smallest
        }
    }

    /// Moves the item at `position` towards `start` while it is smaller than its parent.
    private func heapSiftDown(_ heap: ListView, start: Int, position: Int, max: Bool) throws(Raised) {
        let size = heap.count
        var position = position
        while position > start {
            let parentPosition = (position - 1) >> 1
            let item = heap[position], parent = heap[parentPosition]
            let less = try withRoots(item, parent) { () throws(Raised) in
                max ? try heapLess(parent, item) : try heapLess(item, parent)
            }
            if size != heap.count { throw raise(exceptionTypes.runtimeError, "list changed size during iteration") }
            if !less { break }
            let movedParent = heap[parentPosition]
            heap[parentPosition] = heap[position]
            heap[position] = movedParent
            position = parentPosition
        }
    }

    /// Floyd's pop: moves the smaller child up until `position` is a leaf, then sifts
    /// the item that was at `position` back down from there.
    private func heapSiftUp(_ heap: ListView, position: Int, max: Bool) throws(Raised) {
        let end = heap.count, start = position
        var position = position
        let limit = end >> 1
        while position < limit {
            var child = 2 * position + 1
            if child + 1 < end {
                let left = heap[child], right = heap[child + 1]
                let takesRight = try withRoots(left, right) { () throws(Raised) in
                    !(max ? try heapLess(right, left) : try heapLess(left, right))
                }
                if takesRight { child += 1 }
                if end != heap.count { throw raise(exceptionTypes.runtimeError, "list changed size during iteration") }
            }
            let moved = heap[child]
            heap[child] = heap[position]
            heap[position] = moved
            position = child
        }
        try heapSiftDown(heap, start: start, position: position, max: max)
    }
}
