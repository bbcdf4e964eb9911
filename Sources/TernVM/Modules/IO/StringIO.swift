#if canImport(Glibc)
import Glibc
#endif

// io.StringIO, native (CPython's is C; Tern's Python class cost 3 400 instructions a write, and
// print(..., file=buffer) and logging write through one). The text lives in a bytearray, one
// byte a character while every character is ASCII and four (UTF-32) from the first that is
// not, as Tern's strs are kept. A payload tuple holds it with the position and the newline
// settings, which follow CPython's: newline=None translates "\r" and "\r\n" to "\n" as it
// writes, "" keeps them, both record what they saw (`newlines`); "\r" and "\r\n" turn each
// written "\n" into themselves; readline ends lines accordingly.

enum StringIOField {
    static let buffer = 0, width = 1, position = 2, closed = 3, newline = 4, modes = 5, seen = 6, initialized = 7
}

/// The newline settings (`modes`) and the newlines written so far (`seen`).
enum StringIONewlines {
    static let universal = 1, translate = 2, endsWithCR = 4, endsWithCRLF = 8, writesCR = 16, writesCRLF = 32
    static let lf = 1, cr = 2, crlf = 4
}

struct StringIOState {
    let fields: TupleView
    var buffer: ByteArrayView { ByteArrayView(fields[StringIOField.buffer]) }
    var width: Int { Int(fields[StringIOField.width].int) }
    var count: Int { buffer.count / width }
    var modes: Int { Int(fields[StringIOField.modes].int) }
    var position: Int {
        get { Int(fields[StringIOField.position].int) }
        nonmutating set { fields[StringIOField.position] = Value(int: newValue) }
    }
    /// The characters as UTF-32; valid while the width is 4 and the buffer is not empty.
    var wide: UnsafeMutablePointer<UInt32> { UnsafeMutableRawPointer(buffer.data).assumingMemoryBound(to: UInt32.self) }
    @inline(__always) subscript(index: Int) -> UInt32 { width == 1 ? UInt32(buffer.data[index]) : wide[index] }
}

extension VM {
    func installStringIO(_ module: Value) throws(Raised) {
        let id = try defineMemoryStreamClass(stringIOTypeID, "StringIO", in: module,
                                             fields: [Value(int: 1), Value(int: 0), .false, .none, Value(int: 0), Value(int: 0), .false])
        stringIOTypeID = id
        defineMethod(id, "__init__") { vm, arguments throws(Raised) in
            if arguments.count > 3 {
                throw vm.raiseTypeError("StringIO() takes at most 2 arguments (\(arguments.count - 1) given)")
            }
            let bound = try vm.bindNativeArguments(arguments, "StringIO", ["initial_value", "newline"], required: 0, skip: 1)
            try vm.stringIOInitialize(arguments[0], initial: bound[0], newline: bound[1])
            return .none
        }
        defineStringIOReading(id)
        defineStringIOWriting(id)
        defineStringIOState(id)
        defineStreamCommonMethods(id) { vm, value throws(Raised) in try vm.stringIOCheckOpen(value) }
    }

    /// IOBase's check (its message ends with a period, StringIO's own does not).
    private func stringIOCheckOpen(_ value: Value) throws(Raised) {
        if try stringIOState(value, checkClosed: false).fields[StringIOField.closed] == .true {
            throw raiseValueError("I/O operation on closed file.")
        }
    }

    /// The state of a StringIO; ValueError before __init__ has run and (unless `checkClosed` is
    /// false) once it is closed.
    func stringIOState(_ value: Value, checkClosed: Bool = true) throws(Raised) -> StringIOState {
        let payload = ObjectRef(value).instancePayload
        guard !payload.isNull, TupleView(payload)[StringIOField.initialized] == .true else {
            throw raiseValueError("I/O operation on uninitialized object")
        }
        let fields = TupleView(payload)
        if checkClosed && fields[StringIOField.closed] == .true { throw raiseValueError("I/O operation on closed file") }
        return StringIOState(fields: fields)
    }

