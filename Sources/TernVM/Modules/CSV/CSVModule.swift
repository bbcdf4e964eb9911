// The _csv module under CPython's csv.py: reader and writer objects over
// CSVParser and CSVDialect, the dialect registry, field_size_limit and the QUOTE_*
// constants, with CPython 3.11's messages.

/// Items of a reader's payload.
private enum CSVReaderField {
    static let input = 0, dialect = 1, lineNumber = 2
}

/// Items of a writer's payload.
private enum CSVWriterField {
    static let write = 0, dialect = 1
}

extension VM {
    func installCSVModule(_ module: Value) throws(Raised) {
        let state = CSVModuleState()
        try setModuleAttribute(module, "__doc__", try newStr("CSV parsing and writing."))
        try setModuleAttribute(module, "__version__", try newStr("1.0"))
        for (name, value) in [("QUOTE_MINIMAL", CSVQuoting.minimal), ("QUOTE_ALL", CSVQuoting.all),
                              ("QUOTE_NONNUMERIC", CSVQuoting.nonnumeric), ("QUOTE_NONE", CSVQuoting.none)] {
            try setModuleAttribute(module, name, Value(int: value))
        }
        let error = makeBuiltinClass(name: "Error", base: exceptionTypes.exception, layout: .exception, flags: [.heapType])
        try dictSet(TypeView(types[error].object).dict, names.module, intern("_csv"))
        state.errorType = error
        try setModuleAttribute(module, "Error", typeObject(error))
        state.dialects = try newDict().ref.value
        permanentRoots.append(state.dialects)
        try setModuleAttribute(module, "_dialects", state.dialects)
        try installCSVDialectClass(module, state)
        try installCSVRegistry(module, state)
        try installCSVReader(module, state)
        try installCSVWriter(module, state)
        // None of them can be copied or pickled.
        for (id, message) in [(state.dialectType, "cannot pickle 'Dialect' instances"), (state.readerType, "cannot pickle '_csv.reader' object"),
                              (state.writerType, "cannot pickle '_csv.writer' object")] {
            for method in ["__reduce__", "__reduce_ex__"] {
                defineMethod(id, method) { vm, arguments throws(Raised) in throw vm.raiseTypeError(message) }
            }
        }
    }

