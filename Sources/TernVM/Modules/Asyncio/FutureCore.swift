// What a Future does, shared by its methods, the iterator and the task step: set up, finish
// (result, exception, cancellation), schedule the done callbacks, give the outcome.
// In CPython: Modules/_asynciomodule.c's future_* functions, with its messages.

extension VM {
    /// A new Future or Task of class `typeID` (a subclass's too) that __init__ has not set up.
    func newNativeFuture(_ typeID: Int) throws(Raised) -> Value {
        let count = isSubtype(typeID, asyncio.taskTypeID) ? TaskField.count : FutureField.count
        let fields = try allocateTuple(count: count)
        for index in 0..<count { fields.items[index] = .null }
        fields.items[FutureField.state] = Value(int: FutureState.pending)
        fields.items[FutureField.flags] = Value(int: 0)
        let future = try withRoots(fields.ref.value) { () throws(Raised) in try newPayloadObject(typeID, tuple: fields.ref.value) }
        if types[typeID].flags.contains(.hasFinalizer) {
            finalizable.append(future)
            FutureView(fields: fields).set(FutureFlags.registered, true)
        }
        return future
    }

    /// Future.__init__(loop=...): clears every field and takes the loop (the current one for
    /// None); a loop in debug mode also records where the Future was made.
    func futureInit(_ future: Value, loop: Value) throws(Raised) {
        let view = try futureView(future)
        for field in 0..<FutureField.state { view[field] = .null }
        view.state = FutureState.pending
        view.set(FutureFlags.logTraceback | FutureFlags.blocking, false)
        let loop = loop.isNull || loop.isNone ? try asyncioEventLoop() : loop
        view[FutureField.loop] = loop
        let debug = try call(try getAttribute(loop, asyncio.names.getDebug))
        if try isTrue(debug) {
            view[FutureField.sourceTraceback] = try call(asyncio.extractStack)
        }
    }

    /// set_result(): finishes the Future with `result` and schedules its callbacks.
    func futureSetResult(_ future: Value, _ result: Value) throws(Raised) {
        let view = try aliveFutureView(future)
        if view.state != FutureState.pending { throw try raiseInvalidState("invalid state") }
        view[FutureField.result] = result
        view.state = FutureState.finished
        try futureScheduleCallbacks(future)
    }

