#if canImport(Glibc)
import Glibc
#endif

// The methods of text files (open() results and sys.stdin/stdout/stderr): read,
// readline(s), iteration, write(lines), close and the context manager protocol.
// Files opened for reading hold their decoded text; stdin and other streams are
// read lazily, as far as each read needs (FileStreams.swift).

extension VM {
    /// The state of an open file object, raising ValueError when it is closed.
    private func openFileState(_ file: Value) throws(Raised) -> FileState {
        let state = files[ObjectRef(file).word(FileLayout.index)]!
        if state.closed { throw raiseValueError("I/O operation on closed file.") }
        return state
    }

    /// Whether the locale is C, POSIX or C.UTF-8 (LC_ALL, else LC_CTYPE, else LANG; C when the one
    /// named is not installed): CPython's stdin and stdout then use the error handler surrogateescape.
    static let localeIsCLike: Bool = {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { getenvString($0) }.first { !$0.isEmpty } ?? "C"
        if ["C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"].contains(name) { return true }
        guard let locale = newlocale(LC_CTYPE_MASK, name, nil) else { return true }
        freelocale(locale)
        return false
    }()

    /// The state of a file opened in text mode; a binary one has no `attribute` (AttributeError, as
    /// CPython's buffered binary files have none).
    @discardableResult
    private func textFileState(_ file: Value, _ attribute: String) throws(Raised) -> FileState {
        let state = files[ObjectRef(file).word(FileLayout.index)]!
        if state.binary { throw raiseAttributeError(file, intern(attribute)) }
        return state
    }

    /// The state of a file about to be read: readable, with a stream read as far as `need`.
    func readableFileState(_ file: Value, need: FileNeed) throws(Raised) -> FileState {
        let state = try openFileState(file)
        if !state.readable { throw raise(exceptionTypes.osError, "not readable") }
        if state.streaming { fillStream(state, need) }
        return state
    }

    /// The next line of a readable file (with its newline), as a value of the file's mode; empty at the end.
    private func fileReadLine(_ file: Value) throws(Raised) -> Value {
        let state = try readableFileState(file, need: .line)
        let start = state.position
        let end = state.contents[start...].firstIndex(of: 10).map { $0 + 1 } ?? state.contents.count
        state.position = end
        return try fileData(state, start..<end)
    }

    /// The state of a file that can seek (one opened for reading only), else OSError.
    private func seekableFileState(_ file: Value) throws(Raised) -> FileState {
        let state = try openFileState(file)
        if state.streaming && state.descriptor > 2 { throw raiseOSError(ESPIPE) }
        guard state.readable && !state.writable && !state.streaming else {
            throw raise(exceptionTypes.osError, "Tern seeks only in files opened for reading")
        }
        return state
    }

    /// What a read of `range` of the contents returns: bytes from a file opened in binary mode, else str.
    private func fileData(_ state: FileState, _ range: Range<Int>) throws(Raised) -> Value {
        var result = Value.null
        var failure: Raised? = nil
        state.contents.withUnsafeBufferPointer { (contents) in
            let part = UnsafeBufferPointer(rebasing: contents[range])
            do throws(Raised) {
                result = state.binary ? try newBytes(copying: part) : try newStr(validUTF8: part)
            } catch let raised { failure = raised }
        }
        if let failure { throw failure }
        return result
    }

