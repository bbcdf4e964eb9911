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
    struct Entry {
        /// The first weak reference in the chain.
        var head: UnsafeMutableRawPointer
        /// When the object was first weakly referenced: callbacks of objects found
        /// dead in one collection run in this order, so that it does not depend on addresses.
        let serial: Int
    }
    /// Referent address → its chain.
    var entries: [UInt: Entry] = [:]
    /// Referents given a weak reference since the last collection (repeats allowed).
    var young: [UInt] = []
    var nextSerial = 0

    var isEmpty: Bool { entries.isEmpty }

    /// The first weak reference to the object at `referent`, if any.
    func head(_ referent: UnsafeMutableRawPointer) -> ObjectRef? {
        entries[UInt(bitPattern: referent)].map { ObjectRef($0.head) }
    }

    /// Links `weakref` into its referent's chain after `previous` (at the head when nil).
    mutating func link(_ weakref: ObjectRef, to referent: UnsafeMutableRawPointer, after previous: ObjectRef?) {
        let key = UInt(bitPattern: referent)
        if let previous {
            weakref.setWord(WeakReferenceLayout.next, previous.word(WeakReferenceLayout.next))
            previous.setWord(WeakReferenceLayout.next, Int(bitPattern: weakref.address))
        } else if let old = entries[key] {
            weakref.setWord(WeakReferenceLayout.next, Int(bitPattern: old.head))
            entries[key]!.head = weakref.address
        } else {
            weakref.setWord(WeakReferenceLayout.next, 0)
            entries[key] = Entry(head: weakref.address, serial: nextSerial)
            nextSerial += 1
        }
        young.append(key)
    }

    /// The weak references to the object at `key`, first to last.
    func chain(_ key: UInt) -> [ObjectRef] {
        var result: [ObjectRef] = []
        var next = entries[key]?.head
        while let address = next {
            let weakref = ObjectRef(address)
            result.append(weakref)
            next = UnsafeMutableRawPointer(bitPattern: weakref.word(WeakReferenceLayout.next))
        }
        return result
    }

    /// The referents (with their serials) a collection must look at whose object is
    /// unmarked: any of them in a major collection, the recently weakly referenced
    /// ones in a minor one (an old referent is marked in a minor collection).
    func unmarkedReferents(major: Bool) -> [(key: UInt, serial: Int)] {
        var dead: [(key: UInt, serial: Int)] = []
        func check(_ key: UInt, _ entry: Entry) {
            if UnsafeMutableRawPointer(bitPattern: key)!.load(as: UInt64.self) & GCFlag.mark == 0 { dead.append((key, entry.serial)) }
        }
        if major {
            for (key, entry) in entries { check(key, entry) }
        } else {
            for key in young { if let entry = entries[key] { check(key, entry) } }
        }
        dead.sort { $0.serial < $1.serial }
        return dead
    }

    /// Unlinks the unmarked weak references from the chain of `key` (which starts at
    /// `head`); drops the entry when none is left.
    mutating func unlinkUnmarked(_ key: UInt, from head: UnsafeMutableRawPointer) {
        var current: UnsafeMutableRawPointer? = head
        var kept: ObjectRef? = nil
        var newHead: UnsafeMutableRawPointer? = nil
        var changed = false
        while let address = current {
            let weakref = ObjectRef(address)
            current = UnsafeMutableRawPointer(bitPattern: weakref.word(WeakReferenceLayout.next))
            if weakref.header & GCFlag.mark == 0 { changed = true; continue }
            if let kept { kept.setWord(WeakReferenceLayout.next, Int(bitPattern: address)) } else { newHead = address }
            kept = weakref
        }
        guard changed else { return }
        kept?.setWord(WeakReferenceLayout.next, 0)
        if let newHead { entries[key]!.head = newHead } else { entries[key] = nil }
    }
}

extension VM {
    /// After marking from the roots, before finalizers keep anything: clears the weak
    /// references to unmarked objects and queues the callbacks of the reachable ones.
    /// In CPython: a weak reference that is itself garbage does not call its callback.
    func clearWeakReferencesToDeadObjects(major: Bool) {
        if weakReferences.isEmpty { return }
        for (key, _) in weakReferences.unmarkedReferents(major: major) {
            for weakref in weakReferences.chain(key) {
                weakref.setWord(WeakReferenceLayout.referent, 0)
                weakref.setWord(WeakReferenceLayout.next, 0)
                if weakref.header & GCFlag.mark != 0 && !weakref[WeakReferenceLayout.callback].isNull {
                    weakCallbackQueue.append(weakref.value)
                }
            }
            weakReferences.entries[key] = nil
        }
    }

    /// After all marking (finalizers included): unlinks the weak references that are garbage.
    func forgetDeadWeakReferences(major: Bool) {
        if !weakReferences.isEmpty {
            if major {
                // Collected first: the dictionary must not change while it is iterated.
                let heads = weakReferences.entries.map { ($0.key, $0.value.head) }
                for (key, head) in heads { weakReferences.unlinkUnmarked(key, from: head) }
            } else {
                for key in weakReferences.young {
                    if let entry = weakReferences.entries[key] { weakReferences.unlinkUnmarked(key, from: entry.head) }
                }
            }
        }
        weakReferences.young.removeAll(keepingCapacity: true)
    }

    /// Runs the callbacks of cleared weak references, each with its weak reference.
    /// Called after collections with the finalizers; an exception is printed and dropped.
    func runWeakReferenceCallbacks() {
        while weakCallbackHead < weakCallbackQueue.count {
            let weakref = weakCallbackQueue[weakCallbackHead]
            weakCallbackHead += 1
            let callback = ObjectRef(weakref)[WeakReferenceLayout.callback]
            ObjectRef(weakref)[WeakReferenceLayout.callback] = .null
            do throws(Raised) {
                _ = try withRoots(weakref, callback) { () throws(Raised) in try call(callback, weakref) }
            } catch {
                reportIgnoredException(in: callback)
            }
        }
        weakCallbackQueue.removeAll()
        weakCallbackHead = 0
    }

    /// Heap verifier: every registered weak reference and referent is a live object,
    /// and every weak reference in a chain names that chain's referent.
    func verifyWeakReferences() {
        let live = HeapIndex(heap)
        for (key, _) in weakReferences.entries {
            let referent = UnsafeMutableRawPointer(bitPattern: key)!
            if !live.contains(referent) { fatalError("heap verifier: weakly referenced \(referent) is not a live object") }
            for weakref in weakReferences.chain(key) {
                if !live.contains(weakref.address) || weakref.kind != .weakref {
                    fatalError("heap verifier: registered weak reference \(weakref.address) is not a live weak reference")
                }
                if UInt(bitPattern: weakref.word(WeakReferenceLayout.referent)) != key {
                    fatalError("heap verifier: weak reference \(weakref.address) in the chain of \(referent) names another referent")
                }
            }
        }
    }
}
