// A task's steps: each sends None (or throws an exception) into the coroutine and looks at
// what it yielded — a Future to wait for (the task's wakeup becomes its done callback), None
// (run again soon), or something wrong (the next step throws a RuntimeError in) — or at how
// it ended (the task's result, exception or cancellation). In CPython: task_step_impl and
// task_wakeup of Modules/_asynciomodule.c, whose messages these are.

extension VM {
    /// Schedules the task's next step (throwing `exception` in, unless NULL) in its context.
    func callTaskStepSoon(_ task: Value, _ exception: Value) throws(Raised) {
        let view = try futureView(task)
        let step = try newBoundMethod(asyncio.stepFunction, task)
        try withRoots(step) { () throws(Raised) in
            try callSoon(view.loop, step, exception, context: view[TaskField.context])
        }
    }

    /// One step, with the task entered as its loop's current task meanwhile.
    func taskStep(_ task: Value, _ exception: Value) throws(Raised) {
        let loop = try futureView(task).loop
        try withRoots(loop) { () throws(Raised) in
            try enterTask(loop, task)
            do throws(Raised) {
                try taskStepBody(task, exception)
            } catch {
                let pending = raisedException
                raisedException = .null
                try withRoots(pending) { () throws(Raised) in
                    do throws(Raised) {
                        try leaveTask(loop, task)
                    } catch {
                        // In CPython: the error leaving is raised, chained to the step's.
                        if isException(raisedException) && ObjectRef(raisedException)[ExceptionLayout.context].isNull {
                            ObjectRef(raisedException)[ExceptionLayout.context] = pending
                        }
                        throw error
                    }
                }
                throw raise(exception: pending)
            }
            try leaveTask(loop, task)
        }
    }

    private func taskStepBody(_ task: Value, _ given: Value) throws(Raised) {
        let view = try futureView(task)
        if view.state != FutureState.pending {
            let shown = given.isNull ? "None" : try reprString(given)
            throw try raiseInvalidState("_step(): already done: \(try reprString(task)) \(shown)")
        }
        var exception = given
        if view.has(FutureFlags.mustCancel) {
            if exception.isNull || !isInstance(exception, typeID: asyncio.cancelledErrorTypeID) {
                exception = try makeCancelledError(task)
            }
            view.set(FutureFlags.mustCancel, false)
        }
        view[TaskField.waiter] = .null
        let coro = view[TaskField.coro]
        if coro.isNull { throw raise(exceptionTypes.runtimeError, "uninitialized Task object") }
        let outcome: (Bool, Value)
        do throws(Raised) {
            outcome = try withRoots(exception) { () throws(Raised) in
                exception.isNull ? try sendNoneTo(coro) : try throwInto(coro, exception)
            }
        } catch {
            let raised = raisedException
            raisedException = .null
            try withRoots(raised) { () throws(Raised) in try taskFinishWithError(task, raised) }
            return
        }
        let (finished, result) = outcome
        if finished {
            if view.has(FutureFlags.mustCancel) {
                // Cancelled right before the coroutine returned.
                view.set(FutureFlags.mustCancel, false)
                _ = try futureCancel(task, message: view[FutureField.cancelMessage].isNull ? .none : view[FutureField.cancelMessage])
            } else {
                try futureSetResult(task, result)
            }
            return
        }
        try withRoots(result) { () throws(Raised) in try taskAwait(task, result) }
    }

    /// The coroutine raised `raised`: the task is cancelled by a CancelledError, else finishes
    /// with the exception (KeyboardInterrupt and SystemExit go on up as well).
    private func taskFinishWithError(_ task: Value, _ raised: Value) throws(Raised) {
        if exceptionMatches(raised, asyncio.cancelledErrorTypeID) {
            try futureView(task)[FutureField.cancelledException] = raised
            _ = try futureCancel(task, message: .none)
            return
        }
        try futureSetException(task, raised)
        if exceptionMatches(raised, exceptionTypes.keyboardInterrupt) || exceptionMatches(raised, exceptionTypes.systemExit) {
            throw raise(exception: raised)
        }
    }

