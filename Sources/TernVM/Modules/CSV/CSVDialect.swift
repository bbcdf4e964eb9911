// _csv.Dialect: the checked, read-only set of formatting parameters readers and
// writers share, made from a registered name, any object with the attributes, and
// keyword arguments (which win), with CPython 3.11's checks and messages.

/// What `_csv` keeps between calls: its classes, registry and field size limit.
final class CSVModuleState {
    var errorType = 0, dialectType = 0, readerType = 0, writerType = 0
    var dialects = Value.null
    var fieldLimit = 131072
}

/// Items of a dialect's payload, in the order CPython reads the parameters.
enum CSVDialectField: Int, CaseIterable {
    case delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict

    var name: String { String(describing: self) }
}

enum CSVQuoting {
    static let minimal = 0, all = 1, nonnumeric = 2, none = 3
}

/// A dialect's parameters as the reader and writer use them; `notSet` stands for an absent character.
struct CSVDialect {
    static let notSet: UInt32 = 0xFFFF_FFFF
    let delimiter: UInt32, quotechar: UInt32, escapechar: UInt32
    let lineterminator: [UInt32]
    let quoting: Int
    let doublequote: Bool, skipinitialspace: Bool, strict: Bool
}

extension VM {
    func csvError(_ state: CSVModuleState, _ message: String) -> Raised { raise(state.errorType, message) }

    /// The dialect `source` (NULL, a registered name, a Dialect or any object) with `keywords` applied.
    func makeCSVDialect(_ state: CSVModuleState, _ source: Value, _ allKeywords: [(String, Value)], type: Int? = nil) throws(Raised) -> Value {
        let type = type ?? state.dialectType
        // The dialect itself may come as a keyword.
        var base = allKeywords.first(where: { $0.0 == "dialect" })?.1 ?? source
        let keywords = allKeywords.filter { $0.0 != "dialect" }
        for (name, _) in keywords where CSVDialectField.allCases.allSatisfy({ $0.name != name }) {
            throw raiseTypeError("'\(name)' is an invalid keyword argument for this function")
        }
        if !base.isNull && isStr(base) {
            base = try dictGet(DictView(state.dialects), base)
            if base.isNull { throw csvError(state, "unknown dialect") }
        }
        if keywords.isEmpty && type == state.dialectType && !base.isNull && typeID(of: base) == state.dialectType {
            return base
        }
        let mark = tempRootCount
        defer { tempRootCount = mark }
        if !base.isNull { pushRoot(base) }
        var given: [Value] = []
        for field in CSVDialectField.allCases {
            var value = keywords.first(where: { $0.0 == field.name })?.1 ?? .null
            if value.isNull && !base.isNull { value = try getAttributeOrNull(base, intern(field.name)) }
            if !value.isNull { pushRoot(value) }
            given.append(value)
        }
        var fields: [Value] = []
        func character(_ field: CSVDialectField, orNone: Bool, otherwise: String) throws(Raised) -> Value {
            let value = given[field.rawValue]
            if value.isNull { return try newStr(otherwise) }
            if value.isNone && orNone { return .none }
            guard isStr(builtinSelf(value)) else {
                throw raiseTypeError("\"\(field.name)\" must be string\(orNone ? " or None" : ""), not \(typeName(value))")
            }
            if StrView(builtinSelf(value)).count != 1 { throw raiseTypeError("\"\(field.name)\" must be a 1-character string") }
            return value
        }
        func flag(_ field: CSVDialectField, otherwise: Bool) throws(Raised) -> Value {
            given[field.rawValue].isNull ? Value(bool: otherwise) : Value(bool: try isTrue(given[field.rawValue]))
        }
        fields.append(try character(.delimiter, orNone: false, otherwise: ","))
        pushRoot(fields[0])
        fields.append(try flag(.doublequote, otherwise: true))
        fields.append(try character(.escapechar, orNone: true, otherwise: ""))
        if given[CSVDialectField.escapechar.rawValue].isNull { fields[2] = .none }
        let terminator = given[CSVDialectField.lineterminator.rawValue]
        if !terminator.isNull && !terminator.isNone && !isStr(builtinSelf(terminator)) {
            throw raiseTypeError("\"lineterminator\" must be a string")
        }
        fields.append(terminator.isNull ? try newStr("\r\n") : terminator)
        pushRoot(fields[3])
        fields.append(try character(.quotechar, orNone: true, otherwise: "\""))
        pushRoot(fields[4])
        let quoting = given[CSVDialectField.quoting.rawValue]
        var quotingNumber = CSVQuoting.minimal
        if !quoting.isNull {
            guard isInstance(quoting, typeID: TypeID.int), let small = smallIntValue(quoting) else {
                throw raiseTypeError("\"quoting\" must be an integer")
            }
            quotingNumber = Int(small)
        }
        fields.append(try flag(.skipinitialspace, otherwise: false))
        fields.append(try flag(.strict, otherwise: false))
        if quotingNumber < CSVQuoting.minimal || quotingNumber > CSVQuoting.none { throw raiseTypeError("bad \"quoting\" value") }
        if given[CSVDialectField.quotechar.rawValue].isNone && quoting.isNull { quotingNumber = CSVQuoting.none }
        if quotingNumber != CSVQuoting.none && fields[4].isNone { throw raiseTypeError("quotechar must be set if quoting enabled") }
        if fields[3].isNone { throw raiseTypeError("lineterminator must be set") }
        fields.insert(Value(int: quotingNumber), at: CSVDialectField.quoting.rawValue)
        return try newPayloadObject(type, fields)
    }

