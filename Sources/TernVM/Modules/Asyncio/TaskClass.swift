// _asyncio.Task: a Future driven by a coroutine (its steps are TaskStep.swift). The methods
// and attributes CPython's C class has; stack printing and repr are asyncio.base_tasks'
// Python helpers, as in CPython.

extension VM {
    func installTaskClass() {
        let id = nativeModuleClass(asyncio.taskTypeID, name: "Task", module: "_asyncio", base: asyncio.futureTypeID, layout: .instance)
        types[id].flags.formUnion([.namedWithModule])
        asyncio.taskTypeID = id
        defineMethod(id, "__init__") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "Task", positional: ["coro"], required: 1, positionalOnly: false,
                                                   keywords: ["loop", "name", "context"])
            try vm.taskInit(arguments[0], coro: bound[0], loop: bound[1], name: bound[2], context: bound[3])
            return .none
        }
        defineMethod(id, "set_result", arguments: 1...1) { vm, arguments throws(Raised) in
            throw vm.raise(vm.exceptionTypes.runtimeError, "Task does not support set_result operation")
        }
        defineMethod(id, "set_exception", arguments: 1...1) { vm, arguments throws(Raised) in
            throw vm.raise(vm.exceptionTypes.runtimeError, "Task does not support set_exception operation")
        }
        defineMethod(id, "cancel") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "cancel", positional: ["msg"], positionalOnly: false, keywords: [])
            return Value(bool: try vm.taskCancel(arguments[0], message: bound[0].isNull ? .none : bound[0]))
        }
        defineMethod(id, "cancelling", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.futureView(arguments[0])[TaskField.cancelsRequested]
        }
        defineMethod(id, "uncancel", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = try vm.futureView(arguments[0])
            let count = Int(view[TaskField.cancelsRequested].int)
            if count > 0 { view.fields.items[TaskField.cancelsRequested] = Value(int: count - 1) }
            return view[TaskField.cancelsRequested]
        }
        defineMethod(id, "get_stack") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "get_stack", positional: [], keywords: ["limit"])
            return try vm.call(vm.asyncio.taskGetStack, arguments[0], bound[0].isNull ? .none : bound[0])
        }
        defineMethod(id, "print_stack") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "print_stack", positional: [], keywords: ["limit", "file"])
            return try vm.call(vm.asyncio.taskPrintStack, arguments[0], bound[0].isNull ? .none : bound[0],
                               bound[1].isNull ? .none : bound[1])
        }
        defineMethod(id, "get_coro", arguments: 0...0) { vm, arguments throws(Raised) in
            let coro = try vm.futureView(arguments[0])[TaskField.coro]
            return coro.isNull ? .none : coro
        }
        defineMethod(id, "get_name", arguments: 0...0) { vm, arguments throws(Raised) in try vm.taskName(arguments[0]) }
        defineMethod(id, "set_name", arguments: 1...1) { vm, arguments throws(Raised) in
            let name = vm.typeID(of: arguments[1]) == TypeID.str ? arguments[1] : try vm.str(arguments[1])
            try vm.futureView(arguments[0])[TaskField.name] = name
            return .none
        }
        defineMethod(id, "_repr_info", arguments: 0...0) { vm, arguments throws(Raised) in
            try vm.call(vm.asyncio.taskReprInfo, arguments[0])
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            _ = try vm.aliveFutureView(arguments[0])
            return try vm.call(vm.asyncio.taskRepr, arguments[0])
        }
        defineFutureProperty(id, "_log_destroy_pending", get: { vm, value throws(Raised) in
            Value(bool: try vm.futureView(value).has(FutureFlags.logDestroyPending))
        }, set: { vm, value, new throws(Raised) in
            try vm.futureView(value).set(FutureFlags.logDestroyPending, try vm.isTrue(new))
        })
        defineGetter(id, "_must_cancel") { vm, value throws(Raised) in Value(bool: try vm.futureView(value).has(FutureFlags.mustCancel)) }
        defineGetter(id, "_coro") { vm, value throws(Raised) in
            let coro = try vm.futureView(value)[TaskField.coro]
            return coro.isNull ? .none : coro
        }
        defineGetter(id, "_fut_waiter") { vm, value throws(Raised) in
            let waiter = try vm.futureView(value)[TaskField.waiter]
            return waiter.isNull ? .none : waiter
        }
        asyncio.stepFunction = newNative("task_step") { vm, arguments throws(Raised) in
            try vm.taskStep(arguments[0], arguments.count > 1 ? arguments[1] : .null)
            return .none
        }
        asyncio.wakeupFunction = newNative("task_wakeup") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "task_wakeup", min: 2, max: 2)
            try vm.taskWakeup(arguments[0], arguments[1])
            return .none
        }
        permanentRoots.append(asyncio.stepFunction)
        permanentRoots.append(asyncio.wakeupFunction)
    }

    /// Task.__init__: a Future that runs `coro` in `context` (a copy of the current one by
    /// default), its first step scheduled, registered in `_all_tasks`.
    private func taskInit(_ task: Value, coro: Value, loop: Value, name: Value, context: Value) throws(Raised) {
        try futureInit(task, loop: loop)
        let view = try futureView(task)
        if !(try isCoroutineForTask(coro)) {
            view.set(FutureFlags.logDestroyPending, false)
            throw raiseTypeError("a coroutine was expected, got \(try reprString(coro))")
        }
        view[TaskField.context] = context.isNull || context.isNone ? try call(asyncio.copyContext) : context
        view[TaskField.waiter] = .null
        view.set(FutureFlags.mustCancel, false)
        view.set(FutureFlags.logDestroyPending, true)
        // Registered before its first step is scheduled: a task whose loop refused it reports too.
        registerForFinalization(task, view)
        view.fields.items[TaskField.cancelsRequested] = Value(int: 0)
        view[TaskField.coro] = coro
        if name.isNull || name.isNone {
            // Named on first use: most tasks are never asked their name.
            asyncio.taskNameCounter += 1
            view.fields.items[TaskField.name] = Value(int: asyncio.taskNameCounter)
        } else {
            view[TaskField.name] = typeID(of: name) == TypeID.str ? name : try str(name)
        }
        try callTaskStepSoon(task, .null)
        _ = try call(try getAttribute(asyncio.allTasks, asyncio.names.add), task)
    }

    /// get_name(): `Task-N` is made the first time it is asked for.
    func taskName(_ task: Value) throws(Raised) -> Value {
        let view = try futureView(task)
        let name = view[TaskField.name]
        if name.isInt {
            view[TaskField.name] = try newStr("Task-\(name.int)")
        }
        return view[TaskField.name].isNull ? .none : view[TaskField.name]
    }

    /// A coroutine as CPython's Task accepts it: a native one, or what asyncio.iscoroutine
    /// accepts (its classes remembered, up to 100 of them).
    private func isCoroutineForTask(_ coro: Value) throws(Raised) -> Bool {
        let id = typeID(of: coro)
        if id == RuntimeTypeIDs.coroutine || asyncio.coroutineTypes.contains(id) { return true }
        guard try isTrue(try call(asyncio.isCoroutine, coro)) else { return false }
        if asyncio.coroutineTypes.count < 100 && types[id].flags.contains(.heapType) == false { asyncio.coroutineTypes.insert(id) }
        return true
    }

    /// Task.cancel(msg): asks the awaited Future to cancel, else the coroutine gets a
    /// CancelledError at its next step. Counts the requests (cancelling(), uncancel()).
    private func taskCancel(_ task: Value, message: Value) throws(Raised) -> Bool {
        let view = try futureView(task)
        view.set(FutureFlags.logTraceback, false)
        if view.state != FutureState.pending { return false }
        view.fields.items[TaskField.cancelsRequested] = Value(int: Int(view[TaskField.cancelsRequested].int) + 1)
        let waiter = view[TaskField.waiter]
        if !waiter.isNull, try isTrue(try callCancel(waiter, message: message)) { return true }
        view.set(FutureFlags.mustCancel, true)
        view[FutureField.cancelMessage] = message
        return true
    }

    /// future.cancel(msg=message).
    func callCancel(_ future: Value, message: Value) throws(Raised) -> Value {
        try withRoots(future) { () throws(Raised) in
            let cancel = try getAttribute(future, asyncio.names.cancel)
            return try call(cancel, arguments: [message], keywordNames: asyncio.messageKeyword)
        }
    }
}