    /// set_exception(): finishes the Future with an exception (a class is called first).
    func futureSetException(_ future: Value, _ given: Value) throws(Raised) {
        let view = try aliveFutureView(future)
        if view.state != FutureState.pending { throw try raiseInvalidState("invalid state") }
        var exception = given
        if isType(given) && isSubtype(TypeView(given).ownTypeID, exceptionTypes.baseException) {
            exception = try call(given)
            if view.state != FutureState.pending { throw try raiseInvalidState("invalid state") }
        }
        if !isException(exception) { throw raiseTypeError("invalid exception object") }
        if typeID(of: exception) == exceptionTypes.stopIteration {
            throw raiseTypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        try withRoots(exception) { () throws(Raised) in
            view[FutureField.exception] = exception
            view[FutureField.exceptionTraceback] = ObjectRef(exception)[ExceptionLayout.traceback]
            view.state = FutureState.finished
            try futureScheduleCallbacks(future)
            view.set(FutureFlags.logTraceback, true)
            registerForFinalization(future, view)
        }
    }

    /// cancel(msg): False when already done; else cancelled, callbacks scheduled.
    func futureCancel(_ future: Value, message: Value) throws(Raised) -> Bool {
        let view = try futureView(future)
        view.set(FutureFlags.logTraceback, false)
        if view.state != FutureState.pending { return false }
        view.state = FutureState.cancelled
        view[FutureField.cancelMessage] = message
        try futureScheduleCallbacks(future)
        return true
    }

    /// Hands every done callback to loop.call_soon(callback, future, context=context), first
    /// added first, and forgets them. An error drops the callbacks not yet handed over.
    private func futureScheduleCallbacks(_ future: Value) throws(Raised) {
        let view = try futureView(future)
        let first = view[FutureField.callback0]
        if !first.isNull {
            let context = view[FutureField.context0]
            view[FutureField.callback0] = .null
            view[FutureField.context0] = .null
            do throws(Raised) {
                try withRoots(first, context) { () throws(Raised) in
                    try callSoon(view.loop, first, future, context: context)
                }
            } catch {
                view[FutureField.callbacks] = .null
                throw error
            }
        }
        let callbacks = view[FutureField.callbacks]
        if callbacks.isNull { return }
        view[FutureField.callbacks] = .null
        try withRoots(callbacks) { () throws(Raised) in
            var index = 0
            while index < ListView(callbacks).count {
                let entry = TupleView(ListView(callbacks)[index])
                try callSoon(view.loop, entry[0], future, context: entry[1])
                index += 1
            }
        }
    }

    /// loop.call_soon(callback, argument, context=context); no argument when it is NULL.
    func callSoon(_ loop: Value, _ callback: Value, _ argument: Value, context: Value) throws(Raised) {
        let callSoon = try getAttribute(loop, asyncio.names.callSoon)
        try withStackSpace(4) { (slots) throws(Raised) in
            slots[0] = callback
            var count = 1
            if !argument.isNull { slots[1] = argument; count = 2 }
            slots[count] = context
            slots[3] = callSoon
            _ = try call(callSoon, arguments: slots, count: count + 1, keywordNames: asyncio.contextKeyword)
        }
    }

    /// add_done_callback's work: a done Future schedules `callback` at once.
    func futureAddDoneCallback(_ future: Value, _ callback: Value, context: Value) throws(Raised) {
        let view = try futureView(future)
        if !view.isAlive { throw raise(exceptionTypes.runtimeError, "uninitialized Future object") }
        if view.state != FutureState.pending {
            try callSoon(view.loop, callback, future, context: context)
            return
        }
        if view[FutureField.callbacks].isNull && view[FutureField.callback0].isNull {
            view[FutureField.callback0] = callback
            view[FutureField.context0] = context
            return
        }
        let entry = try newTuple([callback, context])
        try withRoots(entry) { () throws(Raised) in
            if view[FutureField.callbacks].isNull {
                view[FutureField.callbacks] = try newList([entry])
            } else {
                try listAppend(ListView(view[FutureField.callbacks]), entry)
            }
        }
    }

    /// The CancelledError a cancelled Future raises: the one a task's coroutine raised when
    /// there is one (taken once), else a new one carrying the cancel message.
    func makeCancelledError(_ future: Value) throws(Raised) -> Value {
        let view = try futureView(future)
        let saved = view[FutureField.cancelledException]
        if !saved.isNull {
            view[FutureField.cancelledException] = .null
            return saved
        }
        let message = view[FutureField.cancelMessage]
        return message.isNull || message.isNone ? try call(asyncio.cancelledError) : try call(asyncio.cancelledError, message)
    }

    /// result(): the result, or raises what the Future finished with.
    func futureResult(_ future: Value) throws(Raised) -> Value {
        let view = try futureView(future)
        if !view.isAlive { throw try raiseInvalidState("Future object is not initialized.") }
        if view.state == FutureState.cancelled { throw raise(exception: try makeCancelledError(future)) }
        if view.state != FutureState.finished { throw try raiseInvalidState("Result is not set.") }
        view.set(FutureFlags.logTraceback, false)
        let exception = view[FutureField.exception]
        if !exception.isNull {
            // As CPython 3.11 does: raised with the traceback it was set with, not the
            // frames earlier raises of it added.
            ObjectRef(exception)[ExceptionLayout.traceback] = view[FutureField.exceptionTraceback]
            throw raise(exception: exception)
        }
        return view[FutureField.result]
    }

    /// asyncio.InvalidStateError(message), raised.
    func raiseInvalidState(_ message: String) throws(Raised) -> Raised {
        raise(exception: try call(asyncio.invalidStateError, try newStr(message)))
    }
}
