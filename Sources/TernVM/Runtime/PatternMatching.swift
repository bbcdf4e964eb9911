// The runtime side of the match statement: MATCH_SEQUENCE, MATCH_MAPPING,
// MATCH_KEYS and MATCH_CLASS (CPython 3.11's ceval.c match_keys/match_class).
//
// In CPython a type is a sequence or a mapping for patterns when it carries
// Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING, set on the builtin types and
// inherited by subclasses (collections.abc registration sets them too). Tern
// has no collections.abc; the flags are TypeFlags set on list, tuple, range
// and dict, and on a class whose body sets `__abc_tpflags__` as CPython's
// collections.abc classes do. A class takes the first one found along its MRO.

import TernCompiler

/// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING bits, as `__abc_tpflags__` holds them.
enum PatternCollectionBits {
    static let sequence: Int64 = 1 << 5
    static let mapping: Int64 = 1 << 6
}

extension VM {
    /// Runs MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS or MATCH_CLASS on the value
    /// stack whose top is below `sp` (for the interpreter and for traces, which leave them
    /// to the runtime); returns the new top.
    func runPatternInstruction(_ opcode: Opcode, _ argument: Int,
                               _ sp: UnsafeMutablePointer<Value>) throws(Raised) -> UnsafeMutablePointer<Value> {
        switch opcode {
        case .matchSequence:
            sp.pointee = Value(bool: isSequenceForPatterns(sp[-1]))
        case .matchMapping:
            sp.pointee = Value(bool: isMappingForPatterns(sp[-1]))
        case .getLen:
            sp.pointee = Value(int: try length(of: sp[-1]))
        case .matchKeys:
            sp.pointee = try matchKeys(sp[-2], sp[-1])
        case .matchClass:
            sp[-3] = try matchClass(sp[-3], sp[-2], positionalCount: argument, keywordNames: sp[-1])
            return sp - 2
        default:
            preconditionFailure("\(opcode.name) is not a pattern-matching instruction")
        }
        return sp + 1
    }

    /// Whether a subject is matched by sequence patterns.
    func isSequenceForPatterns(_ subject: Value) -> Bool {
        patternCollectionFlags(typeID(of: subject)) == .patternSequence
    }

    /// Whether a subject is matched by mapping patterns.
    func isMappingForPatterns(_ subject: Value) -> Bool {
        patternCollectionFlags(typeID(of: subject)) == .patternMapping
    }

    /// The sequence or mapping flag of the first type along the MRO that has one, or [].
    private func patternCollectionFlags(_ id: Int) -> TypeFlags {
        let both: TypeFlags = [.patternSequence, .patternMapping]
        let own = types[id].flags.intersection(both)
        if !own.isEmpty || !types[id].flags.contains(.heapType) { return own }
        let mro = TypeView(types[id].object).mro
        for index in 1..<max(mro.count, 1) {
            let flags = types[TypeView(mro[index]).ownTypeID].flags.intersection(both)
            if !flags.isEmpty { return flags }
        }
        return []
    }

    /// The flags a new class takes from `__abc_tpflags__` in its namespace.
    func patternCollectionFlags(abcFlags: Value) -> TypeFlags {
        guard abcFlags.isInt else { return [] }
        if abcFlags.int & PatternCollectionBits.sequence != 0 { return .patternSequence }
        if abcFlags.int & PatternCollectionBits.mapping != 0 { return .patternMapping }
        return []
    }

    /// MATCH_KEYS: the tuple of the subject's values for `keys` (a tuple), or None when
    /// one is missing. Like CPython it asks `subject.get(key, sentinel)`, so a dict
    /// subclass's __missing__ is not called; a key repeated at run time is a ValueError.
    func matchKeys(_ subject: Value, _ keys: Value) throws(Raised) -> Value {
        let keyCount = TupleView(keys).count
        if keyCount == 0 { return emptyTuple }
        let values = try allocateTuple(count: keyCount)
        for index in 0..<keyCount { values[index] = .none }
        return try withRoots(values.ref.value) { () throws(Raised) -> Value in
            let getName = names.getMethod
            let usesDictGet = subject.isObject && ObjectRef(subject).kind == .dict
                && lookupInType(typeID(of: subject), getName) == lookupInType(TypeID.dict, getName)
            var get = Value.null, sentinel = Value.null
            if !usesDictGet {
                get = try getAttribute(subject, getName)
                pushRoot(get)
                sentinel = try call(typeObject(TypeID.object))
                pushRoot(sentinel)
            }
            for index in 0..<keyCount {
                let key = TupleView(keys)[index]
                _ = try hashValue(key)
                for earlier in 0..<index {
                    if try isEqual(TupleView(keys)[earlier], key) {
                        throw raiseValueError("mapping pattern checks duplicate key (\(swiftString(try repr(key))))")
                    }
                }
                let value: Value
                if usesDictGet {
                    value = try dictGet(DictView(subject), key)
                    if value.isNull { return .none }
                } else {
                    value = try call(get, key, sentinel)
                    if value == sentinel { return .none }
                }
                values[index] = value
            }
            return values.ref.value
        }
    }

