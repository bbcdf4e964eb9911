// str concatenation and repetition, and the str methods (a first set).

extension VM {
    /// Joins `count` str values at `items` into one str.
    func concatenateStrings(_ items: UnsafeMutablePointer<Value>, _ count: Int) throws(Raised) -> Value {
        var total = 0, ascii = true
        for index in 0..<count {
            let view = StrView(items[index])
            total += view.count
            if !view.isASCII { ascii = false }
        }
        let ref = try allocateStr(count: total, width: ascii ? 1 : 4)
        let result = StrView(ref.value)
        var position = 0
        for index in 0..<count {
            let view = StrView(items[index])
            if ascii {
                (result.asciiBytes + position).update(from: view.asciiBytes, count: view.count)
            } else {
                for offset in 0..<view.count { result.wideScalars[position + offset] = view[offset] }
            }
            position += view.count
        }
        return ref.value
    }

    func repeatStr(_ value: Value, _ times: Int) throws(Raised) -> Value {
        let view = StrView(value)
        let count = max(0, times)
        if count == 1 { return value }
        if view.count * count > 1 << 34 { throw raiseMemoryError() }
        let ref = try allocateStr(count: view.count * count, width: view.width)
        let bytes = view.byteCount
        for copy in 0..<count {
            (ref.bytes(from: StrLayout.data) + copy * bytes).update(from: view.ref.bytes(from: StrLayout.data), count: bytes)
        }
        return ref.value
    }

    /// Index of `needle` in `haystack[start..<end]`, or -1.
    func strFind(_ haystack: Value, _ needle: Value, _ start: Int, _ end: Int) -> Int {
        let h = StrView(haystack), n = StrView(needle)
        if n.count == 0 { return start <= end ? start : -1 }
        var index = start
        while index + n.count <= end {
            var matched = true
            for offset in 0..<n.count where h[index + offset] != n[offset] { matched = false; break }
            if matched { return index }
            index += 1
        }
        return -1
    }

    private func scalars(_ value: Value) -> [UInt32] { StrView(value).scalars }

    private func isSpace(_ c: UInt32) -> Bool {
        c == 32 || (c >= 9 && c <= 13) || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F || c == 0x85 || c == 0xA0
            || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
    }

    private func requireStr(_ value: Value, _ method: String) throws(Raised) {
        if !isStr(value) { throw raiseTypeError("descriptor '\(method)' for 'str' objects doesn't apply to a '\(typeName(value))' object") }
    }

