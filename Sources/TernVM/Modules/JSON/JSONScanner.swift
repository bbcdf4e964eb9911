#if canImport(Glibc)
import Glibc
#endif

// _json's scanner (c_make_scanner): JSON text to Python values, read straight from
// the str's code points. A value that cannot start at an index raises
// StopIteration(index) — json.decoder turns that into "Expecting value" — and every
// other error is a JSONDecodeError at CPython 3.11's position.
//
// Collections: the hooks (object_hook, object_pairs_hook, parse_float, parse_int,
// parse_constant) are Python calls, so every container under construction and every
// key waiting for its value sits on the temporary root stack.

/// Items of a scanner's payload, in CPython's member order.
enum JSONScannerField {
    static let strict = 0, objectHook = 1, objectPairsHook = 2, parseFloat = 3, parseInt = 4, parseConstant = 5
    static let count = 6
}

/// One call of a scanner: the document and the scanner's settings, read once.
struct JSONScan {
    /// The object passed in (a str or an instance of a subclass), which errors name.
    let document: Value
    let text: StrView
    let strict: Bool
    let objectHook: Value, objectPairsHook: Value, parseFloat: Value, parseInt: Value, parseConstant: Value
    /// NULL when parse_float is float itself, which the scanner answers natively; likewise parse_int.
    let customFloat: Value, customInt: Value
    /// Keys already decoded during this call, so equal keys share one str (CPython's memo).
    let memo: DictView
}

@inline(__always) private func isJSONWhitespace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
@inline(__always) private func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

extension VM {
    /// scanner(string, idx): the value starting at `idx` and the index after it.
    func scanJSON(_ scanner: Value, _ document: Value, _ index: Int) throws(Raised) -> Value {
        let fields = payloadFields(scanner)
        let memo = try newDict()
        return try withRoots(memo.ref.value) { () throws(Raised) in
            let floatType = types[TypeID.float].object, intType = types[TypeID.int].object
            let scan = JSONScan(document: document, text: StrView(builtinSelf(document)),
                                strict: fields[JSONScannerField.strict] == .true,
                                objectHook: fields[JSONScannerField.objectHook], objectPairsHook: fields[JSONScannerField.objectPairsHook],
                                parseFloat: fields[JSONScannerField.parseFloat], parseInt: fields[JSONScannerField.parseInt],
                                parseConstant: fields[JSONScannerField.parseConstant],
                                customFloat: fields[JSONScannerField.parseFloat] == floatType ? .null : fields[JSONScannerField.parseFloat],
                                customInt: fields[JSONScannerField.parseInt] == intType ? .null : fields[JSONScannerField.parseInt],
                                memo: memo)
            if index < 0 { throw raiseValueError("idx cannot be negative") }
            let (value, end) = try scanJSONValue(scan, index)
            return try withRoots(value) { () throws(Raised) in try newTuple(value, Value(int: end)) }
        }
    }

    /// One JSON value of any kind starting at `index`.
    func scanJSONValue(_ scan: JSONScan, _ index: Int) throws(Raised) -> (Value, Int) {
        let text = scan.text
        let length = text.count
        if index >= length { throw jsonStopIteration(index) }
        switch text[index] {
        case 0x22:  // "
            return try scanJSONString(scan.document, text, index + 1, strict: scan.strict)
        case 0x7B:  // {
            return try scanJSONNested(scan, index + 1, object: true)
        case 0x5B:  // [
            return try scanJSONNested(scan, index + 1, object: false)
        case 0x6E where textHas(text, "null", at: index): return (.none, index + 4)
        case 0x74 where textHas(text, "true", at: index): return (.true, index + 4)
        case 0x66 where textHas(text, "false", at: index): return (.false, index + 5)
        case 0x4E where textHas(text, "NaN", at: index): return try scanJSONConstant(scan, "NaN", index)
        case 0x49 where textHas(text, "Infinity", at: index): return try scanJSONConstant(scan, "Infinity", index)
        case 0x2D where textHas(text, "-Infinity", at: index): return try scanJSONConstant(scan, "-Infinity", index)
        default: return try scanJSONNumber(scan, index)
        }
    }

    /// Whether `word` (ASCII) is spelled at `index`.
    @inline(__always) private func textHas(_ text: StrView, _ word: StaticString, at index: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        if index + count > text.count { return false }
        let letters = word.utf8Start
        for offset in 1..<count where text[index + offset] != UInt32(letters[offset]) { return false }
        return true
    }

    @inline(__always) private func skipJSONWhitespace(_ text: StrView, _ start: Int) -> Int {
        var index = start
        let length = text.count
        while index < length && isJSONWhitespace(text[index]) { index += 1 }
        return index
    }

    private func jsonStopIteration(_ index: Int) -> Raised {
        do throws(Raised) {
            let arguments = try newTuple([Value(int: index)])
            return raise(exception: try newException(exceptionTypes.stopIteration, args: arguments))
        } catch {
            return error
        }
    }

    /// An array or object, with the interpreter's recursion limit counted as CPython counts it.
    private func scanJSONNested(_ scan: JSONScan, _ start: Int, object: Bool) throws(Raised) -> (Value, Int) {
        try enterNativeRecursion(" while decoding a JSON \(object ? "object" : "array") from a unicode string")
        defer { nativeDepth -= 1 }
        let mark = tempRootCount
        defer { tempRootCount = mark }
        if object { return try scanJSONObject(scan, start) }
        return try scanJSONArray(scan, start)
    }

