// Methods of re.Pattern: match/fullmatch/search, findall/finditer, sub/subn,
// split, scanner, and the attributes, repr, equality and hash.

extension VM {
    func installPatternMethods() {
        let id = regexTypes.pattern
        for (name, mode) in [("match", RegexMode.match), ("fullmatch", .fullmatch), ("search", .search)] {
            defineMethod(id, name) { vm, arguments throws(Raised) in
                let pattern = arguments[0]
                let string = try vm.argument(arguments, 1, "string").orMissing(vm, name, "string")
                let subject = try vm.regexSubject(string, for: pattern)
                let (start, end) = try vm.regexWindow(subject, pos: vm.argument(arguments, 2, "pos"), endpos: vm.argument(arguments, 3, "endpos"))
                guard let outcome = try vm.regexExecute(pattern, subject, start: start, end: end, mode: mode) else { return .none }
                return try vm.newMatch(pattern, string, subject, start, end, outcome)
            }
        }
        defineMethod(id, "findall") { vm, arguments throws(Raised) in
            let pattern = arguments[0]
            let subject = try vm.regexSubject(vm.argument(arguments, 1, "string").orMissing(vm, "findall", "string"), for: pattern)
            let (start, end) = try vm.regexWindow(subject, pos: vm.argument(arguments, 2, "pos"), endpos: vm.argument(arguments, 3, "endpos"))
            let groups = Int(vm.smallIntValue(vm.patternFields(pattern)[PatternField.groups]) ?? 0)
            let list = try vm.newList()
            try vm.withRoots(list.ref.value) { () throws(Raised) in
                var position = start, mustAdvance = false
                while let outcome = try vm.regexExecute(pattern, subject, start: position, end: end, mode: .search, mustAdvance: mustAdvance) {
                    let item: Value
                    switch groups {
                    case 0: item = try vm.regexSlice(subject, outcome.start, outcome.end)
                    case 1: item = try vm.regexGroupOrEmpty(subject, outcome, 1)
                    default:
                        item = try vm.newTuple(count: groups) { (index) throws(Raised) in
                            try vm.regexGroupOrEmpty(subject, outcome, index + 1)
                        }
                    }
                    try vm.listAppend(list, item)
                    mustAdvance = outcome.end == outcome.start
                    position = outcome.end
                }
            }
            return list.ref.value
        }
        defineMethod(id, "finditer") { vm, arguments throws(Raised) in
            let scanner = try vm.newScanner(arguments, "finditer")
            let search = try vm.getAttribute(scanner, vm.intern("search"))
            return try vm.call(vm.dictGetStr(DictView(vm.builtinsDict), vm.intern("iter")), search, .none)
        }
        defineMethod(id, "scanner") { vm, arguments throws(Raised) in try vm.newScanner(arguments, "scanner") }
        defineMethod(id, "sub") { vm, arguments throws(Raised) in try vm.regexSubstitute(arguments, "sub", returnCount: false) }
        defineMethod(id, "subn") { vm, arguments throws(Raised) in try vm.regexSubstitute(arguments, "subn", returnCount: true) }
        defineMethod(id, "split") { vm, arguments throws(Raised) in
            let pattern = arguments[0]
            let string = try vm.argument(arguments, 1, "string").orMissing(vm, "split", "string")
            let subject = try vm.regexSubject(string, for: pattern)
            let limitValue = vm.argument(arguments, 2, "maxsplit")
            let limit = limitValue.isNull ? 0 : try vm.indexValue(limitValue) { "'\(vm.typeName(limitValue))' object cannot be interpreted as an integer" }
            let groups = Int(vm.smallIntValue(vm.patternFields(pattern)[PatternField.groups]) ?? 0)
            let list = try vm.newList()
            try vm.withRoots(list.ref.value) { () throws(Raised) in
                var last = 0, position = 0, count = 0, mustAdvance = false
                while limit == 0 || count < limit {
                    guard let outcome = try vm.regexExecute(pattern, subject, start: position, end: subject.length, mode: .search,
                                                        mustAdvance: mustAdvance) else { break }
                    try vm.listAppend(list, vm.regexSlice(subject, last, outcome.start))
                    for group in stride(from: 1, through: groups, by: 1) {
                        let value = try vm.regexGroup(subject, outcome, group)
                        try vm.listAppend(list, value ?? .none)
                    }
                    count += 1
                    mustAdvance = outcome.end == outcome.start
                    last = outcome.end
                    position = outcome.end
                }
                try vm.listAppend(list, vm.regexSlice(subject, last, subject.length))
            }
            return list.ref.value
        }
        defineGetter(id, "pattern") { vm, pattern throws(Raised) in vm.patternFields(pattern)[PatternField.source] }
        defineGetter(id, "flags") { vm, pattern throws(Raised) in vm.patternFields(pattern)[PatternField.flags] }
        defineGetter(id, "groups") { vm, pattern throws(Raised) in vm.patternFields(pattern)[PatternField.groups] }
        defineGetter(id, "groupindex") { vm, pattern throws(Raised) in
            // In CPython a read-only mappingproxy; Tern has none, so a copy keeps the pattern's own dict unchanged.
            try vm.dictCopy(DictView(vm.patternFields(pattern)[PatternField.groupindex])).ref.value
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            try vm.newStr(vm.patternRepr(arguments[0]))
        }
        defineMethod(id, "__eq__", arguments: 1...1) { vm, arguments throws(Raised) in
            let other = arguments[1]
            guard vm.typeID(of: other) == vm.regexTypes.pattern else { return vm.notImplemented }
            let a = vm.patternFields(arguments[0]), b = vm.patternFields(other)
            if a.ref.address == b.ref.address { return .true }
            if vm.typeID(of: a[PatternField.source]) != vm.typeID(of: b[PatternField.source]) { return .false }
            for field in [PatternField.flags, PatternField.code, PatternField.source] {
                if !(try vm.isEqual(a[field], b[field])) { return .false }
            }
            return .true
        }
        defineMethod(id, "__hash__") { vm, arguments throws(Raised) in
            let fields = vm.patternFields(arguments[0])
            let hash = try vm.hashValue(fields[PatternField.source]) ^ vm.hashValue(fields[PatternField.code])
                ^ vm.hashValue(fields[PatternField.flags])
            return Value(int: hash == -1 ? -2 : hash)
        }
        defineMethod(id, "__copy__", arguments: 0...0) { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__deepcopy__", arguments: 1...1) { vm, arguments throws(Raised) in arguments[0] }
    }

    /// `re.compile('a+', re.IGNORECASE)`: the pattern's repr cut at 200 characters, then its flags.
    func patternRepr(_ pattern: Value) throws(Raised) -> String {
        let fields = patternFields(pattern)
        let source = String(try reprString(fields[PatternField.source]).unicodeScalars.prefix(200))
        var flags = Int(smallIntValue(fields[PatternField.flags]) ?? 0)
        // UNICODE is the default for str patterns: not shown unless LOCALE or ASCII is also set.
        if flags & (4 | 32 | 256) == 32 { flags &= ~32 }
        if flags == 0 { return "re.compile(\(source))" }
        let names = ["TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"]
        var parts: [String] = []
        for (bit, name) in names.enumerated() where flags & (1 << bit) != 0 {
            parts.append("re." + name)
            flags &= ~(1 << bit)
        }
        if flags != 0 { parts.append("0x" + String(flags, radix: 16)) }
        return "re.compile(\(source), \(parts.joined(separator: "|")))"
    }

    /// Pattern.sub / subn(repl, string, count=0). A template with backslashes is
    /// compiled by `re._subx`, as CPython's _sre does.
    private func regexSubstitute(_ arguments: Arguments, _ name: String, returnCount: Bool) throws(Raised) -> Value {
        let pattern = arguments[0]
        let replacement = try argument(arguments, 1, "repl").orMissing(self, name, "repl")
        let string = try argument(arguments, 2, "string").orMissing(self, name, "string")
        let subject = try regexSubject(string, for: pattern)
        let countValue = argument(arguments, 3, "count")
        let limit = countValue.isNull ? 0 : try indexValue(countValue) { "'\(typeName(countValue))' object cannot be interpreted as an integer" }
        var filter = replacement
        var filterIsCallable = isCallable(replacement)
        if !filterIsCallable {
            let inner = builtinSelf(replacement)
            let literal: Bool
            if isStr(inner) {
                let view = StrView(inner)
                literal = !(0..<view.count).contains { view[$0] == 92 }
                if literal && !subject.isBytes {
                    let spans = try regexMatchSpans(pattern, subject, limit: limit)
                    return try regexSubstitution(regexJoin(subject, spans, text: inner), spans, returnCount: returnCount)
                }
            } else if let contents = try bufferContents(replacement) {
                literal = !contents.contains(92)
                if literal && subject.isBytes {
                    let spans = try regexMatchSpans(pattern, subject, limit: limit)
                    return try regexSubstitution(regexJoin(subject, spans, bytes: contents), spans, returnCount: returnCount)
                }
            } else {
                literal = false
            }
            if !literal {
                filter = try callLibraryFunction("re", "_subx", pattern, replacement)
                filterIsCallable = isCallable(filter)
            }
        }
        let list = try newList()
        return try withRoots(list.ref.value, filter) { () throws(Raised) in
            var copied = 0, position = 0, count = 0, mustAdvance = false
            while limit == 0 || count < limit {
                guard let outcome = try regexExecute(pattern, subject, start: position, end: subject.length, mode: .search,
                                                 mustAdvance: mustAdvance) else { break }
                if copied < outcome.start { try listAppend(list, regexSlice(subject, copied, outcome.start)) }
                if filterIsCallable {
                    let match = try newMatch(pattern, string, subject, 0, subject.length, outcome)
                    let item = try call(filter, match)
                    if !item.isNone { try listAppend(list, item) }
                } else {
                    try listAppend(list, filter)
                }
                copied = outcome.end
                count += 1
                mustAdvance = outcome.end == outcome.start
                position = outcome.end
            }
            if copied < subject.length { try listAppend(list, regexSlice(subject, copied, subject.length)) }
            let joiner = subject.isBytes ? try newBytes([]) : names.emptyString
            let joined = try call(try getAttribute(joiner, intern("join")), list.ref.value)
            return returnCount ? try newTuple(joined, Value(int: count)) : joined
        }
    }
}

// sub/subn with a replacement of the subject's kind and no backslash: the matches are found
// first, then the result is written once (CPython joins a list of the pieces; same text, no list).
extension VM {
    /// Where each match of sub() (at most `limit`, 0: all) starts and ends, in pairs.
    private func regexMatchSpans(_ pattern: Value, _ subject: RegexSubject, limit: Int) throws(Raised) -> [Int] {
        var spans: [Int] = []
        var position = 0, mustAdvance = false
        while limit == 0 || spans.count / 2 < limit {
            guard let outcome = try regexExecute(pattern, subject, start: position, end: subject.length, mode: .search,
                                             mustAdvance: mustAdvance) else { break }
            spans.append(outcome.start)
            spans.append(outcome.end)
            mustAdvance = outcome.end == outcome.start
            position = outcome.end
        }
        return spans
    }

