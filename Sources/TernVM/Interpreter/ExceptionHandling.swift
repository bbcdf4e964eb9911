import TernCompiler

// The interpreter's side of exceptions: `raise`, `except` matching, the exception
// table lookup, traceback entries, `with` blocks, and printing a traceback the way
// CPython 3.11 does (without the ^^^ markers).

extension VM {
    /// RAISE_VARARGS: returns the error to throw (the exception is in raisedException).
    func raiseStatement(_ sp: UnsafeMutablePointer<Value>, count: Int) throws(Raised) -> Raised {
        if count == 0 {
            if handledException.isNull { return raise(exceptionTypes.runtimeError, "No active exception to reraise") }
            reraising = true
            return raise(exception: handledException)
        }
        let exception = try exceptionInstance(count == 2 ? sp[-2] : sp[-1])
        if count == 2 {
            let cause = sp[-1]
            var causeValue = Value.none
            if !cause.isNone {
                let isExceptionClass = isType(cause) && isSubtype(TypeView(cause).ownTypeID, exceptionTypes.baseException)
                guard isException(cause) || isExceptionClass else {
                    throw raiseTypeError("exception causes must derive from BaseException")
                }
                causeValue = try exceptionInstance(cause)
            }
            ObjectRef(exception)[ExceptionLayout.cause] = causeValue
            ObjectRef(exception).suppressesContext = true
        }
        return raise(exception: exception)
    }

    /// An exception instance from `raise X` (a class is instantiated).
    func exceptionInstance(_ value: Value) throws(Raised) -> Value {
        if isException(value) { return value }
        if isType(value) && isSubtype(TypeView(value).ownTypeID, exceptionTypes.baseException) {
            let instance = try call(value)
            if !isException(instance) {
                throw raiseTypeError("calling \(try reprString(value)) should have returned an instance of BaseException, not \(typeName(instance))")
            }
            return instance
        }
        throw raiseTypeError("exceptions must derive from BaseException")
    }

    /// Sets __context__ when an exception is raised while another is being handled.
    func chainContext(_ exception: Value) {
        guard !handledException.isNull, handledException != exception, isException(exception) else { return }
        let ref = ObjectRef(exception)
        if ref[ExceptionLayout.context].isNull {
            // Avoid cycles: the handled exception must not already chain to this one.
            var link = handledException
            var steps = 0
            while isException(link) && steps < 100 {
                if ObjectRef(link)[ExceptionLayout.context] == exception {
                    ObjectRef(link)[ExceptionLayout.context] = .null
                    break
                }
                link = ObjectRef(link)[ExceptionLayout.context]
                steps += 1
            }
            ref[ExceptionLayout.context] = handledException
        }
    }

    /// CHECK_EXC_MATCH: `except T:` with T a class or a tuple of classes.
    func exceptionMatchesClause(_ exception: Value, _ clause: Value) throws(Raised) -> Bool {
        if typeID(of: clause) == TypeID.tuple {
            let tuple = TupleView(clause)
            for index in 0..<tuple.count where try exceptionMatchesClause(exception, tuple[index]) { return true }
            return false
        }
        return isSubtype(typeID(of: exception), try exceptionClassID(clause))
    }

