// str.format and str.format_map: replacement fields {name.attr[key]!conversion:spec},
// nested fields inside specs (sharing the automatic numbering), {{ and }} escapes.
// In CPython: the error messages are those of Objects/stringlib/unicode_format.h.

extension VM {
    func installStrFormatMethods() {
        defineMethod(TypeID.str, "format") { vm, arguments throws(Raised) in
            var numbering = 0
            var out = TextBuilder()
            try vm.formatFields(arguments[0], arguments, mapping: .null, numbering: &numbering, into: &out)
            return try vm.newStr(out)
        }
        defineMethod(TypeID.str, "format_map") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "format_map", min: 1, max: 1)
            var numbering = 0
            var out = TextBuilder()
            try vm.formatFields(arguments[0], arguments, mapping: arguments[1], numbering: &numbering, into: &out)
            return try vm.newStr(out)
        }
        defineMethod(TypeID.str, "__format__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__format__", min: 1, max: 1)
            return try vm.format(vm.builtinSelf(arguments[0]), vm.formatSpecArgument(arguments[1]))
        }
    }

    /// One piece of a str.format string: literal text, then maybe a field.
    typealias FormatChunk = (literal: [UInt32], name: [UInt32]?, conversion: UInt32, spec: [UInt32])

    /// Expands the fields of the format str `format`. A format text that parsed to its end
    /// before is not parsed again (one that did not keeps being parsed step by step, so its
    /// error comes after the fields before it, as in CPython).
    private func formatFields(_ format: Value, _ arguments: Arguments, mapping: Value, numbering: inout Int,
                              into out: inout TextBuilder) throws(Raised) {
        let view = StrView(builtinSelf(format))
        if let chunks = strFormatCache.lookup(view) {
            for chunk in chunks {
                try formatChunk(chunk, arguments, mapping: mapping, numbering: &numbering, depth: 2, into: &out)
            }
            return
        }
        var chunks: [FormatChunk] = []
        try formatFields(view.scalars, arguments, mapping: mapping, numbering: &numbering, depth: 2, into: &out) { chunks.append($0) }
        strFormatCache.store(view, chunks)
    }

    /// Expands the fields of `text`. `numbering` > 0 counts automatic fields, -1 marks manual numbering.
    private func formatFields(_ text: [UInt32], _ arguments: Arguments, mapping: Value, numbering: inout Int, depth: Int,
                              into out: inout TextBuilder, parsed: (FormatChunk) -> Void = { _ in }) throws(Raised) {
        if depth <= 0 { throw raiseValueError("Max string recursion exceeded") }
        var index = 0
        while let chunk = try nextFormatChunk(text, &index) {
            parsed(chunk)
            try formatChunk(chunk, arguments, mapping: mapping, numbering: &numbering, depth: depth, into: &out)
        }
    }

    private func formatChunk(_ chunk: FormatChunk, _ arguments: Arguments, mapping: Value, numbering: inout Int, depth: Int,
                             into out: inout TextBuilder) throws(Raised) {
        for scalar in chunk.literal { out.append(scalar) }
        guard let name = chunk.name else { return }
        var value = try formatFieldValue(name, arguments, mapping: mapping, numbering: &numbering)
        switch chunk.conversion {
        case 0: break
        case 114: value = try repr(value)
        case 115: value = try str(value)
        case 97: value = try newStr(asciiEscape(try reprString(value)))
        default: throw raiseValueError("Unknown conversion specifier \(String(UnicodeScalar(UInt8(truncatingIfNeeded: chunk.conversion))))")
        }
        if chunk.spec.isEmpty {
            // format(x, '') of a str is the str, of an int its digits: written here without a temporary str.
            if value.isInt {
                if value.int < 0 { out.appendASCII(0x2D) }
                return out.appendDigits(value.int.magnitude)
            }
            if isExactType(value, TypeID.str) { return out.append(StrView(value)) }
        }
        let specValue = try withRoots(value) { () throws(Raised) in
            if chunk.spec.isEmpty { return names.emptyString }
            guard chunk.spec.contains(123) else { return try newStr(scalars: chunk.spec) }
            var spec = TextBuilder()
            try formatFields(chunk.spec, arguments, mapping: mapping, numbering: &numbering, depth: depth - 1, into: &spec)
            return try newStr(spec)
        }
        out.append(StrView(try format(value, specValue)))
    }

    /// One step through a format string: literal text up to a replacement field (or up to
    /// and including an escaped `{{`/`}}`), then that field's name, conversion and spec.
    /// Nil at the end. str.format and _string.formatter_parser both walk a string this way.
    func nextFormatChunk(_ text: [UInt32], _ index: inout Int) throws(Raised) -> (literal: [UInt32], name: [UInt32]?, conversion: UInt32, spec: [UInt32])? {
        if index >= text.count { return nil }
        var literal: [UInt32] = []
        while index < text.count {
            let c = text[index]
            if c == 125 {
                if index + 1 < text.count && text[index + 1] == 125 { literal.append(125); index += 2; return (literal, nil, 0, []) }
                throw raiseValueError("Single '}' encountered in format string")
            }
            if c != 123 { literal.append(c); index += 1; continue }
            if index + 1 < text.count && text[index + 1] == 123 { literal.append(123); index += 2; return (literal, nil, 0, []) }
            break
        }
        if index >= text.count { return (literal, nil, 0, []) }
        if index + 1 == text.count { throw raiseValueError("Single '{' encountered in format string") }
        // Find the end of the field: braces nest inside the spec; brackets hide ':' and '!'.
        var end = index + 1, nesting = 1, fieldEnd = -1, conversionAt = -1
        var inBracket = false
        while end < text.count {
            let d = text[end]
            if fieldEnd < 0 && conversionAt < 0 {
                if d == 91 { inBracket = true } else if d == 93 { inBracket = false }
            }
            if !inBracket || fieldEnd >= 0 {
                if d == 123 { nesting += 1 }
                else if d == 125 { nesting -= 1; if nesting == 0 { break } }
                else if d == 58 && fieldEnd < 0 && nesting == 1 { fieldEnd = end }
                else if d == 33 && fieldEnd < 0 && conversionAt < 0 && nesting == 1 { conversionAt = end }
            }
            end += 1
        }
        if end >= text.count {
            throw raiseValueError(nesting > 1 || fieldEnd >= 0 ? "unmatched '{' in format spec" : "expected '}' before end of string")
        }
        let nameEnd = conversionAt >= 0 ? conversionAt : (fieldEnd >= 0 ? fieldEnd : end)
        let name = Array(text[(index + 1)..<nameEnd])
        var conversion: UInt32 = 0
        if conversionAt >= 0 {
            let conversionEnd = fieldEnd >= 0 ? fieldEnd : end
            if conversionEnd - conversionAt != 2 {
                throw raiseValueError(conversionEnd - conversionAt < 2 ? "unmatched '{' in format spec" : "expected ':' after conversion specifier")
            }
            conversion = text[conversionAt + 1]
        }
        let spec = fieldEnd >= 0 ? Array(text[(fieldEnd + 1)..<end]) : []
        index = end + 1
        return (literal, name, conversion, spec)
    }

    /// Resolves "0", "name", "name.attr[key][0]" against the arguments (or the mapping of format_map).
    private func formatFieldValue(_ field: [UInt32], _ arguments: Arguments, mapping: Value, numbering: inout Int) throws(Raised) -> Value {
        var cut = 0
        while cut < field.count && field[cut] != 46 && field[cut] != 91 { cut += 1 }
        let first = field[..<cut]
        var value: Value
        let isNumber = !first.isEmpty && first.allSatisfy { $0 >= 48 && $0 <= 57 }
        if first.isEmpty || isNumber {
            var position = 0
            if first.isEmpty {
                if numbering < 0 { throw raiseValueError("cannot switch from manual field specification to automatic field numbering") }
                position = numbering
                numbering += 1
            } else {
                if numbering > 0 { throw raiseValueError("cannot switch from automatic field numbering to manual field specification") }
                numbering = -1
                for digit in first {
                    let (times, overflow) = position.multipliedReportingOverflow(by: 10)
                    let (sum, carry) = times.addingReportingOverflow(Int(digit) - 48)
                    if overflow || carry { throw raiseValueError("Too many decimal digits in format string") }
                    position = sum
                }
            }
            if !mapping.isNull { throw raiseValueError("Format string contains positional fields") }
            if position + 1 >= arguments.positionalCount {
                throw raise(exceptionTypes.indexError, "Replacement index \(position) out of range for positional args tuple")
            }
            value = arguments[position + 1]
        } else if !mapping.isNull {
            value = try getItem(mapping, try newStr(scalars: Array(first)))
        } else {
            value = arguments.keyword(String(String.UnicodeScalarView(first.compactMap { Unicode.Scalar($0) })))
            if value.isNull { throw raise(exception: try newException(exceptionTypes.keyError, args: try newTuple([try newStr(scalars: Array(first))]))) }
        }
        for (isAttribute, key) in try splitFormatFieldRest(field, from: cut) {
            if isAttribute {
                let attribute = try newStr(scalars: key)
                value = try withRoots(value) { () throws(Raised) in try getAttribute(value, try internValue(attribute)) }
            } else {
                let keyValue = try withRoots(value) { () throws(Raised) in try formatFieldKey(key) }
                value = try withRoots(value, keyValue) { () throws(Raised) in try getItem(value, keyValue) }
            }
        }
        return value
    }

    /// The `.attr` and `[key]` parts of a field name after its first part (at `start`).
    func splitFormatFieldRest(_ field: [UInt32], from start: Int) throws(Raised) -> [(isAttribute: Bool, key: [UInt32])] {
        var parts: [(isAttribute: Bool, key: [UInt32])] = []
        var index = start
        while index < field.count {
            if field[index] == 46 {
                var end = index + 1
                while end < field.count && field[end] != 46 && field[end] != 91 { end += 1 }
                if end == index + 1 { throw raiseValueError("Empty attribute in format string") }
                parts.append((true, Array(field[(index + 1)..<end])))
                index = end
            } else if field[index] == 91 {
                var end = index + 1
                while end < field.count && field[end] != 93 { end += 1 }
                if end >= field.count { throw raiseValueError("Missing ']' in format string") }
                let key = Array(field[(index + 1)..<end])
                if key.isEmpty { throw raiseValueError("Empty attribute in format string") }
                parts.append((false, key))
                index = end + 1
                if index < field.count && field[index] != 46 && field[index] != 91 {
                    throw raiseValueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            } else {
                throw raiseValueError("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return parts
    }

    /// A `[key]` of a field name: an int when it is all digits, else the str.
    func formatFieldKey(_ key: [UInt32]) throws(Raised) -> Value {
        if !key.isEmpty && key.allSatisfy({ $0 >= 48 && $0 <= 57 }),
           let number = Int(String(String.UnicodeScalarView(key.compactMap { Unicode.Scalar($0) }))) {
            return Value(int: number)
        }
        return try newStr(scalars: key)
    }

    /// The interned copy of a str value (attribute names must be interned).
    func internValue(_ value: Value) throws(Raised) -> Value { intern(swiftString(value)) }
}

extension VM {
    /// str(object='') and str(object=b'', encoding='utf-8', errors='strict').
    func installStrConstructor() {
        defineStaticMethod(TypeID.str, "__new__") { vm, arguments throws(Raised) in
            let made = try vm.constructStr(arguments)
            // In CPython: str(x) returns what x.__str__ returned, even an instance of a subclass.
            if vm.isType(arguments[0]) && TypeView(arguments[0]).ownTypeID == TypeID.str { return made }
            return try vm.instance(of: arguments[0], base: TypeID.str, carrying: made)
        }
    }

    private func constructStr(_ arguments: Arguments) throws(Raised) -> Value {
        let bound = try bindNativeArguments(arguments, "str", ["object", "encoding", "errors"], required: 0, skip: 1)
        let source = bound[0], encoding = bound[1], errors = bound[2]
        if source.isNull { return names.emptyString }
        if encoding.isNull && errors.isNull { return try str(source) }
        guard isBytesLike(builtinSelf(source)) else {
            if isStr(source) { throw raiseTypeError("decoding str is not supported") }
            if let contents = try bufferContents(source) {  // a memoryview or an array
                let (encodingText, errorsText) = try codecArguments(arguments, first: 2, method: "str")
                return try decodeBytes(contents, encoding: encodingText, errors: errorsText)
            }
            throw raiseTypeError("decoding to str: need a bytes-like object, \(typeName(source)) found")
        }
        let (encodingText, errorsText) = try codecArguments(arguments, first: 2, method: "str")
        return try decodeBytesLike(builtinSelf(source), encoding: encodingText, errors: errorsText)
    }
}
