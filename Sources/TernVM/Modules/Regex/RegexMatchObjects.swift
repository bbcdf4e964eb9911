// re.Match (the result of a successful match) and _sre.SRE_Scanner (the state of
// finditer and Pattern.scanner): their field tuples and methods.

/// Items of a Match's field tuple.
enum MatchField {
    static let string = 0       // the subject as passed (a subclass instance stays one)
    static let pattern = 1
    static let pos = 2
    static let endpos = 3
    static let lastindex = 4    // int, -1 when no group closed
    static let spans = 5        // tuple of ints: start, end of group 0, then of each group (-1 when unmatched)
}

/// Items of a scanner's field tuple; `next` and `mustAdvance` change as it goes.
enum ScannerField {
    static let pattern = 0
    static let string = 1
    static let next = 2         // where the next search starts; -1 once exhausted
    static let endpos = 3
    static let mustAdvance = 4  // the last match was empty: the next one must not end where it started
    static let pos = 5          // the pos it was made with (its matches report it)
}

extension VM {
    /// A Match for `outcome` of `pattern` over `string`.
    func newMatch(_ pattern: Value, _ string: Value, _ subject: RegexSubject, _ pos: Int, _ endpos: Int,
                  _ outcome: RegexOutcome) throws(Raised) -> Value {
        let spans = try allocateTuple(count: 2 + outcome.spans.count)
        spans[0] = Value(int: outcome.start)
        spans[1] = Value(int: outcome.end)
        for (index, mark) in outcome.spans.enumerated() { spans[2 + index] = Value(int: mark) }
        let fields = try withRoots(spans.ref.value) { () throws(Raised) in try allocateTuple(count: 6) }
        fields[MatchField.string] = string
        fields[MatchField.pattern] = pattern
        fields[MatchField.pos] = Value(int: pos)
        fields[MatchField.endpos] = Value(int: endpos)
        fields[MatchField.lastindex] = Value(int: outcome.lastindex)
        fields[MatchField.spans] = spans.ref.value
        return try withRoots(fields.ref.value) { () throws(Raised) in try newPayloadObject(regexTypes.match, tuple: fields.ref.value) }
    }

    /// The text of `group` in an outcome, nil when the group did not take part.
    func regexGroup(_ subject: RegexSubject, _ outcome: RegexOutcome, _ group: Int) throws(Raised) -> Value? {
        let start = outcome.spans[2 * group - 2], end = outcome.spans[2 * group - 1]
        if start < 0 { return nil }
        return try regexSlice(subject, start, end)
    }

    /// findall's item for a group: its text, or an empty string when it did not take part.
    func regexGroupOrEmpty(_ subject: RegexSubject, _ outcome: RegexOutcome, _ group: Int) throws(Raised) -> Value {
        if let value = try regexGroup(subject, outcome, group) { return value }
        return try regexSlice(subject, 0, 0)
    }

    /// The group number `key` names (an int or a group name), or IndexError.
    private func matchGroupNumber(_ match: Value, _ key: Value) throws(Raised) -> Int {
        let fields = payloadFields(match)
        let pattern = payloadFields(fields[MatchField.pattern])
        let groups = Int(smallIntValue(pattern[PatternField.groups]) ?? 0)
        var number = -1
        if isIntLike(key) {
            number = Int(smallIntValue(key) ?? -1)
        } else {
            let found = try dictGet(DictView(pattern[PatternField.groupindex]), key)
            if !found.isNull, let value = smallIntValue(found) { number = Int(value) }
        }
        if number < 0 || number > groups { throw raise(exceptionTypes.indexError, "no such group") }
        return number
    }

    /// The span of group `number` (-1, -1 when it did not take part).
    private func matchSpan(_ match: Value, _ number: Int) -> (Int, Int) {
        let spans = TupleView(payloadFields(match)[MatchField.spans])
        return (Int(smallIntValue(spans[2 * number]) ?? -1), Int(smallIntValue(spans[2 * number + 1]) ?? -1))
    }

    /// The text of group `number`, or `default` when it did not take part.
    private func matchGroupValue(_ match: Value, _ number: Int, default defaultValue: Value = .none) throws(Raised) -> Value {
        let (start, end) = matchSpan(match, number)
        if start < 0 { return defaultValue }
        let subject = try regexSubject(payloadFields(match)[MatchField.string], for: payloadFields(match)[MatchField.pattern])
        return try regexSlice(subject, start, end)
    }

    private func matchGroupCount(_ match: Value) -> Int {
        Int(smallIntValue(payloadFields(payloadFields(match)[MatchField.pattern])[PatternField.groups]) ?? 0)
    }

