// repr(), str(), format() and the % operator, producing Python str values.
// Container reprs guard against self-reference with a Reprlist-style set of
// objects being printed (CPython prints `[...]`).

extension VM {
    /// repr(value) as a str value.
    func repr(_ value: Value) throws(Raised) -> Value {
        if value.isInt { return try newDecimalStr(value.int) }
        if value.isFloat { return try newFloatReprStr(value.double) }
        if hasBuiltinRepr(value) { return try builtinReprStr(value) }
        // Nested containers recurse in Swift without Python frames: count them too.
        try enterNativeRecursion(" while getting the repr of an object")
        defer { nativeDepth -= 1 }
        if let text = try builtinRepr(value) { return try newStr(text) }
        let method = lookupInType(typeID(of: value), names.repr)
        if method.isNull || isObjectRepr(method) { return try newStr(defaultRepr(value)) }
        let result = try callSpecial(method, value)
        if !isStr(result) { throw raiseTypeError("__repr__ returned non-string (type \(typeName(result)))") }
        return result
    }

    /// repr(x) of a float, written straight into a new str.
    func newFloatReprStr(_ value: Double) throws(Raised) -> Value {
        var out = TextBuilder()
        writeFloatRepr(value, into: &out)
        return try newStr(out)
    }

    func reprString(_ value: Value) throws(Raised) -> String { swiftString(try repr(value)) }

    /// str(value) as a str value: an instance of a subclass of str when `__str__` returns one.
    func str(_ value: Value) throws(Raised) -> Value {
        if value.isInt { return try newDecimalStr(value.int) }
        if value.isFloat { return try newFloatReprStr(value.double) }
        let id = typeID(of: value)
        if id == TypeID.str { return value }
        let method = lookupInType(id, names.str)
        if !method.isNull && !isObjectStr(method) {
            let result = try callSpecial(method, value)
            if !isStr(result) && !isInstance(result, typeID: TypeID.str) {
                throw raiseTypeError("__str__ returned non-string (type \(typeName(result)))")
            }
            return result
        }
        if isInstance(value, typeID: exceptionTypes.baseException) { return try newStr(exceptionString(value)) }
        return try repr(value)
    }

    func strString(_ value: Value) throws(Raised) -> String { swiftString(builtinSelf(try str(value))) }

    private func isObjectRepr(_ method: Value) -> Bool { isBuiltinMethod(method, of: TypeID.object, names.repr) }
    private func isObjectStr(_ method: Value) -> Bool { isBuiltinMethod(method, of: TypeID.object, names.str) }

    func defaultRepr(_ value: Value) -> String {
        let type = typeOf(value)
        let module = dictGetStr(TypeView(type).dict, names.module)
        let qualified = swiftString(ObjectRef(type)[TypeLayout.qualifiedName])
        let prefix = isStr(module) && swiftString(module) != "builtins" ? swiftString(module) + "." : ""
        return "<\(prefix)\(qualified) object at 0x\(String(value.bits, radix: 16))>"
    }

    /// `<class 'module.Name'>` (type.__repr__, also for classes of a Python metaclass).
    func classRepr(_ value: Value) -> String {
        let module = dictGetStr(TypeView(value).dict, names.module)
        let qualified = swiftString(ObjectRef(value)[TypeLayout.qualifiedName])
        if isStr(module) && swiftString(module) != "builtins" { return "<class '\(swiftString(module)).\(qualified)'>" }
        return "<class '\(qualified)'>"
    }

