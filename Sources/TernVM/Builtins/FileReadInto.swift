// `readinto(buffer)` of files opened for reading in binary mode, which
// hashlib.file_digest reads with: it fills a bytearray, an array or a writable
// memoryview from the file's position and returns how many bytes it copied. Text files have
// no readinto in CPython; here the method is there but raises ValueError, which is
// what file_digest raises for a file not in binary reading mode.

extension VM {
    func installFileReadInto(_ file: Int) {
        defineMethod(file, "readinto", arguments: 1...1) { vm, arguments throws(Raised) in
            let state = try vm.readableFileState(arguments[0], need: .count(0))
            if !state.binary { throw vm.raiseValueError("readinto() needs a file opened in binary mode") }
            return try vm.withWritableBuffer(arguments[1], function: "readinto") { buffer in
                if state.streaming { vm.fillStream(state, .count(buffer.count)) }
                let count = min(buffer.count, state.contents.count - state.position)
                if let out = buffer.baseAddress, count > 0 {
                    state.contents.withUnsafeBufferPointer { out.update(from: $0.baseAddress! + state.position, count: count) }
                }
                state.position += count
                return Value(int: count)
            }
        }
    }
}