    /// MATCH_CLASS: if `subject` is an instance of `type`, the tuple of the attributes the
    /// sub-patterns match: `positionalCount` named by `type.__match_args__` (or the subject
    /// itself for the builtin types that match themselves), then those named in
    /// `keywordNames`. None when it is not an instance or lacks one of the attributes.
    func matchClass(_ subject: Value, _ type: Value, positionalCount: Int, keywordNames: Value) throws(Raised) -> Value {
        guard isType(type) else { throw raiseTypeError("called match pattern must be a type") }
        if !(try isInstanceCheck(subject, type)) { return .none }
        let typeName = swiftString(TypeView(type).name)
        let keywordCount = TupleView(keywordNames).count
        let attributes = try allocateTuple(count: positionalCount + keywordCount)
        for index in 0..<(positionalCount + keywordCount) { attributes[index] = .none }
        return try withRoots(attributes.ref.value) { () throws(Raised) -> Value in
            var seen: [Value] = []
            var matchArgs = emptyTuple
            if positionalCount > 0 {
                matchArgs = try getAttributeOrNull(type, names.matchArgs)
                var matchesSelf = false
                if matchArgs.isNull {
                    // The subject itself is the one positional attribute only when the
                    // type does not define __match_args__.
                    matchArgs = emptyTuple
                    matchesSelf = matchesItselfPositionally(TypeView(type).ownTypeID)
                } else if typeID(of: matchArgs) != TypeID.tuple {
                    throw raiseTypeError("\(typeName).__match_args__ must be a tuple (got \(self.typeName(matchArgs)))")
                }
                pushRoot(matchArgs)
                let allowed = matchesSelf ? 1 : TupleView(matchArgs).count
                if allowed < positionalCount {
                    let plural = allowed == 1 ? "" : "s"
                    throw raiseTypeError("\(typeName)() accepts \(allowed) positional sub-pattern\(plural) (\(positionalCount) given)")
                }
                if matchesSelf {
                    attributes[0] = subject
                } else {
                    for index in 0..<positionalCount {
                        let name = TupleView(matchArgs)[index]
                        guard typeID(of: name) == TypeID.str else {
                            throw raiseTypeError("__match_args__ elements must be strings (got \(self.typeName(name)))")
                        }
                        let value = try matchedAttribute(subject, name, typeName: typeName, seen: &seen)
                        if value.isNull { return .none }
                        attributes[index] = value
                    }
                }
            }
            for index in 0..<keywordCount {
                let value = try matchedAttribute(subject, TupleView(keywordNames)[index], typeName: typeName, seen: &seen)
                if value.isNull { return .none }
                attributes[positionalCount + index] = value
            }
            return attributes.ref.value
        }
    }

    /// One attribute for MATCH_CLASS: NULL when missing; a name matched twice is a TypeError.
    /// `seen` holds strs that stay reachable from the pattern's constants or `__match_args__`.
    private func matchedAttribute(_ subject: Value, _ name: Value, typeName: String,
                                  seen: inout [Value]) throws(Raised) -> Value {
        for earlier in seen where StrView(earlier) == StrView(name) {
            throw raiseTypeError("\(typeName)() got multiple sub-patterns for attribute \(swiftString(try repr(name)))")
        }
        seen.append(name)
        return try getAttributeOrNull(subject, name)
    }

    /// CPython's _Py_TPFLAGS_MATCH_SELF: `case int(x)` binds the subject itself.
    private func matchesItselfPositionally(_ id: Int) -> Bool {
        let selfMatching = [TypeID.bool, TypeID.byteArray, TypeID.bytes, TypeID.dict, TypeID.float, TypeID.frozenset,
                            TypeID.int, TypeID.list, TypeID.set, TypeID.str, TypeID.tuple]
        return selfMatching.contains { isSubtype(id, $0) }
    }
}
