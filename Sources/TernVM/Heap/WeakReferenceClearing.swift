// Weak references and the collector (docs/gc.md, "Weak references"). A weak
// reference holds its referent's address in a raw word that the marker does not
// follow. The registry maps each weakly referenced object to the chain of weak
// references to it (threaded through their `next` words, in CPython's order). A
// collection, after marking from the roots and before finalizers resurrect
// anything, clears every weak reference whose referent is unmarked and queues the
// callbacks of those that are themselves still reachable; after finalizers have
// marked what they keep, it unlinks the weak references that are garbage. The
// callbacks run after the collection, with the `__del__` finalizers.
//
// A minor collection looks only at the referents given a weak reference since the
// last collection: an old weak reference to an old referent cannot change in a
// minor collection, since both stay marked. A program without weak references
// pays one emptiness test per collection.

struct WeakReferenceRegistry {
    /// Referent address → the first weak reference in its chain.
    var chains: [UInt: UnsafeMutableRawPointer] = [:]
    /// Referents in the order they were first weakly referenced, so that callbacks
    /// run in a deterministic order; may hold addresses no longer in `chains`.
    var order: [UInt] = []
    /// Referents given a weak reference since the last collection.
    var young: [UInt] = []

    var isEmpty: Bool { chains.isEmpty }

    /// The first weak reference to the object at `referent`, if any.
    func head(_ referent: UnsafeMutableRawPointer) -> ObjectRef? {
        chains[UInt(bitPattern: referent)].map(ObjectRef.init)
    }

    /// Links `weakref` into its referent's chain after `previous` (at the head when nil).
    mutating func link(_ weakref: ObjectRef, to referent: UnsafeMutableRawPointer, after previous: ObjectRef?) {
        let key = UInt(bitPattern: referent)
        if let previous {
            weakref.setWord(WeakReferenceLayout.next, previous.word(WeakReferenceLayout.next))
            previous.setWord(WeakReferenceLayout.next, Int(bitPattern: weakref.address))
        } else {
            let old = chains[key]
            weakref.setWord(WeakReferenceLayout.next, old.map { Int(bitPattern: $0) } ?? 0)
            if old == nil { order.append(key) }
            chains[key] = weakref.address
        }
        young.append(key)
    }

    /// The weak references to the object at `key`, first to last.
    func chain(_ key: UInt) -> [ObjectRef] {
        var result: [ObjectRef] = []
        var next = chains[key]
        while let address = next {
            let weakref = ObjectRef(address)
            result.append(weakref)
            next = UnsafeMutableRawPointer(bitPattern: weakref.word(WeakReferenceLayout.next))
        }
        return result
    }

    /// Rewrites the chain of `key` to hold `weakrefs` (none: the entry goes).
    mutating func setChain(_ key: UInt, _ weakrefs: [ObjectRef]) {
        guard let first = weakrefs.first else {
            chains[key] = nil
            return
        }
        for index in 0..<weakrefs.count {
            let next = index + 1 < weakrefs.count ? Int(bitPattern: weakrefs[index + 1].address) : 0
            weakrefs[index].setWord(WeakReferenceLayout.next, next)
        }
        chains[key] = first.address
    }

    /// The referents a collection must look at: all of them in a major collection,
    /// the recently weakly referenced ones in a minor one.
    func candidates(major: Bool) -> [UInt] { major ? order : young }

    /// After a collection: forgets the young set and drops stale or repeated entries of `order`.
    mutating func finishCollection() {
        young.removeAll(keepingCapacity: true)
        if order.count > 2 * chains.count + 64 {
            var seen = Set<UInt>()
            order = order.filter { chains[$0] != nil && seen.insert($0).inserted }
        }
    }
}

extension VM {
    /// After marking from the roots, before finalizers keep anything: clears the weak
    /// references to unmarked objects and queues the callbacks of the reachable ones.
    /// In CPython: a weak reference that is itself garbage does not call its callback.
    func clearWeakReferencesToDeadObjects(major: Bool) {
        if weakReferences.isEmpty { return }
        for key in weakReferences.candidates(major: major) {
            guard weakReferences.chains[key] != nil,
                  UnsafeMutableRawPointer(bitPattern: key)!.load(as: UInt64.self) & GCFlag.mark == 0 else { continue }
            for weakref in weakReferences.chain(key) {
                weakref.setWord(WeakReferenceLayout.referent, 0)
                weakref.setWord(WeakReferenceLayout.next, 0)
                if weakref.header & GCFlag.mark != 0 && !weakref[WeakReferenceLayout.callback].isNull {
                    weakCallbackQueue.append(weakref.value)
                }
            }
            weakReferences.chains[key] = nil
        }
    }

    /// After all marking (finalizers included): unlinks the weak references that are garbage.
    func forgetDeadWeakReferences(major: Bool) {
        if weakReferences.isEmpty && weakReferences.young.isEmpty { return }
        for key in weakReferences.candidates(major: major) where weakReferences.chains[key] != nil {
            let chain = weakReferences.chain(key)
            let live = chain.filter { $0.header & GCFlag.mark != 0 }
            if live.count != chain.count { weakReferences.setChain(key, live) }
        }
        weakReferences.finishCollection()
    }

    /// Runs the callbacks of cleared weak references, each with its weak reference.
    /// Called after collections with the finalizers; an exception is printed and dropped.
    func runWeakReferenceCallbacks() {
        while !weakCallbackQueue.isEmpty {
            let weakref = weakCallbackQueue.removeFirst()
            let callback = ObjectRef(weakref)[WeakReferenceLayout.callback]
            ObjectRef(weakref)[WeakReferenceLayout.callback] = .null
            do throws(Raised) {
                _ = try withRoots(weakref, callback) { () throws(Raised) in try call(callback, weakref) }
            } catch {
                reportIgnoredException(in: callback)
            }
        }
    }

    /// Heap verifier: every registered weak reference and referent is a live object,
    /// and every weak reference in a chain names that chain's referent.
    func verifyWeakReferences() {
        for (key, _) in weakReferences.chains {
            let referent = UnsafeMutableRawPointer(bitPattern: key)!
            if !heap.contains(referent) { fatalError("heap verifier: weakly referenced \(referent) is not a live object") }
            for weakref in weakReferences.chain(key) {
                if !heap.contains(weakref.address) || weakref.kind != .weakref {
                    fatalError("heap verifier: registered weak reference \(weakref.address) is not a live weak reference")
                }
                if UInt(bitPattern: weakref.word(WeakReferenceLayout.referent)) != key {
                    fatalError("heap verifier: weak reference \(weakref.address) in the chain of \(referent) names another referent")
                }
            }
        }
    }
}
