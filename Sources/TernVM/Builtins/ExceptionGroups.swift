// BaseExceptionGroup and ExceptionGroup (PEP 654) as objects: construction with
// CPython's checks, message/exceptions, str, derive, subgroup and split, and what
// the `except*` statement's two instructions do (CHECK_EG_MATCH, PREP_RERAISE_STAR).

extension VM {
    func installExceptionGroups() {
        let baseGroup = makeBuiltinClass(name: "BaseExceptionGroup", base: exceptionTypes.baseException,
                                         layout: .exception, flags: .baseException)
        exceptionTypeIDs["BaseExceptionGroup"] = baseGroup
        // ExceptionGroup(BaseExceptionGroup, Exception): two bases, so its MRO is built here.
        let ref = try! allocateType(name: "ExceptionGroup")
        ref[TypeLayout.dict] = try! newDict().ref.value
        ref[TypeLayout.bases] = try! newTuple([types[baseGroup].object, types[exceptionTypes.exception].object])
        ref[TypeLayout.mro] = try! newTuple([ref.value, types[baseGroup].object, types[exceptionTypes.exception].object,
                                             types[exceptionTypes.baseException].object, types[TypeID.object].object])
        ref[TypeLayout.solidBase] = ObjectRef(types[baseGroup].object)[TypeLayout.solidBase]
        try! dictSet(DictView(ref[TypeLayout.dict]), intern("__module__"), intern("builtins"))
        let group = registerType(object: ref.value, layout: .exception, flags: types[baseGroup].flags)
        exceptionTypeIDs["ExceptionGroup"] = group

        defineStaticMethod(baseGroup, "__new__") { vm, arguments throws(Raised) in try vm.newExceptionGroup(arguments) }
        defineMethod(baseGroup, "__init__") { vm, arguments throws(Raised) in .none }
        defineGetter(baseGroup, "message") { vm, value throws(Raised) in vm.groupPart(value, 0) }
        defineGetter(baseGroup, "exceptions") { vm, value throws(Raised) in
            try vm.tupleFrom(vm.groupPart(value, 1))
        }
        defineMethod(baseGroup, "__str__") { vm, arguments throws(Raised) in
            let count = try vm.groupExceptions(arguments[0]).count
            let message = try vm.strString(vm.groupPart(arguments[0], 0))
            return try vm.newStr("\(message) (\(count) sub-exception\(count == 1 ? "" : "s"))")
        }
        defineMethod(baseGroup, "derive") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "derive", min: 1, max: 1)
            return try vm.call(vm.typeObject(baseGroup), vm.groupPart(arguments[0], 0), arguments[1])
        }
        defineMethod(baseGroup, "subgroup") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "subgroup", min: 1, max: 1)
            return try vm.splitGroup(arguments[0], condition: arguments[1]).match
        }
        defineMethod(baseGroup, "split") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "split", min: 1, max: 1)
            let (match, rest) = try vm.splitGroup(arguments[0], condition: arguments[1])
            return try vm.newTuple([match, rest])
        }
    }

    /// args[index] of a group: 0 the message, 1 the exceptions as passed.
    fileprivate func groupPart(_ group: Value, _ index: Int) -> Value {
        let args = ObjectRef(group)[ExceptionLayout.args]
        guard typeID(of: args) == TypeID.tuple, TupleView(args).count > index else { return .none }
        return TupleView(args)[index]
    }

    fileprivate func groupExceptions(_ group: Value) throws(Raised) -> [Value] {
        let list = ListView(try listFrom(groupPart(group, 1)))
        return (0..<list.count).map { list[$0] }
    }

    /// BaseExceptionGroup.__new__(cls, message, exceptions) with CPython's checks and class choice.
    private func newExceptionGroup(_ arguments: Arguments) throws(Raised) -> Value {
        var id = TypeView(arguments[0]).ownTypeID
        let name = typeName(id: id)
        if arguments.keywordCount > 0 { throw raiseTypeError("\(name)() takes no keyword arguments") }
        if arguments.count != 3 { throw raiseTypeError("\(name).__new__() takes exactly 2 arguments (\(arguments.count - 1) given)") }
        let message = arguments[1], sequence = arguments[2]
        guard isStr(message) else { throw raiseTypeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(typeName(message))") }
        let sequenceID = typeID(of: sequence)
        guard sequenceID == TypeID.list || sequenceID == TypeID.tuple || !lookupInType(sequenceID, names.getitem).isNull else {
            throw raiseTypeError("second argument (exceptions) must be a sequence")
        }
        let items = ListView(try listFrom(sequence))
        if items.count == 0 { throw raiseValueError("second argument (exceptions) must be a non-empty sequence") }
        var allExceptions = true
        for index in 0..<items.count {
            guard isException(items[index]) else {
                throw raiseValueError("Item \(index) of second argument (exceptions) is not an exception")
            }
            if !exceptionMatches(items[index], exceptionTypes.exception) { allExceptions = false }
        }
        let baseGroup = exceptionTypeIDs["BaseExceptionGroup"]!, group = exceptionTypeIDs["ExceptionGroup"]!
        if id == baseGroup && allExceptions { id = group }
        if isSubtype(id, exceptionTypes.exception) && !allExceptions {
            throw raiseTypeError("Cannot nest BaseExceptions in \(id == group ? "an ExceptionGroup" : "'\(name)'")")
        }
        let instance = try newException(id, args: try newTuple([message, sequence]))
        return instance
    }

    /// CHECK_EG_MATCH, an `except* clause`: (rest, match), each None when empty. A plain
    /// exception that matches is wrapped in ExceptionGroup("", [exception]) with its traceback.
    func exceptionGroupMatch(_ exception: Value, _ clause: Value) throws(Raised) -> (rest: Value, match: Value) {
        if exception.isNone { return (.none, .none) }
        try checkExceptStarClause(clause)
        if isExceptionGroup(exception) {
            let (match, rest) = try splitGroup(exception) { (item) throws(Raised) in try self.exceptionMatchesClause(item, clause) }
            return (rest, match)
        }
        guard try exceptionMatchesClause(exception, clause) else { return (exception, .none) }
        let wrapped = try call(typeObject(exceptionTypeIDs["BaseExceptionGroup"]!), try newStr(""), try newList([exception]))
        ObjectRef(wrapped)[ExceptionLayout.traceback] = ObjectRef(exception)[ExceptionLayout.traceback]
        return (.none, wrapped)
    }

    /// In CPython: an except* clause may not name an exception group class.
    private func checkExceptStarClause(_ clause: Value) throws(Raised) {
        if typeID(of: clause) == TypeID.tuple {
            let tuple = TupleView(clause)
            for index in 0..<tuple.count { try checkExceptStarClause(tuple[index]) }
            return
        }
        if isSubtype(try exceptionClassID(clause), exceptionTypeIDs["BaseExceptionGroup"]!) {
            throw raiseTypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
    }

    func isExceptionGroup(_ value: Value) -> Bool {
        isInstance(value, typeID: exceptionTypeIDs["BaseExceptionGroup"]!)
    }

    /// PREP_RERAISE_STAR: what an except* statement raises once its clauses ran, from the
    /// exception it caught and the list of what its clauses raised and what no clause matched
    /// (None items skipped): the parts of the original that were re-raised or left, in the
    /// original's shape, beside the exceptions the clauses raised anew; None when nothing is left.
    func prepareReraiseStar(_ original: Value, _ raisedList: Value) throws(Raised) -> Value {
        let list = ListView(raisedList)
        if !isExceptionGroup(original) {
            // A plain exception was wrapped for the one clause that could match it.
            for index in 0..<list.count where !list[index].isNone { return list[index] }
            return .none
        }
        let raised = try newList(), reraised = try newList()
        return try withRoots(raised.ref.value, reraised.ref.value) { () throws(Raised) in
            for index in 0..<list.count where !list[index].isNone {
                let item = list[index]
                try listAppend(sameMetadata(item, original) ? reraised : raised, item)
            }
            var leaves = Set<UInt64>()
            for index in 0..<reraised.count { collectLeaves(reraised[index], &leaves) }
            let kept = leaves.isEmpty ? Value.none
                : try splitGroup(original) { (item) throws(Raised) in leaves.contains(item.bits) }.match
            if raised.count == 0 { return kept }
            if !kept.isNone { try listAppend(raised, kept) }
            if raised.count == 1 { return raised[0] }
            return try call(typeObject(exceptionTypeIDs["BaseExceptionGroup"]!), try newStr(""), raised.ref.value)
        }
    }

    /// Whether `exception` came from `group` by splitting (split copies the traceback, cause,
    /// context and notes), or is it.
    private func sameMetadata(_ exception: Value, _ group: Value) -> Bool {
        guard isException(exception) else { return false }
        let a = ObjectRef(exception), b = ObjectRef(group)
        return a[ExceptionLayout.traceback] == b[ExceptionLayout.traceback] && a[ExceptionLayout.cause] == b[ExceptionLayout.cause]
            && a[ExceptionLayout.context] == b[ExceptionLayout.context]
            && instanceSlotValue(a, intern("__notes__")) == instanceSlotValue(b, intern("__notes__"))
    }

    private func collectLeaves(_ exception: Value, _ leaves: inout Set<UInt64>) {
        guard isExceptionGroup(exception), let items = try? groupExceptions(exception) else {
            leaves.insert(exception.bits)
            return
        }
        for item in items { collectLeaves(item, &leaves) }
    }

    /// (matching part or None, rest or None) of a group: `matches` decides for each exception,
    /// and for the group as a whole first. The parts are built with the group's `derive`.
    private func splitGroup(_ group: Value, _ matches: (Value) throws(Raised) -> Bool) throws(Raised) -> (match: Value, rest: Value) {
        if try matches(group) { return (group, .none) }
        // Lists, not Swift arrays: `derive` may run Python code (and a collection).
        let matching = try newList(), rest = try newList()
        return try withRoots(matching.ref.value, rest.ref.value) { () throws(Raised) in
            for exception in try groupExceptions(group) {
                if isExceptionGroup(exception) {
                    let (inner, innerRest) = try splitGroup(exception, matches)
                    if !inner.isNone { try listAppend(matching, inner) }
                    if !innerRest.isNone { try listAppend(rest, innerRest) }
                } else {
                    try listAppend(try matches(exception) ? matching : rest, exception)
                }
            }
            let derive = try getAttribute(group, intern("derive"))
            return try withRoots(derive) { () throws(Raised) in
                let match = matching.count == 0 ? Value.none : try derivedGroup(group, derive, matching.ref.value)
                let remainder = try withRoots(match) { () throws(Raised) in
                    rest.count == 0 ? Value.none : try derivedGroup(group, derive, rest.ref.value)
                }
                return (match, remainder)
            }
        }
    }

    /// group.derive(items) with the original's traceback, cause, context and notes copied over.
    private func derivedGroup(_ group: Value, _ derive: Value, _ items: Value) throws(Raised) -> Value {
        let derived = try call(derive, items)
        guard isException(derived) else { throw raiseTypeError("derive must return an instance of BaseExceptionGroup") }
        let source = ObjectRef(group), target = ObjectRef(derived)
        target[ExceptionLayout.traceback] = source[ExceptionLayout.traceback]
        target[ExceptionLayout.cause] = source[ExceptionLayout.cause]
        target[ExceptionLayout.context] = source[ExceptionLayout.context]
        let notes = instanceSlotValue(source, intern("__notes__"))
        if !notes.isNull { try setInstanceSlot(target, intern("__notes__"), notes) }
        return derived
    }

    /// split/subgroup: by an exception type, a tuple of them, or a predicate.
    private func splitGroup(_ group: Value, condition: Value) throws(Raised) -> (match: Value, rest: Value) {
        try splitGroup(group) { (item) throws(Raised) in try self.groupConditionMatches(item, condition) }
    }

    private func groupConditionMatches(_ exception: Value, _ condition: Value) throws(Raised) -> Bool {
        if isType(condition) || typeID(of: condition) == TypeID.tuple {
            return try exceptionMatchesClause(exception, condition)
        }
        guard !lookupInType(typeID(of: condition), names.call).isNull || (condition.isObject && [.function, .builtinFunction, .boundMethod].contains(ObjectRef(condition).kind)) else {
            throw raiseTypeError("expected a function, exception type or tuple of exception types")
        }
        return try isTrue(try call(condition, exception))
    }
}