    /// __init__ (and __setstate__'s first step): checks the arguments, sets the newline
    /// settings, and empties the buffer or writes `initial` into it (translated) from 0.
    private func stringIOInitialize(_ object: Value, initial: Value, newline: Value) throws(Raised) {
        var modes = 0   // newline="\n", the default
        if newline.isNone {
            modes = StringIONewlines.universal | StringIONewlines.translate
        } else if !newline.isNull {
            guard isStr(newline) else { throw raiseTypeError("newline must be str or None, not \(typeName(newline))") }
            switch StrView(newline).string {
            case "": modes = StringIONewlines.universal
            case "\n": modes = 0
            case "\r": modes = StringIONewlines.endsWithCR | StringIONewlines.writesCR
            case "\r\n": modes = StringIONewlines.endsWithCRLF | StringIONewlines.writesCRLF
            default: throw raiseValueError("illegal newline value: \(try reprString(newline))")
            }
        }
        if !initial.isNull && !initial.isNone && !isStr(initial) {
            throw raiseTypeError("initial_value must be str or None, not \(typeName(initial))")
        }
        guard !ObjectRef(object).instancePayload.isNull else { throw raiseValueError("I/O operation on uninitialized object") }
        let fields = payloadFields(object)
        fields[StringIOField.initialized] = .false
        fields[StringIOField.newline] = newline.isNull ? intern("\n") : newline
        fields[StringIOField.modes] = Value(int: modes)
        fields[StringIOField.seen] = Value(int: 0)
        let state = StringIOState(fields: fields)
        state.buffer.count = 0
        fields[StringIOField.width] = Value(int: 1)
        state.position = 0
        if !initial.isNull && !initial.isNone {
            try stringIOWrite(state, initial)
            state.position = 0
        }
        fields[StringIOField.closed] = .false
        fields[StringIOField.initialized] = .true
    }

    /// The characters from `start` to `end` as a str.
    private func stringIOText(_ state: StringIOState, from start: Int, to end: Int) throws(Raised) -> Value {
        guard end > start else { return try newStr("") }
        if state.width == 1 { return try newStrASCII(UnsafeBufferPointer(start: state.buffer.data + start, count: end - start)) }
        return try newStr(scalars: UnsafeBufferPointer(start: state.wide + start, count: end - start))
    }

