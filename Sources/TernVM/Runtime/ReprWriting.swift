// repr() of strs and of the builtin containers, written into one TextBuilder: a list of
// strs is one pass over its items and one allocation, where each item's repr had been a
// Swift String and the parts were joined twice.

extension VM {
    /// Appends repr(value): ints, floats, strs and the builtin containers directly, anything
    /// else through repr() (which may run Python code; the caller roots what it holds).
    func writeRepr(_ value: Value, into out: inout TextBuilder) throws(Raised) {
        if value.isInt {
            let number = value.int
            if number < 0 { out.appendASCII(0x2D) }
            out.appendDigits(number.magnitude)
            return
        }
        if value.isFloat { return writeFloatRepr(value.double, into: &out) }
        if hasBuiltinRepr(value) {
            switch ObjectRef(value).kind {
            case .str: return writeQuoted(StrView(value), into: &out)
            case .tuple, .list, .dict, .set: return try writeContainerRepr(value, into: &out)
            default: break
            }
        }
        out.append(StrView(try repr(value)))
    }

    /// Whether `value` is a str, tuple, list, dict, set or frozenset of the builtin type itself.
    @inline(__always) func hasBuiltinRepr(_ value: Value) -> Bool {
        guard value.isObject else { return false }
        let ref = ObjectRef(value)
        switch ref.kind {
        case .str, .tuple, .list, .dict, .set: return !types[ref.typeID].flags.contains(.heapType)
        default: return false
        }
    }

    /// repr(value) of a value for which hasBuiltinRepr holds.
    func builtinReprStr(_ value: Value) throws(Raised) -> Value {
        var out = TextBuilder()
        try writeRepr(value, into: &out)
        return try newStr(out)
    }

    /// Python's str repr: single quotes unless the text has ' and no ".
    func writeQuoted(_ view: StrView, into out: inout TextBuilder) {
        var hasSingle = false, hasDouble = false
        for index in 0..<view.count {
            let c = view[index]
            if c == 39 { hasSingle = true } else if c == 34 { hasDouble = true }
        }
        let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
        out.appendASCII(quote)
        if view.isASCII {
            // Runs of characters that need no escape are copied whole.
            let bytes = view.asciiBytes
            var start = 0
            for index in 0..<view.count {
                let c = bytes[index]
                if c >= 32 && c != 127 && c != quote && c != 92 { continue }
                out.appendASCII(UnsafeBufferPointer(start: bytes + start, count: index - start))
                writeEscape(UInt32(c), quote: UInt32(quote), into: &out)
                start = index + 1
            }
            out.appendASCII(UnsafeBufferPointer(start: bytes + start, count: view.count - start))
        } else {
            for index in 0..<view.count {
                let c = view[index]
                if c >= 32 && c != 127 && c != UInt32(quote) && c != 92 && (c < 128 || isPrintable(c)) {
                    out.append(c)
                } else {
                    writeEscape(c, quote: UInt32(quote), into: &out)
                }
            }
        }
        out.appendASCII(quote)
    }

    /// The escape of one code point of a str's repr that is not shown as itself.
    private func writeEscape(_ c: UInt32, quote: UInt32, into out: inout TextBuilder) {
        switch c {
        case quote, 92: out.appendASCII(92); out.appendASCII(UInt8(c))
        case 10: out.appendASCII("\\n")
        case 13: out.appendASCII("\\r")
        case 9: out.appendASCII("\\t")
        default:
            let (prefix, digits): (StaticString, Int) = c < 256 ? ("\\x", 2) : c < 65536 ? ("\\u", 4) : ("\\U", 8)
            out.appendASCII(prefix)
            out.appendDigits(UInt64(c), radix: 16, minimumDigits: digits)
        }
    }

    /// A tuple, list, dict, set or frozenset: `[...]` (and the like) when it is already being
    /// written further out, else its items' reprs. Lists and dicts are read at each step: an
    /// item's `__repr__` may change them.
    private func writeContainerRepr(_ value: Value, into out: inout TextBuilder) throws(Raised) {
        let ref = ObjectRef(value)
        let kind = ref.kind
        let isFrozen = ref.typeID == TypeID.frozenset
        if kind == .set && setCount(value) == 0 { return out.appendASCII(isFrozen ? "frozenset()" : "set()") }
        let (open, close): (StaticString, StaticString) = kind == .tuple ? ("(", ")") : kind == .list ? ("[", "]")
            : kind == .dict ? ("{", "}") : isFrozen ? ("frozenset({", "})") : ("{", "}")
        if reprInProgress.contains(value.bits) {
            if kind == .set { out.append(typeName(value)); return out.appendASCII("(...)") }
            out.appendASCII(kind == .tuple ? "(...)" : kind == .list ? "[...]" : "{...}")
            return
        }
        // Nested containers recurse in Swift without Python frames: count them too.
        try enterNativeRecursion(" while getting the repr of an object")
        defer { nativeDepth -= 1 }
        reprInProgress.insert(value.bits)
        defer { reprInProgress.remove(value.bits) }
        let mark = tempRootCount
        pushRoot(value)
        defer { tempRootCount = mark }
        out.appendASCII(open)
        switch kind {
        case .tuple:
            let count = TupleView(value).count
            for index in 0..<count {
                if index > 0 { out.appendASCII(", ") }
                try writeRepr(TupleView(value)[index], into: &out)
            }
            if count == 1 { out.appendASCII(",") }
        case .list:
            var index = 0
            while index < ListView(value).count {
                if index > 0 { out.appendASCII(", ") }
                try writeRepr(ListView(value)[index], into: &out)
                index += 1
            }
        case .dict:
            var entry = 0, first = true
            while entry < DictView(value).used {
                let dict = DictView(value)
                let key = dict.key(entry), item = dict.value(entry)
                entry += 1
                if key.isNull { continue }
                if !first { out.appendASCII(", ") }
                first = false
                tempRootCount = mark + 1
                pushRoot(key); pushRoot(item)
                try writeRepr(key, into: &out)
                out.appendASCII(": ")
                try writeRepr(item, into: &out)
            }
        default:
            let items = try withSetItems(value) { (items) throws(Raised) in try newTuple(items) }
            pushRoot(items)
            for index in 0..<TupleView(items).count {
                if index > 0 { out.appendASCII(", ") }
                try writeRepr(TupleView(items)[index], into: &out)
            }
        }
        out.appendASCII(close)
    }
}
