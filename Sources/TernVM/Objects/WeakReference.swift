// Weak references (`_weakref.ref`, `proxy`): objects of kind `.weakref` whose referent
// is a raw address the collector does not trace (layout in Layouts.swift). The
// collector clears them (Heap/WeakReferenceClearing.swift). Instances of subclasses of ref
// carry the attribute extension of container subclasses (Objects/ContainerSubclasses.swift).

/// The three builtin weak reference types, made at bootstrap (Modules/WeakrefModule.swift).
enum WeakReferenceTypeIDs {
    nonisolated(unsafe) static var reference = -1
    nonisolated(unsafe) static var proxy = -1
    nonisolated(unsafe) static var callableProxy = -1
}

extension VM {
    @inline(__always) func isWeakReference(_ value: Value) -> Bool {
        value.isObject && ObjectRef(value).kind == .weakref
    }

    func isWeakProxy(_ value: Value) -> Bool {
        guard isWeakReference(value) else { return false }
        let id = ObjectRef(value).typeID
        return id == WeakReferenceTypeIDs.proxy || id == WeakReferenceTypeIDs.callableProxy
    }

    /// The object a weak reference refers to, or NULL once it has died.
    func weakReferent(_ weakref: Value) -> Value {
        let address = ObjectRef(weakref).word(WeakReferenceLayout.referent)
        return address == 0 ? .null : Value(object: UnsafeMutableRawPointer(bitPattern: address)!)
    }

    /// Whether `value` can be weakly referenced, as in CPython 3.11: instances of
    /// Python classes (unless `__slots__` leave out `__weakref__`, or the class
    /// derives from int, bytes or tuple), functions, methods, classes, sets, code,
    /// modules, generators, files, and builtin functions.
    func acceptsWeakReferences(_ value: Value) -> Bool {
        guard value.isObject else { return false }
        let ref = ObjectRef(value)
        let id = ref.typeID
        if types[id].flags.contains(.heapType) {
            if types[id].flags.contains(.withoutWeakReferences) { return false }
            switch ref.kind {
            case .tuple, .bigInt, .bytes: return false
            case .instance:
                let payload = ref.instancePayload
                return payload.isNull || !(payload.isInt || (payload.isObject && [.bigInt, .bytes].contains(ObjectRef(payload).kind)))
            default: return true
            }
        }
        switch ref.kind {
        case .set, .function, .builtinFunction, .boundMethod, .type, .code, .module, .generator, .file: return true
        default: return false
        }
    }

    /// A weak reference (or proxy, by `typeID`) to `referent`, linked into the registry
    /// in CPython's order: the basic reference (exact ref, no callback) first, the
    /// basic proxy next, then the others, the newest first.
    func newWeakReference(typeID id: Int, to referent: Value, callback: Value) throws(Raised) -> Value {
        guard acceptsWeakReferences(referent) else {
            throw raiseTypeError("cannot create weak reference to '\(typeName(referent))' object")
        }
        let callback = callback.isNone ? Value.null : callback
        let isBasicReference = callback.isNull && id == WeakReferenceTypeIDs.reference
        let isBasicProxy = callback.isNull && (id == WeakReferenceTypeIDs.proxy || id == WeakReferenceTypeIDs.callableProxy)
        let (basicReference, basicProxy) = basicWeakReferences(to: referent)
        if isBasicReference, let basicReference { return basicReference.value }
        if isBasicProxy, let basicProxy { return basicProxy.value }
        let extra = types[id].flags.contains(.heapType) ? 2 : 0
        let weakref = try withRoots(referent, callback) { () throws(Raised) in
            try allocate(kind: .weakref, typeID: id, words: WeakReferenceLayout.words + extra)
        }
        if extra > 0 { weakref.header |= GCFlag.attributeExtension }
        weakref.setWord(WeakReferenceLayout.referent, Int(bitPattern: referent.objectUnchecked))
        weakref.setWord(WeakReferenceLayout.hash, -1)
        weakref[WeakReferenceLayout.callback] = callback
        let previous = isBasicReference ? nil : isBasicProxy ? basicReference : (basicProxy ?? basicReference)
        weakReferences.link(weakref, to: referent.objectUnchecked, after: previous)
        return weakref.value
    }

    /// The reusable weak reference and proxy to `referent` (callback-less, exact type), if made.
    private func basicWeakReferences(to referent: Value) -> (ObjectRef?, ObjectRef?) {
        guard var current = weakReferences.head(referent.objectUnchecked) else { return (nil, nil) }
        func next(_ ref: ObjectRef) -> ObjectRef? {
            UnsafeMutableRawPointer(bitPattern: ref.word(WeakReferenceLayout.next)).map(ObjectRef.init)
        }
        var reference: ObjectRef? = nil
        if current[WeakReferenceLayout.callback].isNull && current.typeID == WeakReferenceTypeIDs.reference {
            reference = current
            guard let following = next(current) else { return (reference, nil) }
            current = following
        }
        let id = current.typeID
        if current[WeakReferenceLayout.callback].isNull && (id == WeakReferenceTypeIDs.proxy || id == WeakReferenceTypeIDs.callableProxy) {
            return (reference, current)
        }
        return (reference, nil)
    }

    /// The weak references to `value`, in CPython's order (getweakrefs).
    func weakReferences(to value: Value) -> [Value] {
        guard value.isObject else { return [] }
        return weakReferences.chain(UInt(bitPattern: value.objectUnchecked)).map(\.value)
    }

    /// A proxy's referent; ReferenceError once it has died.
    func proxyReferent(_ proxy: Value) throws(Raised) -> Value {
        let referent = weakReferent(proxy)
        if referent.isNull {
            throw raise(exceptionTypeIDs["ReferenceError"]!, "weakly-referenced object no longer exists")
        }
        return referent
    }

    /// `value` itself, or a proxy's referent (CPython's UNWRAP for proxy operands).
    func unwrappingProxy(_ value: Value) throws(Raised) -> Value {
        isWeakProxy(value) ? try proxyReferent(value) : value
    }
}

extension TypeFlags {
    /// Instances cannot be weakly referenced: the class declares `__slots__` without
    /// `__weakref__` and no base gives its instances weak reference support.
    static let withoutWeakReferences = TypeFlags(rawValue: 1 << 17)
}