    /// The repr of builtin values, or nil for values whose class may define __repr__.
    func builtinRepr(_ value: Value) throws(Raised) -> String? {
        if value.isInt { return String(value.int) }
        if value.isFloat { return pythonFloatRepr(value.double) }
        if value.isNone { return "None" }
        if value == .true { return "True" }
        if value == .false { return "False" }
        let ref = ObjectRef(value)
        let id = ref.typeID
        if types[id].flags.contains(.heapType) { return nil }
        switch ref.kind {
        case .str, .tuple, .list, .dict, .set: return swiftString(try builtinReprStr(value))
        case .bigInt: return try checkIntDigitsToWrite(bigIntValue(value))
        case .bytes: return bytesRepr(bytesContents(value))
        case .byteArray: return "bytearray(" + bytesRepr(ByteArrayView(value).contents, alwaysEscapeSingleQuote: true) + ")"
        case .type:
            return classRepr(value)
        case .function:
            return "<function \(swiftString(ref[FunctionLayout.qualifiedName])) at 0x\(String(value.bits, radix: 16))>"
        case .builtinFunction:
            return "<built-in function \(swiftString(ref[BuiltinFunctionLayout.name]))>"
        case .boundMethod:
            let name = try boundMethodName(ref[BoundMethodLayout.function])
            return "<bound method \(name) of \(try reprString(ref[BoundMethodLayout.receiver]))>"
        case .module:
            return try moduleRepr(value)
        case .range:
            return rangeRepr(value)
        case .slice:
            return "slice(\(try reprString(ref[SliceLayout.start])), \(try reprString(ref[SliceLayout.stop])), \(try reprString(ref[SliceLayout.step])))"
        case .exception:
            return try exceptionRepr(value)
        case .generator:
            // generator, coroutine or async_generator.
            return "<\(typeName(id: id)) object \(swiftString(ref[GeneratorLayout.qualifiedName])) at 0x\(String(value.bits, radix: 16))>"
        case .dictView:
            let items = try listFrom(value)
            return "\(typeName(id: id))(\(swiftString(try builtinReprStr(items))))"
        case .cell:
            return "<cell at 0x\(String(value.bits, radix: 16))>"
        default:
            if value == notImplemented { return "NotImplemented" }
            if value == ellipsis { return "Ellipsis" }
            return nil
        }
    }

    /// The name a bound method's repr shows: its function's `__qualname__`, else (when it
    /// has none) its `__name__`; "?" when that is not a str (types.MethodType binds any callable).
    private func boundMethodName(_ function: Value) throws(Raised) -> String {
        if function.isObject && ObjectRef(function).kind == .function {
            return swiftString(ObjectRef(function)[FunctionLayout.qualifiedName])
        }
        if function.isObject && ObjectRef(function).kind == .builtinFunction {
            return swiftString(ObjectRef(function)[BuiltinFunctionLayout.name])
        }
        var name = try getAttributeOrNull(function, names.qualname)
        if name.isNull { name = try getAttributeOrNull(function, names.name) }
        return isStr(name) ? swiftString(name) : "?"
    }