    /// sub's result, or subn's (result, count).
    private func regexSubstitution(_ result: Value, _ spans: [Int], returnCount: Bool) throws(Raised) -> Value {
        returnCount ? try newTuple(result, Value(int: spans.count / 2)) : result
    }

    /// The str subject with each span replaced by the str `replacement`.
    private func regexJoin(_ subject: RegexSubject, _ spans: [Int], text replacement: Value) throws(Raised) -> Value {
        if spans.isEmpty { return try regexSlice(subject, 0, subject.length) }
        let source = StrView(subject.value), piece = StrView(replacement)
        var text = TextBuilder(capacity: subject.length + spans.count / 2 * piece.count)
        var copied = 0
        for index in stride(from: 0, to: spans.count, by: 2) {
            text.append(source, copied, spans[index])
            text.append(piece)
            copied = spans[index + 1]
        }
        text.append(source, copied, subject.length)
        return try newStr(text)
    }

    /// The bytes-like subject with each span replaced by `replacement`, as bytes.
    private func regexJoin(_ subject: RegexSubject, _ spans: [Int], bytes replacement: [UInt8]) throws(Raised) -> Value {
        if spans.isEmpty { return try regexSlice(subject, 0, subject.length) }
        let source = try regexSubjectBytes(subject)
        var matched = 0
        for index in stride(from: 0, to: spans.count, by: 2) { matched += spans[index + 1] - spans[index] }
        let ref = try allocateBytes(count: source.count - matched + spans.count / 2 * replacement.count)
        var out = ref.bytes(from: BytesLayout.data), copied = 0
        for index in stride(from: 0, to: spans.count, by: 2) {
            out.update(from: source.baseAddress! + copied, count: spans[index] - copied)
            out += spans[index] - copied
            out.update(from: replacement, count: replacement.count)
            out += replacement.count
            copied = spans[index + 1]
        }
        out.update(from: source.baseAddress! + copied, count: source.count - copied)
        return ref.value
    }
}

extension Value {
    /// A required argument's value, or CPython's "missing required argument" TypeError.
    func orMissing(_ vm: VM, _ function: String, _ name: String) throws(Raised) -> Value {
        if !isNull { return self }
        throw vm.raiseTypeError("\(function)() missing required argument '\(name)' (pos 1)")
    }
}
