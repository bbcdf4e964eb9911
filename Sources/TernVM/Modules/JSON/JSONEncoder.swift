// _json's encoder (c_make_encoder): Python values to one JSON text, in one Swift
// buffer. json.encoder uses it for one-shot encoding without indent, as CPython does.
// In CPython: containers and default() results are checked against `markers` by
// identity before they are entered ("Circular reference detected"); this encoder
// keeps those identities in a Swift set for the call instead of in the markers dict,
// which nothing else reads while it runs.
//
// Collections: default(), a custom string encoder, items() of a dict subclass and
// iteration of a list or tuple subclass are Python calls; the lists and objects they
// return sit on the temporary root stack while they are encoded. Everything else is
// reachable from the object passed in.

/// Items of an encoder's payload, in make_encoder's argument order.
enum JSONEncoderField {
    static let markers = 0, defaultFunction = 1, encoder = 2, indent = 3, keySeparator = 4, itemSeparator = 5
    static let sortKeys = 6, skipKeys = 7, allowNaN = 8
    static let count = 9
    static let names = ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"]
}

/// How an encoder writes strings: through its `encoder` callable, or natively when that is
/// one of _json's own escapers.
enum JSONStringStyle {
    case callable, plain, ascii
}

/// One call of an encoder: its settings, read once, and the containers being written.
struct JSONEncoding {
    let defaultFunction: Value, encoder: Value
    let style: JSONStringStyle
    let keySeparator: StrView, itemSeparator: StrView
    let checkCircular: Bool, sortKeys: Bool, skipKeys: Bool, allowNaN: Bool
    var entered: Set<UInt64> = []
    var output = JSONText(reservingCapacity: 256)
}

extension VM {
    /// encoder(obj, _current_indent_level): the JSON text of `value`, as a one-item list.
    func encodeJSON(_ encoderObject: Value, _ value: Value, _ state: JSONModuleState) throws(Raised) -> Value {
        let fields = payloadFields(encoderObject)
        let stringEncoder = fields[JSONEncoderField.encoder]
        let style: JSONStringStyle = stringEncoder == state.encodeBasestringASCII ? .ascii
            : stringEncoder == state.encodeBasestring ? .plain : .callable
        var encoding = JSONEncoding(defaultFunction: fields[JSONEncoderField.defaultFunction], encoder: stringEncoder, style: style,
                                    keySeparator: StrView(builtinSelf(fields[JSONEncoderField.keySeparator])),
                                    itemSeparator: StrView(builtinSelf(fields[JSONEncoderField.itemSeparator])),
                                    checkCircular: !fields[JSONEncoderField.markers].isNone,
                                    sortKeys: fields[JSONEncoderField.sortKeys] == .true, skipKeys: fields[JSONEncoderField.skipKeys] == .true,
                                    allowNaN: fields[JSONEncoderField.allowNaN] == .true)
        try encodeJSONValue(&encoding, value)
        let text = try newStr(encoding.output)
        return try withRoots(text) { () throws(Raised) in try newList([text]) }
    }

    /// Writes one value, checked in CPython's order: constants, str, int, float, list or tuple,
    /// dict, and anything else through default().
    func encodeJSONValue(_ encoding: inout JSONEncoding, _ value: Value) throws(Raised) {
        if value.isNone { encoding.output.appendLiteral("null"); return }
        if value == .true { encoding.output.appendLiteral("true"); return }
        if value == .false { encoding.output.appendLiteral("false"); return }
        if value.isInt { encoding.output.appendDecimal(value.int); return }
        if value.isFloat { try appendJSONFloat(&encoding, value.double); return }
        switch ObjectRef(value).kind {
        case .str: try appendJSONStr(&encoding, value); return
        case .bigInt: encoding.output.appendASCII(try checkIntDigitsToWrite(bigIntValue(value))); return
        case .list, .tuple: try encodeJSONNested(&encoding, value, list: true); return
        case .dict: try encodeJSONNested(&encoding, value, list: false); return
        default: break
        }
        if isInstance(value, typeID: TypeID.str) { try appendJSONStr(&encoding, value); return }
        if isInstance(value, typeID: TypeID.int) {
            // In CPython: int's own repr, whatever the subclass's __repr__ says.
            let number = builtinSelf(value)
            if number.isInt { encoding.output.appendDecimal(number.int) } else { encoding.output.appendASCII(try checkIntDigitsToWrite(bigIntValue(number))) }
            return
        }
        if isInstance(value, typeID: TypeID.float) { try appendJSONFloat(&encoding, builtinSelf(value).double); return }
        try encodeJSONDefault(&encoding, value)
    }

