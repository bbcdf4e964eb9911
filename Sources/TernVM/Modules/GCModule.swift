// The gc module over Tern's generational collector (docs/gc.md):
// collect(), enable()/disable()/isenabled(), get_stats(), get_count(),
// and threshold functions that accept CPython's arguments.

extension VM {
    /// Tern's own counters: collections, bytes and times of both generations.
    func collectorStatistics() throws(Raised) -> Value {
        let stats = try newDict()
        let numbers: [(String, Int)] = [
            ("minor_collections", heap.statistics.minorCount),
            ("major_collections", heap.statistics.majorCount),
            ("minor_time_ns", Int(heap.statistics.minorNanoseconds)),
            ("major_time_ns", Int(heap.statistics.majorNanoseconds)),
            ("promoted_bytes", heap.statistics.promotedBytes),
            ("freed_bytes", heap.statistics.freedBytes),
            ("young_bytes", heap.youngBytes),
            ("old_bytes", heap.oldBytes),
            ("survived_bytes", heap.survivedBytes),
            ("heap_bytes", heap.heapBytes),
            ("bytecode_bytes", heap.bytecodeBytes),
            ("interned_strings", interned.count),
            ("loaded_codes", codes.count - freeCodeIndices.count),
            ("types", typeCount - freeTypeIDs.count),
            ("threshold", heap.threshold),
            ("nursery", heap.parameters.nursery),
            ("nursery_now", heap.nurseryBytes),
            ("max_heap", heap.parameters.maxHeap == Int.max ? 0 : heap.parameters.maxHeap),
        ]
        for (key, number) in numbers { try dictSet(stats, intern(key), try newInt(Int64(number))) }
        return stats.ref.value
    }

    /// One generation's entry of gc.get_stats(), in CPython's shape.
    private func generationStatistics(collections: Int) throws(Raised) -> Value {
        let dict = try newDict()
        try dictSet(dict, intern("collections"), Value(int: collections))
        try dictSet(dict, intern("collected"), Value(int: 0))
        try dictSet(dict, intern("uncollectable"), Value(int: 0))
        return dict.ref.value
    }

    func installGCModule(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "collect") { vm, arguments throws(Raised) in
            // A native runs with every frame's values on the stack: a safe place to collect.
            // CPython counts the unreachable objects it found; every dead object is Tern's analogue.
            let before = vm.heap.statistics.freedObjects
            vm.collectMajor()
            vm.runPendingFinalizers()
            return Value(int: vm.heap.statistics.freedObjects - before)
        }
        try defineModuleFunction(module, "enable") { vm, arguments throws(Raised) in vm.collectorEnabled = true; return .none }
        try defineModuleFunction(module, "disable") { vm, arguments throws(Raised) in vm.collectorEnabled = false; return .none }
        try defineModuleFunction(module, "isenabled") { vm, arguments throws(Raised) in Value(bool: vm.collectorEnabled) }
        try defineModuleFunction(module, "get_stats") { vm, arguments throws(Raised) in
            let young = try vm.generationStatistics(collections: vm.heap.statistics.minorCount)
            let old = try vm.generationStatistics(collections: vm.heap.statistics.majorCount)
            return try vm.newList([young, old, try vm.generationStatistics(collections: 0)])
        }
        try defineModuleFunction(module, "get_count") { vm, arguments throws(Raised) in
            try vm.newTuple([Value(int: vm.heap.youngBytes / 64), Value(int: 0), Value(int: 0)])
        }
        try defineModuleFunction(module, "get_threshold") { vm, arguments throws(Raised) in
            try vm.newTuple([Value(int: vm.heap.parameters.nursery / 64), Value(int: 10), Value(int: 10)])
        }
        try defineModuleFunction(module, "set_threshold") { vm, arguments throws(Raised) in .none }
        try defineModuleFunction(module, "freeze") { vm, arguments throws(Raised) in .none }
        try setModuleAttribute(module, "garbage", try newList([]))
    }
}
