#if canImport(Glibc)
import Glibc
#endif
import TernIntrinsics

// Generational mark-sweep collection, run only at safepoints (docs/design.md, decisions 3
// and 4; docs/gc.md). Minor collections mark from the roots and the write
// barrier's log and stop at old objects; major ones mark everything.
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
        if tempRootCount == tempRootCapacity { growTempRoots() }
        tempRoots[tempRootCount] = value
        tempRootCount &+= 1
    }

    /// Doubles the temporary root stack: deep native recursion (repr of a list nested
    /// 100 000 deep under a raised recursion limit) keeps a few roots per level.
    @inline(never) func growTempRoots() {
        let grown = UnsafeMutablePointer<Value>.allocate(capacity: tempRootCapacity * 2)
        grown.moveInitialize(from: tempRoots, count: tempRootCount)
        tempRoots.deallocate()
        tempRoots = grown
        tempRootCapacity *= 2
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
        if gcStressEvery > 0 {
            // Stress mode: a minor collection at every safepoint, a major one at every N-th.
            gcStressCounter += 1
            if gcStressCounter >= gcStressEvery {
                gcStressCounter = 0
                collectMajor()
            } else {
                collectMinor()
            }
            heap.collectionRequested = true
        } else {
            // Also after gc.disable(): it stops only CPython's cycle collector, while reference
            // counting goes on freeing; here every collection is both (docs/gc.md).
            collectMinor()
        }
        runPendingFinalizers()
    }

    /// Collects the young generation; a major collection follows when the old one
    /// has outgrown its threshold (or the heap nears `max_heap`).
    func collectMinor() {
        let started = clockNanoseconds()
        let before = heap.oldBytes + heap.youngBytes
        let oldBefore = heap.oldBytes
        // With nothing allocated since the last collection there is no young object to point
        // at and none to free: the checks would find the heap as the last ones left it. Under
        // --gc-stress most safepoints are such collections; skipping them is what keeps the
        // verifier's cost proportional to the program's work.
        let verifying = verifyHeap && heap.youngBytes + heap.youngBytecodeBytes > 0
        if verifying { verifyWriteBarrier() }
        var marker = Marker(types: types)
        markRoots(&marker, onlyNew: true)
        markYoungCaches(&marker)
        for index in 0..<rememberedCount {
            marker.traceRemembered(ObjectRef(rememberedLog![index]))
        }
        rememberedCount = 0
        marker.drain()
        clearWeakReferencesToDeadObjects(major: false)
        keepFinalizableObjects(&marker)
        forgetDeadBufferExports()
        forgetDeadFiles()
        forgetDeadWeakReferences(major: false)
        marker.release()
        releaseDeadCode(major: false)
        releaseLoopsWithDeadReferences()
        releaseDeadTypes(major: false)
        heap.sweepYoung(poison: gcStressEvery > 0 || verifyHeap)
        heap.statistics.promotedBytes += max(0, heap.oldBytes - oldBefore)
        heap.statistics.minorCount += 1
        if verifying { verifyHeapReferences() }
        let elapsed = clockNanoseconds() - started
        heap.statistics.minorNanoseconds += elapsed
        if eventLog != nil { logCollection("gc_minor", before: before, started: started) }
        let limit = heap.parameters.maxHeap
        if heap.oldBytes + heap.bytecodeBytes > heap.threshold || (limit != Int.max && heap.heapBytes > limit - limit / 4) {
            collectMajor()
        }
    }

    /// Collects both generations: clears every mark, marks from the roots, sweeps everything.
    func collectMajor() {
        let started = clockNanoseconds()
        let before = heap.oldBytes + heap.youngBytes
        heap.clearBits(GCFlag.mark | GCFlag.remembered | GCFlag.verified | GCFlag.cardsLogged)
        rememberedCount = 0
        youngCaches.removeAll(keepingCapacity: true)
        var marker = Marker(types: types)
        markRoots(&marker)
        marker.drain()
        clearWeakReferencesToDeadObjects(major: true)
        keepFinalizableObjects(&marker)
        forgetDeadBufferExports()
        forgetDeadFiles()
        forgetDeadWeakReferences(major: true)
        marker.release()
        releaseDeadCode(major: true)
        releaseLoopsWithDeadReferences()
        releaseDeadTypes(major: true)
        heap.sweepAll(poison: gcStressEvery > 0 || verifyHeap)
        if heap.mallocTrimPending {
            heap.mallocTrimPending = false
            _ = trimMallocHeap(0)
        }
        heap.statistics.majorCount += 1
        if verifyHeap { verifyHeapReferences() }
        heap.statistics.majorNanoseconds += clockNanoseconds() - started
        if eventLog != nil { logCollection("gc_major", before: before, started: started) }
        advanceGeneration()
    }

    /// Minor collections: the inline caches filled with a young object since the last
    /// collection are roots. The interpreter fills caches without the write barrier, so an
    /// old code object may point at young objects only through them; fillCache logs each
    /// such cache (scanning every cache of every loaded code object instead cost 3% of the
    /// translation workload). Majors trace caches through their code objects, so that dead
    /// code and what it cached can die.
    func markYoungCaches(_ marker: inout Marker) {
        for cache in youngCaches { marker.mark(cache.pointee.value) }
        youngCaches.removeAll(keepingCapacity: true)
    }

    /// Stores `entry` in an inline cache; logs the cache when it now holds a young object.
    @inline(__always) func fillCache(_ cache: UnsafeMutablePointer<InlineCache>, _ entry: InlineCache) {
        cache.pointee = entry
        if entry.value.isObject && ObjectRef(entry.value).header & GCFlag.mark == 0 { youngCaches.append(cache) }
    }

    /// Marks what the VM holds. The interned strings and permanent roots are only ever added
    /// to, and a collection leaves what it marked marked until the next major: a minor
    /// (`onlyNew`) marks just the ones added since the last collection.
    func markRoots(_ marker: inout Marker, onlyNew: Bool = false) {
        if onlyNew {
            for value in internedSinceCollection { marker.mark(value) }
            for index in permanentRootsMarked..<permanentRoots.count { marker.mark(permanentRoots[index]) }
        } else {
            for value in permanentRoots { marker.mark(value) }
            for value in interned.values { marker.mark(value) }
        }
        if marker.bit == GCFlag.mark {
            internedSinceCollection.removeAll(keepingCapacity: true)
            permanentRootsMarked = permanentRoots.count
        }
        for index in 0..<frameCount {
            let frame = frames[index]
            marker.mark(frame.function)
            marker.mark(frame.globals)
            marker.mark(frame.namespace)
            marker.mark(frame.generator)
            marker.mark(frame.code.pointee.codeValue)
            var slot = frame.base
            while slot < frame.sp { marker.mark(slot.pointee); slot += 1 }
        }
        for index in 0..<tempRootCount { marker.mark(tempRoots[index]) }
        for index in 0..<typeCount where !types[index].flags.contains(.heapType) { marker.mark(types[index].object) }
        for value in singleCharacterStrings { marker.mark(value) }
        for value in finalizationQueue { marker.mark(value) }
        for value in weakCallbackQueue { marker.mark(value) }
        marker.mark(raisedException)
        marker.mark(handledException)
        marker.mark(pendingSyntaxErrorException)
    }
}