    private func installCSVRegistry(_ module: Value, _ state: CSVModuleState) throws(Raised) {
        try defineModuleFunction(module, "register_dialect") { vm, arguments throws(Raised) in
            try vm.expectPositional(arguments, 1...2)
            guard vm.isStr(vm.builtinSelf(arguments[0])) else { throw vm.raiseTypeError("dialect name must be a string") }
            let dialect = try vm.makeCSVDialect(state, arguments.positionalCount > 1 ? arguments[1] : .null, vm.keywordPairs(arguments))
            try vm.withRoots(dialect) { () throws(Raised) in try vm.dictSet(DictView(state.dialects), arguments[0], dialect) }
            return .none
        }
        try defineModuleFunction(module, "unregister_dialect") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "unregister_dialect", ["name"], required: 1)
            if try vm.dictRemove(DictView(state.dialects), bound[0]).isNull { throw vm.csvError(state, "unknown dialect") }
            return .none
        }
        try defineModuleFunction(module, "get_dialect") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "get_dialect", ["name"], required: 1)
            let dialect = try vm.dictGet(DictView(state.dialects), bound[0])
            if dialect.isNull { throw vm.csvError(state, "unknown dialect") }
            return dialect
        }
        try defineModuleFunction(module, "list_dialects") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "list_dialects", min: 0, max: 0)
            return try vm.listFrom(state.dialects)
        }
        try defineModuleFunction(module, "field_size_limit") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "field_size_limit", ["new_limit"], required: 0)
            let old = state.fieldLimit
            if !bound[0].isNull {
                guard vm.isInstance(bound[0], typeID: TypeID.int) else { throw vm.raiseTypeError("limit must be an integer") }
                guard let limit = vm.smallIntValue(bound[0]) else {
                    throw vm.raise(vm.exceptionTypes.overflowError, "Python int too large to convert to C long")
                }
                state.fieldLimit = Int(limit)
            }
            return Value(int: old)
        }
    }

    /// CPython's check of reader/writer/register_dialect positional arguments (their message names no function).
    private func expectPositional(_ arguments: Arguments, _ range: ClosedRange<Int>) throws(Raised) {
        let count = arguments.positionalCount
        if count < range.lowerBound {
            throw raiseTypeError(" expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(count)")
        }
        if count > range.upperBound { throw raiseTypeError(" expected at most \(range.upperBound) arguments, got \(count)") }
    }

    /// A class of _csv, named in the module as `exportedAs`.
    func makeCSVClass(_ module: Value, _ name: String, exportedAs: String) throws(Raised) -> Int {
        let id = makeBuiltinClass(name: name, base: TypeID.object, layout: .instance)
        try dictSet(TypeView(types[id].object).dict, names.module, intern("_csv"))
        TypeLookupCache.invalidate()
        try setModuleAttribute(module, exportedAs, typeObject(id))
        return id
    }

    /// A reader or writer: its source or sink, the dialect its arguments make, then `extra`.
    private func newCSVObject(_ id: Int, _ first: Value, _ arguments: Arguments, _ state: CSVModuleState,
                              extra: [Value] = []) throws(Raised) -> Value {
        try withRoots(first) { () throws(Raised) in
            let dialect = try makeCSVDialect(state, arguments.positionalCount > 1 ? arguments[1] : .null, keywordPairs(arguments))
            return try withRoots(dialect) { () throws(Raised) in try newPayloadObject(id, [first, dialect] + extra) }
        }
    }

    private func installCSVReader(_ module: Value, _ state: CSVModuleState) throws(Raised) {
        let id = try makeCSVClass(module, "reader", exportedAs: "Reader")
        state.readerType = id
        try defineModuleFunction(module, "reader") { vm, arguments throws(Raised) in
            try vm.expectPositional(arguments, 1...2)
            return try vm.newCSVObject(id, vm.getIterator(arguments[0]), arguments, state, extra: [Value(int: 0)])
        }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in arguments[0] }
        defineMethod(id, "__next__") { vm, arguments throws(Raised) in
            try vm.csvNextRecord(arguments[0], state)
        }
        defineGetter(id, "dialect") { vm, object throws(Raised) in vm.payloadFields(object)[CSVReaderField.dialect] }
        defineGetter(id, "line_num") { vm, object throws(Raised) in vm.payloadFields(object)[CSVReaderField.lineNumber] }
    }

    /// The reader's next record: the fields of as many lines as it spans.
    private func csvNextRecord(_ reader: Value, _ state: CSVModuleState) throws(Raised) -> Value {
        let payload = payloadFields(reader)
        var parser = CSVParser(dialect: csvDialect(payload[CSVReaderField.dialect]), fieldLimit: state.fieldLimit)
        repeat {
            let line = try iteratorNext(payload[CSVReaderField.input])
            if line.isNull {
                if !parser.field.isEmpty || parser.state == .inQuotedField {
                    if parser.dialect.strict { throw csvError(state, "unexpected end of data") }
                    parser.saveField()
                    break
                }
                throw raise(exception: try newException(exceptionTypes.stopIteration, message: nil))
            }
            guard isStr(builtinSelf(line)) else {
                throw csvError(state, "iterator should return strings, not \(typeName(line)) (the file should be opened in text mode)")
            }
            payload[CSVReaderField.lineNumber] = Value(int: Int(payload[CSVReaderField.lineNumber].int) + 1)
            if let message = parser.feed(StrView(builtinSelf(line))) { throw csvError(state, message) }
        } while parser.state != .startRecord
        let record = try newList(capacity: parser.fields.count)
        return try withRoots(record.ref.value) { () throws(Raised) in
            for field in parser.fields {
                var value = try newStr(scalars: field.text)
                if field.numeric { value = try withRoots(value) { () throws(Raised) in try call(typeObject(TypeID.float), value) } }
                try listAppend(record, value)
            }
            return record.ref.value
        }
    }

    private func installCSVWriter(_ module: Value, _ state: CSVModuleState) throws(Raised) {
        let id = try makeCSVClass(module, "writer", exportedAs: "Writer")
        state.writerType = id
        try defineModuleFunction(module, "writer") { vm, arguments throws(Raised) in
            try vm.expectPositional(arguments, 1...2)
            let write = try vm.getAttributeOrNull(arguments[0], vm.intern("write"))
            guard !write.isNull, vm.isCallable(write) else { throw vm.raiseTypeError("argument 1 must have a \"write\" method") }
            return try vm.newCSVObject(id, write, arguments, state)
        }
        defineMethod(id, "writerow", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.csvWriteRow(arguments[0], arguments[1], state)
        }
        defineMethod(id, "writerows", arguments: 1...1) { vm, arguments throws(Raised) in
            let rows = try vm.getIterator(arguments[1])
            try vm.withRoots(rows) { () throws(Raised) in
                while true {
                    let row = try vm.iteratorNext(rows)
                    if row.isNull { break }
                    _ = try vm.withRoots(row) { () throws(Raised) in try vm.csvWriteRow(arguments[0], row, state) }
                }
            }
            return .none
        }
        defineGetter(id, "dialect") { vm, object throws(Raised) in vm.payloadFields(object)[CSVWriterField.dialect] }
    }

    /// writerow(row): the row's fields joined and quoted as the dialect says, passed to write().
    private func csvWriteRow(_ writer: Value, _ row: Value, _ state: CSVModuleState) throws(Raised) -> Value {
        let payload = payloadFields(writer)
        let dialect = csvDialect(payload[CSVWriterField.dialect])
        let iterator: Value
        do throws(Raised) {
            iterator = try getIterator(row)
        } catch {
            if isInstance(raisedException, typeID: exceptionTypes.typeError) {
                throw csvError(state, "iterable expected, not \(typeName(row))")
            }
            throw error
        }
        var record: [UInt32] = []
        var count = 0
        try withRoots(iterator) { () throws(Raised) in
            while true {
                let field = try iteratorNext(iterator)
                if field.isNull { break }
                var quoted = dialect.quoting == CSVQuoting.all
                if dialect.quoting == CSVQuoting.nonnumeric { quoted = !isNumber(field) }
                let text: [UInt32]
                if field.isNone { text = [] } else if isStr(builtinSelf(field)) { text = StrView(builtinSelf(field)).scalars } else {
                    text = StrView(builtinSelf(try str(field))).scalars
                }
                try appendCSVField(&record, text, quoted: quoted, first: count == 0, dialect, state)
                count += 1
            }
        }
        if count > 0 && record.isEmpty {
            if dialect.quoting == CSVQuoting.none { throw csvError(state, "single empty field record must be quoted") }
            try appendCSVField(&record, [], quoted: true, first: true, dialect, state)
        }
        record += dialect.lineterminator
        let line = try newStr(scalars: record)
        return try withRoots(line) { () throws(Raised) in try call(payload[CSVWriterField.write], line) }
    }

    /// Whether CPython's writer counts `value` a number (it has __index__, __int__, __float__ or is complex).
    private func isNumber(_ value: Value) -> Bool {
        let id = typeID(of: value)
        return ["__index__", "__int__", "__float__", "__complex__"].contains { !lookupInType(id, intern($0)).isNull }
    }

    /// One field, after a delimiter unless `first`: quoted when asked or when it holds special
    /// characters, special characters escaped where quoting cannot serve.
    private func appendCSVField(_ record: inout [UInt32], _ text: [UInt32], quoted: Bool, first: Bool,
                                _ dialect: CSVDialect, _ state: CSVModuleState) throws(Raised) {
        var quoted = quoted
        var body: [UInt32] = []
        for c in text {
            if c == dialect.delimiter || c == dialect.escapechar || c == dialect.quotechar || dialect.lineterminator.contains(c) {
                var escape = false
                if dialect.quoting == CSVQuoting.none {
                    escape = true
                } else {
                    if c == dialect.quotechar {
                        if dialect.doublequote { body.append(c) } else { escape = true }
                    } else if c == dialect.escapechar {
                        escape = true
                    }
                    if !escape { quoted = true }
                }
                if escape {
                    if dialect.escapechar == CSVDialect.notSet { throw csvError(state, "need to escape, but no escapechar set") }
                    body.append(dialect.escapechar)
                }
            }
            body.append(c)
        }
        if !first { record.append(dialect.delimiter) }
        if quoted { record.append(dialect.quotechar) }
        record += body
        if quoted { record.append(dialect.quotechar) }
    }
}
