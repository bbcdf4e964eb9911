// `_asyncio`'s state and the layout of its Future and Task objects. Both are payload
// objects (ContainerSubclasses.swift) whose field tuple holds what CPython's FutureObj and
// TaskObj hold; NULL marks a field CPython leaves NULL (a Future whose loop is NULL was
// never initialised). Python subclasses are payload objects of their own class; all keep
// attributes of their own, as CPython's Future has an instance dict.

/// `_asyncio`'s classes and the Python objects its code calls: made by the first import,
/// kept by later ones (as CPython's static types are), and rooted in permanentRoots.
struct AsyncioModuleState {
    /// _asyncio.Future, Task and FutureIter (0 before the first import).
    var futureTypeID = 0, taskTypeID = 0, futureIterTypeID = 0
    var invalidStateError = Value.null, cancelledError = Value.null
    var cancelledErrorTypeID = 0
    /// asyncio's Python helpers that CPython's C module calls as well.
    var getEventLoopPolicy = Value.null, isCoroutine = Value.null, extractStack = Value.null
    var futureRepr = Value.null, futureReprInfo = Value.null
    var taskRepr = Value.null, taskReprInfo = Value.null, taskGetStack = Value.null, taskPrintStack = Value.null
    var copyContext = Value.null
    /// `_all_tasks` (a weakref.WeakSet) and `_current_tasks` ({loop: task}).
    var allTasks = Value.null, currentTasks = Value.null
    /// Classes asyncio.iscoroutine accepted, besides coroutines (CPython's iscoroutine_typecache).
    var coroutineTypes: Set<Int> = []
    /// A value array whose first slot is the running loop (NULL when none), rooted.
    var mutableSlots = Value.null
    var runningLoopPid: Int32 = 0
    /// The natives a task's scheduled steps and done callbacks call, bound to the task.
    var stepFunction = Value.null, wakeupFunction = Value.null
    /// The keyword-name tuples ("context",) and ("msg",).
    var contextKeyword = Value.null, messageKeyword = Value.null
    var names = AsyncioNames()
    /// The number of the last task named `Task-N`.
    var taskNameCounter = 0
}

struct AsyncioNames {
    var callSoon = Value.null, getDebug = Value.null, futureBlocking = Value.null, addDoneCallback = Value.null
    var cancel = Value.null, getLoop = Value.null, loop = Value.null, result = Value.null, throwName = Value.null
    var add = Value.null, discard = Value.null, callExceptionHandler = Value.null, getEventLoop = Value.null
    var message = Value.null, exception = Value.null, future = Value.null, task = Value.null, sourceTraceback = Value.null
}

/// Where a Future's (and a Task's) values sit in its field tuple.
enum FutureField {
    static let loop = 0, callback0 = 1, context0 = 2, callbacks = 3, result = 4, exception = 5
    static let exceptionTraceback = 6, sourceTraceback = 7, cancelMessage = 8, cancelledException = 9
    /// Small ints: the FutureState and the FutureFlags.
    static let state = 10, flags = 11
    static let count = 12
}

/// A Task's fields, after its Future's.
enum TaskField {
    static let coro = 12, context = 13, waiter = 14
    /// A str, or the small int N of a `Task-N` name not yet made.
    static let name = 15
    static let cancelsRequested = 16
    static let count = 17
}

enum FutureState {
    static let pending = 0, cancelled = 1, finished = 2
}

enum FutureFlags {
    /// CPython's fut_log_tb: an exception was set and nobody has retrieved it.
    static let logTraceback = 1
    /// `_asyncio_future_blocking`.
    static let blocking = 2
    static let mustCancel = 4
    static let logDestroyPending = 8
    /// In `VM.finalizable` already (FutureFinalization.swift).
    static let registered = 16
}