    private func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Approximates str.isprintable for non-ASCII code points.
    func isPrintable(_ c: UInt32) -> Bool {
        if c >= 0x80 && c < 0xA0 { return false }
        if c == 0xAD { return false }
        if c >= 0xD800 && c < 0xE000 { return false }
        if c == 0x2028 || c == 0x2029 || (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) { return false }
        if c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) { return false }
        if c >= 0xE000 && c < 0xF900 { return false }
        if c == 0x3000 || c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F { return false }
        guard let scalar = Unicode.Scalar(c), VM.pythonProperties(c) != nil else { return false }
        switch scalar.properties.generalCategory {
        case .unassigned, .control, .format, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// In CPython: bytearray's repr escapes every single quote, even inside double quotes.
    func bytesRepr(_ bytes: [UInt8], alwaysEscapeSingleQuote: Bool = false) -> String {
        let hasSingle = bytes.contains(39), hasDouble = bytes.contains(34)
        let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
        var out = "b" + String(UnicodeScalar(quote))
        for byte in bytes {
            switch byte {
            case quote, 92: out += "\\" + String(UnicodeScalar(byte))
            case 39 where alwaysEscapeSingleQuote: out += "\\'"
            case 10: out += "\\n"
            case 13: out += "\\r"
            case 9: out += "\\t"
            default:
                if byte < 32 || byte >= 127 { out += "\\x" + hex(UInt32(byte), 2) } else { out += String(UnicodeScalar(byte)) }
            }
        }
        return out + String(UnicodeScalar(quote))
    }

    // MARK: format() and f-strings

    /// FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; then format with spec (a str or NULL).
    func formatValue(_ value: Value, conversion: Int, spec: Value) throws(Raised) -> Value {
        var converted = value
        switch conversion {
        case 1: converted = try str(value)
        case 2: converted = try repr(value)
        case 3: converted = try newStr(asciiEscape(try reprString(value)))
        default: break
        }
        if (spec.isNull || StrView(spec).count == 0) && typeID(of: converted) == TypeID.str { return converted }
        return try format(converted, spec.isNull ? names.emptyString : spec)
    }

    /// format(value, spec).
    func format(_ value: Value, _ spec: Value) throws(Raised) -> Value {
        let id = typeID(of: value)
        if !types[id].flags.contains(.heapType) || isBuiltinMethod(lookupInType(id, names.format), of: TypeID.object, names.format) {
            if let result = try builtinFormat(value, spec, checkRoom: true) { return result }
        }
        let method = lookupInType(id, names.format)
        if !method.isNull && !(method.isObject && ObjectRef(method).kind == .builtinFunction) {
            let result = try callSpecial(method, value, spec)
            if !isStr(result) { throw raiseTypeError("__format__ must return a str, not \(typeName(result))") }
            return result
        }
        if let result = try builtinFormat(value, spec, checkRoom: false) { return result }
        throw raiseTypeError("unsupported format string passed to \(typeName(value)).__format__")
    }

    /// The type's name for format()'s messages, without building one for the exact builtins.
    private func formatTypeName(_ value: Value) -> String {
        if value.isInt { return "int" }
        if value.isFloat { return "float" }
        if value.isObject && ObjectRef(value).typeID == TypeID.str { return "str" }
        return typeName(value)
    }

    /// The spec parsed for an int (kind 0), a float (1) or a str (2), from the cache when it was seen before.
    private func cachedFormatSpec(_ spec: Value, kind: Int, typeName: String) throws(PythonNumberError) -> FormatSpec {
        let view = StrView(spec)
        if let parsed = formatSpecCache.lookup(view, kind: kind) { return parsed }
        let parsed: FormatSpec
        switch kind {
        case 0: parsed = try FormatSpec.parse(view.string, typeName: typeName, defaultType: "d", defaultAlign: ">")
        case 1: parsed = try FormatSpec.parse(view.string, typeName: typeName, defaultType: nil, defaultAlign: ">")
        default: parsed = try FormatSpec.parse(view.string, typeName: typeName, defaultType: "s", defaultAlign: "<")
        }
        formatSpecCache.store(view, kind: kind, parsed)
        return parsed
    }

    /// format() of the builtin types, written straight into a new str; nil when `value` has none.
    /// `checkRoom`: MemoryError first when the spec's width or precision asks for more than can be made.
    private func builtinFormat(_ value: Value, _ spec: Value, checkRoom: Bool) throws(Raised) -> Value? {
        let specView = StrView(spec)
        if specView.count == 0 {
            // format(x, "") is str(x): small ints, floats and bools need neither the spec parser nor BigInt.
            if value.isInt { return try newDecimalStr(value.int) }
            if value.isFloat { return try newFloatReprStr(value.double) }
            if value.isBool { return try newStr(try builtinRepr(value)!) }
        }
        let kind = isIntLike(value) ? 0 : value.isFloat ? 1 : typeID(of: value) == TypeID.str ? 2 : -1
        if kind >= 0 && specView.count > 0 {
            let parsed: FormatSpec
            do throws(PythonNumberError) {
                parsed = try cachedFormatSpec(spec, kind: kind, typeName: formatTypeName(value))
            } catch {
                throw raiseNumberError(error)
            }
            if checkRoom { try ensureRoomForFormat(parsed) }
            var out = TextBuilder()
            do throws(PythonNumberError) {
                switch kind {
                case 0:
                    let integer: IntegerText = smallIntValue(value).map { .small($0) } ?? .big(bigIntValue(value))
                    try formatInteger(integer, parsed, typeName: formatTypeName(value), into: &out)
                case 1: try formatFloat(value.double, parsed, into: &out)
                default: try formatString(parsed, into: &out) { $0.append(StrView(value)) }
                }
            } catch {
                throw raiseNumberError(error)
            }
            return try newStr(out)
        }
        if isIntLike(value) { return try newStr(bigIntValue(value).description) }
        if kind == 2 { return value }
        if isComplex(value) && specView.count > 0 {
            let specText = specView.string
            if checkRoom { try ensureRoomForFormat(specText) }
            let (real, imaginary) = complexParts(value)
            let text: String
            do throws(PythonNumberError) {
                text = try formatComplex(real, imaginary, specText, typeName: typeName(value))
            } catch {
                throw raiseNumberError(error)
            }
            return try newStr(text)
        }
        if specView.count == 0 { return try newStr(try strString(value)) }
        let payload = value.isObject && ObjectRef(value).kind == .instance ? ObjectRef(value).instancePayload : .null
        if !payload.isNull { return try builtinFormat(payload, spec, checkRoom: checkRoom) }
        throw raiseTypeError("unsupported format string passed to \(typeName(value)).__format__")
    }

    /// Turns an error of the numeric library into the Python exception it names.
    func raiseNumberError(_ error: PythonNumberError) -> Raised {
        switch error.kind {
        case .valueError: return raiseValueError(error.message)
        case .overflowError: return raise(exceptionTypes.overflowError, error.message)
        case .zeroDivisionError: return raise(exceptionTypes.zeroDivisionError, error.message)
        case .typeError: return raiseTypeError(error.message)
        }
    }

    func asciiEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let c = scalar.value
            if c < 128 { out.unicodeScalars.append(scalar) }
            else if c < 256 { out += "\\x" + hex(c, 2) }
            else if c < 65536 { out += "\\u" + hex(c, 4) }
            else { out += "\\U" + hex(c, 8) }
        }
        return out
    }

    // MARK: The % operator on str

    func percentFormat(_ format: Value, _ arguments: Value) throws(Raised) -> Value {
        let view = StrView(format)
        let pieces: [PercentPiece]
        if let cached = percentFormatCache.lookup(view) {
            pieces = cached
        } else {
            pieces = parsePercentFormat(view.scalars)
            percentFormatCache.store(view, pieces)
        }
        var out = TextBuilder()
        try percentFormatText(pieces, arguments, format: format, formatBytes: nil, into: &out)
        return try newStr(out)
    }

    /// bytes % arguments (and bytearray %): the format is read as Latin-1 text.
    func bytesPercentFormat(_ format: Value, _ arguments: Value) throws(Raised) -> Value {
        let bytes = bytesLikeContents(format)!
        var out = TextBuilder()
        try percentFormatText(parsePercentFormat(bytes.map { UInt32($0) }, forBytes: true), arguments, format: format,
                              formatBytes: bytes, into: &out)
        return isByteArray(format) ? try newByteArray(out.latin1) : try newBytes(out.latin1)
    }

    /// Writes the pieces of a % format (a str, or bytes given as `formatBytes`) with their arguments.
    private func percentFormatText(_ pieces: [PercentPiece], _ arguments: Value, format: Value, formatBytes: [UInt8]?,
                                   into out: inout TextBuilder) throws(Raised) {
        let forBytes = formatBytes != nil
        // A tuple subclass (a namedtuple) is a tuple of arguments, as in CPython.
        let isTuple = (arguments.isObject && ObjectRef(arguments).typeID == TypeID.tuple) || isInstance(arguments, typeID: TypeID.tuple)
        let isMapping = !isTuple && arguments.isObject && (ObjectRef(arguments).kind == .dict || (types[typeID(of: arguments)].flags.contains(.heapType) && !lookupInType(typeID(of: arguments), names.getitem).isNull))
        let tuple = isTuple ? TupleView(builtinSelf(arguments)) : nil
        let itemCount = tuple?.count ?? 1
        var position = 0
        var usedMapping = false
        func nextArgument() throws(Raised) -> Value {
            if position >= itemCount { throw raiseTypeError("not enough arguments for format string") }
            position += 1
            return tuple?[position - 1] ?? arguments
        }
        for piece in pieces {
            switch piece {
            case .literal(let start, let end):
                if let formatBytes {
                    for index in start..<end { out.append(UInt32(formatBytes[index])) }
                } else {
                    out.append(StrView(format), start, end)
                }
            case .conversion(var conversion), .invalid(.some(var conversion), _):
                if conversion.width == .tooBig { throw raiseValueError("width too big") }
                if case .value(let digits) = conversion.precision, digits > Int(Int32.max) {
                    throw raiseValueError(forBytes ? "prec too big" : "precision too big")
                }
                if conversion.precision == .tooBig { throw raiseValueError(forBytes ? "prec too big" : "precision too big") }
                if case .value(let width) = conversion.width { try ensureHeapRoom(bytes: width) }
                if case .value(let digits) = conversion.precision {
                    switch conversion.type {
                    case "d", "i", "u", "o", "x", "X", "e", "E", "f", "F": try ensureHeapRoom(bytes: digits)
                    default: break
                    }
                }
                var value: Value
                if let key = conversion.mappingKey {
                    if !isMapping { throw raiseTypeError("format requires a mapping") }
                    usedMapping = true
                    let keyValue = try formatBytes != nil ? newBytes(Array(formatBytes![key]))
                        : substring(format, key.lowerBound, key.upperBound)
                    value = try getItem(arguments, keyValue)
                } else {
                    var starWidth: Int? = nil, starPrecision: Int? = nil
                    if case .fromArgument = conversion.width {
                        let w = try nextArgument()
                        guard let small = smallIntValue(w) else { throw raiseTypeError("* wants int") }
                        starWidth = Int(small)
                    }
                    if case .fromArgument = conversion.precision {
                        let p = try nextArgument()
                        guard let small = smallIntValue(p) else { throw raiseTypeError("* wants int") }
                        starPrecision = Int(small)
                    }
                    conversion.resolveStars(width: starWidth, precision: starPrecision)
                    value = try nextArgument()
                }
                if case .invalid(_, let error) = piece { throw raiseNumberError(error.error) }
                if forBytes { try bytesPercentConvert(value, conversion, into: &out) } else { try percentConvert(value, conversion, into: &out) }
            case .invalid(.none, let error):
                throw raiseNumberError(error.error)
            }
        }
        if position < itemCount && !usedMapping && !(isMapping && itemCount == 1) {
            throw raiseTypeError("not all arguments converted during \(forBytes ? "bytes" : "string") formatting")
        }
    }

    /// One conversion of bytes %: %s/%b take bytes-like values, %r/%a give ASCII reprs, %c a byte.
    private func bytesPercentConvert(_ value: Value, _ conversion: PercentConversion, into out: inout TextBuilder) throws(Raised) {
        func latin1(_ bytes: [UInt8]) { writePercentText(conversion, into: &out) { out in for byte in bytes { out.append(UInt32(byte)) } } }
        switch conversion.type {
        case "s", "b":
            if let bytes = try bufferContents(value) { return latin1(bytes) }
            let method = lookupInType(typeID(of: value), intern("__bytes__"))
            if !method.isNull {
                let result = try callSpecial(method, value)
                if let bytes = bytesLikeContents(result) { return latin1(bytes) }
            }
            throw raiseTypeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(typeName(value))'")
        case "r", "a":
            let text = asciiEscape(try reprString(value))
            writePercentText(conversion, into: &out) { $0.append(text) }
        case "c":
            if let bytes = bytesLikeContents(value) {
                if bytes.count != 1 { throw raiseTypeError("%c requires an integer in range(256) or a single byte") }
                return latin1(bytes)
            }
            guard isIntLike(value) else { throw raiseTypeError("%c requires an integer in range(256) or a single byte") }
            let code = try indexValue(value) { "" }
            if code < 0 || code > 255 { throw raise(exceptionTypes.overflowError, "%c arg not in range(256)") }
            latin1([UInt8(code)])
        default:
            try percentConvert(value, conversion, into: &out)
        }
    }

    private func percentConvert(_ argument: Value, _ conversion: PercentConversion, into out: inout TextBuilder) throws(Raised) {
        switch conversion.type {
        case "s":
            if argument.isInt && conversion.width == .none && conversion.precision == .none {
                if argument.int < 0 { out.appendASCII(UInt8(ascii: "-")) }
                return out.appendDigits(argument.int.magnitude)
            }
            let text = builtinSelf(try str(argument))
            return writePercentText(conversion, into: &out) { $0.append(StrView(text)) }
        case "r":
            let text = try repr(argument)
            return writePercentText(conversion, into: &out) { $0.append(StrView(text)) }
        case "a":
            let text = asciiEscape(try reprString(argument))
            return writePercentText(conversion, into: &out) { $0.append(text) }
        default: break
        }
        // The numeric conversions read an int or float subclass's instance as its value.
        let value = builtinNumber(argument)
        func integer(_ value: Value) -> IntegerText { smallIntValue(value).map { .small($0) } ?? .big(bigIntValue(value)) }
        switch conversion.type {
        case "c":
            if isStr(value) {
                if StrView(value).count != 1 { throw raiseTypeError("%c requires int or char") }
                return writePercentText(conversion, into: &out) { $0.append(StrView(value)) }
            }
            guard isIntLike(value) else { throw raiseTypeError("%c requires int or char") }
            do throws(PythonNumberError) { try percentFormatCharacter(integer(value), conversion, into: &out) } catch { throw raiseNumberError(error) }
        case "d", "i", "u", "o", "x", "X":
            if isIntLike(value) { return percentFormatInteger(integer(value), conversion, into: &out) }
            if value.isFloat {
                if !value.double.isFinite {
                    throw raise(value.double.isNaN ? exceptionTypes.valueError : exceptionTypes.overflowError,
                                value.double.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
                }
                if conversion.type == "d" || conversion.type == "i" || conversion.type == "u" {
                    return percentFormatInteger(.big(BigInt(truncating: value.double)), conversion, into: &out)
                }
            }
            let kind = conversion.type == "d" || conversion.type == "i" || conversion.type == "u" ? "a real number" : "an integer"
            throw raiseTypeError("%\(conversion.type) format: \(kind) is required, not \(typeName(argument))")
        default:
            guard let number = try numberAsDouble(value) else {
                throw raiseTypeError("must be real number, not \(typeName(value))")
            }
            percentFormatFloat(number, conversion, into: &out)
        }
    }
}

