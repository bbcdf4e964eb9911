#if canImport(Glibc)
import Glibc
#endif

// The methods of text files (open() results and sys.stdin/stdout/stderr): read,
// readline(s), iteration, write(lines), close and the context manager protocol.
// Files opened for reading hold their decoded text; stdin is read lazily, one
// line at a time for readline()/iteration and to the end for read().

extension VM {
    /// The state of an open file object, raising ValueError when it is closed.
    private func openFileState(_ file: Value) throws(Raised) -> FileState {
        let state = files[ObjectRef(file).word(FileLayout.index)]!
        if state.closed { throw raiseValueError("I/O operation on closed file.") }
        return state
    }

    /// The state of a file about to be read: readable, with stdin filled as `wanted` needs.
    private func readableFileState(_ file: Value, wholeInput: Bool) throws(Raised) -> FileState {
        let state = try openFileState(file)
        if !state.readable { throw raise(exceptionTypes.osError, "not readable") }
        if state.descriptor == 0 { fillStandardInput(state, wholeInput: wholeInput) }
        return state
    }

    /// Reads stdin into `state.contents`: one more line (if none is buffered) or everything.
    private func fillStandardInput(_ state: FileState, wholeInput: Bool) {
        if state.atEndOfInput { return }
        if !wholeInput && state.contents[state.position...].contains(10) { return }
        flushStdout()
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            if read(0, &byte, 1) != 1 { state.atEndOfInput = true; break }
            bytes.append(byte)
            if byte == 10 && !wholeInput { break }
        }
        state.contents.append(contentsOf: String(decoding: bytes, as: UTF8.self).replacingCRLF().unicodeScalars.map { $0.value })
    }

    /// The next line of a readable file (with its newline), or an empty list at the end.
    private func fileReadLine(_ file: Value) throws(Raised) -> [UInt32] {
        let state = try readableFileState(file, wholeInput: false)
        var end = state.position
        while end < state.contents.count && state.contents[end] != 10 { end += 1 }
        if end < state.contents.count { end += 1 }
        let line = Array(state.contents[state.position..<end])
        state.position = end
        return line
    }

    func installFileMethods() {
        let file = TypeID.textFile
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
            let state = try vm.readableFileState(arguments[0], wholeInput: true)
            let end = limit < 0 ? state.contents.count : min(state.contents.count, state.position + limit)
            let text = Array(state.contents[state.position..<end])
            state.position = end
            if state.binary { return try vm.newBytes(text.map { UInt8(truncatingIfNeeded: $0) }) }
            return try vm.newStr(scalars: text)
        }
        defineMethod(file, "readline") { vm, arguments throws(Raised) in
            try vm.newStr(scalars: try vm.fileReadLine(arguments[0]))
        }
        defineMethod(file, "readlines") { vm, arguments throws(Raised) in
            let lines = try vm.newList(capacity: 0)
            try vm.withRoots(lines.ref.value) { () throws(Raised) in
                while true {
                    let line = try vm.fileReadLine(arguments[0])
                    if line.isEmpty { break }
                    try vm.listAppend(lines, try vm.newStr(scalars: line))
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
            if line.isEmpty { throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil)) }
            return try vm.newStr(scalars: line)
        }
        defineMethod(file, "readable") { vm, arguments throws(Raised) in Value(bool: try vm.openFileState(arguments[0]).readable) }
        defineMethod(file, "writable") { vm, arguments throws(Raised) in Value(bool: try vm.openFileState(arguments[0]).writable) }
        defineMethod(file, "fileno") { vm, arguments throws(Raised) in Value(int: Int(try vm.openFileState(arguments[0]).descriptor)) }
        defineMethod(file, "isatty") { vm, arguments throws(Raised) in Value(bool: isatty(try vm.openFileState(arguments[0]).descriptor) == 1) }
        defineMethod(file, "close") { vm, arguments throws(Raised) in vm.closeFile(arguments[0]); return .none }
        defineGetter(file, "closed") { vm, value throws(Raised) in Value(bool: vm.files[ObjectRef(value).word(FileLayout.index)]!.closed) }
        defineGetter(file, "name") { vm, value throws(Raised) in ObjectRef(value)[FileLayout.name] }
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
    }
}