    /// An object json cannot write itself: default(value) written in its place.
    private func encodeJSONDefault(_ encoding: inout JSONEncoding, _ value: Value) throws(Raised) {
        try enterJSONContainer(&encoding, value)
        let replacement = try call(encoding.defaultFunction, value)
        try withRoots(replacement) { () throws(Raised) in
            try withJSONRecursionCheck { () throws(Raised) in try encodeJSONValue(&encoding, replacement) }
        }
        encoding.entered.remove(value.bits)
    }

    /// The circular-reference check CPython makes before entering a container or calling default().
    private func enterJSONContainer(_ encoding: inout JSONEncoding, _ value: Value) throws(Raised) {
        guard encoding.checkCircular else { return }
        if !encoding.entered.insert(value.bits).inserted { throw raiseValueError("Circular reference detected") }
    }

    /// Runs `body` one level deeper, with the interpreter's recursion limit counted as CPython counts it.
    @inline(__always)
    private func withJSONRecursionCheck(_ body: () throws(Raised) -> Void) throws(Raised) {
        try enterNativeRecursion(" while encoding a JSON object")
        defer { nativeDepth -= 1 }
        try body()
    }

    private func encodeJSONNested(_ encoding: inout JSONEncoding, _ value: Value, list: Bool) throws(Raised) {
        let mark = tempRootCount
        defer { tempRootCount = mark }
        // default() or a string encoder may take the container out of its parent while it is written.
        pushRoot(value)
        try withJSONRecursionCheck { () throws(Raised) in
            if list { try encodeJSONList(&encoding, value) } else { try encodeJSONDict(&encoding, value) }
        }
    }

    private func encodeJSONList(_ encoding: inout JSONEncoding, _ value: Value) throws(Raised) {
        // In CPython: a subclass of list or tuple is written as list(value) makes it, through its __iter__.
        let id = typeID(of: value)
        let items: Value
        if id == TypeID.list || id == TypeID.tuple {
            items = value
        } else {
            items = try listFrom(value)
            pushRoot(items)
        }
        let isList = ObjectRef(items).kind == .list
        func count() -> Int { isList ? ListView(items).count : TupleView(items).count }
        if count() == 0 { encoding.output.appendLiteral("[]"); return }
        try enterJSONContainer(&encoding, value)
        encoding.output.appendASCII(0x5B)
        var index = 0
        // The count is read again each time: default() may change the list.
        while index < count() {
            if index > 0 { encoding.output.append(encoding.itemSeparator) }
            try encodeJSONValue(&encoding, isList ? ListView(items)[index] : TupleView(items)[index])
            index += 1
        }
        encoding.entered.remove(value.bits)
        encoding.output.appendASCII(0x5D)
    }

    private func encodeJSONDict(_ encoding: inout JSONEncoding, _ value: Value) throws(Raised) {
        let dict = DictView(value)
        if dict.count == 0 { encoding.output.appendLiteral("{}"); return }
        try enterJSONContainer(&encoding, value)
        encoding.output.appendASCII(0x7B)
        var first = true
        if encoding.sortKeys || typeID(of: value) != TypeID.dict {
            let items = try jsonDictItems(value)
            pushRoot(items)
            if encoding.sortKeys { try sortList(ListView(items), key: .null, reverse: .null) }
            var index = 0
            while index < ListView(items).count {
                let item = ListView(items)[index]
                guard isInstance(item, typeID: TypeID.tuple) && TupleView(item).count == 2 else {
                    throw raiseValueError("items must return 2-tuples")
                }
                try encodeJSONMember(&encoding, TupleView(item)[0], TupleView(item)[1], first: &first)
                index += 1
            }
        } else {
            // In CPython 3.11: the members as they were when the dict was entered (default() may
            // change it meanwhile), taken here as one flat list of keys and values, not pairs.
            let members = try newList(capacity: dict.count * 2)
            try dictForEach(dict) { (key, item) throws(Raised) in
                try listAppend(members, key)
                try listAppend(members, item)
            }
            pushRoot(members.ref.value)
            for index in stride(from: 0, to: members.count, by: 2) {
                try encodeJSONMember(&encoding, members[index], members[index + 1], first: &first)
            }
        }
        encoding.entered.remove(value.bits)
        encoding.output.appendASCII(0x7D)
    }

