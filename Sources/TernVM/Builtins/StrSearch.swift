#if canImport(Glibc)
import Glibc
#endif
// str methods that search, split, strip, pad and rewrite text.

extension VM {
    func installStrSearchMethods() {
        let str = TypeID.str
        defineMethod(str, "join") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "str.join", min: 1, max: 1)
            let separator = vm.builtinSelf(arguments[0])
            // A list, tuple or exact deque is read in place (joining runs no Python code); anything
            // else is listed first.
            let items: Value
            do throws(Raised) {
                let id = vm.typeID(of: arguments[1])
                let inPlace = id == TypeID.list || id == TypeID.tuple || (id == vm.dequeTypeID && id != 0)
                items = inPlace ? arguments[1] : try vm.listFrom(arguments[1])
            } catch let raised {
                if vm.exceptionMatches(vm.raisedException, vm.exceptionTypes.typeError),
                   vm.strString(orEmpty: vm.raisedException).hasSuffix("is not iterable") {
                    throw vm.raiseTypeError("can only join an iterable")
                }
                throw raised
            }
            return try vm.withRoots(items) { () throws(Raised) in try vm.joinStrs(separator, items) }
        }
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                let me = vm.builtinSelf(arguments[0])
                let separatorValue = vm.argument(arguments, 1, "sep")
                if !separatorValue.isNull && !separatorValue.isNone && !vm.isStr(vm.builtinSelf(separatorValue)) {
                    throw vm.raiseTypeError("must be str or None, not \(vm.typeName(separatorValue))")
                }
                let limitValue = vm.argument(arguments, 2, "maxsplit")
                let limit = limitValue.isNull ? -1 : try vm.indexValue(limitValue) { "'\(vm.typeName(limitValue))' object cannot be interpreted as an integer" }
                let ranges: [(Int, Int)]
                if separatorValue.isNull || separatorValue.isNone {
                    let text = StrView(me)
                    ranges = TextAlgorithms.whitespaceSplitRanges(count: text.count, limit: limit, fromRight: fromRight) { VM.isSpace(text[$0]) }
                } else {
                    let separator = StrView(vm.builtinSelf(separatorValue))
                    if separator.count == 0 { throw vm.raiseValueError("empty separator") }
                    let text = StrView(me)
                    ranges = TextAlgorithms.splitRanges(count: text.count, separatorCount: separator.count, limit: limit, fromRight: fromRight) {
                        VM.viewFind(text, separator, $0, $1, reverse: fromRight)
                    }
                }
                return try vm.substrings(me, ranges)
            }
        }
        defineMethod(str, "splitlines") { vm, arguments throws(Raised) in
            let keepValue = try vm.bindNativeArguments(arguments, "splitlines", ["keepends"], required: 0, skip: 1)[0]
            let keep = keepValue.isNull ? false : try vm.isTrue(keepValue)
            let me = vm.builtinSelf(arguments[0])
            let text = StrView(me)
            return try vm.substrings(me, TextAlgorithms.lineRanges(count: text.count, keepEnds: keep, bytes: false) { text[$0] })
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                let me = vm.builtinSelf(arguments[0]), separatorValue = vm.builtinSelf(arguments[1])
                guard vm.isStr(separatorValue) else { throw vm.raiseTypeError("must be str, not \(vm.typeName(arguments[1]))") }
                let text = StrView(me), separator = StrView(separatorValue)
                if separator.count == 0 { throw vm.raiseValueError("empty separator") }
                let found = VM.viewFind(text, separator, 0, text.count, reverse: fromRight)
                if found < 0 {
                    let empty = vm.names.emptyString
                    // The str itself, as CPython returns it (a subclass's value as a plain str).
                    return try vm.newTuple(fromRight ? [empty, empty, me] : [me, empty, empty])
                }
                // As CPython: the separator object itself, even a subclass's instance.
                return try vm.newTuple([try vm.substring(me, 0, found), arguments[1],
                                        try vm.substring(me, found + separator.count, text.count)])
            }
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 0, max: 1)
                if arguments.count > 1 && !arguments[1].isNone && !vm.isStr(vm.builtinSelf(arguments[1])) {
                    throw vm.raiseTypeError("\(name) arg must be None or str")
                }
                let me = vm.builtinSelf(arguments[0])
                let text = StrView(me)
                let chars = arguments.count > 1 && !arguments[1].isNone ? vm.scalars(arguments[1]) : nil
                func shouldStrip(_ c: UInt32) -> Bool { chars.map { $0.contains(c) } ?? VM.isSpace(c) }
                var start = 0, end = text.count
                if left { while start < end && shouldStrip(text[start]) { start += 1 } }
                if right { while end > start && shouldStrip(text[end - 1]) { end -= 1 } }
                return try vm.substring(me, start, end)
            }
        }
        defineMethod(str, "replace") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "replace", min: 2, max: 3)
            for position in 1...2 where !vm.isStr(vm.builtinSelf(arguments[position])) {
                throw vm.raiseTypeError("replace() argument \(position) must be str, not \(vm.argumentTypeName(arguments[position]))")
            }
            let limit = arguments.count > 3 ? try vm.indexValue(arguments[3]) { "'\(vm.typeName(arguments[3]))' object cannot be interpreted as an integer" } : -1
            let me = vm.builtinSelf(arguments[0])
            let text = StrView(me), old = StrView(vm.builtinSelf(arguments[1])), new = StrView(vm.builtinSelf(arguments[2]))
            if old.count == 0 {
                return try vm.newStr(scalars: TextAlgorithms.replace(vm.scalars(me), vm.scalars(arguments[1]), vm.scalars(arguments[2]), limit: limit))
            }
            // Unchanged: the str itself, as CPython returns it (a subclass's value as a plain str),
            // found before the builder allocates.
            var found = limit == 0 ? -1 : VM.viewFind(text, old, 0, text.count, reverse: false)
            if found < 0 { return me }
            var out = TextBuilder(capacity: text.count)
            var copied = 0, replaced = 0
            while found >= 0 {
                out.append(text, copied, found)
                out.append(new)
                copied = found + old.count
                replaced += 1
                found = replaced == limit ? -1 : VM.viewFind(text, old, copied, text.count, reverse: false)
            }
            out.append(text, copied, text.count)
            return try vm.newStr(out)
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 3)
                let text = StrView(vm.builtinSelf(arguments[0]))
                // The candidates are read in place (an array of them was an allocation per call).
                let isTuple = vm.typeID(of: arguments[1]) == TypeID.tuple
                let candidateCount = isTuple ? TupleView(arguments[1]).count : 1
                let (start, end) = TextAlgorithms.adjust(try vm.optionalIndex(arguments, 2), try vm.optionalIndex(arguments, 3), count: text.count)
                for position in 0..<candidateCount {
                    let candidate = isTuple ? TupleView(arguments[1])[position] : arguments[1]
                    guard vm.isStr(vm.builtinSelf(candidate)) else {
                        if isTuple {
                            throw vm.raiseTypeError("tuple for \(name) must only contain str, not \(vm.typeName(candidate))")
                        }
                        throw vm.raiseTypeError("\(name) first arg must be str or a tuple of str, not \(vm.typeName(candidate))")
                    }
                    let affix = StrView(vm.builtinSelf(candidate))
                    if start > text.count || end - start < affix.count { continue }
                    if VM.viewMatches(text, affix, at: atStart ? start : end - affix.count) { return .true }
                }
                return .false
            }
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 3)
                let text = StrView(vm.builtinSelf(arguments[0]))
                guard vm.isStr(vm.builtinSelf(arguments[1])) else { throw vm.raiseTypeError("must be str, not \(vm.typeName(arguments[1]))") }
                let needle = StrView(vm.builtinSelf(arguments[1]))
                let (start, end) = TextAlgorithms.adjust(try vm.optionalIndex(arguments, 2), try vm.optionalIndex(arguments, 3), count: text.count)
                let found = VM.viewFind(text, needle, start, end, reverse: reverse)
                if found < 0 && raises { throw vm.raiseValueError("substring not found") }
                return Value(int: found)
            }
        }
        defineMethod(str, "count") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "count", min: 1, max: 3)
            let text = StrView(vm.builtinSelf(arguments[0]))
            guard vm.isStr(vm.builtinSelf(arguments[1])) else { throw vm.raiseTypeError("must be str, not \(vm.typeName(arguments[1]))") }
            let needle = StrView(vm.builtinSelf(arguments[1]))
            let (start, end) = TextAlgorithms.adjust(try vm.optionalIndex(arguments, 2), try vm.optionalIndex(arguments, 3), count: text.count)
            if start > text.count || end - start < needle.count { return Value(int: 0) }
            if needle.count == 0 { return Value(int: end - start + 1) }
            var total = 0, position = start
            while true {
                let found = VM.viewFind(text, needle, position, end, reverse: false)
                if found < 0 { break }
                total += 1
                position = found + needle.count
            }
            return Value(int: total)
        }
        for (name, alignment) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 2)
                let width = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
                var fill: UInt32 = 32
                if arguments.count > 2 {
                    let fillValue = vm.builtinSelf(arguments[2])
                    guard vm.isStr(fillValue) else { throw vm.raiseTypeError("\(name)() argument 2 must be str, not \(vm.typeName(arguments[2]))") }
                    guard StrView(fillValue).count == 1 else { throw vm.raiseTypeError("The fill character must be exactly one character long") }
                    fill = StrView(fillValue)[0]
                }
                let text = vm.scalars(arguments[0])
                if width <= text.count { return vm.builtinSelf(arguments[0]) }
                try vm.ensureHeapRoom(bytes: width)
                return try vm.newStr(scalars: TextAlgorithms.pad(text, width: width, fill: fill, alignment: alignment))
            }
        }
        defineMethod(str, "zfill") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "zfill", min: 1, max: 1)
            let width = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            try vm.ensureHeapRoom(bytes: width)
            return try vm.newStr(scalars: TextAlgorithms.zeroFill(vm.scalars(arguments[0]), width: width))
        }
        defineMethod(str, "expandtabs") { vm, arguments throws(Raised) in
            let sizeValue = try vm.bindNativeArguments(arguments, "expandtabs", ["tabsize"], required: 0, skip: 1)[0]
            // In CPython: tabsize is a C int.
            let size = sizeValue.isNull ? 8 : try vm.cIntValue(sizeValue) { "'\(vm.typeName(sizeValue))' object cannot be interpreted as an integer" }
            let text = vm.scalars(arguments[0])
            try vm.ensureHeapRoom(bytes: TextAlgorithms.expandedLength(text, tabSize: size) ?? Int.max)
            return try vm.newStr(scalars: TextAlgorithms.expandTabs(text, tabSize: size))
        }
        for (name, atStart) in [("removeprefix", true), ("removesuffix", false)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                let text = vm.scalars(arguments[0])
                guard let affix = try? vm.strArgument(arguments[1]) ?? [] else {
                    throw vm.raiseTypeError("\(name)() argument must be str, not \(vm.typeName(arguments[1]))")
                }
                if affix.isEmpty || !TextAlgorithms.matches(text, affix, at: atStart ? 0 : text.count - affix.count) {
                    return vm.builtinSelf(arguments[0])
                }
                return try vm.newStr(scalars: atStart ? Array(text[affix.count...]) : Array(text[..<(text.count - affix.count)]))
            }
        }
        defineMethod(str, "encode") { vm, arguments throws(Raised) in
            let text = vm.builtinSelf(arguments[0])
            if vm.isStr(text) && StrView(text).isASCII && vm.namesASCIIPreservingCodec(arguments, first: 1) {
                return try vm.newBytes(copying: UnsafeBufferPointer(start: StrView(text).asciiBytes, count: StrView(text).count))
            }
            let (encoding, errors) = try vm.codecArguments(arguments, first: 1, method: "encode")
            return try vm.newBytes(vm.encodeText(vm.builtinSelf(arguments[0]), encoding: encoding, errors: errors))
        }
        defineMethod(str, "translate") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "translate", min: 1, max: 1)
            return try vm.strTranslate(arguments[0], arguments[1])
        }
        defineStaticMethod(str, "maketrans") { vm, arguments throws(Raised) in try vm.strMakeTranslation(arguments) }
        installStrDunders()
    }

    /// Whether `needle` occurs in `text` at `index` (views: no copy of either string).
    static func viewMatches(_ text: StrView, _ needle: StrView, at index: Int) -> Bool {
        if index < 0 || index + needle.count > text.count { return false }
        if text.isASCII && needle.isASCII {
            return memcmp(text.asciiBytes + index, needle.asciiBytes, needle.count) == 0
        }
        for offset in 0..<needle.count where text[index + offset] != needle[offset] { return false }
        return true
    }

    /// First (or last) index of `needle` within text[start..<end], or -1, reading the strings in place.
    static func viewFind(_ text: StrView, _ needle: StrView, _ start: Int, _ end: Int, reverse: Bool) -> Int {
        if start > text.count || end - start < needle.count { return -1 }
        if needle.count == 0 { return reverse ? end : start }
        if reverse {
            var index = end - needle.count
            while index >= start {
                if viewMatches(text, needle, at: index) { return index }
                index -= 1
            }
            return -1
        }
        let first = needle[0]
        var index = start
        let last = end - needle.count
        if text.isASCII {
            // The first code point is found with memchr; one beyond ASCII cannot occur.
            if first >= 0x80 { return -1 }
            while index <= last {
                guard let hit = memchr(text.asciiBytes + index, Int32(first), last - index + 1) else { return -1 }
                index = hit.assumingMemoryBound(to: UInt8.self) - text.asciiBytes
                if viewMatches(text, needle, at: index) { return index }
                index += 1
            }
            return -1
        }
        while index <= last {
            if text[index] == first && viewMatches(text, needle, at: index) { return index }
            index += 1
        }
        return -1
    }

    /// A list of the parts `ranges` of the str `me`.
    func substrings(_ me: Value, _ ranges: [(Int, Int)]) throws(Raised) -> Value {
        let list = try newList(capacity: ranges.count)
        for (index, (start, end)) in ranges.enumerated() {
            list[index] = try substring(me, start, end)
            list.count = index + 1
        }
        return list.ref.value
    }

    /// str.translate: each code point is looked up in `table` (a mapping or sequence);
    /// LookupError leaves it unchanged, None deletes it, an int or str replaces it.
    private func strTranslate(_ text: Value, _ table: Value) throws(Raised) -> Value {
        let source = scalars(text)
        var out: [UInt32] = []
        out.reserveCapacity(source.count)
        try withRoots(table) { () throws(Raised) in
            for c in source {
                var mapped = Value.null
                do throws(Raised) {
                    mapped = try getItem(table, Value(int: Int(c)))
                } catch let raised {
                    if exceptionMatches(raisedException, exceptionTypes.lookupError) { raisedException = .null; out.append(c); continue }
                    throw raised
                }
                if mapped.isNone { continue }
                if let code = smallIntValue(mapped) {
                    if code < 0 || code > 0x10FFFF { throw raiseValueError("character mapping must be in range(0x110000)") }
                    out.append(UInt32(code))
                } else if isStr(builtinSelf(mapped)) {
                    out += scalars(mapped)
                } else {
                    throw raiseTypeError("character mapping must return integer, None or str")
                }
            }
        }
        return try newStr(scalars: out)
    }

    /// str.maketrans(dict) or maketrans(from, to[, delete]): a dict from code points.
    private func strMakeTranslation(_ arguments: Arguments) throws(Raised) -> Value {
        try expectArguments(arguments, "maketrans", min: 1, max: 3)
        let result = try newDict().ref.value
        return try withRoots(result) { () throws(Raised) in
            if arguments.count == 1 {
                guard typeID(of: arguments[0]) == TypeID.dict || isInstance(arguments[0], typeID: TypeID.dict) else {
                    throw raiseTypeError("if you give only one argument to maketrans it must be a dict")
                }
                let items = try listFrom(try call(try getAttribute(arguments[0], intern("items"))))
                try withRoots(items) { () throws(Raised) in
                    let list = ListView(items)
                    for index in 0..<list.count {
                        let pair = TupleView(list[index])
                        var key = pair[0]
                        if isStr(builtinSelf(key)) {
                            guard StrView(builtinSelf(key)).count == 1 else { throw raiseValueError("string keys in translate table must be of length 1") }
                            key = Value(int: Int(StrView(builtinSelf(key))[0]))
                        } else if !isIntLike(key) {
                            throw raiseTypeError("keys in translate table must be strings or integers")
                        }
                        try dictSet(DictView(result), key, pair[1])
                    }
                }
                return result
            }
            guard let from = try? strArgument(arguments[0]), let to = try? strArgument(arguments[1]) else {
                throw raiseTypeError("maketrans() argument must be str, not \(typeName(isStr(arguments[0]) ? arguments[1] : arguments[0]))")
            }
            if from.count != to.count { throw raiseValueError("the first two maketrans arguments must have equal length") }
            for (a, b) in zip(from, to) { try dictSet(DictView(result), Value(int: Int(a)), Value(int: Int(b))) }
            if arguments.count > 2 {
                for c in try strArgument(arguments[2])! { try dictSet(DictView(result), Value(int: Int(c)), .none) }
            }
            return result
        }
    }

    /// The operator dunders of str, callable by name ("ab".__add__("c")).
    private func installStrDunders() {
        let str = TypeID.str
        defineMethod(str, "__iter__") { vm, arguments throws(Raised) in try vm.getIterator(vm.builtinSelf(arguments[0])) }
        defineMethod(str, "__rmod__") { vm, arguments throws(Raised) in vm.notImplemented }
        defineMethod(str, "__len__") { vm, arguments throws(Raised) in Value(int: StrView(vm.builtinSelf(arguments[0])).count) }
        defineMethod(str, "__contains__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__contains__", min: 1, max: 1)
            return Value(bool: try vm.contains(vm.builtinSelf(arguments[0]), arguments[1]))
        }
        defineMethod(str, "__getitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__getitem__", min: 1, max: 1)
            return try vm.getItem(vm.builtinSelf(arguments[0]), arguments[1])
        }
        for (name, op) in [("__add__", BinaryOp.add), ("__mul__", BinaryOp.mul), ("__rmul__", BinaryOp.mul), ("__mod__", BinaryOp.mod)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                let me = vm.builtinSelf(arguments[0])
                if op == BinaryOp.mod { return try vm.percentFormat(me, arguments[1]) }
                if op == BinaryOp.add && !vm.isStr(vm.builtinSelf(arguments[1])) { return vm.notImplemented }
                if op == BinaryOp.mul && !vm.isIntLike(arguments[1]) { return vm.notImplemented }
                let result = try vm.builtinSequenceBinary(me, vm.builtinSelf(arguments[1]), op, inPlace: false)
                return result.isNull ? vm.notImplemented : result
            }
        }
    }
}