    /// Where the line that starts at `start` ends (after its line ending, or at the end of
    /// the text, or after `limit` characters when `limit` is not negative).
    private func stringIOLineEnd(_ state: StringIOState, from start: Int, limit: Int) -> Int {
        var end = state.count
        if limit >= 0 && limit < end - start { end = start + limit }
        guard start < end else { return start }
        let modes = state.modes
        let lineFeedOnly = modes & StringIONewlines.translate != 0
            || modes & (StringIONewlines.universal | StringIONewlines.endsWithCR | StringIONewlines.endsWithCRLF) == 0
        if lineFeedOnly {
            if state.width == 1 {
                let base = state.buffer.data
                guard let found = memchr(base + start, 0x0A, end - start) else { return end }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            for index in start..<end where state[index] == 0x0A { return index + 1 }
            return end
        }
        var index = start
        while index < end {
            let character = state[index]
            if character == 0x0D {
                if modes & StringIONewlines.endsWithCRLF != 0 {
                    if index + 1 < end && state[index + 1] == 0x0A { return index + 2 }
                } else if modes & StringIONewlines.universal != 0 {
                    return index + 1 < end && state[index + 1] == 0x0A ? index + 2 : index + 1
                } else {
                    return index + 1
                }
            } else if character == 0x0A && modes & StringIONewlines.universal != 0 {
                return index + 1
            }
            index += 1
        }
        return end
    }

    /// write(): the text translated as the newline settings say, written over the buffer at
    /// the position (a position past the end pads with NULs), the position moved past it.
    func stringIOWrite(_ state: StringIOState, _ text: Value) throws(Raised) {
        let modes = state.modes
        guard modes & (StringIONewlines.universal | StringIONewlines.writesCR | StringIONewlines.writesCRLF) != 0 else {
            try stringIOWriteUntranslated(state, text)
            return
        }
        let source = StrView(text), count = source.count
        let translating = modes & StringIONewlines.translate != 0
        let lineFeed: [UInt32]? = modes & StringIONewlines.writesCR != 0 ? VM.carriageReturnScalars
            : modes & StringIONewlines.writesCRLF != 0 ? VM.crlfScalars : nil
        var seen = 0, index = 0
        var translated: [UInt32]? = nil   // made at the first character that changes
        while index < count {
            let character = source[index]
            var replacement: [UInt32]? = nil, step = 1
            if character == 0x0A {
                seen |= StringIONewlines.lf
                replacement = lineFeed
            } else if character == 0x0D {
                let pair = index + 1 < count && source[index + 1] == 0x0A
                seen |= pair ? StringIONewlines.crlf : StringIONewlines.cr
                if translating {
                    replacement = VM.lineFeedScalars
                    step = pair ? 2 : 1
                }
            }
            if let replacement {
                if translated == nil { translated = (0..<index).map { source[$0] } }
                translated!.append(contentsOf: replacement)
            } else {
                translated?.append(character)
            }
            index += step
        }
        if modes & StringIONewlines.universal != 0 {
            state.fields[StringIOField.seen] = Value(int: Int(state.fields[StringIOField.seen].int) | seen)
        }
        guard let translated else { return try stringIOWriteUntranslated(state, text) }
        try translated.withUnsafeBufferPointer { (buffer) throws(Raised) in try stringIOStore(state, wide: buffer) }
    }

    private static let lineFeedScalars: [UInt32] = [0x0A], carriageReturnScalars: [UInt32] = [0x0D]
    private static let crlfScalars: [UInt32] = [0x0D, 0x0A]

    private func stringIOStore(_ state: StringIOState, ascii: UnsafeBufferPointer<UInt8>) throws(Raised) {
        let position = try stringIOMakeRoom(state, adding: ascii.count, wide: false)
        if state.width == 1 {
            (state.buffer.data + position).update(from: ascii.baseAddress!, count: ascii.count)
        } else {
            let target = state.wide + position
            for index in 0..<ascii.count { target[index] = UInt32(ascii[index]) }
        }
        state.position = position + ascii.count
    }

    private func stringIOStore(_ state: StringIOState, wide: UnsafeBufferPointer<UInt32>) throws(Raised) {
        let position = try stringIOMakeRoom(state, adding: wide.count, wide: wide.contains { $0 >= 0x80 })
        if state.width == 4 {
            (state.wide + position).update(from: wide.baseAddress!, count: wide.count)
        } else {
            let target = state.buffer.data + position
            for index in 0..<wide.count { target[index] = UInt8(truncatingIfNeeded: wide[index]) }
        }
        state.position = position + wide.count
    }

    /// Makes the buffer reach the position plus `count` characters, four bytes a character
    /// from now on when `wide`, with NULs in any gap after the old end; returns the position.
    private func stringIOMakeRoom(_ state: StringIOState, adding count: Int, wide: Bool) throws(Raised) -> Int {
        if wide && state.width == 1 { try stringIOWiden(state) }
        let width = state.width, buffer = state.buffer
        let position = state.position, size = buffer.count / width
        let end = position + count
        if end > size {
            try byteArrayReserve(buffer, end * width)
            if position > size { (buffer.data + size * width).initialize(repeating: 0, count: (position - size) * width) }
            buffer.count = end * width
        }
        return position
    }

    /// Turns a buffer of one byte a character into UTF-32, in place from the end.
    private func stringIOWiden(_ state: StringIOState) throws(Raised) {
        let buffer = state.buffer, count = buffer.count
        try byteArrayReserve(buffer, count * 4)
        state.fields[StringIOField.width] = Value(int: 4)
        guard count > 0 else { return }
        let bytes = buffer.data, wide = state.wide
        var index = count
        while index > 0 {
            index -= 1
            wide[index] = UInt32(bytes[index])
        }
        buffer.count = count * 4
    }

    private func defineStringIOReading(_ id: Int) {
        defineMethod(id, "read", arguments: 0...1) { vm, arguments throws(Raised) in
            let size = try vm.streamSizeArgument(arguments, 1)
            let state = try vm.stringIOState(arguments[0])
            let start = state.position, available = max(0, state.count - start)
            let end = start + (size < 0 ? available : min(size, available))
            let text = try vm.stringIOText(state, from: start, to: end)
            state.position = max(start, end)
            return text
        }
        defineMethod(id, "readline", arguments: 0...1) { vm, arguments throws(Raised) in
            let size = try vm.streamSizeArgument(arguments, 1)
            return try vm.stringIOReadLine(try vm.stringIOState(arguments[0]), limit: size)
        }
        defineMethod(id, "readlines", arguments: 0...1) { vm, arguments throws(Raised) in
            let hint = try vm.streamSizeArgument(arguments, 1)
            let iterator = try vm.getIterator(arguments[0])
            let lines = try vm.newList()
            try vm.withRoots(iterator, lines.ref.value) { () throws(Raised) in
                var total = 0
                while true {
                    let line = try vm.iteratorNext(iterator)
                    if line.isNull { break }
                    try vm.listAppend(lines, line)
                    if hint <= 0 { continue }
                    let length = try vm.length(of: line)
                    if length > hint - total { break }
                    total += length
                }
            }
            return lines.ref.value
        }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in
            try vm.stringIOCheckOpen(arguments[0])
            return arguments[0]
        }
        defineMethod(id, "__next__") { vm, arguments throws(Raised) in
            let state = try vm.stringIOState(arguments[0])
            let line: Value
            if vm.typeID(of: arguments[0]) == vm.stringIOTypeID {
                line = try vm.stringIOReadLine(state, limit: -1)
            } else {
                line = try vm.call(try vm.getAttribute(arguments[0], vm.intern("readline")))
                guard vm.isStr(line) else {
                    throw vm.raise(vm.exceptionTypes.osError, "readline() should have returned a str object, not '\(vm.typeName(line))'")
                }
            }
            if StrView(line).count == 0 { throw vm.raise(exception: try vm.newException(vm.exceptionTypes.stopIteration, message: nil)) }
            return line
        }
    }