    /// In CPython (PyMapping_Items): a dict's (key, value) pairs, or list(value.items()) for a subclass.
    private func jsonDictItems(_ value: Value) throws(Raised) -> Value {
        if typeID(of: value) == TypeID.dict {
            let dict = DictView(value)
            let list = try newList(capacity: dict.count)
            try withRoots(list.ref.value) { () throws(Raised) in
                try dictForEach(dict) { (key, item) throws(Raised) in try listAppend(list, try newTuple(key, item)) }
            }
            return list.ref.value
        }
        let items = try call(try getAttribute(value, intern("items")))
        return try withRoots(items) { () throws(Raised) in
            do throws(Raised) {
                return try listFrom(items)
            } catch {
                if !exceptionMatches(raisedException, exceptionTypes.typeError) { throw error }
                throw raiseTypeError("\(typeName(value)).items() returned a non-iterable (type \(typeName(items)))")
            }
        }
    }

    /// One `key: value` of an object. Keys that are not strings are written as their JSON text
    /// in quotes; keys of other types are skipped with skipkeys, else a TypeError.
    private func encodeJSONMember(_ encoding: inout JSONEncoding, _ key: Value, _ value: Value, first: inout Bool) throws(Raised) {
        var keyText: String? = nil
        if isStr(key) || isInstance(key, typeID: TypeID.str) {
            keyText = nil
        } else if key.isFloat || isInstance(key, typeID: TypeID.float) {
            keyText = try jsonFloatText(builtinSelf(key).double, allowNaN: encoding.allowNaN)
        } else if key == .true || key == .false || key.isNone {
            keyText = key.isNone ? "null" : (key == .true ? "true" : "false")
        } else if isIntLike(key) || isInstance(key, typeID: TypeID.int) {
            let number = builtinSelf(key)
            if number.isInt { keyText = String(number.int) } else { keyText = try checkIntDigitsToWrite(bigIntValue(number)) }
        } else if encoding.skipKeys {
            return
        } else {
            throw raiseTypeError("keys must be str, int, float, bool or None, not \(typeName(key))")
        }
        if first { first = false } else { encoding.output.append(encoding.itemSeparator) }
        if encoding.style == .callable {
            var encodedKey = key
            if let keyText { encodedKey = try newStr(keyText) }
            // The key's encoder is Python code, which may drop the value from its container.
            try withRoots(value) { () throws(Raised) in try appendJSONStr(&encoding, encodedKey) }
        } else if let keyText {
            encoding.output.appendASCII(0x22)
            encoding.output.appendASCII(keyText)
            encoding.output.appendASCII(0x22)
        } else {
            try appendJSONStr(&encoding, key)
        }
        encoding.output.append(encoding.keySeparator)
        try encodeJSONValue(&encoding, value)
    }

    /// A str (or an instance of a subclass) as the encoder's string style writes it.
    private func appendJSONStr(_ encoding: inout JSONEncoding, _ value: Value) throws(Raised) {
        switch encoding.style {
        case .plain: appendJSONString(&encoding.output, StrView(builtinSelf(value)), asciiOnly: false)
        case .ascii: appendJSONString(&encoding.output, StrView(builtinSelf(value)), asciiOnly: true)
        case .callable:
            let encoded = try call(encoding.encoder, value)
            guard isStr(encoded) || isInstance(encoded, typeID: TypeID.str) else {
                throw raiseTypeError("encoder() must return a string, not \(typeName(encoded))")
            }
            encoding.output.append(StrView(builtinSelf(encoded)))
        }
    }

    private func appendJSONFloat(_ encoding: inout JSONEncoding, _ number: Double) throws(Raised) {
        encoding.output.appendASCII(try jsonFloatText(number, allowNaN: encoding.allowNaN))
    }

    /// float.__repr__, or JavaScript's names for the values JSON lacks when allow_nan permits them.
    private func jsonFloatText(_ number: Double, allowNaN: Bool) throws(Raised) -> String {
        if number.isFinite { return pythonFloatRepr(number) }
        if !allowNaN { throw raiseValueError("Out of range float values are not JSON compliant") }
        return number.isNaN ? "NaN" : (number > 0 ? "Infinity" : "-Infinity")
    }
}
