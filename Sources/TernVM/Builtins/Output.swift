#if canImport(Glibc)
import Glibc
#endif

// print(), input(), sys.stdout/stderr and text files opened with open().
// Standard output is buffered in Swift and flushed at exit, on input() and when
// stderr is written, so interleaving matches what a terminal shows.

/// A file opened by open(): a regular file's whole text is read at open time for
/// reading; stdin and other streams are read on demand (FileStreams.swift).
final class FileState {
    var descriptor: Int32
    var readable: Bool
    var writable: Bool
    /// What has been read: bytes in binary mode; in text mode the text as UTF-8, always valid
    /// (undecodable bytes became U+FFFD) and with newlines translated, so positions count bytes.
    var contents: [UInt8] = []
    var position = 0
    var closed = false
    /// Read on demand (stdin, pipes, devices): not seekable.
    var streaming = false
    /// Streams: the end of input has been read.
    var atEndOfInput = false
    /// Streams in text mode: the start of a character split across reads, and whether
    /// the last character read was "\r".
    var pendingBytes: [UInt8] = []
    var previousCR = false
    /// Text files from open() read "\r\n" and "\r" as "\n"; sys.stdin reads with
    /// newline="\n", as CPython's does on POSIX.
    var universalNewlines = false
    /// Opened with "b": `contents` holds bytes and reads return bytes.
    var binary = false
    init(descriptor: Int32, readable: Bool, writable: Bool) {
        self.descriptor = descriptor; self.readable = readable; self.writable = writable
    }
}

/// The letters of an open() mode ("rb", "wt", ...): which it has, and whether it is made
/// only of open()'s letters, each at most once.
struct OpenModeLetters {
    private static let alphabet = Array("rwxabt+".utf8)
    private var seen: UInt8 = 0
    private(set) var valid = true

    init(_ mode: String) {
        for byte in mode.utf8 {
            guard let index = OpenModeLetters.alphabet.firstIndex(of: byte), seen & (1 << index) == 0 else { valid = false; continue }
            seen |= 1 << index
        }
    }

    func has(_ letter: Unicode.Scalar) -> Bool {
        guard let index = OpenModeLetters.alphabet.firstIndex(of: UInt8(letter.value)) else { return false }
        return seen & (1 << index) != 0
    }
}

extension VM {
    func writeStdout(_ text: String) {
        stdoutBuffer.append(contentsOf: text.utf8)
        if stdoutBuffer.count > 1 << 16 || commandLine.unbuffered { flushStdout() }
    }

    public func flushStdout() {
        var offset = 0
        while offset < stdoutBuffer.count {
            let written = stdoutBuffer.withUnsafeBytes { buffer in
                write(1, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { break }
            offset += written
        }
        stdoutBuffer.removeAll(keepingCapacity: true)
    }

    public func writeStderr(_ text: String) {
        flushStdout()
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in write(2, buffer.baseAddress! + offset, buffer.count - offset) }
            if written <= 0 { break }
            offset += written
        }
        bytes.removeAll()
    }

