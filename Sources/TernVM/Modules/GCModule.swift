// The gc module over Tern's collector (today one generation, mark-sweep):
// collect(), enable()/disable()/isenabled(), get_stats(), get_count(),
// and threshold functions that accept CPython's arguments.

extension VM {
    /// Statistics in CPython's shape (one dict per generation), plus Tern's own keys.
    func collectorStatistics() throws(Raised) -> Value {
        let stats = try newDict()
        try dictSet(stats, intern("collections"), Value(int: heap.collections))
        try dictSet(stats, intern("collected"), Value(int: 0))
        try dictSet(stats, intern("uncollectable"), Value(int: 0))
        try dictSet(stats, intern("heap_bytes"), try newInt(Int64(heap.heapBytes)))
        try dictSet(stats, intern("live_bytes"), try newInt(Int64(heap.liveBytes)))
        try dictSet(stats, intern("threshold"), try newInt(Int64(heap.threshold)))
        try dictSet(stats, intern("time_ns"), try newInt(collectionNanoseconds))
        return stats.ref.value
    }

    func installGCModule(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "collect") { vm, arguments throws(Raised) in
            // A native runs with every frame's values on the stack: a safe place to collect.
            let before = vm.heap.liveBytes + vm.heap.allocatedSinceCollection
            vm.collectGarbage()
            return Value(int: max(0, (before - vm.heap.liveBytes) / 64))
        }
        try defineModuleFunction(module, "enable") { vm, arguments throws(Raised) in vm.collectorEnabled = true; return .none }
        try defineModuleFunction(module, "disable") { vm, arguments throws(Raised) in vm.collectorEnabled = false; return .none }
        try defineModuleFunction(module, "isenabled") { vm, arguments throws(Raised) in Value(bool: vm.collectorEnabled) }
        try defineModuleFunction(module, "get_stats") { vm, arguments throws(Raised) in
            let young = try vm.collectorStatistics()
            let empty = { () throws(Raised) -> Value in
                let dict = try vm.newDict()
                for key in ["collections", "collected", "uncollectable"] { try vm.dictSet(dict, vm.intern(key), Value(int: 0)) }
                return dict.ref.value
            }
            return try vm.newList([young, try empty(), try empty()])
        }
        try defineModuleFunction(module, "get_count") { vm, arguments throws(Raised) in
            try vm.newTuple([Value(int: vm.heap.allocatedSinceCollection / 64), Value(int: 0), Value(int: 0)])
        }
        try defineModuleFunction(module, "get_threshold") { vm, arguments throws(Raised) in
            try vm.newTuple([Value(int: vm.heap.threshold / 64), Value(int: 10), Value(int: 10)])
        }
        try defineModuleFunction(module, "set_threshold") { vm, arguments throws(Raised) in .none }
        try defineModuleFunction(module, "freeze") { vm, arguments throws(Raised) in .none }
        try setModuleAttribute(module, "garbage", try newList([]))
    }
}
