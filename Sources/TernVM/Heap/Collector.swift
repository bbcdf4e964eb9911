#if canImport(Glibc)
import Glibc
#endif

// Mark-sweep collection, run only at safepoints (DESIGN.md decision 3).
//
// THE RULE FOR RUNTIME AUTHORS: a collection can happen whenever Python code
// runs — any call that may invoke a Python function, dunder method, property,
// iterator or key function. A value that Swift code still needs after such a call
// must be reachable from a root: the value stack of a frame, a container already
// reachable, or `withRoots`. Between such calls raw references in Swift locals are
// safe, because allocation itself never collects. GC stress mode
// (TERN_GC_STRESS=N collects at every N-th safepoint and poisons freed memory)
// exists to catch violations; run the corpus under it.

extension VM {
    // MARK: Temporary roots

    @inline(__always) func pushRoot(_ value: Value) {
        precondition(tempRootCount < tempRootCapacity, "temporary root stack overflow")
        tempRoots[tempRootCount] = value
        tempRootCount &+= 1
    }

    @inline(__always) func withRoots<R>(_ a: Value, _ body: () throws(Raised) -> R) throws(Raised) -> R {
        let mark = tempRootCount
        pushRoot(a)
        defer { tempRootCount = mark }
        return try body()
    }

    @inline(__always) func withRoots<R>(_ a: Value, _ b: Value, _ body: () throws(Raised) -> R) throws(Raised) -> R {
        let mark = tempRootCount
        pushRoot(a); pushRoot(b)
        defer { tempRootCount = mark }
        return try body()
    }

    @inline(__always) func withRoots<R>(_ a: Value, _ b: Value, _ c: Value, _ body: () throws(Raised) -> R) throws(Raised) -> R {
        let mark = tempRootCount
        pushRoot(a); pushRoot(b); pushRoot(c)
        defer { tempRootCount = mark }
        return try body()
    }

    @inline(__always) func withRoots<R>(_ a: Value, _ b: Value, _ c: Value, _ d: Value, _ body: () throws(Raised) -> R) throws(Raised) -> R {
        let mark = tempRootCount
        pushRoot(a); pushRoot(b); pushRoot(c); pushRoot(d)
        defer { tempRootCount = mark }
        return try body()
    }

    // MARK: Safepoints

    /// Runs a requested collection. The caller has stored its frame's `sp`.
    func safepoint() {
        if !heap.collectionRequested { return }
        if !collectorEnabled && gcStressEvery == 0 {
            // gc.disable(): keep allocating; the request stays until gc.enable() or gc.collect().
            return
        }
        if gcStressEvery > 0 {
            gcStressCounter += 1
            if gcStressCounter < gcStressEvery { return }
            gcStressCounter = 0
        }
        collectGarbage()
        if gcStressEvery > 0 { heap.collectionRequested = true }
    }

    /// A full collection: mark from every root, sweep the rest.
    func collectGarbage() {
        let started = clockNanoseconds()
        defer { collectionNanoseconds += clockNanoseconds() - started }
        let before = heap.liveBytes + heap.allocatedSinceCollection
        defer { if eventLog != nil { logCollection(before: before, after: heap.liveBytes, started: started) } }
        var marker = Marker()
        markRoots(&marker)
        marker.drain()
        marker.release()
        heap.sweep(poison: gcStressEvery > 0 || verifyHeap)
        if verifyHeap { verifyHeapReferences() }
    }

    private func markRoots(_ marker: inout Marker) {
        for index in 0..<frameCount {
            let frame = frames[index]
            marker.mark(frame.function)
            marker.mark(frame.globals)
            marker.mark(frame.namespace)
            marker.mark(frame.generator)
            var slot = frame.base
            while slot < frame.sp { marker.mark(slot.pointee); slot += 1 }
        }
        for index in 0..<tempRootCount { marker.mark(tempRoots[index]) }
        for value in permanentRoots { marker.mark(value) }
        for value in interned.values { marker.mark(value) }
        for index in 0..<typeCount { marker.mark(types[index].object) }
        for code in codes {
            for index in 0..<code.pointee.constantCount { marker.mark(code.pointee.constants[index]) }
            marker.mark(code.pointee.codeValue)
            let caches = code.pointee.caches
            for index in 0..<codeObjects[code.pointee.index].cacheCount { marker.mark(caches[index].value) }
        }
        for value in singleCharacterStrings { marker.mark(value) }
        marker.mark(raisedException)
        marker.mark(handledException)
    }

    /// Checks that every reference reachable from the roots points at a live object.
    func verifyHeapReferences() {
        var marker = Marker()
        markRoots(&marker)
        marker.checkAgainst = heap
        marker.drain()
        marker.release()
        // The verification marked objects; clear the marks again.
        clearMarks()
    }

    private func clearMarks() {
        for chunk in heap.chunks {
            for cell in 0..<chunk.cellCount {
                let address = chunk.base + cell * chunk.cellSize
                address.storeBytes(of: address.load(as: UInt64.self) & ~GCFlag.mark, as: UInt64.self)
            }
        }
        for object in heap.largeObjects {
            object.address.storeBytes(of: object.address.load(as: UInt64.self) & ~GCFlag.mark, as: UInt64.self)
        }
    }
}

/// The mark phase's work list.
struct Marker {
    var stack: UnsafeMutablePointer<UnsafeMutableRawPointer>
    var count = 0
    var capacity = 4096
    var checkAgainst: Heap? = nil

    init() { stack = .allocate(capacity: capacity) }
    func release() { stack.deallocate() }

    @inline(__always) mutating func mark(_ value: Value) {
        guard value.isObject else { return }
        let address = value.objectUnchecked
        let header = address.load(as: UInt64.self)
        if header & GCFlag.mark != 0 { return }
        if let heap = checkAgainst, !heap.contains(address) {
            fatalError("heap verifier: reference to \(address) which is not a live object")
        }
        if UInt8(truncatingIfNeeded: header) == 0 {
            fatalError("GC: reference to a freed object at \(address) (a value was not rooted across a call into Python)")
        }
        address.storeBytes(of: header | GCFlag.mark, as: UInt64.self)
        if count == capacity {
            let bigger = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: capacity * 2)
            bigger.update(from: stack, count: count)
            stack.deallocate()
            stack = bigger
            capacity *= 2
        }
        stack[count] = address
        count += 1
    }

    mutating func drain() {
        while count > 0 {
            count -= 1
            trace(ObjectRef(stack[count]))
        }
    }

    private mutating func trace(_ object: ObjectRef) {
        let kind = object.kind
        if object.header & GCFlag.attributeExtension != 0 {
            mark(object[attributeExtensionOffset(object) + 1])
        }
        if let layout = fixedLayout(of: kind) {
            let first = 1 + layout.raw
            for index in first..<(first + layout.values) { mark(object[index]) }
            return
        }
        switch kind {
        case .tuple:
            let count = object.word(TupleLayout.count)
            for index in 0..<count { mark(object[TupleLayout.items + index]) }
        case .valueArray:
            let capacity = object.word(1)
            for index in 0..<capacity { mark(object[2 + index]) }
        case .str, .bytes, .bigInt, .rawBytes:
            break
        default:
            fatalError("GC: cannot trace object of kind \(kind) at \(object.address)")
        }
    }
}