/// The mark phase's work list.
struct Marker {
    var stack: UnsafeMutablePointer<UnsafeMutableRawPointer>
    var count = 0
    var capacity = 4096
    /// Objects reached but not yet marked, oldest first (a ring): marking reads each
    /// object's header, and on a big heap most of those reads miss the cache, so each
    /// header is prefetched when the object is reached and read `pendingCapacity`
    /// objects later (a major collection of the translation workload's 30 MB took
    /// 40–46 ms without, 25–34 ms with).
    static let pendingCapacity = 16
    let pending: UnsafeMutablePointer<UnsafeMutableRawPointer>
    var pendingStart = 0
    var pendingCount = 0
    /// The header bit that means "reached": the mark, or the verifier's own bit.
    var bit = GCFlag.mark
    /// The heap verifier's marking: every reached address must be a live object of `checkAgainst`.
    var verifying = false
    var checkAgainst: HeapIndex? = nil

    /// The type table: tracing an instance of a class marks the class, found
    /// through the type id in the instance's header.
    let types: UnsafeMutablePointer<TypeInfo>

    init(types: UnsafeMutablePointer<TypeInfo>) {
        self.types = types
        stack = .allocate(capacity: capacity)
        pending = .allocate(capacity: Marker.pendingCapacity)
    }
    func release() {
        stack.deallocate()
        pending.deallocate()
    }