    private func scanJSONArray(_ scan: JSONScan, _ start: Int) throws(Raised) -> (Value, Int) {
        let text = scan.text, length = text.count
        let list = try newList()
        pushRoot(list.ref.value)
        var index = skipJSONWhitespace(text, start)
        if index < length && text[index] == 0x5D { return (list.ref.value, index + 1) }
        while true {
            let (item, next) = try scanJSONValue(scan, index)
            try listAppend(list, item)
            index = skipJSONWhitespace(text, next)
            if index < length && text[index] == 0x5D { return (list.ref.value, index + 1) }
            if index >= length || text[index] != 0x2C { throw jsonDecodeError("Expecting ',' delimiter", scan.document, index) }
            index = skipJSONWhitespace(text, index + 1)
        }
    }

    private func scanJSONObject(_ scan: JSONScan, _ start: Int) throws(Raised) -> (Value, Int) {
        let text = scan.text, length = text.count
        let pairs = !scan.objectPairsHook.isNone
        let container: Value
        if pairs { container = try newList().ref.value } else { container = try newDict().ref.value }
        pushRoot(container)
        var index = skipJSONWhitespace(text, start)
        if index >= length || text[index] != 0x7D {
            while true {
                if index >= length || text[index] != 0x22 {
                    throw jsonDecodeError("Expecting property name enclosed in double quotes", scan.document, index)
                }
                let (scanned, next) = try scanJSONString(scan.document, text, index + 1, strict: scan.strict)
                var key = scanned
                if let found = dictFindNatively(scan.memo, key) {
                    if found.entry >= 0 {
                        key = scan.memo.key(found.entry)
                    } else {
                        try dictInsert(scan.memo, hash: found.hash, key: key, value: key, slot: found.slot)
                    }
                }
                index = skipJSONWhitespace(text, next)
                if index >= length || text[index] != 0x3A { throw jsonDecodeError("Expecting ':' delimiter", scan.document, index) }
                index = skipJSONWhitespace(text, index + 1)
                let (value, after) = try scanJSONValue(scan, index)
                if pairs {
                    try listAppend(ListView(container), try withRoots(value) { () throws(Raised) in try newTuple(key, value) })
                } else {
                    try dictSetStr(DictView(container), key, value)
                }
                index = skipJSONWhitespace(text, after)
                if index < length && text[index] == 0x7D { break }
                if index >= length || text[index] != 0x2C { throw jsonDecodeError("Expecting ',' delimiter", scan.document, index) }
                index = skipJSONWhitespace(text, index + 1)
            }
        }
        if pairs { return (try call(scan.objectPairsHook, container), index + 1) }
        if !scan.objectHook.isNone { return (try call(scan.objectHook, container), index + 1) }
        return (container, index + 1)
    }

    /// NaN, Infinity or -Infinity, as parse_constant makes it.
    private func scanJSONConstant(_ scan: JSONScan, _ name: String, _ index: Int) throws(Raised) -> (Value, Int) {
        (try call(scan.parseConstant, intern(name)), index + name.utf8.count)
    }

    /// A number: an int unless it has a fraction or an exponent, through parse_int or
    /// parse_float when those are not int and float themselves.
    private func scanJSONNumber(_ scan: JSONScan, _ start: Int) throws(Raised) -> (Value, Int) {
        let text = scan.text
        let last = text.count - 1
        var index = start
        if text[index] == 0x2D {
            index += 1
            if index > last { throw jsonStopIteration(start) }
        }
        let first = text[index]
        if first >= 0x31 && first <= 0x39 {
            index += 1
            while index <= last && isDigit(text[index]) { index += 1 }
        } else if first == 0x30 {
            index += 1
        } else {
            throw jsonStopIteration(start)
        }
        var isFloat = false
        if index < last && text[index] == 0x2E && isDigit(text[index + 1]) {
            isFloat = true
            index += 2
            while index <= last && isDigit(text[index]) { index += 1 }
        }
        if index < last && (text[index] == 0x65 || text[index] == 0x45) {
            let exponentStart = index
            index += 1
            if index < last && (text[index] == 0x2D || text[index] == 0x2B) { index += 1 }
            while index <= last && isDigit(text[index]) { index += 1 }
            // Without a digit the exponent is not part of the number.
            if isDigit(text[index - 1]) { isFloat = true } else { index = exponentStart }
        }
        let custom = isFloat ? scan.customFloat : scan.customInt
        if !custom.isNull {
            let digits = try substring(text.ref.value, start, index)
            return (try withRoots(digits) { () throws(Raised) in try call(custom, digits) }, index)
        }
        return (try jsonNumberValue(text, start, index, isFloat: isFloat), index)
    }

    /// float() or int() of the ASCII number text at `start..<end`.
    private func jsonNumberValue(_ text: StrView, _ start: Int, _ end: Int, isFloat: Bool) throws(Raised) -> Value {
        let count = end - start
        if !isFloat && count <= 18 {
            var magnitude: Int64 = 0
            var index = start
            let negative = text[index] == 0x2D
            if negative { index += 1 }
            while index < end { magnitude = magnitude * 10 + Int64(text[index] - 0x30); index += 1 }
            return try newInt(negative ? -magnitude : magnitude)
        }
        var bytes = [CChar](repeating: 0, count: count + 1)
        for offset in 0..<count { bytes[offset] = CChar(truncatingIfNeeded: text[start + offset]) }
        if isFloat { return Value(anyDouble: strtod(bytes, nil)) }
        let literal = String(cString: bytes)
        try checkIntDigitsToParse(literal, radix: 10)
        guard let value = BigInt(pythonLiteral: literal, radix: 10) else { throw raiseValueError("invalid literal for int() with base 10: '\(literal)'") }
        return try newInt(value)
    }
}
