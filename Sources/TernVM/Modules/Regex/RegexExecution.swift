// Running a compiled pattern over a subject: reading the subject in place (str,
// bytes, bytearray, and subclasses of str and bytes, C-contiguous memoryviews and arrays), clamping pos/endpos as
// CPython's state_init does, and collecting the spans of a match.

/// A successful match: where it starts and ends, the span of every group (-1 when
/// the group did not take part) and the last group closed.
struct RegexOutcome {
    var start: Int
    var end: Int
    var spans: [Int]      // start and end of groups 1...groups, in pairs
    var lastindex: Int
}

/// A Pattern's code words and set tables, read and written in place during a match
/// (which allocates nothing, so the collector cannot move them).
struct RegexProgram {
    let code: UnsafePointer<UInt32>
    let codeLength: Int
    let tables: UnsafeMutablePointer<UInt32>
}

/// How one attempt runs: at pos only, at pos and through endpos, or from pos on.
enum RegexMode { case match, fullmatch, search }

/// A subject string read in place, with the window pos..<endpos to look at.
struct RegexSubject {
    let value: Value      // the builtin str/bytes/bytearray (a subclass's payload)
    let isBytes: Bool
    let length: Int
}

extension VM {
    /// The subject `value` for `pattern`, with CPython's type errors.
    func regexSubject(_ value: Value, for pattern: Value) throws(Raised) -> RegexSubject {
        let inner = builtinSelf(value)
        let subject: RegexSubject
        if isStr(inner) {
            subject = RegexSubject(value: inner, isBytes: false, length: StrView(inner).count)
        } else if inner.isObject && ObjectRef(inner).kind == .bytes {
            subject = RegexSubject(value: inner, isBytes: true, length: ObjectRef(inner).word(BytesLayout.length))
        } else if isByteArray(inner) {
            subject = RegexSubject(value: inner, isBytes: true, length: ByteArrayView(inner).count)
        } else if isMemoryview(value) || isArray(value), let bytes = try contiguousBytes(value) {
            subject = RegexSubject(value: value, isBytes: true, length: bytes.count)
        } else {
            throw raiseTypeError("expected string or bytes-like object, got '\(typeName(value))'")
        }
        let patternSource = patternFields(pattern)[PatternField.source]
        if !patternSource.isNone {
            let patternIsBytes = !isStr(builtinSelf(patternSource))
            if patternIsBytes && !subject.isBytes {
                throw raiseTypeError("cannot use a bytes pattern on a string-like object")
            }
            if !patternIsBytes && subject.isBytes {
                throw raiseTypeError("cannot use a string pattern on a bytes-like object")
            }
        }
        return subject
    }

    /// pos and endpos arguments, clamped into the subject.
    func regexWindow(_ subject: RegexSubject, pos: Value, endpos: Value) throws(Raised) -> (Int, Int) {
        var start = 0, end = subject.length
        if !pos.isNull {
            start = min(max(try indexValue(pos) { "'\(typeName(pos))' object cannot be interpreted as an integer" }, 0), subject.length)
        }
        if !endpos.isNull {
            end = min(max(try indexValue(endpos) { "'\(typeName(endpos))' object cannot be interpreted as an integer" }, 0), subject.length)
        }
        return (start, end)
    }

    /// Runs `pattern` over `subject` from `start` (window end `end`); nil when it does not match.
    func regexExecute(_ pattern: Value, _ subject: RegexSubject, start: Int, end: Int,
                      mode: RegexMode, mustAdvance: Bool = false) throws(Raised) -> RegexOutcome? {
        let outcome = regexExecuteUnchecked(pattern, subject, start: start, end: end, mode: mode, mustAdvance: mustAdvance)
        if regexBuffers.exhausted {
            regexBuffers.exhausted = false
            throw raiseMemoryError()
        }
        return outcome
    }