    private func stringIOReadLine(_ state: StringIOState, limit: Int) throws(Raised) -> Value {
        let start = state.position
        guard start < state.count else { return try newStr("") }
        let end = stringIOLineEnd(state, from: start, limit: limit)
        let line = try stringIOText(state, from: start, to: end)
        state.position = end
        return line
    }

    private func defineStringIOWriting(_ id: Int) {
        defineMethod(id, "write", arguments: 1...1) { vm, arguments throws(Raised) in
            _ = try vm.stringIOState(arguments[0], checkClosed: false)
            let text = arguments[1]
            guard vm.isStr(text) else { throw vm.raiseTypeError("string argument expected, got '\(vm.typeName(text))'") }
            try vm.stringIOWrite(try vm.stringIOState(arguments[0]), text)
            return Value(int: StrView(text).count)
        }
        defineMethod(id, "writelines", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.stringIOCheckOpen(arguments[0])
            try vm.forEach(arguments[1]) { (line) throws(Raised) in
                _ = try vm.call(try vm.getAttribute(arguments[0], vm.names.write), line)
            }
            return .none
        }
        defineMethod(id, "truncate", arguments: 0...1) { vm, arguments throws(Raised) in
            let requested = try vm.streamSizeArgument(arguments, 1)
            let state = try vm.stringIOState(arguments[0])
            let size = arguments.count > 1 && !arguments[1].isNone ? requested : state.position
            if size < 0 { throw vm.raiseValueError("Negative size value \(size)") }
            if size < state.count {
                state.buffer.count = size * state.width
                if size == 0 { state.fields[StringIOField.width] = Value(int: 1) }
            }
            return Value(int: size)
        }
        defineMethod(id, "seek", arguments: 1...2) { vm, arguments throws(Raised) in
            var position = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            let whence = arguments.count > 2
                ? try vm.indexValue(arguments[2]) { "'\(vm.typeName(arguments[2]))' object cannot be interpreted as an integer" } : 0
            let state = try vm.stringIOState(arguments[0])
            if whence < 0 || whence > 2 { throw vm.raiseValueError("Invalid whence (\(whence), should be 0, 1 or 2)") }
            if position < 0 && whence == 0 { throw vm.raiseValueError("Negative seek position \(position)") }
            if whence != 0 && position != 0 { throw vm.raise(vm.exceptionTypes.osError, "Can't do nonzero cur-relative seeks") }
            if whence == 1 { position = state.position }
            if whence == 2 { position = state.count }
            // The position is kept as a small int (below 2^47; CPython's bound is 2^63).
            if !Value.fitsSmallInt(Int64(position)) { throw vm.raise(vm.exceptionTypes.overflowError, "new position too large") }
            state.position = position
            return Value(int: position)
        }
        defineMethod(id, "tell", arguments: 0...0) { vm, arguments throws(Raised) in
            Value(int: try vm.stringIOState(arguments[0]).position)
        }
    }