    /// What the coroutine yielded: a Future to wait for, None, or an error for the next step.
    private func taskAwait(_ task: Value, _ result: Value) throws(Raised) {
        let view = try futureView(task)
        if result == task {
            return try taskErrorSoon(task, "Task cannot await on itself: \(try reprString(task))")
        }
        if isExactNativeFuture(result) {
            let awaited = try futureView(result)
            if awaited.loop != view.loop { return try taskDifferentLoop(task, result) }
            if !awaited.has(FutureFlags.blocking) { return try taskYieldInsteadOfAwait(task, result) }
            awaited.set(FutureFlags.blocking, false)
            let wakeup = try newBoundMethod(asyncio.wakeupFunction, task)
            try withRoots(wakeup) { () throws(Raised) in
                try futureAddDoneCallback(result, wakeup, context: view[TaskField.context])
            }
            try taskWaitFor(task, result)
            return
        }
        if result.isNone {
            // A bare yield gives up the loop for one turn.
            return try callTaskStepSoon(task, .null)
        }
        let blocking = try getAttributeOrNull(result, asyncio.names.futureBlocking)
        if !blocking.isNull && !blocking.isNone {
            let isBlocking = try withRoots(blocking) { () throws(Raised) in try isTrue(blocking) }
            let loop = try futureLoop(result)
            if loop != view.loop { return try taskDifferentLoop(task, result) }
            if !isBlocking { return try taskYieldInsteadOfAwait(task, result) }
            try setAttribute(result, asyncio.names.futureBlocking, .false)
            let wakeup = try newBoundMethod(asyncio.wakeupFunction, task)
            try withRoots(wakeup) { () throws(Raised) in
                let add = try getAttribute(result, asyncio.names.addDoneCallback)
                _ = try call(add, arguments: [wakeup, view[TaskField.context]], keywordNames: asyncio.contextKeyword)
            }
            try taskWaitFor(task, result)
            return
        }
        if typeID(of: result) == TypeID.generator {
            return try taskErrorSoon(task, "yield was used instead of yield from for generator in task \(try reprString(task)) with \(try reprString(result))")
        }
        try taskErrorSoon(task, "Task got bad yield: \(try reprString(result))")
    }

    /// The task now waits for `future`; a cancel requested meanwhile is passed on to it.
    private func taskWaitFor(_ task: Value, _ future: Value) throws(Raised) {
        let view = try futureView(task)
        view[TaskField.waiter] = future
        if view.has(FutureFlags.mustCancel) {
            let message = view[FutureField.cancelMessage].isNull ? Value.none : view[FutureField.cancelMessage]
            if try isTrue(try callCancel(future, message: message)) { view.set(FutureFlags.mustCancel, false) }
        }
    }

    private func taskDifferentLoop(_ task: Value, _ result: Value) throws(Raised) {
        try taskErrorSoon(task, "Task \(try reprString(task)) got Future \(try reprString(result)) attached to a different loop")
    }

    private func taskYieldInsteadOfAwait(_ task: Value, _ result: Value) throws(Raised) {
        try taskErrorSoon(task, "yield was used instead of yield from in task \(try reprString(task)) with \(try reprString(result))")
    }

    /// Schedules a step that throws RuntimeError(message) into the coroutine.
    private func taskErrorSoon(_ task: Value, _ message: String) throws(Raised) {
        let error = try newException(exceptionTypes.runtimeError, message: message)
        try withRoots(error) { () throws(Raised) in try callTaskStepSoon(task, error) }
    }

    /// asyncio.futures._get_loop(future).
    private func futureLoop(_ future: Value) throws(Raised) -> Value {
        if isExactNativeFuture(future) { return try futureView(future).loop }
        let getLoop = try getAttributeOrNull(future, asyncio.names.getLoop)
        if !getLoop.isNull { return try call(getLoop) }
        return try getAttribute(future, asyncio.names.loop)
    }

    /// The done callback of the Future a task waits for: the next step, with the Future's
    /// exception thrown in if it has one.
    func taskWakeup(_ task: Value, _ future: Value) throws(Raised) {
        if isExactNativeFuture(future) {
            let view = try futureView(future)
            if view.isAlive && view.state == FutureState.finished {
                view.set(FutureFlags.logTraceback, false)
                let exception = view[FutureField.exception]
                if exception.isNull { return try taskStep(task, .null) }
                ObjectRef(exception)[ExceptionLayout.traceback] = view[FutureField.exceptionTraceback]
                return try taskStep(task, exception)
            }
        }
        do throws(Raised) {
            if isExactNativeFuture(future) {
                _ = try futureResult(future)
            } else {
                _ = try call(try getAttribute(future, asyncio.names.result))
            }
        } catch {
            let raised = raisedException
            raisedException = .null
            return try withRoots(raised) { () throws(Raised) in try taskStep(task, raised) }
        }
        try taskStep(task, .null)
    }

    /// coro.send(None): a coroutine is resumed directly; (finished, value).
    private func sendNoneTo(_ coro: Value) throws(Raised) -> (Bool, Value) {
        if coro.isObject && ObjectRef(coro).kind == .generator { return try resumeGenerator(coro, sent: .none) }
        // In CPython (PyIter_Send): __next__ when there is one, else send(None).
        if !lookupInType(typeID(of: coro), names.next).isNull { return try sendToReceiver(coro, .none) }
        return try callKeepingStop(try getAttribute(coro, names.send), .none)
    }

    /// coro.throw(exception); (finished, value).
    private func throwInto(_ coro: Value, _ exception: Value) throws(Raised) -> (Bool, Value) {
        if coro.isObject && ObjectRef(coro).kind == .generator { return try throwIntoGenerator(coro, exception) }
        return try callKeepingStop(try getAttribute(coro, asyncio.names.throwName), exception)
    }
}