    private func regexExecuteUnchecked(_ pattern: Value, _ subject: RegexSubject, start: Int, end: Int,
                                       mode: RegexMode, mustAdvance: Bool) -> RegexOutcome? {
        let fields = patternFields(pattern)
        let codeObject = ObjectRef(fields[PatternField.code])
        let code = UnsafePointer(codeObject.bytes(from: BytesLayout.data).withMemoryRebound(to: UInt32.self, capacity: 1) { $0 })
        let codeLength = codeObject.word(BytesLayout.length) / 4
        let tables = ObjectRef(fields[PatternField.setTables]).bytes(from: BytesLayout.data)
            .withMemoryRebound(to: UInt32.self, capacity: 1) { $0 }
        let program = RegexProgram(code: code, codeLength: codeLength, tables: tables)
        let groups = Int(smallIntValue(fields[PatternField.groups]) ?? 0)
        let ref = ObjectRef(subject.value)
        if isStr(subject.value) {
            let view = StrView(subject.value)
            if view.isASCII {
                return regexRun(&regexBuffers, program, NarrowRegexText(base: UnsafePointer(view.asciiBytes)), groups, start, end, mode, mustAdvance)
            }
            return regexRun(&regexBuffers, program, WideRegexText(base: UnsafePointer(view.wideScalars)), groups, start, end, mode, mustAdvance)
        }
        if ref.kind == .bytes {
            return regexRun(&regexBuffers, program, NarrowRegexText(base: UnsafePointer(ref.bytes(from: BytesLayout.data))), groups, start, end, mode, mustAdvance)
        }
        if ref.kind != .byteArray {
            // A memoryview or an array; a callback of sub() may have released or resized it.
            guard let bytes = try? contiguousBytes(subject.value) else { return nil }
            // An empty buffer has no address; nothing of it is read.
            let base = bytes.baseAddress.map { UnsafePointer($0) } ?? UnsafePointer(bitPattern: 1)!
            return regexRun(&regexBuffers, program, NarrowRegexText(base: base), groups, min(start, bytes.count), min(end, bytes.count),
                            mode, mustAdvance)
        }
        // A callback of sub() may have resized the bytearray since its length was read.
        let array = ByteArrayView(subject.value)
        return regexRun(&regexBuffers, program, NarrowRegexText(base: UnsafePointer(array.data)), groups, min(start, array.count), min(end, array.count),
                        mode, mustAdvance)
    }

    /// The part of the subject between `start` and `end`: a str, or bytes for any bytes-like subject.
    func regexSlice(_ subject: RegexSubject, _ start: Int, _ end: Int) throws(Raised) -> Value {
        if !subject.isBytes { return try substring(subject.value, start, end) }
        if ObjectRef(subject.value).kind == .bytes && start == 0 && end == subject.length { return subject.value }
        let bytes = try regexSubjectBytes(subject)
        let from = min(start, bytes.count)
        return try newBytes(copying: UnsafeBufferPointer(rebasing: bytes[from..<max(from, min(end, bytes.count))]))
    }

    /// The bytes of a bytes-like subject, read in place (a callback of sub() may have resized a bytearray
    /// since its length was read).
    func regexSubjectBytes(_ subject: RegexSubject) throws(Raised) -> UnsafeBufferPointer<UInt8> {
        let ref = ObjectRef(subject.value)
        switch ref.kind {
        case .bytes: return UnsafeBufferPointer(start: ref.bytes(from: BytesLayout.data), count: subject.length)
        case .byteArray: return UnsafeBufferPointer(start: ByteArrayView(subject.value).data, count: ByteArrayView(subject.value).count)
        default:
            let bytes = try contiguousBytes(subject.value)!
            return UnsafeBufferPointer(start: bytes.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!, count: bytes.count)
        }
    }
}

/// The engine for one subject width.
private func regexRun<Text: RegexText>(_ buffers: inout RegexBuffers, _ program: RegexProgram, _ text: Text, _ groups: Int, _ start: Int, _ end: Int,
                                       _ mode: RegexMode, _ mustAdvance: Bool) -> RegexOutcome? {
    var matcher = RegexMatcher(code: program.code, codeLength: program.codeLength, tables: program.tables, text: text,
                               start: start, end: end, groups: groups, buffers: buffers)
    defer {
        buffers = matcher.buffers
        buffers.trim()
    }
    matcher.mustAdvance = mustAdvance
    let found: Bool
    switch mode {
    case .search:
        found = matcher.search()
    case .match, .fullmatch:
        matcher.matchAll = mode == .fullmatch
        found = matcher.matchHere()
    }
    if !found { return nil }
    var spans = [Int](repeating: -1, count: 2 * groups)
    for group in 0..<groups {
        (spans[2 * group], spans[2 * group + 1]) = matcher.span(ofGroup: group)
    }
    return RegexOutcome(start: matcher.start, end: matcher.ptr, spans: spans, lastindex: matcher.lastindex)
}
