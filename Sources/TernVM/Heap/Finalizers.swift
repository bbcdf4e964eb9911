// __del__ and closing collected generators. Instances of classes that define
// `__del__` are registered when they are made, generators when they first suspend
// inside a `try` or `with` block. A collection that finds one unreachable keeps it
// (and what it reaches) alive and queues it; after the collection its `__del__` runs
// once, or the generator is closed (its `finally` blocks run), and a later
// collection frees it. Objects without a finaliser — generators suspended outside
// any handler among them — are freed by the collection that finds them dead. At
// exit, registered objects still alive are finalised, as CPython does when it
// tears down its modules.

extension VM {
    /// After marking: queues the registered objects the marking did not reach and marks them.
    func keepFinalizableObjects(_ marker: inout Marker) {
        if finalizable.isEmpty { return }
        var registered: [Value] = []
        registered.reserveCapacity(finalizable.count)
        let queuedBefore = finalizationQueue.count
        for object in finalizable {
            if ObjectRef(object).header & GCFlag.mark != 0 {
                registered.append(object)
            } else if ObjectRef(object).kind == .generator {
                if ObjectRef(object).word(GeneratorLayout.state) != GeneratorState.finished { finalizationQueue.append(object) }
            } else if !isNativeFuture(object) || asyncioFinalizerNeeded(object) {
                finalizationQueue.append(object)
            }
        }
        finalizable = registered
        for index in queuedBefore..<finalizationQueue.count { marker.mark(finalizationQueue[index]) }
        marker.drain()
    }

    /// Runs the `__del__` of every queued object. Called at safepoints, after collections.
    /// Weak reference callbacks run first, as CPython's collector calls them before finalizers.
    func runPendingFinalizers() {
        if (finalizationQueue.count == finalizationHead && weakCallbackQueue.count == weakCallbackHead) || runningFinalizers { return }
        runningFinalizers = true
        defer { runningFinalizers = false }
        let savedException = raisedException
        raisedException = .null
        // A head index, not removeFirst: removing the first of 100 000 dead coroutines moved the
        // rest each time (async_tree spent 39% of its time in memmove).
        while finalizationHead < finalizationQueue.count || weakCallbackHead < weakCallbackQueue.count {
            runWeakReferenceCallbacks()
            guard finalizationHead < finalizationQueue.count else { continue }
            let object = finalizationQueue[finalizationHead]
            finalizationHead += 1
            ObjectRef(object).header |= GCFlag.finalized
            runFinalizer(object)
        }
        finalizationQueue.removeAll()
        finalizationHead = 0
        raisedException = savedException
    }

    /// At exit: runs `__del__` for registered objects still alive, oldest first.
    func finalizeAtExit() {
        // Coroutines that never ran stay silent at exit (CPython's warning then depends on
        // the order it tears modules down in).
        finalizationQueue.append(contentsOf: finalizable.filter { !isUnstartedCoroutine($0) })
        finalizable.removeAll()
        runPendingFinalizers()
    }

    private func runFinalizer(_ object: Value) {
        let isGenerator = ObjectRef(object).kind == .generator
        let method = isGenerator ? Value.null : lookupInType(typeID(of: object), intern("__del__"))
        if !isGenerator && method.isNull {
            if isNativeFuture(object) {
                do throws(Raised) {
                    try withRoots(object) { () throws(Raised) in try finalizeNativeFuture(object) }
                } catch {
                    reportIgnoredException(in: object)
                }
            }
            return
        }
        do throws(Raised) {
            try withRoots(object) { () throws(Raised) in
                if isGenerator {
                    if isUnstartedCoroutine(object) { try warnUnawaitedCoroutine(object) }
                    if ObjectRef(object).word(GeneratorLayout.state) == GeneratorState.suspended { try generatorClose(object) }
                } else {
                    _ = try call(method, arguments: [object], keywordNames: .null)
                }
            }
        } catch {
            reportIgnoredException(in: isGenerator ? object : method)
        }
    }

    private func isUnstartedCoroutine(_ object: Value) -> Bool {
        ObjectRef(object).kind == .generator && typeID(of: object) == RuntimeTypeIDs.coroutine
            && ObjectRef(object).word(GeneratorLayout.state) == GeneratorState.created
    }

    /// RuntimeWarning "coroutine '...' was never awaited", through the warnings module's
    /// own hook for it (its filters decide what is shown); nothing when it is not imported.
    private func warnUnawaitedCoroutine(_ coroutine: Value) throws(Raised) {
        let warnings = dictGetStr(DictView(modulesDict), intern("warnings"))
        if warnings.isNull { return }
        let hook = try getAttributeOrNull(warnings, intern("_warn_unawaited_coroutine"))
        if hook.isNull { return }
        _ = try call(hook, coroutine)
    }

    /// In CPython: an exception in __del__, in closing a collected generator, in a weak
    /// reference callback or an atexit function is printed ("Exception ignored in: ...",
    /// the traceback) and dropped.
    func reportIgnoredException(in origin: Value, context: String = "Exception ignored in") {
        let exception = raisedException
        raisedException = .null
        flushStdout()
        let where_ = (try? reprString(origin)) ?? "__del__"
        raisedException = .null
        writeStderr("\(context): \(where_)\n" + formatTraceback(exception))
    }
}
