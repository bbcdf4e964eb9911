// The heap verifier (`--verify-heap`): after every collection it walks everything
// reachable from the roots and fails loudly on a reference to freed memory; before
// every minor collection it checks the write barrier's promise — an old object that
// points at a young one is in the remembered log.

extension VM {
    /// Checks that every reference reachable from the roots points at a live object.
    func verifyHeapReferences() {
        var marker = Marker(types: types)
        marker.bit = GCFlag.verified
        markRoots(&marker)
        marker.checkAgainst = HeapIndex(heap)
        marker.verifying = true
        marker.drain()
        marker.release()
        heap.clearBits(GCFlag.verified)
        verifyWeakReferences()
    }

    /// Checks that no old object outside the remembered log refers to a young object.
    func verifyWriteBarrier() {
        func check(_ object: ObjectRef) {
            let header = object.header
            guard UInt8(truncatingIfNeeded: header) != 0, header & GCFlag.mark != 0, header & GCFlag.remembered == 0 else { return }
            // Code objects' caches are written without the barrier (checked below).
            if object.kind == .code { return }
            if header & GCFlag.carded != 0 {
                // A logged carded array may point at young objects from its dirty cards only.
                let cards = CardTable.cards(object.address)
                for index in 0..<object.word(1) {
                    let value = object[2 + index]
                    guard value.isObject, ObjectRef(value).header & GCFlag.mark == 0 else { continue }
                    if header & GCFlag.cardsLogged == 0 || cards[index / CardTable.itemsPerCard] == 0 {
                        fatalError("write barrier missed: old value array at \(object.address) refers to young \(ObjectRef(value).kind) at item \(index) on a clean card")
                    }
                }
                return
            }
            forEachReference(of: object) { value in
                guard value.isObject else { return }
                let target = ObjectRef(value)
                if target.header & GCFlag.mark == 0 {
                    fatalError("write barrier missed: old \(object.kind) at \(object.address) refers to young \(target.kind) at \(target.address) without being remembered")
                }
            }
        }
        heap.forEachChunkCell { check(ObjectRef($0)) }
        for object in heap.oldLargeObjects { check(ObjectRef(object.address)) }
        // A cache that holds a young object must be in fillCache's log.
        let logged = Set(youngCaches)
        for (codeIndex, code) in codes.enumerated() {
            guard let code else { continue }
            let caches = code.pointee.caches
            for index in 0..<code.pointee.cacheCount {
                let value = caches[index].value
                guard value.isObject, ObjectRef(value).header & GCFlag.mark == 0 else { continue }
                if !logged.contains(caches + index) {
                    fatalError("inline cache \(index) of loaded code \(codeIndex) holds a young \(ObjectRef(value).kind) without being logged")
                }
            }
        }
    }
}
