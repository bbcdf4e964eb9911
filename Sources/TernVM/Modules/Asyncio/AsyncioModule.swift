#if canImport(Glibc)
import Glibc
#endif

// The `_asyncio` module: asyncio's Future and Task in Swift (FutureClass.swift, TaskClass.swift,
// TaskStep.swift), the iterator `await future` runs (FutureIter.swift), the running loop and
// the task registry, which asyncio's futures.py, tasks.py and events.py take in place of their
// Python versions as they take CPython's C module.

extension VM {
    func installAsyncioModule(_ module: Value) throws(Raised) {
        if asyncio.futureTypeID == 0 { try makeAsyncioState() }
        try setModuleAttribute(module, "Future", types[asyncio.futureTypeID].object)
        try setModuleAttribute(module, "Task", types[asyncio.taskTypeID].object)
        try setModuleAttribute(module, "_all_tasks", asyncio.allTasks)
        try setModuleAttribute(module, "_current_tasks", asyncio.currentTasks)
        try setModuleAttribute(module, "__doc__", try newStr("Accelerator module for asyncio"))
        try defineAsyncioFunctions(module)
    }

    /// What the first import makes: the classes, and asyncio's helpers (imported as CPython's
    /// module imports them, while asyncio itself is still being imported).
    private func makeAsyncioState() throws(Raised) {
        asyncio.names = AsyncioNames(
            callSoon: intern("call_soon"), getDebug: intern("get_debug"), futureBlocking: intern("_asyncio_future_blocking"),
            addDoneCallback: intern("add_done_callback"), cancel: intern("cancel"), getLoop: intern("get_loop"),
            loop: intern("_loop"), result: intern("result"), throwName: intern("throw"), add: intern("add"),
            discard: intern("discard"), callExceptionHandler: intern("call_exception_handler"),
            getEventLoop: intern("get_event_loop"), message: intern("message"), exception: intern("exception"),
            future: intern("future"), task: intern("task"), sourceTraceback: intern("source_traceback"))
        func imported(_ module: String, _ name: String) throws(Raised) -> Value {
            let value = try getAttribute(try importedSubmodule(module, name), intern(name))
            permanentRoots.append(value)
            return value
        }
        asyncio.getEventLoopPolicy = try imported("asyncio.events", "get_event_loop_policy")
        asyncio.futureRepr = try imported("asyncio.base_futures", "_future_repr")
        asyncio.futureReprInfo = try imported("asyncio.base_futures", "_future_repr_info")
        asyncio.invalidStateError = try imported("asyncio.exceptions", "InvalidStateError")
        asyncio.cancelledError = try imported("asyncio.exceptions", "CancelledError")
        asyncio.cancelledErrorTypeID = TypeView(asyncio.cancelledError).ownTypeID
        asyncio.taskRepr = try imported("asyncio.base_tasks", "_task_repr")
        asyncio.taskReprInfo = try imported("asyncio.base_tasks", "_task_repr_info")
        asyncio.taskGetStack = try imported("asyncio.base_tasks", "_task_get_stack")
        asyncio.taskPrintStack = try imported("asyncio.base_tasks", "_task_print_stack")
        asyncio.isCoroutine = try imported("asyncio.coroutines", "iscoroutine")
        asyncio.extractStack = try imported("traceback", "extract_stack")
        asyncio.copyContext = try imported("_contextvars", "copy_context")
        asyncio.allTasks = try call(try imported("weakref", "WeakSet"))
        permanentRoots.append(asyncio.allTasks)
        asyncio.currentTasks = try newDict().ref.value
        permanentRoots.append(asyncio.currentTasks)
        asyncio.mutableSlots = try allocateValueArray(capacity: 1).ref.value
        permanentRoots.append(asyncio.mutableSlots)
        asyncio.contextKeyword = try newTuple([intern("context")])
        permanentRoots.append(asyncio.contextKeyword)
        asyncio.messageKeyword = try newTuple([intern("msg")])
        permanentRoots.append(asyncio.messageKeyword)
        installFutureClass()
        installFutureIterClass()
        installTaskClass()
    }

    /// The submodule `name` of a dotted module path, imported if need be.
    private func importedSubmodule(_ module: String, _ attribute: String) throws(Raised) -> Value {
        let fromList = try newTuple([intern(attribute)])
        return try withRoots(fromList) { () throws(Raised) in
            try importName(intern(module), fromList: fromList, level: Value(int: 0), globals: .none)
        }
    }