    func installMatchMethods() {
        let id = regexTypes.match
        defineMethod(id, "group") { vm, arguments throws(Raised) in
            let match = arguments[0]
            if arguments.count <= 1 { return try vm.matchGroupValue(match, 0) }
            if arguments.count == 2 { return try vm.matchGroupValue(match, vm.matchGroupNumber(match, arguments[1])) }
            return try vm.newTuple(count: arguments.count - 1) { (index) throws(Raised) in
                try vm.matchGroupValue(match, vm.matchGroupNumber(match, arguments[index + 1]))
            }
        }
        defineMethod(id, "__getitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.matchGroupValue(arguments[0], vm.matchGroupNumber(arguments[0], arguments[1]))
        }
        defineMethod(id, "groups") { vm, arguments throws(Raised) in
            let match = arguments[0]
            let defaultValue = vm.argument(arguments, 1, "default")
            return try vm.newTuple(count: vm.matchGroupCount(match)) { (index) throws(Raised) in
                try vm.matchGroupValue(match, index + 1, default: defaultValue.isNull ? .none : defaultValue)
            }
        }
        defineMethod(id, "groupdict") { vm, arguments throws(Raised) in
            let match = arguments[0]
            let defaultValue = vm.argument(arguments, 1, "default")
            let result = try vm.newDict()
            try vm.withRoots(result.ref.value) { () throws(Raised) in
                let groupindex = DictView(vm.payloadFields(vm.payloadFields(match)[MatchField.pattern])[PatternField.groupindex])
                try vm.dictForEach(groupindex) { (name, number) throws(Raised) in
                    let value = try vm.matchGroupValue(match, Int(vm.smallIntValue(number) ?? 0),
                                                       default: defaultValue.isNull ? .none : defaultValue)
                    try vm.dictSet(result, name, value)
                }
            }
            return result.ref.value
        }
        for (name, part) in [("start", 0), ("end", 1), ("span", 2)] {
            defineMethod(id, name, arguments: 0...1) { vm, arguments throws(Raised) in
                let number = arguments.count > 1 ? try vm.matchGroupNumber(arguments[0], arguments[1]) : 0
                let (start, end) = vm.matchSpan(arguments[0], number)
                switch part {
                case 0: return Value(int: start)
                case 1: return Value(int: end)
                default: return try vm.newTuple(Value(int: start), Value(int: end))
                }
            }
        }
        defineMethod(id, "expand", arguments: 1...1) { vm, arguments throws(Raised) in
            let match = arguments[0]
            return try vm.callLibraryFunction("re", "_expand", vm.payloadFields(match)[MatchField.pattern], match, arguments[1])
        }
        defineGetter(id, "regs") { vm, match throws(Raised) in
            return try vm.newTuple(count: vm.matchGroupCount(match) + 1) { (number) throws(Raised) in
                let (start, end) = vm.matchSpan(match, number)
                return try vm.newTuple(Value(int: start), Value(int: end))
            }
        }
        defineGetter(id, "string") { vm, match throws(Raised) in vm.payloadFields(match)[MatchField.string] }
        defineGetter(id, "re") { vm, match throws(Raised) in vm.payloadFields(match)[MatchField.pattern] }
        defineGetter(id, "pos") { vm, match throws(Raised) in vm.payloadFields(match)[MatchField.pos] }
        defineGetter(id, "endpos") { vm, match throws(Raised) in vm.payloadFields(match)[MatchField.endpos] }
        defineGetter(id, "lastindex") { vm, match throws(Raised) in
            let lastindex = vm.payloadFields(match)[MatchField.lastindex]
            return vm.smallIntValue(lastindex) ?? -1 < 0 ? .none : lastindex
        }
        defineGetter(id, "lastgroup") { vm, match throws(Raised) in
            let lastindex = Int(vm.smallIntValue(vm.payloadFields(match)[MatchField.lastindex]) ?? -1)
            let indexgroup = vm.payloadFields(vm.payloadFields(match)[MatchField.pattern])[PatternField.indexgroup]
            guard lastindex >= 0, vm.typeID(of: indexgroup) == TypeID.tuple, lastindex < TupleView(indexgroup).count else { return .none }
            return TupleView(indexgroup)[lastindex]
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            let match = arguments[0]
            let (start, end) = vm.matchSpan(match, 0)
            let text = String(try vm.reprString(vm.matchGroupValue(match, 0)).unicodeScalars.prefix(50))
            return try vm.newStr("<re.Match object; span=(\(start), \(end)), match=\(text)>")
        }
        defineMethod(id, "__copy__", arguments: 0...0) { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__deepcopy__", arguments: 1...1) { vm, arguments throws(Raised) in arguments[0] }
    }

    /// Pattern.scanner(string, pos=0, endpos=sys.maxsize), also behind finditer.
    func newScanner(_ arguments: Arguments, _ name: String) throws(Raised) -> Value {
        let pattern = arguments[0]
        let string = try argument(arguments, 1, "string").orMissing(self, name, "string")
        let subject = try regexSubject(string, for: pattern)
        let (start, end) = try regexWindow(subject, pos: argument(arguments, 2, "pos"), endpos: argument(arguments, 3, "endpos"))
        return try newPayloadObject(regexTypes.scanner, [pattern, string, Value(int: start), Value(int: end), .false, Value(int: start)])
    }

    func installScannerMethods() {
        let id = regexTypes.scanner
        for (name, mode) in [("match", RegexMode.match), ("search", .search)] {
            defineMethod(id, name, arguments: 0...0) { vm, arguments throws(Raised) in
                let fields = vm.payloadFields(arguments[0])
                let start = Int(vm.smallIntValue(fields[ScannerField.next]) ?? -1)
                if start < 0 { return .none }
                let pattern = fields[ScannerField.pattern], string = fields[ScannerField.string]
                let end = Int(vm.smallIntValue(fields[ScannerField.endpos]) ?? 0)
                let subject = try vm.regexSubject(string, for: pattern)
                guard let outcome = try vm.regexExecute(pattern, subject, start: start, end: end, mode: mode,
                                                    mustAdvance: fields[ScannerField.mustAdvance] == .true) else {
                    fields[ScannerField.next] = Value(int: -1)
                    return .none
                }
                fields[ScannerField.next] = Value(int: outcome.end)
                fields[ScannerField.mustAdvance] = Value(bool: outcome.end == outcome.start)
                let pos = Int(vm.smallIntValue(fields[ScannerField.pos]) ?? 0)
                return try vm.newMatch(pattern, string, subject, pos, end, outcome)
            }
        }
        defineGetter(id, "pattern") { vm, scanner throws(Raised) in vm.payloadFields(scanner)[ScannerField.pattern] }
    }
}