    func installStrMethods() {
        let str = TypeID.str
        defineMethod(str, "join") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "str.join", min: 1, max: 1)
            let items = try vm.listFrom(arguments[1])
            return try vm.withRoots(items) { () throws(Raised) in
                let list = ListView(items)
                var parts: [Value] = []
                for index in 0..<list.count {
                    let item = list[index]
                    if !vm.isStr(item) {
                        throw vm.raiseTypeError("sequence item \(index): expected str instance, \(vm.typeName(item)) found")
                    }
                    if index > 0 { parts.append(arguments[0]) }
                    parts.append(item)
                }
                return try parts.withUnsafeMutableBufferPointer { (buffer) throws(Raised) in
                    try vm.concatenateStrings(buffer.baseAddress ?? UnsafeMutablePointer(vm.stackTop), buffer.count)
                }
            }
        }
        defineMethod(str, "split") { vm, arguments throws(Raised) in try vm.strSplit(arguments, fromRight: false) }
        defineMethod(str, "rsplit") { vm, arguments throws(Raised) in try vm.strSplit(arguments, fromRight: true) }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                let text = vm.scalars(arguments[0])
                let chars: [UInt32]? = arguments.count > 1 && !arguments[1].isNone ? vm.scalars(arguments[1]) : nil
                func strip(_ c: UInt32) -> Bool { chars.map { $0.contains(c) } ?? vm.isSpace(c) }
                var start = 0, end = text.count
                if left { while start < end && strip(text[start]) { start += 1 } }
                if right { while end > start && strip(text[end - 1]) { end -= 1 } }
                return try vm.substring(arguments[0], start, end)
            }
        }
        defineMethod(str, "replace") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "replace", min: 2, max: 3)
            let text = vm.scalars(arguments[0]), old = vm.scalars(arguments[1]), new = vm.scalars(arguments[2])
            var limit = arguments.count > 3 ? try vm.indexValue(arguments[3]) { "" } : -1
            var out: [UInt32] = []
            var index = 0
            if old.isEmpty {
                while index <= text.count && limit != 0 {
                    out += new
                    if index < text.count { out.append(text[index]) }
                    index += 1
                    limit -= 1
                }
                if index < text.count { out += text[index...] }
                return try vm.newStr(scalars: out)
            }
            while index < text.count {
                if limit != 0 && index + old.count <= text.count && Array(text[index..<(index + old.count)]) == old {
                    out += new; index += old.count; limit -= 1
                } else {
                    out.append(text[index]); index += 1
                }
            }
            return try vm.newStr(scalars: out)
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                let text = vm.scalars(arguments[0])
                var candidates: [Value] = []
                if vm.typeID(of: arguments[1]) == TypeID.tuple {
                    let tuple = TupleView(arguments[1])
                    for index in 0..<tuple.count { candidates.append(tuple[index]) }
                } else {
                    guard vm.isStr(arguments[1]) else {
                        throw vm.raiseTypeError("\(name) first arg must be str or a tuple of str, not \(vm.typeName(arguments[1]))")
                    }
                    candidates = [arguments[1]]
                }
                var start = arguments.count > 2 && !arguments[2].isNone ? try vm.indexValue(arguments[2]) { "" } : 0
                var end = arguments.count > 3 && !arguments[3].isNone ? try vm.indexValue(arguments[3]) { "" } : text.count
                if start < 0 { start = max(0, start + text.count) }
                if end < 0 { end = max(0, end + text.count) }
                end = min(end, text.count)
                for candidate in candidates {
                    let affix = vm.scalars(candidate)
                    if end - start < affix.count || start > text.count { continue }
                    let slice = atStart ? Array(text[start..<(start + affix.count)]) : Array(text[(end - affix.count)..<end])
                    if slice == affix { return .true }
                }
                return .false
            }
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                let count = StrView(arguments[0]).count
                guard arguments.count > 1, vm.isStr(arguments[1]) else { throw vm.raiseTypeError("must be str, not \(arguments.count > 1 ? vm.typeName(arguments[1]) : "nothing")") }
                var start = arguments.count > 2 && !arguments[2].isNone ? try vm.indexValue(arguments[2]) { "" } : 0
                var end = arguments.count > 3 && !arguments[3].isNone ? try vm.indexValue(arguments[3]) { "" } : count
                if start < 0 { start = max(0, start + count) }
                if end < 0 { end = max(0, end + count) }
                end = min(end, count)
                var found = -1
                if reverse {
                    var position = end - StrView(arguments[1]).count
                    while position >= start {
                        if vm.strFind(arguments[0], arguments[1], position, position + StrView(arguments[1]).count) == position { found = position; break }
                        position -= 1
                    }
                } else if start <= count {
                    found = vm.strFind(arguments[0], arguments[1], start, end)
                }
                if found < 0 && raises { throw vm.raiseValueError("substring not found") }
                return Value(int: found)
            }
        }
        defineMethod(str, "count") { vm, arguments throws(Raised) in
            let text = StrView(arguments[0]), needle = arguments[1]
            if StrView(needle).count == 0 { return Value(int: text.count + 1) }
            var count = 0, position = 0
            while true {
                let found = vm.strFind(arguments[0], needle, position, text.count)
                if found < 0 { break }
                count += 1; position = found + StrView(needle).count
            }
            return Value(int: count)
        }
        for (name, transform) in [("upper", { (s: String) in s.uppercased() }), ("lower", { (s: String) in s.lowercased() })] {
            defineMethod(str, name) { vm, arguments throws(Raised) in try vm.newStr(transform(vm.swiftString(arguments[0]))) }
        }
        defineMethod(str, "capitalize") { vm, arguments throws(Raised) in
            let text = vm.swiftString(arguments[0])
            guard let first = text.first else { return arguments[0] }
            return try vm.newStr(String(first).uppercased() + text.dropFirst().lowercased())
        }
        defineMethod(str, "title") { vm, arguments throws(Raised) in
            var out = "", previousCased = false
            for character in vm.swiftString(arguments[0]) {
                out += previousCased ? character.lowercased() : character.uppercased()
                previousCased = character.isLetter
            }
            return try vm.newStr(out)
        }
        defineMethod(str, "swapcase") { vm, arguments throws(Raised) in
            try vm.newStr(String(vm.swiftString(arguments[0]).map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
        }
        let predicates: [(String, (Character) -> Bool)] = [
            ("isdigit", { $0.isNumber && $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }),
            ("isdecimal", { $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } }),
            ("isnumeric", { $0.isNumber }), ("isalpha", { $0.isLetter }),
            ("isalnum", { $0.isLetter || $0.isNumber }), ("isspace", { $0.isWhitespace }),
        ]
        for (name, predicate) in predicates {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                let text = vm.swiftString(arguments[0])
                return Value(bool: !text.isEmpty && text.allSatisfy(predicate))
            }
        }
        defineMethod(str, "isupper") { vm, arguments throws(Raised) in
            let text = vm.swiftString(arguments[0])
            return Value(bool: text.contains { $0.isUppercase } && !text.contains { $0.isLowercase })
        }
        defineMethod(str, "islower") { vm, arguments throws(Raised) in
            let text = vm.swiftString(arguments[0])
            return Value(bool: text.contains { $0.isLowercase } && !text.contains { $0.isUppercase })
        }
        defineMethod(str, "isidentifier") { vm, arguments throws(Raised) in
            let text = vm.swiftString(arguments[0])
            guard let first = text.first, first == "_" || first.isLetter else { return .false }
            return Value(bool: text.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber })
        }
        for (name, alignment) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            defineMethod(str, name) { vm, arguments throws(Raised) in
                let text = vm.scalars(arguments[0])
                let width = try vm.indexValue(arguments[1]) { "" }
                let fill: UInt32 = arguments.count > 2 ? StrView(arguments[2])[0] : 32
                if width <= text.count { return arguments[0] }
                let total = width - text.count
                var left = 0
                switch alignment {
                case 0: left = total / 2 + (total & width & 1)
                case 1: left = 0
                default: left = total
                }
                let out = [UInt32](repeating: fill, count: left) + text + [UInt32](repeating: fill, count: total - left)
                return try vm.newStr(scalars: out)
            }
        }
        defineMethod(str, "zfill") { vm, arguments throws(Raised) in
            var text = vm.scalars(arguments[0])
            let width = try vm.indexValue(arguments[1]) { "" }
            if width <= text.count { return arguments[0] }
            let padding = [UInt32](repeating: 48, count: width - text.count)
            if let first = text.first, first == 43 || first == 45 { text.removeFirst(); return try vm.newStr(scalars: [first] + padding + text) }
            return try vm.newStr(scalars: padding + text)
        }
        defineMethod(str, "splitlines") { vm, arguments throws(Raised) in
            let keep = arguments.count > 1 ? try vm.isTrue(arguments[1]) : false
            let text = vm.scalars(arguments[0])
            var lines: [Value] = []
            var start = 0, index = 0
            while index < text.count {
                let c = text[index]
                if c == 10 || c == 13 || c == 11 || c == 12 || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029 {
                    var end = index + 1
                    if c == 13 && end < text.count && text[end] == 10 { end += 1 }
                    lines.append(try vm.newStr(scalars: Array(text[start..<(keep ? end : index)])))
                    start = end; index = end
                } else {
                    index += 1
                }
            }
            if start < text.count { lines.append(try vm.newStr(scalars: Array(text[start...]))) }
            return try vm.newList(lines)
        }
        defineMethod(str, "partition") { vm, arguments throws(Raised) in
            let found = vm.strFind(arguments[0], arguments[1], 0, StrView(arguments[0]).count)
            if found < 0 { return try vm.newTuple([arguments[0], vm.names.emptyString, vm.names.emptyString]) }
            let end = found + StrView(arguments[1]).count
            return try vm.newTuple([try vm.substring(arguments[0], 0, found), arguments[1], try vm.substring(arguments[0], end, StrView(arguments[0]).count)])
        }
        defineMethod(str, "encode") { vm, arguments throws(Raised) in try vm.newBytes(Array(vm.swiftString(arguments[0]).utf8)) }
        defineMethod(str, "format") { vm, arguments throws(Raised) in try vm.strFormatMethod(arguments) }
        defineMethod(TypeID.bytes, "decode") { vm, arguments throws(Raised) in
            try vm.newStr(String(decoding: vm.bytesContents(arguments[0]), as: UTF8.self))
        }
    }

    private func strSplit(_ arguments: Arguments, fromRight: Bool) throws(Raised) -> Value {
        let text = scalars(arguments[0])
        var separator = arguments.positionalCount > 1 ? arguments[1] : arguments.keyword("sep")
        let limitValue = arguments.positionalCount > 2 ? arguments[2] : arguments.keyword("maxsplit")
        var limit = limitValue.isNull ? -1 : try indexValue(limitValue) { "" }
        if separator.isNull { separator = .none }
        var parts: [[UInt32]] = []
        if separator.isNone {
            var words: [[UInt32]] = []
            var current: [UInt32] = []
            var index = 0
            let sequence = fromRight ? Array(text.reversed()) : text
            while index < sequence.count {
                let c = sequence[index]
                if isSpace(c) {
                    if !current.isEmpty {
                        words.append(current); current = []
                        if limit == 0 { break }
                    }
                } else {
                    if limit == 0 && !words.isEmpty {
                        break
                    }
                    current.append(c)
                    if limit > 0 && false { }
                }
                index += 1
                if !current.isEmpty && index < sequence.count && isSpace(sequence[index]) && limit > 0 {
                    words.append(current); current = []; limit -= 1
                    // skip whitespace
                    while index < sequence.count && isSpace(sequence[index]) { index += 1 }
                    if limit == 0 {
                        var rest = Array(sequence[index...])
                        while let last = rest.last, isSpace(last) { rest.removeLast() }
                        if !rest.isEmpty { words.append(rest) }
                        index = sequence.count
                        break
                    }
                }
            }
            if !current.isEmpty { words.append(current) }
            parts = fromRight ? words.map { Array($0.reversed()) }.reversed() : words
        } else {
            let sep = scalars(separator)
            if sep.isEmpty { throw raiseValueError("empty separator") }
            var pieces: [[UInt32]] = []
            if fromRight {
                var end = text.count, index = text.count - sep.count
                while index >= 0 && limit != 0 {
                    if Array(text[index..<(index + sep.count)]) == sep {
                        pieces.append(Array(text[(index + sep.count)..<end])); end = index; index -= sep.count; limit -= 1
                    } else { index -= 1 }
                }
                pieces.append(Array(text[0..<end]))
                parts = pieces.reversed()
            } else {
                var start = 0, index = 0
                while index + sep.count <= text.count && limit != 0 {
                    if Array(text[index..<(index + sep.count)]) == sep {
                        pieces.append(Array(text[start..<index])); index += sep.count; start = index; limit -= 1
                    } else { index += 1 }
                }
                pieces.append(Array(text[start...]))
                parts = pieces
            }
        }
        var values: [Value] = []
        for part in parts { values.append(try newStr(scalars: part)) }
        return try newList(values)
    }

    /// str.format: {} / {0} / {name} fields with conversions and specs (attribute and index lookups).
    func strFormatMethod(_ arguments: Arguments) throws(Raised) -> Value {
        let text = scalars(arguments[0])
        var out: [UInt32] = []
        var automatic = 0
        var index = 0
        func argument(_ field: String) throws(Raised) -> Value {
            var name = field
            var rest = ""
            if let cut = field.firstIndex(where: { $0 == "." || $0 == "[" }) {
                name = String(field[..<cut]); rest = String(field[cut...])
            }
            var value: Value
            if name.isEmpty {
                if automatic < 0 { throw raiseValueError("cannot switch from manual field specification to automatic field numbering") }
                let position = automatic + 1
                automatic += 1
                if position >= arguments.positionalCount { throw raise(exceptionTypes.indexError, "Replacement index \(position - 1) out of range for positional args tuple") }
                value = arguments[position]
            } else if let number = Int(name) {
                if automatic > 0 { throw raiseValueError("cannot switch from automatic field numbering to manual field specification") }
                automatic = -1
                if number + 1 >= arguments.positionalCount { throw raise(exceptionTypes.indexError, "Replacement index \(number) out of range for positional args tuple") }
                value = arguments[number + 1]
            } else {
                value = arguments.keyword(name)
                if value.isNull { throw raise(exception: try newException(exceptionTypes.keyError, args: try newTuple([try newStr(name)]))) }
            }
            while !rest.isEmpty {
                if rest.hasPrefix(".") {
                    rest.removeFirst()
                    let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
                    value = try getAttribute(value, intern(String(rest[..<end])))
                    rest = String(rest[end...])
                } else {
                    rest.removeFirst()
                    guard let close = rest.firstIndex(of: "]") else { throw raiseValueError("Missing ']' in format string") }
                    let key = String(rest[..<close])
                    let keyValue: Value
                    if let number = Int(key) { keyValue = Value(int: number) } else { keyValue = try newStr(key) }
                    value = try getItem(value, keyValue)
                    rest = String(rest[rest.index(after: close)...])
                }
            }
            return value
        }
        while index < text.count {
            let c = text[index]
            if c == 123 {
                if index + 1 < text.count && text[index + 1] == 123 { out.append(123); index += 2; continue }
                var depth = 1, end = index + 1
                while end < text.count && depth > 0 {
                    if text[end] == 123 { depth += 1 } else if text[end] == 125 { depth -= 1 }
                    if depth > 0 { end += 1 }
                }
                if end >= text.count { throw raiseValueError("Single '{' encountered in format string") }
                let field = String(String.UnicodeScalarView(text[(index + 1)..<end].compactMap { Unicode.Scalar($0) }))
                var name = field, conversion = "", spec = ""
                if let colon = field.firstIndex(of: ":") { name = String(field[..<colon]); spec = String(field[field.index(after: colon)...]) }
                if let bang = name.firstIndex(of: "!") { conversion = String(name[name.index(after: bang)...]); name = String(name[..<bang]) }
                var value = try argument(name)
                switch conversion {
                case "": break
                case "r": value = try repr(value)
                case "s": value = try str(value)
                case "a": value = try newStr(asciiEscape(try reprString(value)))
                default: throw raiseValueError("Unknown conversion specifier \(conversion)")
                }
                if spec.contains("{") {
                    let nested = try strFormatMethodText(spec, arguments)
                    spec = nested
                }
                out += scalars(try format(value, try newStr(spec)))
                index = end + 1
            } else if c == 125 {
                if index + 1 < text.count && text[index + 1] == 125 { out.append(125); index += 2; continue }
                throw raiseValueError("Single '}' encountered in format string")
            } else {
                out.append(c); index += 1
            }
        }
        return try newStr(scalars: out)
    }

    private func strFormatMethodText(_ spec: String, _ arguments: Arguments) throws(Raised) -> String {
        var copy = Array(UnsafeBufferPointer(start: arguments.base, count: arguments.count))
        copy[0] = try newStr(spec)
        return try copy.withUnsafeMutableBufferPointer { (buffer) throws(Raised) in
            swiftString(try strFormatMethod(Arguments(base: buffer.baseAddress!, count: buffer.count, keywordNames: arguments.keywordNames)))
        }
    }
}