    /// The type id of an `except` clause's class, which must derive from BaseException.
    func exceptionClassID(_ clause: Value) throws(Raised) -> Int {
        guard isType(clause), isSubtype(TypeView(clause).ownTypeID, exceptionTypes.baseException) else {
            throw raiseTypeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return TypeView(clause).ownTypeID
    }

    /// The handler covering `offset` in a code object's exception table.
    func findExceptionHandler(_ code: UnsafeMutablePointer<CodeInfo>, _ offset: Int) -> ExceptionTableEntry? {
        for entry in codeObject(code).exceptionTable where entry.start <= offset && offset < entry.end {
            return entry
        }
        return nil
    }

    /// Records that the exception being raised passed through `frame` at `offset`.
    func addTracebackEntry(_ frame: UnsafeMutablePointer<Frame>, _ offset: Int) {
        let exception = raisedException
        guard isException(exception) else { return }
        chainContext(exception)
        do throws(Raised) {
            try prependTracebackEntry(ObjectRef(exception), frame, offset)
        } catch {
            raisedException = exception
        }
    }

    // MARK: with

    /// BEFORE_WITH: (bound __exit__, result of __enter__()).
    func enterContext(_ manager: Value) throws(Raised) -> (Value, Value) {
        try enterManager(manager, enter: names.enter, exit: names.exit, kind: "context manager")
    }

    /// BEFORE_ASYNC_WITH: (bound __aexit__, what __aenter__() returned, to be awaited).
    func enterAsyncContext(_ manager: Value) throws(Raised) -> (Value, Value) {
        try enterManager(manager, enter: names.aenter, exit: names.aexit, kind: "asynchronous context manager")
    }

    private func enterManager(_ manager: Value, enter enterName: Value, exit exitName: Value,
                              kind: String) throws(Raised) -> (Value, Value) {
        let id = typeID(of: manager)
        let enter = lookupInType(id, enterName)
        let exit = lookupInType(id, exitName)
        if enter.isNull {
            throw raiseTypeError("'\(typeName(manager))' object does not support the \(kind) protocol")
        }
        if exit.isNull {
            throw raiseTypeError("'\(typeName(manager))' object does not support the \(kind) protocol (missed \(swiftString(exitName)) method)")
        }
        let boundExit = try bindDescriptor(exit, manager, typeObject(id))
        let entered = try withRoots(boundExit) { () throws(Raised) in try call(try bindDescriptor(enter, manager, typeObject(id))) }
        return (boundExit, entered)
    }

    /// GET_AITER: iterable.__aiter__(), which must have __anext__.
    func asyncIterator(_ iterable: Value) throws(Raised) -> Value {
        let method = lookupInType(typeID(of: iterable), names.aiter)
        if method.isNull {
            throw raiseTypeError("'async for' requires an object with __aiter__ method, got \(typeName(iterable))")
        }
        let iterator = try call(try bindDescriptor(method, iterable, typeOf(iterable)))
        if lookupInType(typeID(of: iterator), names.anext).isNull {
            throw raiseTypeError("'async for' received an object from __aiter__ that does not implement __anext__: \(typeName(iterator))")
        }
        return iterator
    }

    /// GET_ANEXT: iterator.__anext__(), to be awaited.
    func asyncNext(_ iterator: Value) throws(Raised) -> Value {
        let method = lookupInType(typeID(of: iterator), names.anext)
        if method.isNull {
            throw raiseTypeError("'async for' requires an iterator with __anext__ method, got \(typeName(iterator))")
        }
        return try call(try bindDescriptor(method, iterator, typeOf(iterator)))
    }

    /// WITH_EXCEPT_START: exit(type, value, traceback).
    func callExit(_ exit: Value, _ exception: Value) throws(Raised) -> Value {
        let traceback = isException(exception) ? ObjectRef(exception)[ExceptionLayout.traceback] : Value.none
        return try call(exit, typeOf(exception), exception, traceback.isNull ? .none : traceback)
    }

    // MARK: Printing

    /// str(exception) for BaseException and subclasses without their own __str__.
    func exceptionString(_ exception: Value) throws(Raised) -> String {
        let args = ObjectRef(exception)[ExceptionLayout.args]
        guard typeID(of: args) == TypeID.tuple else { return try strString(args) }
        let tuple = TupleView(args)
        if tuple.count == 0 { return "" }
        if tuple.count == 1 {
            if isSubtype(typeID(of: exception), exceptionTypes.keyError) { return try reprString(tuple[0]) }
            return try strString(tuple[0])
        }
        return try reprString(args)
    }

    func exceptionRepr(_ exception: Value) throws(Raised) -> String {
        let args = ObjectRef(exception)[ExceptionLayout.args]
        let name = typeName(exception)
        guard typeID(of: args) == TypeID.tuple else { return "\(name)()" }
        let tuple = TupleView(args)
        if tuple.count == 1 { return "\(name)(\(try reprString(tuple[0])))" }
        return name + (try reprString(args))
    }

    /// The traceback text CPython prints for an uncaught exception, with its chain.
    func formatTraceback(_ exception: Value) -> String {
        var seen = Set<UInt64>()
        return formatTracebackChain(exception, &seen, outermost: true)
    }

    private func formatTracebackChain(_ exception: Value, _ seen: inout Set<UInt64>, outermost: Bool = false) -> String {
        seen.insert(exception.bits)
        var out = ""
        let ref = ObjectRef(exception)
        let cause = ref[ExceptionLayout.cause]
        let context = ref[ExceptionLayout.context]
        if isException(cause) && !seen.contains(cause.bits) {
            out += formatTracebackChain(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !ref.suppressesContext && isException(context) && !seen.contains(context.bits) {
            out += formatTracebackChain(context, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        let entries = tracebackEntries(exception)
        if !entries.isEmpty {
            out += "Traceback (most recent call last):\n"
            // Under `-m`, CPython's runpy frames sit below the main module's in the exception that ended the program.
            if outermost, let mainFile = runModuleMainFile, let first = entries.first,
               first.0.name == "<module>", first.0.filename == mainFile {
                out += "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n"
                out += "  File \"<frozen runpy>\", line 88, in _run_code\n"
            }
            // In CPython: after three identical entries in a row, the rest are counted, not printed.
            var previous: (CodeObject, Int)? = nil
            var repeats = 0
            func flushRepeats() {
                if repeats > 3 {
                    let more = repeats - 3
                    out += "  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]\n"
                }
            }
            for (object, line, offset) in entries {
                if let (lastObject, lastLine) = previous, lastLine == line,
                   lastObject.filename == object.filename, lastObject.name == object.name {
                    repeats += 1
                } else {
                    flushRepeats()
                    repeats = 1
                }
                previous = (object, line)
                if repeats > 3 { continue }
                out += "  File \"\(object.filename)\", line \(line), in \(object.name)\n"
                if let (text, whole) = sourceLine(object.filename, line) {
                    out += "    \(text)\n"
                    if let marker = TracebackMarkers.markerLine(sourceLine: whole, line: line,
                                                                position: object.position(at: offset)) {
                        out += marker + "\n"
                    }
                }
            }
            flushRepeats()
        }
        if isSubtype(typeID(of: exception), exceptionTypes.syntaxError), let location = syntaxErrorLocation(exception) {
            out += location
        } else {
            out += exceptionSummaryLine(exception) + "\n"
        }
        // Notes added with add_note() follow the summary line, one per line.
        let notes = instanceSlotValue(ref, intern("__notes__"))
        if typeID(of: notes) == TypeID.list {
            let list = ListView(notes)
            for index in 0..<list.count {
                out += (isStr(list[index]) ? swiftString(list[index]) : ((try? reprString(list[index])) ?? "<note str() failed>")) + "\n"
            }
        }
        return out
    }

    /// An exception's type as a traceback names it: qualified, with its module unless builtins or __main__.
    func exceptionTypeDisplayName(_ exception: Value) -> String {
        let type = typeOf(exception)
        let module = dictGetStr(TypeView(type).dict, names.module)
        var name = swiftString(ObjectRef(type)[TypeLayout.qualifiedName])
        if isStr(module) {
            let moduleName = swiftString(module)
            if moduleName != "builtins" && moduleName != "__main__" { name = moduleName + "." + name }
        }
        return name
    }

    /// "Type: message" (or just "Type") as the last line of a traceback.
    func exceptionSummaryLine(_ exception: Value) -> String {
        let name = exceptionTypeDisplayName(exception)
        let message = (try? strString(exception)) ?? "<exception str() failed>"
        return message.isEmpty ? name : "\(name): \(message)"
    }

    /// A traceback's source line as CPython prints it (indentation removed, trailing
    /// blanks kept), and the whole line the marker columns count in; nil for a blank
    /// line. Files not loaded as modules (code compiled by `compile()` under a
    /// file's name) are read now, as CPython's linecache does.
    func sourceLine(_ filename: String, _ line: Int) -> (text: String, whole: String)? {
        if sources[filename] == nil, !filename.hasPrefix("<"), let text = readTextFile(filename) {
            sources[filename] = sourceLines(text)
        }
        guard let lines = sources[filename], line >= 1, line <= lines.count else { return nil }
        var whole = Substring(lines[line - 1])
        if whole.hasSuffix("\r") { whole = whole.dropLast() }
        let text = whole.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
        if text.allSatisfy({ $0 == " " || $0 == "\t" }) { return nil }
        return (String(text), String(whole))
    }
}

extension VM {
    /// list(value) for unpacking assignments, with CPython's message for non-iterables.
    func listForUnpacking(_ value: Value) throws(Raised) -> Value {
        do throws(Raised) {
            return try listFrom(value)
        } catch {
            let id = typeID(of: value)
            if exceptionMatches(raisedException, exceptionTypes.typeError)
                && lookupInType(id, names.iter).isNull && lookupInType(id, names.getitem).isNull
                && (try? strString(raisedException)) == "'\(typeName(value))' object is not iterable" {
                throw raiseTypeError("cannot unpack non-iterable \(typeName(value)) object")
            }
            throw error
        }
    }
}