/// A Future's fields, valid while the Future is alive.
struct FutureView {
    let fields: TupleView
    @inline(__always) subscript(field: Int) -> Value {
        get { fields.items[field] }
        nonmutating set { fields[field] = newValue }
    }
    @inline(__always) var isAlive: Bool { !fields.items[FutureField.loop].isNull }
    @inline(__always) var loop: Value { fields.items[FutureField.loop] }
    @inline(__always) var state: Int {
        get { Int(fields.items[FutureField.state].int) }
        nonmutating set { fields.items[FutureField.state] = Value(int: newValue) }
    }
    @inline(__always) func has(_ flag: Int) -> Bool { Int(fields.items[FutureField.flags].int) & flag != 0 }
    @inline(__always) func set(_ flag: Int, _ on: Bool) {
        let flags = Int(fields.items[FutureField.flags].int)
        fields.items[FutureField.flags] = Value(int: on ? flags | flag : flags & ~flag)
    }
    @inline(__always) var isTask: Bool { fields.count == TaskField.count }
}

extension VM {
    /// Whether `value` is a Future or Task made by `_asyncio` (or of a subclass).
    @inline(__always) func isNativeFuture(_ value: Value) -> Bool {
        asyncio.futureTypeID != 0 && value.isObject && ObjectRef(value).kind == .instance
            && !ObjectRef(value).instancePayload.isNull && isInstance(value, typeID: asyncio.futureTypeID)
    }

    /// Whether `value` is exactly a Future or a Task: CPython's fast paths take only those.
    @inline(__always) func isExactNativeFuture(_ value: Value) -> Bool {
        guard value.isObject else { return false }
        let id = ObjectRef(value).typeID
        return (id == asyncio.futureTypeID || id == asyncio.taskTypeID) && asyncio.futureTypeID != 0
    }

    /// The fields of a Future or Task. The receiver check of its methods makes it one; an
    /// object made without Future.__new__ (object.__new__(Future)) has none and is refused.
    @inline(__always) func futureView(_ future: Value) throws(Raised) -> FutureView {
        let payload = ObjectRef(future).instancePayload
        if payload.isNull { throw raise(exceptionTypes.runtimeError, "Future object is not initialized.") }
        return FutureView(fields: TupleView(payload))
    }

    /// The fields of a Future that `__init__` has set up (CPython's ENSURE_FUTURE_ALIVE).
    @inline(__always) func aliveFutureView(_ future: Value) throws(Raised) -> FutureView {
        let view = try futureView(future)
        if !view.isAlive { throw raise(exceptionTypes.runtimeError, "Future object is not initialized.") }
        return view
    }

    /// Binds the arguments of a native method as CPython's argument clinic does: `positional`
    /// names first (positional-only when `positionalOnly`), then keyword-only `keywords`.
    /// NULL where not given; `skip` leading arguments (self) are left out.
    func bindClinicArguments(_ arguments: Arguments, _ function: String, positional: [String], required: Int = 0,
                             positionalOnly: Bool = true, keywords: [String], skip: Int = 1) throws(Raised) -> [Value] {
        let given = arguments.positionalCount - skip
        if given > positional.count {
            if positional.isEmpty { throw raiseTypeError("\(function)() takes no positional arguments") }
            let bound = required < positional.count ? "at most" : "exactly"
            let plural = positional.count == 1 ? "" : "s"
            throw raiseTypeError("\(function)() takes \(bound) \(positional.count) positional argument\(plural) (\(given + arguments.keywordCount) given)")
        }
        var bound = [Value](repeating: .null, count: positional.count + keywords.count)
        for index in 0..<given { bound[index] = arguments[skip + index] }
        try bindKeywordArguments(arguments, into: &bound, function: function) { name in
            if let keyword = keywords.firstIndex(where: { name.equals($0) }) { return positional.count + keyword }
            return positionalOnly ? nil : positional.firstIndex(where: { name.equals($0) })
        }
        for index in 0..<required where bound[index].isNull {
            throw raiseTypeError("\(function)() missing required argument '\(positional[index])' (pos \(index + 1))")
        }
        return bound
    }
}