    private func defineStringIOState(_ id: Int) {
        defineMethod(id, "getvalue", arguments: 0...0) { vm, arguments throws(Raised) in
            let state = try vm.stringIOState(arguments[0])
            return try vm.stringIOText(state, from: 0, to: state.count)
        }
        defineMethod(id, "close", arguments: 0...0) { vm, arguments throws(Raised) in
            let state = try vm.stringIOState(arguments[0], checkClosed: false)
            state.fields[StringIOField.closed] = .true
            state.buffer.count = 0
            return .none
        }
        defineGetter(id, "closed") { vm, value throws(Raised) in
            try vm.stringIOState(value, checkClosed: false).fields[StringIOField.closed]
        }
        defineGetter(id, "line_buffering") { vm, value throws(Raised) in
            _ = try vm.stringIOState(value)
            return .false
        }
        defineGetter(id, "newlines") { vm, value throws(Raised) in
            let state = try vm.stringIOState(value)
            guard state.modes & StringIONewlines.universal != 0 else { return .none }
            let seen = Int(state.fields[StringIOField.seen].int)
            var names: [Value] = []
            if seen & StringIONewlines.cr != 0 { names.append(vm.intern("\r")) }
            if seen & StringIONewlines.lf != 0 { names.append(vm.intern("\n")) }
            if seen & StringIONewlines.crlf != 0 { names.append(vm.intern("\r\n")) }
            return names.isEmpty ? .none : names.count == 1 ? names[0] : try vm.newTuple(names)
        }
        for name in ["encoding", "errors"] { defineGetter(id, name) { _, _ throws(Raised) in .none } }
        for name in ["readable", "writable", "seekable"] {
            defineMethod(id, name, arguments: 0...0) { vm, arguments throws(Raised) in
                _ = try vm.stringIOState(arguments[0])
                return .true
            }
        }
        defineMethod(id, "flush", arguments: 0...0) { vm, arguments throws(Raised) in .none }
        defineMethod(id, "__getstate__", arguments: 0...0) { vm, arguments throws(Raised) in
            let state = try vm.stringIOState(arguments[0])
            let value = try vm.stringIOText(state, from: 0, to: state.count)
            return try vm.withRoots(value) { () throws(Raised) in
                let dict = try vm.instanceDictOrNone(arguments[0])
                let copy = dict.isNone ? dict : try vm.dictCopy(DictView(dict)).ref.value
                return try vm.withRoots(copy) { () throws(Raised) in
                    let newline = state.modes & StringIONewlines.translate != 0 ? Value.none : state.fields[StringIOField.newline]
                    return try vm.newTuple([value, newline, Value(int: state.position), copy])
                }
            }
        }
        defineMethod(id, "__setstate__", arguments: 1...1) { vm, arguments throws(Raised) in
            // Unpickling calls it on an object __init__ has not seen.
            let payload = ObjectRef(arguments[0]).instancePayload
            if !payload.isNull && TupleView(payload)[StringIOField.closed] == .true { throw vm.raiseValueError("I/O operation on closed file") }
            let state = arguments[1]
            guard vm.typeID(of: state) == TypeID.tuple, TupleView(state).count >= 4 else {
                throw vm.raiseTypeError("\(vm.typeName(arguments[0])).__setstate__ argument should be 4-tuple, got \(vm.typeName(state))")
            }
            let items = TupleView(state)
            try vm.stringIOInitialize(arguments[0], initial: items[0], newline: items[1])
            // The state's text was translated when it was first written: it goes in as it is.
            guard vm.isStr(items[0]) else { throw vm.raiseTypeError("bad argument type for built-in operation") }
            let restored = try vm.stringIOState(arguments[0])
            restored.buffer.count = 0
            restored.fields[StringIOField.width] = Value(int: 1)
            restored.position = 0
            try vm.stringIOWriteUntranslated(restored, items[0])
            guard vm.isIntLike(items[2]) else {
                throw vm.raiseTypeError("third item of state must be an integer, got \(vm.typeName(items[2]))")
            }
            let position = try vm.indexValue(items[2]) { "" }
            if position < 0 { throw vm.raiseValueError("position value cannot be negative") }
            restored.position = position
            guard items[3].isNone || vm.typeID(of: items[3]) == TypeID.dict else {
                throw vm.raiseTypeError("fourth item of state should be a dict, got a \(vm.typeName(items[3]))")
            }
            if !items[3].isNone {
                let dict = try vm.instanceDict(ObjectRef(arguments[0]))
                try vm.dictForEach(DictView(items[3])) { (key, value) throws(Raised) in try vm.dictSet(DictView(dict), key, value) }
            }
            return .none
        }
    }

    /// Writes a str at the position as it is, whatever the newline settings.
    private func stringIOWriteUntranslated(_ state: StringIOState, _ text: Value) throws(Raised) {
        let source = StrView(text)
        guard source.count > 0 else { return }
        if source.isASCII {
            try stringIOStore(state, ascii: UnsafeBufferPointer(start: source.asciiBytes, count: source.count))
        } else {
            try stringIOStore(state, wide: UnsafeBufferPointer(start: source.wideScalars, count: source.count))
        }
    }
}
