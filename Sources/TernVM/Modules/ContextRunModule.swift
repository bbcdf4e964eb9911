// `_context_run`: Context.run of lib/_contextvars.py in Swift. asyncio runs every callback
// and every task step through it, and the Python method (a frame, `*args` packing and a
// try/finally per call) was 12% of async_tree's instructions. It makes the context current
// in `_contextvars`' globals and marks it entered for the length of the call, as the Python
// method did; the `_contextvars` it works on is the one in sys.modules.

/// The interned names Context.run reads (hashing a Swift string per call cost more than
/// the Python method saved).
struct ContextRunNames {
    var module = Value.null, entered = Value.null, current = Value.null
}

extension VM {
    func installContextRunModule(_ module: Value) throws(Raised) {
        contextRunNames = ContextRunNames(module: intern("_contextvars"), entered: intern("_entered"), current: intern("_current"))
        // Not a plain function: stored in a class, it binds to the context as a method.
        let run = newNative("run") { vm, arguments throws(Raised) in try vm.contextRun(arguments) }
        try setModuleAttribute(module, "run", run)
    }

    /// Context.run(callable, /, *args, **kwargs).
    private func contextRun(_ arguments: Arguments) throws(Raised) -> Value {
        if arguments.positionalCount < 2 { throw raiseTypeError("run() missing 1 required positional argument") }
        let context = arguments[0]
        let module = dictGetStr(DictView(modulesDict), contextRunNames.module)
        guard isModule(module) else { throw raise(exceptionTypes.runtimeError, "_contextvars is not imported") }
        let globals = DictView(ObjectRef(module)[ModuleLayout.dict])
        let entered = contextRunNames.entered, current = contextRunNames.current
        if try isTrue(try getAttribute(context, entered)) {
            throw raise(exceptionTypes.runtimeError, "cannot enter context: \(try reprString(context)) is already entered")
        }
        let saved = dictGetStr(globals, current)
        return try withRoots(saved, ObjectRef(module)[ModuleLayout.dict]) { () throws(Raised) in
            try setAttribute(context, entered, .true)
            try dictSet(globals, current, context)
            let result: Value
            do throws(Raised) {
                result = try call(arguments[1], arguments: arguments.base + 2, count: arguments.count - 2,
                                  keywordNames: arguments.keywordNames)
            } catch {
                let raised = raisedException
                raisedException = .null
                try withRoots(raised) { () throws(Raised) in try leaveContext(context, globals, saved) }
                throw raise(exception: raised)
            }
            try withRoots(result) { () throws(Raised) in try leaveContext(context, globals, saved) }
            return result
        }
    }

    private func leaveContext(_ context: Value, _ globals: DictView, _ saved: Value) throws(Raised) {
        try dictSet(globals, contextRunNames.current, saved)
        try setAttribute(context, contextRunNames.entered, .false)
    }
}
