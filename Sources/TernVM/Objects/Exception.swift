// Exceptions: instances of BaseException and its subclasses (layout in Layouts.swift),
// the builtin hierarchy of CPython 3.11, and the helpers runtime code raises with.

struct ExceptionTypes {
    var baseException = 0, exception = 0, typeError = 0, valueError = 0, attributeError = 0
    var nameError = 0, unboundLocalError = 0, keyError = 0, indexError = 0, lookupError = 0
    var zeroDivisionError = 0, overflowError = 0, arithmeticError = 0, stopIteration = 0
    var generatorExit = 0, runtimeError = 0, recursionError = 0, notImplementedError = 0
    var assertionError = 0, importError = 0, moduleNotFoundError = 0, memoryError = 0
    var systemExit = 0, keyboardInterrupt = 0, syntaxError = 0, indentationError = 0, tabError = 0
    var osError = 0, fileNotFoundError = 0, eofError = 0, unicodeDecodeError = 0, unicodeEncodeError = 0
    var stopAsyncIteration = 0, floatingPointError = 0, systemError = 0
}

extension VM {
    func bootstrapExceptions() {
        let hierarchy: [(String, String?)] = [
            ("BaseException", nil), ("GeneratorExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
            ("SystemExit", "BaseException"), ("Exception", "BaseException"),
            ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
            ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
            ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
            ("EOFError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
            ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
            ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
            ("OSError", "Exception"), ("FileExistsError", "OSError"), ("FileNotFoundError", "OSError"),
            ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"),
            ("TimeoutError", "OSError"), ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
            ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
            ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
            ("ConnectionResetError", "ConnectionError"), ("InterruptedError", "OSError"),
            ("ProcessLookupError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
            ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
            ("StopAsyncIteration", "Exception"), ("StopIteration", "Exception"),
            ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
            ("SystemError", "Exception"), ("TypeError", "Exception"), ("ValueError", "Exception"),
            ("UnicodeError", "ValueError"), ("UnicodeDecodeError", "UnicodeError"),
            ("UnicodeEncodeError", "UnicodeError"), ("UnicodeTranslateError", "UnicodeError"),
            ("Warning", "Exception"), ("DeprecationWarning", "Warning"), ("PendingDeprecationWarning", "Warning"),
            ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("UserWarning", "Warning"),
            ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
            ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"), ("EncodingWarning", "Warning"),
        ]
        for (name, baseName) in hierarchy {
            let base = baseName.map { exceptionTypeIDs[$0]! } ?? TypeID.object
            let id = makeBuiltinClass(name: name, base: base, layout: .exception, flags: .baseException)
            exceptionTypeIDs[name] = id
        }
        func id(_ name: String) -> Int { exceptionTypeIDs[name]! }
        exceptionTypes = ExceptionTypes(
            baseException: id("BaseException"), exception: id("Exception"), typeError: id("TypeError"),
            valueError: id("ValueError"), attributeError: id("AttributeError"), nameError: id("NameError"),
            unboundLocalError: id("UnboundLocalError"), keyError: id("KeyError"), indexError: id("IndexError"),
            lookupError: id("LookupError"), zeroDivisionError: id("ZeroDivisionError"),
            overflowError: id("OverflowError"), arithmeticError: id("ArithmeticError"),
            stopIteration: id("StopIteration"), generatorExit: id("GeneratorExit"), runtimeError: id("RuntimeError"),
            recursionError: id("RecursionError"), notImplementedError: id("NotImplementedError"),
            assertionError: id("AssertionError"), importError: id("ImportError"),
            moduleNotFoundError: id("ModuleNotFoundError"), memoryError: id("MemoryError"),
            systemExit: id("SystemExit"), keyboardInterrupt: id("KeyboardInterrupt"), syntaxError: id("SyntaxError"),
            indentationError: id("IndentationError"), tabError: id("TabError"), osError: id("OSError"),
            fileNotFoundError: id("FileNotFoundError"), eofError: id("EOFError"),
            unicodeDecodeError: id("UnicodeDecodeError"), unicodeEncodeError: id("UnicodeEncodeError"),
            stopAsyncIteration: id("StopAsyncIteration"), floatingPointError: id("FloatingPointError"),
            systemError: id("SystemError"))
    }

    /// A new exception instance of class `typeID` with the given args tuple.
    func newException(_ typeID: Int, args: Value) throws(Raised) -> Value {
        let ref = try allocate(kind: .exception, typeID: typeID, words: ExceptionLayout.words)
        ref[ExceptionLayout.args] = args
        return ref.value
    }

    func newException(_ typeID: Int, message: String?) throws(Raised) -> Value {
        guard let message else { return try newException(typeID, args: emptyTuple) }
        let text = try newStr(message)
        return try newException(typeID, args: try newTuple([text]))
    }

    /// Makes `exception` the one being raised and returns the error to throw.
    func raise(exception: Value) -> Raised {
        raisedException = exception
        return Raised()
    }

    /// Raises a new exception of class `typeID` with `message`: `throw raise(t, "...")`.
    func raise(_ typeID: Int, _ message: String) -> Raised {
        do throws(Raised) {
            raisedException = try newException(typeID, message: message)
        } catch {
            // MemoryError is already set as the exception being raised.
        }
        return Raised()
    }

    func raiseTypeError(_ message: String) -> Raised { raise(exceptionTypes.typeError, message) }
    func raiseValueError(_ message: String) -> Raised { raise(exceptionTypes.valueError, message) }

    func isException(_ value: Value) -> Bool { value.isObject && ObjectRef(value).kind == .exception }

    @inline(__always) func exceptionMatches(_ exception: Value, _ typeID: Int) -> Bool {
        isSubtype(self.typeID(of: exception), typeID)
    }
}

extension ObjectRef {
    /// An exception's `__suppress_context__` (set by `raise ... from`), kept as a Value
    /// so that every word after the shape is one the collector may trace.
    var suppressesContext: Bool {
        get { self[ExceptionLayout.suppressContext] == Value(bool: true) }
        nonmutating set { self[ExceptionLayout.suppressContext] = Value(bool: newValue) }
    }
}