    /// The parameters of a Dialect object, for parsing and writing.
    func csvDialect(_ dialect: Value) -> CSVDialect {
        let fields = payloadFields(dialect)
        func character(_ field: CSVDialectField) -> UInt32 {
            fields[field.rawValue].isNone ? CSVDialect.notSet : StrView(builtinSelf(fields[field.rawValue]))[0]
        }
        return CSVDialect(delimiter: character(.delimiter), quotechar: character(.quotechar), escapechar: character(.escapechar),
                          lineterminator: StrView(builtinSelf(fields[CSVDialectField.lineterminator.rawValue])).scalars,
                          quoting: Int(fields[CSVDialectField.quoting.rawValue].int),
                          doublequote: fields[CSVDialectField.doublequote.rawValue] == .true,
                          skipinitialspace: fields[CSVDialectField.skipinitialspace.rawValue] == .true,
                          strict: fields[CSVDialectField.strict.rawValue] == .true)
    }

    /// The keyword arguments of a call, in order.
    func keywordPairs(_ arguments: Arguments) -> [(String, Value)] {
        (0..<arguments.keywordCount).map {
            (swiftString(TupleView(arguments.keywordNames)[$0]), arguments[arguments.positionalCount + $0])
        }
    }

    func installCSVDialectClass(_ module: Value, _ state: CSVModuleState) throws(Raised) {
        let id = try makeCSVClass(module, "Dialect", exportedAs: "Dialect")
        state.dialectType = id
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            if arguments.positionalCount > 2 {
                throw vm.raiseTypeError("Dialect() takes at most 1 positional argument (\(arguments.positionalCount - 1) given)")
            }
            return try vm.makeCSVDialect(state, arguments.positionalCount > 1 ? arguments[1] : .null, vm.keywordPairs(arguments),
                                         type: TypeView(arguments[0]).ownTypeID)
        }
        for field in CSVDialectField.allCases {
            defineGetter(id, field.name) { vm, object throws(Raised) in vm.payloadFields(object)[field.rawValue] }
            // Read-only as CPython's member descriptors are, with their message.
            let property = ObjectRef(dictGetStr(TypeView(types[id].object).dict, intern(field.name)))
            let refusal = newNative(field.name, receiverType: id) { vm, arguments throws(Raised) in
                throw vm.raise(vm.exceptionTypes.attributeError, "attribute '\(field.name)' of '_csv.Dialect' objects is not writable")
            }
            property[PropertyLayout.setter] = refusal
            property[PropertyLayout.deleter] = refusal
        }
    }
}