    private func defineAsyncioFunctions(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "_get_running_loop") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_get_running_loop", min: 0, max: 0)
            let loop = vm.runningLoop()
            return loop.isNull ? .none : loop
        }
        try defineModuleFunction(module, "_set_running_loop") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_set_running_loop", min: 1, max: 1)
            ValueArrayView(vm.asyncio.mutableSlots)[0] = arguments[0]
            vm.asyncio.runningLoopPid = getpid()
            return .none
        }
        try defineModuleFunction(module, "get_running_loop") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "get_running_loop", min: 0, max: 0)
            let loop = vm.runningLoop()
            if loop.isNull { throw vm.raise(vm.exceptionTypes.runtimeError, "no running event loop") }
            return loop
        }
        try defineModuleFunction(module, "get_event_loop") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "get_event_loop", min: 0, max: 0)
            return try vm.asyncioEventLoop()
        }
        try defineModuleFunction(module, "_get_event_loop") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "_get_event_loop", positional: ["stacklevel"],
                                                   positionalOnly: false, keywords: [], skip: 0)
            if !bound[0].isNull && !vm.isIntLike(bound[0]) {
                throw vm.raiseTypeError("'\(vm.typeName(bound[0]))' object cannot be interpreted as an integer")
            }
            return try vm.asyncioEventLoop()
        }
        try defineModuleFunction(module, "_register_task") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "_register_task", positional: ["task"], required: 1,
                                                   positionalOnly: false, keywords: [], skip: 0)
            _ = try vm.call(try vm.getAttribute(vm.asyncio.allTasks, vm.asyncio.names.add), bound[0])
            return .none
        }
        try defineModuleFunction(module, "_unregister_task") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "_unregister_task", positional: ["task"], required: 1,
                                                   positionalOnly: false, keywords: [], skip: 0)
            _ = try vm.call(try vm.getAttribute(vm.asyncio.allTasks, vm.asyncio.names.discard), bound[0])
            return .none
        }
        try defineModuleFunction(module, "_enter_task") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "_enter_task", positional: ["loop", "task"], required: 2,
                                                   positionalOnly: false, keywords: [], skip: 0)
            try vm.enterTask(bound[0], bound[1])
            return .none
        }
        try defineModuleFunction(module, "_leave_task") { vm, arguments throws(Raised) in
            let bound = try vm.bindClinicArguments(arguments, "_leave_task", positional: ["loop", "task"], required: 2,
                                                   positionalOnly: false, keywords: [], skip: 0)
            try vm.leaveTask(bound[0], bound[1])
            return .none
        }
    }

    /// The running loop, or NULL (also in a child process forked while a loop ran).
    func runningLoop() -> Value {
        let loop = ValueArrayView(asyncio.mutableSlots).items[0]
        if loop.isNull || loop.isNone || asyncio.runningLoopPid != getpid() { return .null }
        return loop
    }

    /// get_event_loop(): the running loop, else the policy's loop.
    func asyncioEventLoop() throws(Raised) -> Value {
        let loop = runningLoop()
        if !loop.isNull { return loop }
        let policy = try call(asyncio.getEventLoopPolicy)
        return try withRoots(policy) { () throws(Raised) in
            try call(try getAttribute(policy, asyncio.names.getEventLoop))
        }
    }

    /// Marks `task` as the one `loop` runs; RuntimeError if another one runs.
    func enterTask(_ loop: Value, _ task: Value) throws(Raised) {
        let tasks = DictView(asyncio.currentTasks)
        let current = try dictGet(tasks, loop)
        if !current.isNull {
            throw raise(exceptionTypes.runtimeError,
                        "Cannot enter into task \(try reprString(task)) while another task \(try reprString(current)) is being executed.")
        }
        try dictSet(tasks, loop, task)
    }

    /// Undoes enterTask; RuntimeError if `task` is not the one `loop` runs.
    func leaveTask(_ loop: Value, _ task: Value) throws(Raised) {
        let tasks = DictView(asyncio.currentTasks)
        let current = try dictGet(tasks, loop)
        if current != task {
            let shown = current.isNull ? "None" : try reprString(current)
            throw raise(exceptionTypes.runtimeError, "Leaving task \(try reprString(task)) does not match the current task \(shown).")
        }
        _ = try dictRemove(tasks, loop)
    }
}