    /// print(): each argument's str(), the separators and the end, written in CPython's order
    /// (the pieces written before an argument whose str() raises stay written).
    func builtinPrint(_ arguments: Arguments) throws(Raised) -> Value {
        var file = arguments.keyword("file")
        if file.isNull || file.isNone {
            file = dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), names.stdout)
            if file.isNull { throw raise(exceptionTypes.runtimeError, "lost sys.stdout") }
            if file.isNone { return .none }
        }
        let separator = try printOption(arguments.keyword("sep"), "sep", default: names.space)
        let terminator = try printOption(arguments.keyword("end"), "end", default: names.newline)
        if file.isObject && ObjectRef(file).kind == .file {
            // Tern's own files take the line in one write.
            var text = ""
            do throws(Raised) {
                for index in 0..<arguments.positionalCount {
                    if index > 0 { text += swiftString(separator) }
                    text += try strString(arguments[index])
                }
            } catch {
                try fileWrite(file, text)
                throw error
            }
            try fileWrite(file, text + swiftString(terminator))
        } else {
            try withRoots(file) { () throws(Raised) in
                for index in 0..<arguments.positionalCount {
                    if index > 0 { try printPiece(separator, to: file) }
                    try printPiece(arguments[index], to: file)
                }
                try printPiece(terminator, to: file)
            }
        }
        let flush = arguments.keyword("flush")
        if !flush.isNull, try isTrue(flush) {
            if file.isObject && ObjectRef(file).kind == .file { flushStdout() } else { _ = try call(try getAttribute(file, names.flush)) }
        }
        return .none
    }

    /// print's `sep` or `end`: a str, or `default` for None or no argument.
    private func printOption(_ value: Value, _ name: String, default: Value) throws(Raised) -> Value {
        if value.isNull || value.isNone { return `default` }
        guard isStr(value) else { throw raiseTypeError("\(name) must be None or a string, not \(typeName(value))") }
        return value
    }

    /// One write of print's to a file object of Python's: str(`value`) through its write, looked
    /// up first as CPython does; an exact StringIO is written natively.
    private func printPiece(_ value: Value, to file: Value) throws(Raised) {
        if stringIOTypeID != 0 && typeID(of: file) == stringIOTypeID {
            let text = try str(value)
            try withRoots(text) { () throws(Raised) in try stringIOWrite(try stringIOState(file), text) }
            return
        }
        let write = try getAttribute(file, names.write)
        try withRoots(write) { () throws(Raised) in
            let text = try str(value)
            _ = try withRoots(text) { () throws(Raised) in try call(write, text) }
        }
    }

    /// Writes to a file object, sys.stdout when `file` is NULL or None.
    func writeText(_ text: String, to file: Value) throws(Raised) {
        var target = file
        if target.isNull || target.isNone {
            target = dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("stdout"))
        }
        if target.isObject && ObjectRef(target).kind == .file {
            try fileWrite(target, text)
            return
        }
        let write = try getAttribute(target, intern("write"))
        _ = try call(write, try newStr(text))
    }

    func fileWrite(_ file: Value, _ text: String) throws(Raised) {
        let index = ObjectRef(file).word(FileLayout.index)
        guard let state = files[index], !state.closed else { throw raiseValueError("I/O operation on closed file.") }
        if !state.writable { throw raise(exceptionTypes.osError, "not writable") }
        if state.descriptor == 1 { writeStdout(text); return }
        if state.descriptor == 2 { writeStderr(text); return }
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { buffer in write(state.descriptor, buffer.baseAddress, buffer.count) }
    }

    func newFile(descriptor: Int32, name: String, readable: Bool, writable: Bool) throws(Raised) -> Value {
        let state = FileState(descriptor: descriptor, readable: readable, writable: writable)
        var info = stat()
        state.streaming = readable && (descriptor == 0 || fstat(descriptor, &info) != 0 || info.st_mode & S_IFMT != S_IFREG)
        let ref = try allocate(kind: .file, typeID: TypeID.textFile, words: FileLayout.words)
        ref[FileLayout.name] = try withRoots(ref.value) { () throws(Raised) in try newStr(name) }
        if let index = freeFileIndices.popLast() {
            files[index] = state
            ref.setWord(FileLayout.index, index)
        } else {
            files.append(state)
            ref.setWord(FileLayout.index, files.count - 1)
        }
        if descriptor > 2 { openedFiles.append(ref.value) }
        return ref.value
    }

    /// After marking: a file object found dead is closed, as CPython closes a file it frees, and
    /// its state (the contents read when it was opened) let go.
    func forgetDeadFiles() {
        if openedFiles.isEmpty { return }
        var alive: [Value] = []
        for file in openedFiles {
            if ObjectRef(file).header & GCFlag.mark != 0 {
                alive.append(file)
                continue
            }
            let index = ObjectRef(file).word(FileLayout.index)
            if let state = files[index], !state.closed { Glibc.close(state.descriptor) }
            files[index] = nil
            freeFileIndices.append(index)
        }
        openedFiles = alive
    }

    func builtinInput(_ arguments: Arguments) throws(Raised) -> Value {
        try expectArguments(arguments, "input", min: 0, max: 1)
        if arguments.count == 1 { writeStdout(try strString(arguments[0])) }
        flushStdout()
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while read(0, &byte, 1) == 1 {
            if byte == 10 { return try newStr(String(decoding: line, as: UTF8.self)) }
            line.append(byte)
        }
        if line.isEmpty { throw raise(exceptionTypes.eofError, "EOF when reading a line") }
        return try newStr(String(decoding: line, as: UTF8.self))
    }

    func builtinOpen(_ arguments: Arguments) throws(Raised) -> Value {
        if arguments.positionalCount < 1 { throw raiseTypeError("open() missing required argument 'file' (pos 1)") }
        var mode = "r"
        let modeValue = arguments.positionalCount > 1 ? arguments[1] : arguments.keyword("mode")
        if !modeValue.isNull { mode = swiftString(modeValue) }
        // Descriptors, update modes, binary writing and an opener (tempfile's) are CPython's
        // pure-Python io (_pyio) over os.
        let opener = arguments.positionalCount > 7 ? arguments[7] : arguments.keyword("opener")
        let letters = OpenModeLetters(mode)
        if arguments[0].isInt || arguments[0].isBool || letters.has("+") || (letters.has("b") && (letters.has("w") || letters.has("a") || letters.has("x")))
            || !(opener.isNull || opener.isNone) {
            let open = try getAttribute(try importDotted("_pyio"), intern("open"))
            return try call(open, arguments: arguments.base, count: arguments.count, keywordNames: arguments.keywordNames)
        }
        let fileArgument = try fspath(arguments[0])
        let path = isInstance(fileArgument, typeID: TypeID.bytes) ? String(decoding: bytesContents(builtinSelf(fileArgument)), as: UTF8.self)
            : try strString(fileArgument)
        // In CPython: the checks (and messages) of io.open, in this order.
        if !letters.valid { throw raiseValueError("invalid mode: '\(mode)'") }
        if letters.has("b") && letters.has("t") { throw raiseValueError("can't have text and binary mode at once") }
        if [letters.has("r"), letters.has("w"), letters.has("x"), letters.has("a")].filter({ $0 }).count != 1 {
            throw raiseValueError("must have exactly one of create/read/write/append mode")
        }
        let writing = !letters.has("r")
        var flags: Int32 = writing ? O_WRONLY | O_CREAT : O_RDONLY
        if letters.has("w") { flags |= O_TRUNC }
        if letters.has("a") { flags |= O_APPEND }
        if letters.has("x") { flags |= O_EXCL }
        var descriptor = Glibc.open(path, flags | O_CLOEXEC, 0o666)
        if descriptor < 0 && (errno == EMFILE || errno == ENFILE) {
            // Files dropped without close() keep their descriptors until a collection finds
            // them dead: collect, then try once more (the values here are on the stack).
            collectMajor()
            runPendingFinalizers()
            descriptor = Glibc.open(path, flags | O_CLOEXEC, 0o666)
        }
        if descriptor < 0 { throw raiseOSError(errno, filename: arguments[0]) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
            Glibc.close(descriptor)
            throw raiseOSError(EISDIR, filename: arguments[0])
        }
        let file = try newFile(descriptor: descriptor, name: path, readable: !writing, writable: writing)
        let state = files[ObjectRef(file).word(FileLayout.index)]!
        state.binary = letters.has("b")
        state.universalNewlines = true
        if !writing && !state.streaming {
            if fstat(descriptor, &info) == 0 { state.contents.reserveCapacity(Int(info.st_size)) }
            fillStream(state, .all)
        }
        return file
    }
}