    func installFileMethods() {
        let file = TypeID.textFile
        // CPython's class is _io.TextIOWrapper, and messages name it so.
        try! dictSet(TypeView(types[file].object).dict, names.module, intern("_io"))
        types[file].flags.formUnion([.namedWithModule])
        installFileReadInto(file)
        defineMethod(file, "write") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "write", min: 1, max: 1)
            guard vm.isStr(arguments[1]) else { throw vm.raiseTypeError("write() argument must be str, not \(vm.typeName(arguments[1]))") }
            try vm.fileWrite(arguments[0], vm.swiftString(arguments[1]))
            return Value(int: StrView(arguments[1]).count)
        }
        defineMethod(file, "writelines") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "writelines", min: 1, max: 1)
            try vm.forEach(arguments[1]) { (line) throws(Raised) in
                guard vm.isStr(line) else { throw vm.raiseTypeError("write() argument must be str, not \(vm.typeName(line))") }
                try vm.fileWrite(arguments[0], vm.swiftString(line))
            }
            return .none
        }
        defineMethod(file, "flush") { vm, arguments throws(Raised) in
            _ = try vm.openFileState(arguments[0])
            vm.flushStdout()
            return .none
        }
        defineMethod(file, "read") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "read", min: 0, max: 1)
            var limit = -1
            if arguments.count > 1 && !arguments[1].isNone {
                limit = try vm.indexValue(arguments[1]) { "argument should be integer or None, not '\(vm.typeName(arguments[1]))'" }
            }
            let state = try vm.readableFileState(arguments[0], need: limit < 0 ? .all : .count(limit))
            let start = state.position
            let end = limit < 0 ? state.contents.count : vm.fileOffset(state, from: start, characters: limit).end
            state.position = end
            return try vm.fileData(state, start..<end)
        }
        defineMethod(file, "readline") { vm, arguments throws(Raised) in try vm.fileReadLine(arguments[0]) }
        defineMethod(file, "readlines") { vm, arguments throws(Raised) in
            let lines = try vm.newList(capacity: 0)
            try vm.withRoots(lines.ref.value) { () throws(Raised) in
                while true {
                    let line = try vm.fileReadLine(arguments[0])
                    if try vm.length(of: line) == 0 { break }
                    try vm.listAppend(lines, line)
                }
            }
            return lines.ref.value
        }
        defineMethod(file, "__iter__") { vm, arguments throws(Raised) in
            _ = try vm.openFileState(arguments[0])
            return arguments[0]
        }
        defineMethod(file, "__next__") { vm, arguments throws(Raised) in
            let line = try vm.fileReadLine(arguments[0])
            if try vm.length(of: line) == 0 { throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil)) }
            return line
        }
        // A regular file read from disk is held whole, so it seeks within what it holds; its
        // position counts bytes (in text mode, of the text as UTF-8 with newlines translated).
        defineMethod(file, "seekable") { vm, arguments throws(Raised) in
            let state = try vm.openFileState(arguments[0])
            return Value(bool: state.readable && !state.writable && !state.streaming)
        }
        defineMethod(file, "tell") { vm, arguments throws(Raised) in
            Value(int: try vm.seekableFileState(arguments[0]).position)
        }
        defineMethod(file, "seek") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "seek", min: 1, max: 2)
            let state = try vm.seekableFileState(arguments[0])
            let offset = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            let whence = arguments.count > 2 ? try vm.indexValue(arguments[2]) { "'\(vm.typeName(arguments[2]))' object cannot be interpreted as an integer" } : 0
            let base: Int
            switch whence {
            case 0: base = 0
            case 1: base = state.position
            case 2: base = state.contents.count
            default: throw vm.raiseValueError("invalid whence (\(whence), should be 0, 1 or 2)")
            }
            if base + offset < 0 { throw vm.raiseValueError("negative seek position \(offset)") }
            state.position = min(base + offset, state.contents.count)
            return Value(int: state.position)
        }
        defineMethod(file, "readable") { vm, arguments throws(Raised) in Value(bool: try vm.openFileState(arguments[0]).readable) }
        defineMethod(file, "writable") { vm, arguments throws(Raised) in Value(bool: try vm.openFileState(arguments[0]).writable) }
        defineMethod(file, "fileno") { vm, arguments throws(Raised) in Value(int: Int(try vm.openFileState(arguments[0]).descriptor)) }
        defineMethod(file, "isatty") { vm, arguments throws(Raised) in Value(bool: isatty(try vm.openFileState(arguments[0]).descriptor) == 1) }
        defineMethod(file, "close") { vm, arguments throws(Raised) in vm.closeFile(arguments[0]); return .none }
        defineGetter(file, "closed") { vm, value throws(Raised) in Value(bool: vm.files[ObjectRef(value).word(FileLayout.index)]!.closed) }
        defineGetter(file, "name") { vm, value throws(Raised) in ObjectRef(value)[FileLayout.name] }
        // Tern's text files read and write UTF-8: the names are CPython's under a UTF-8 locale (its
        // standard streams say "utf-8", open() the locale's "UTF-8").
        defineGetter(file, "encoding") { vm, value throws(Raised) in
            let state = try vm.textFileState(value, "encoding")
            return vm.intern(state.descriptor <= 2 ? "utf-8" : "UTF-8")
        }
        defineGetter(file, "errors") { vm, value throws(Raised) in
            let state = try vm.textFileState(value, "errors")
            if state.descriptor == 2 { return vm.intern("backslashreplace") }
            return vm.intern(state.descriptor <= 1 && VM.localeIsCLike ? "surrogateescape" : "strict")
        }
        // The binary stream under the text: lib/_io.py makes it (and keeps it) on first use.
        defineGetter(file, "buffer") { vm, value throws(Raised) in
            try vm.textFileState(value, "buffer")
            return try vm.callLibraryFunction("_io", "_text_file_buffer", value)
        }
        defineMethod(file, "__enter__") { vm, arguments throws(Raised) in
            _ = try vm.openFileState(arguments[0])
            return arguments[0]
        }
        defineMethod(file, "__exit__") { vm, arguments throws(Raised) in vm.closeFile(arguments[0]); return .none }
    }

    private func closeFile(_ file: Value) {
        let state = files[ObjectRef(file).word(FileLayout.index)]!
        if !state.closed && state.descriptor > 2 { Glibc.close(state.descriptor) }
        if state.descriptor <= 2 { flushStdout() }
        state.closed = true
        state.contents = []
        state.pendingBytes = []
    }
}