    /// Marks `value`'s object, if it is one and not yet marked, and queues it to be traced.
    @inline(__always) mutating func mark(_ value: Value) {
        // `isObject` in one test: an object's bits are a nonzero multiple of 8 below 2^49,
        // so rotated right by 3 they are from 1 to 2^46 - 1, and anything else is not.
        let rotated = (value.bits >> 3) | (value.bits << 61)
        guard rotated &- 1 < (1 << 46) - 1 else { return }
        let address = value.objectUnchecked
        tern_prefetch_for_write(address)
        let mask = Marker.pendingCapacity - 1
        if pendingCount < Marker.pendingCapacity {
            pending[(pendingStart &+ pendingCount) & mask] = address
            pendingCount &+= 1
            return
        }
        let oldest = pending[pendingStart]
        pending[pendingStart] = address
        pendingStart = (pendingStart &+ 1) & mask
        markNow(oldest)
    }

    @inline(__always) private mutating func markNow(_ address: UnsafeMutableRawPointer) {
        let header = address.load(as: UInt64.self)
        if header & bit != 0 { return }
        if verifying { checkLive(address) }
        if UInt8(truncatingIfNeeded: header) == 0 {
            fatalError("GC: reference to a freed object at \(address) (a value was not rooted across a call into Python)")
        }
        address.storeBytes(of: header | bit, as: UInt64.self)
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

    @inline(never) func checkLive(_ address: UnsafeMutableRawPointer) {
        if let index = checkAgainst, !index.contains(address) {
            fatalError("heap verifier: reference to \(address) which is not a live object")
        }
    }

    /// Traces until everything reached is marked.
    mutating func drain() {
        while true {
            while count > 0 {
                count -= 1
                traceFields(ObjectRef(stack[count]))
            }
            if pendingCount == 0 { return }
            let oldest = pending[pendingStart]
            pendingStart = (pendingStart &+ 1) & (Marker.pendingCapacity - 1)
            pendingCount -= 1
            markNow(oldest)
        }
    }

    /// Marks everything `object` refers to, its class included.
    mutating func traceFields(_ object: ObjectRef) {
        let id = object.typeID
        if id >= TypeID.firstDynamic { mark(types[id].object) }
        forEachReference(of: object) { mark($0) }
    }
}

/// Calls `visit` with the `count` words of `object` from word `first` (a pointer walk: the
/// collector's tightest loop, over slot arrays and lists).
@inline(__always) private func forEachValue(of object: ObjectRef, from first: Int, count: Int, _ visit: (Value) -> Void) {
    var word = object.address.assumingMemoryBound(to: Value.self) + first
    let end = word + count
    while word < end {
        visit(word.pointee)
        word += 1
    }
}

/// Calls `visit` with every Value field of `object` that may hold a reference.
@inline(__always) func forEachReference(of object: ObjectRef, _ visit: (Value) -> Void) {
    let kind = object.kind
    if object.header & GCFlag.attributeExtension != 0 {
        visit(object[attributeExtensionOffset(object) + 1])
    }
    if kind == .instance && object.smallData & InstanceLayout.hasPayload != 0 { visit(object[InstanceLayout.payload]) }
    if let layout = fixedLayout(of: kind) {
        forEachValue(of: object, from: 1 + layout.raw, count: layout.values, visit)
        return
    }
    switch kind {
    case .tuple:
        forEachValue(of: object, from: TupleLayout.items, count: object.word(TupleLayout.count), visit)
    case .valueArray:
        forEachValue(of: object, from: 2, count: object.word(1), visit)
    case .code:
        // A code object owns its CodeInfo: the constants are fixed at loading, the
        // inline caches change as it runs (see markRoots for how minors see them).
        guard let info = loadedCode(atWord: object.word(CodeLayout.info)) else { return }
        // Read once: `visit` could write anywhere, so `info.pointee` in the loops would be
        // copied whole at every step (a memmove per constant and per cache slot).
        let constants = info.pointee.constants, constantCount = info.pointee.constantCount
        let caches = info.pointee.caches, cacheCount = info.pointee.cacheCount
        for index in 0..<constantCount { visit(constants[index]) }
        for index in 0..<cacheCount { visit(caches[index].value) }
    case .str, .bytes, .bigInt, .rawBytes:
        break
    default:
        fatalError("GC: cannot trace object of kind \(kind) at \(object.address)")
    }
}