extension VM {
    /// MemoryError before a parsed spec's width (or, for numbers written digit by digit,
    /// its precision) asks for a result that cannot be made (see ensureHeapRoom).
    func ensureRoomForFormat(_ spec: FormatSpec) throws(Raised) {
        if let width = spec.width, width > 999_999 { try ensureHeapRoom(bytes: width) }
        if let precision = spec.precision, precision > 999_999, let type = spec.type, "eEfF%".unicodeScalars.contains(type) {
            try ensureHeapRoom(bytes: precision)
        }
    }

    /// MemoryError before a format spec's width (or, for numbers written digit by
    /// digit, its precision) asks for a result that cannot be made (see ensureHeapRoom).
    /// A spec the parser rejects is left for the formatter to report.
    func ensureRoomForFormat(_ specText: String) throws(Raised) {
        // Six digits or fewer cannot ask for more than a megabyte: no need to parse the spec twice.
        guard specText.utf8.count(where: { $0 >= 0x30 && $0 <= 0x39 }) > 6 else { return }
        guard let spec = try? FormatSpec.parse(specText, typeName: "") else { return }
        if let width = spec.width { try ensureHeapRoom(bytes: width) }
        if let precision = spec.precision, let type = spec.type, "eEfF%".unicodeScalars.contains(type) {
            try ensureHeapRoom(bytes: precision)
        }
    }
}
