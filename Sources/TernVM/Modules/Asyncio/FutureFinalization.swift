// What CPython's Future and Task finalisers do when one is collected: report an exception
// nobody retrieved ("Future exception was never retrieved") and a task collected while
// pending ("Task was destroyed but it is pending!") to the loop's exception handler.
// A Future joins VM.finalizable only when it may have to say something: when an exception
// is set, and a task when it starts. The collector skips one with nothing left to say
// (its exception retrieved, the task done), which it then frees at once.

extension VM {
    /// Registers a Future or Task with the collector's finalisable objects, once.
    func registerForFinalization(_ future: Value, _ view: FutureView) {
        if view.has(FutureFlags.registered) { return }
        view.set(FutureFlags.registered, true)
        finalizable.append(future)
    }

    /// Whether a collected `object` of an `_asyncio` class has anything to report (a class
    /// with a `__del__` of its own always runs it).
    func asyncioFinalizerNeeded(_ object: Value) -> Bool {
        let payload = ObjectRef(object).instancePayload
        if payload.isNull || types[typeID(of: object)].flags.contains(.hasFinalizer) { return true }
        let view = FutureView(fields: TupleView(payload))
        if view.has(FutureFlags.logTraceback) { return true }
        return view.isTask && view.state == FutureState.pending && view.has(FutureFlags.logDestroyPending)
    }

    /// Runs the finaliser of a collected Future or Task (a class without a __del__).
    func finalizeNativeFuture(_ future: Value) throws(Raised) {
        let payload = ObjectRef(future).instancePayload
        if payload.isNull { return }
        let view = FutureView(fields: TupleView(payload))
        if !view.isAlive { return }
        if view.isTask && view.state == FutureState.pending && view.has(FutureFlags.logDestroyPending) {
            try reportToLoop(view, [(asyncio.names.message, try newStr("Task was destroyed but it is pending!")),
                                    (asyncio.names.task, future)])
        }
        if view.has(FutureFlags.logTraceback) {
            view.set(FutureFlags.logTraceback, false)
            let message = try newStr("\(swiftString(TypeView(typeOf(future)).name)) exception was never retrieved")
            try reportToLoop(view, [(asyncio.names.message, message), (asyncio.names.exception, view[FutureField.exception]),
                                    (asyncio.names.future, future)])
        }
    }

    /// loop.call_exception_handler({...entries, source_traceback}); an error in it is printed
    /// as CPython's PyErr_WriteUnraisable prints it.
    private func reportToLoop(_ view: FutureView, _ entries: [(Value, Value)]) throws(Raised) {
        let context = try newDict()
        try withRoots(context.ref.value) { () throws(Raised) in
            for (key, value) in entries { try dictSet(context, key, value) }
            if !view[FutureField.sourceTraceback].isNull {
                try dictSet(context, asyncio.names.sourceTraceback, view[FutureField.sourceTraceback])
            }
            let handler = try getAttribute(view.loop, asyncio.names.callExceptionHandler)
            try withRoots(handler) { () throws(Raised) in
                do throws(Raised) {
                    _ = try call(handler, context.ref.value)
                } catch {
                    reportIgnoredException(in: handler)
                }
            }
        }
    }
}
