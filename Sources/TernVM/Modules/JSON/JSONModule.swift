// The _json module under CPython's json package: scanstring, encode_basestring,
// encode_basestring_ascii, and the Scanner and Encoder classes json knows as
// make_scanner and make_encoder, with CPython 3.11's arguments and messages.

/// What _json keeps between calls: its classes and its own escapers, which an encoder
/// recognises to write strings without calling them.
final class JSONModuleState {
    var scannerType = 0, encoderType = 0
    var encodeBasestring = Value.null, encodeBasestringASCII = Value.null
}

extension VM {
    func installJSONModule(_ module: Value) throws(Raised) {
        let state = JSONModuleState()
        try setModuleAttribute(module, "__doc__", try newStr("json speedups\n"))
        try defineModuleFunction(module, "scanstring") { vm, arguments throws(Raised) in
            if arguments.keywordCount > 0 { throw vm.raiseTypeError("scanstring() takes no keyword arguments") }
            try vm.expectArguments(arguments, "scanstring", min: 2, max: 3)
            let end = try vm.ssizeArgument(arguments[1])
            var strict = true
            if arguments.count > 2 {
                strict = try vm.cIntValue(arguments[2]) { "'\(vm.typeName(arguments[2]))' object cannot be interpreted as an integer" } != 0
            }
            let document = try vm.jsonDocument(arguments[0])
            let (text, next) = try vm.scanJSONString(document, StrView(vm.builtinSelf(document)), end, strict: strict)
            return try vm.withRoots(text) { () throws(Raised) in try vm.newTuple(text, Value(int: next)) }
        }
        for (name, asciiOnly) in [("encode_basestring", false), ("encode_basestring_ascii", true)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                let str = StrView(vm.builtinSelf(try vm.jsonDocument(arguments[0])))
                var output = JSONText(reservingCapacity: str.count + 2)
                appendJSONString(&output, str, asciiOnly: asciiOnly)
                return try vm.newStr(output)
            }
            let function = dictGetStr(DictView(ObjectRef(module)[ModuleLayout.dict]), intern(name))
            permanentRoots.append(function)
            if asciiOnly { state.encodeBasestringASCII = function } else { state.encodeBasestring = function }
        }
        try installJSONScanner(module, state)
        try installJSONEncoder(module, state)
    }

    /// The str argument of _json's functions, with CPython's message for anything else.
    private func jsonDocument(_ value: Value) throws(Raised) -> Value {
        guard isStr(value) || isInstance(value, typeID: TypeID.str) else {
            throw raiseTypeError("first argument must be a string, not \(typeName(value))")
        }
        return value
    }

    /// A class of _json, named in the module as `exportedAs`.
    private func makeJSONClass(_ module: Value, _ name: String, exportedAs: String, doc: String) throws(Raised) -> Int {
        let id = makeBuiltinClass(name: name, base: TypeID.object, layout: .instance)
        try dictSet(TypeView(types[id].object).dict, names.module, intern("_json"))
        try dictSet(TypeView(types[id].object).dict, names.doc, try newStr(doc))
        TypeLookupCache.invalidate()
        try setModuleAttribute(module, exportedAs, typeObject(id))
        return id
    }

    private func installJSONScanner(_ module: Value, _ state: JSONModuleState) throws(Raised) {
        let id = try makeJSONClass(module, "Scanner", exportedAs: "make_scanner", doc: "JSON scanner object")
        state.scannerType = id
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            let context = try vm.bindNativeArguments(arguments, "make_scanner", ["context"], required: 1, skip: 1)[0]
            let mark = vm.tempRootCount
            defer { vm.tempRootCount = mark }
            var fields: [Value] = []
            // In CPython: read in this order, strict first and made a bool at once.
            for name in ["strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"] {
                var value = try vm.getAttribute(context, vm.intern(name))
                if fields.isEmpty { value = Value(bool: try vm.isTrue(value)) }
                vm.pushRoot(value)
                fields.append(value)
            }
            return try vm.newPayloadObject(TypeView(arguments[0]).ownTypeID, fields)
        }
        defineMethod(id, "__call__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "scan_once", ["string", "idx"], required: 2, skip: 1)
            let index = try vm.ssizeArgument(bound[1])
            return try vm.scanJSON(arguments[0], try vm.jsonDocument(bound[0]), index)
        }
        for (index, name) in ["strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"].enumerated() {
            defineGetter(id, name) { vm, object throws(Raised) in vm.payloadFields(object)[index] }
        }
    }

    private func installJSONEncoder(_ module: Value, _ state: JSONModuleState) throws(Raised) {
        let id = try makeJSONClass(module, "Encoder", exportedAs: "make_encoder", doc: "_iterencode(obj, _current_indent_level) -> iterable")
        state.encoderType = id
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            var fields = try vm.bindNativeArguments(arguments, "make_encoder", JSONEncoderField.names, required: JSONEncoderField.count, skip: 1)
            for field in [JSONEncoderField.keySeparator, JSONEncoderField.itemSeparator] {
                guard vm.isStr(fields[field]) || vm.isInstance(fields[field], typeID: TypeID.str) else {
                    throw vm.raiseTypeError("make_encoder() argument \(field + 1) must be str, not \(vm.typeName(fields[field]))")
                }
            }
            for field in [JSONEncoderField.sortKeys, JSONEncoderField.skipKeys, JSONEncoderField.allowNaN] {
                fields[field] = Value(bool: try vm.isTrue(fields[field]))
            }
            let markers = fields[JSONEncoderField.markers]
            guard markers.isNone || vm.isInstance(markers, typeID: TypeID.dict) else {
                throw vm.raiseTypeError("make_encoder() argument 1 must be dict or None, not \(vm.typeName(markers))")
            }
            return try vm.newPayloadObject(TypeView(arguments[0]).ownTypeID, fields)
        }
        defineMethod(id, "__call__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "_iterencode", ["obj", "_current_indent_level"], required: 2, skip: 1)
            _ = try vm.ssizeArgument(bound[1])
            return try vm.encodeJSON(arguments[0], bound[0], state)
        }
        // allow_nan is kept but, as in CPython, not readable.
        for (index, name) in JSONEncoderField.names.enumerated() where index != JSONEncoderField.allowNaN {
            defineGetter(id, name) { vm, object throws(Raised) in vm.payloadFields(object)[index] }
        }
    }
}
