import TernSyntax

// Function, lambda and class definitions: defaults, annotations, closures
// (MAKE_FUNCTION), decorators, and the class-body protocol with
// `__module__`, `__qualname__` and the implicit `__class__` cell.

extension Compiler {
    /// def: decorators, defaults, annotations, the body's code object, MAKE_FUNCTION, store.
    func compileFunctionDefinition(_ statement: Stmt, _ definition: FunctionDef) throws {
        let scope = table.scope(for: statement)
        if definition.name == "__debug__" || allParameters(definition.args).contains(where: { $0.name == "__debug__" }) {
            throw forbiddenDebug(.store, statement.location)
        }
        let firstLine = definition.decorators.first?.location.line ?? statement.location.line
        try compileDecorators(definition.decorators)
        var flags = try compileDefaults(definition.args)
        if try compileAnnotations(definition.args, returns: definition.returns) { flags |= 4 }

        enterScope(scope, kind: .function, name: definition.name, firstLine: firstLine)
        setArgumentCounts(definition.args)
        let docstring = docstring(of: definition.body)
        _ = unit.constantIndex(docstring.map { .string($0) } ?? .none)
        try visit(Array(definition.body.dropFirst(docstring == nil ? 0 : 1)))
        emitConstant(.none)
        emit(.returnValue)
        let code = try exitScope()

        unit.line = statement.location.line
        makeClosure(code, flags: flags)
        applyDecorators(definition.decorators)
        nameOperation(definition.name, .store)
    }

    func compileLambda(_ expression: Expr, _ arguments: Arguments, _ body: Expr) throws {
        let scope = table.scope(for: expression)
        if allParameters(arguments).contains(where: { $0.name == "__debug__" }) {
            throw forbiddenDebug(.store, expression.location)
        }
        let flags = try compileDefaults(arguments)
        enterScope(scope, kind: .lambda, name: "<lambda>", firstLine: expression.location.line)
        setArgumentCounts(arguments)
        // None first, so that a lambda never has a docstring (constants[0]).
        _ = unit.constantIndex(.none)
        try visit(body)
        emit(.returnValue)
        let code = try exitScope()
        makeClosure(code, flags: flags)
    }

    /// Each decorator, with the NULL of its call: `d1 NULL d2 NULL` before the function is made.
    func compileDecorators(_ decorators: [Expr]) throws {
        for decorator in decorators {
            try visit(decorator)
            at(decorator.location) { emit(.pushNull) }
        }
    }

    /// Calls the decorators innermost first, each CALL on its decorator's line as CPython.
    func applyDecorators(_ decorators: [Expr]) {
        for decorator in decorators.reversed() {
            at(decorator.location) { emit(.call, 1) }
        }
    }

    func setArgumentCounts(_ arguments: Arguments) {
        let code = unit.code
        code.argCount = arguments.posOnly.count + arguments.args.count
        code.positionalOnlyCount = arguments.posOnly.count
        code.keywordOnlyCount = arguments.kwOnly.count
        if arguments.vararg != nil { code.flags.insert(.varArgs) }
        if arguments.kwarg != nil { code.flags.insert(.varKeywords) }
    }

    /// Pushes the defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags 1 and 2.
    func compileDefaults(_ arguments: Arguments) throws -> Int {
        var flags = 0
        if !arguments.defaults.isEmpty {
            let constants = arguments.defaults.map { foldConstant($0) }
            if constants.allSatisfy({ $0 != nil }) {
                emitConstant(.tuple(constants.map { $0! }))
            } else {
                for value in arguments.defaults { try visit(value) }
                emit(.buildTuple, arguments.defaults.count)
            }
            flags |= 1
        }
        var keywordNames: [CodeConstant] = []
        for (argument, value) in zip(arguments.kwOnly, arguments.kwDefaults) {
            guard let value else { continue }
            keywordNames.append(.string(mangle(argument.name, privateName: unit.privateName)))
            try visit(value)
        }
        if !keywordNames.isEmpty {
            emitConstant(.tuple(keywordNames))
            emit(.buildConstKeyMap, keywordNames.count)
            flags |= 2
        }
        return flags
    }

    /// Pushes the annotations tuple (name, value, name, value, ...); returns whether there is one.
    func compileAnnotations(_ arguments: Arguments, returns: Expr?) throws -> Bool {
        var count = 0
        func annotate(_ name: String, _ annotation: Expr?) throws {
            guard let annotation else { return }
            emitConstant(.string(mangle(name, privateName: unit.privateName)))
            if table.futureAnnotations {
                emitConstant(.string(annotationText(annotation)))
            } else if case .starred(let value, _) = annotation.kind {
                // In CPython: `*args: *Ts` (PEP 646) is annotated with the one item `[*Ts]` holds.
                try visit(value)
                emit(.unpackSequence, 1)
            } else {
                try visit(annotation)
            }
            count += 2
        }
        for argument in arguments.args + arguments.posOnly { try annotate(argument.name, argument.annotation) }
        if let vararg = arguments.vararg { try annotate(vararg.name, vararg.annotation) }
        for argument in arguments.kwOnly { try annotate(argument.name, argument.annotation) }
        if let kwarg = arguments.kwarg { try annotate(kwarg.name, kwarg.annotation) }
        try annotate("return", returns)
        if count > 0 { emit(.buildTuple, count) }
        return count > 0
    }

    /// Pushes the closure tuple when `code` has free variables, then MAKE_FUNCTION.
    func makeClosure(_ code: CodeObject, flags: Int) {
        var flags = flags
        if !code.freeVars.isEmpty {
            for name in code.freeVars { emit(.loadClosure, unit.derefIndex(name)) }
            emit(.buildTuple, code.freeVars.count)
            flags |= 8
        }
        emitConstant(.code(code))
        emit(.makeFunction, flags)
    }

    /// class: the body as a function run by __build_class__ with the name, bases and keywords.
    func compileClassDefinition(_ statement: Stmt, _ definition: ClassDef) throws {
        let scope = table.scope(for: statement)
        let firstLine = definition.decorators.first?.location.line ?? statement.location.line
        try compileDecorators(definition.decorators)

        enterScope(scope, kind: .classBody, name: definition.name, firstLine: firstLine)
        unit.privateName = definition.name
        unit.line = firstLine
        nameOperation("__name__", .load)
        nameOperation("__module__", .store)
        emitConstant(.string(unit.code.qualifiedName))
        nameOperation("__qualname__", .store)
        if containsAnnotations(definition.body) { emit(.setupAnnotations) }
        var body = definition.body[...]
        if let docstring = docstring(of: definition.body) {
            unit.line = body.first!.location.line
            emitConstant(.string(docstring))
            nameOperation("__doc__", .store)
            body = body.dropFirst()
        }
        try visit(Array(body))
        if scope.needsClassClosure {
            // The class cell is returned so that type.__new__ can fill it (CPython's __classcell__).
            emit(.loadClosure, unit.derefIndex("__class__"))
            emit(.copy, 1)
            nameOperation("__classcell__", .store)
        } else {
            emitConstant(.none)
        }
        emit(.returnValue)
        let code = try exitScope()

        unit.line = statement.location.line
        emit(.loadBuildClass)
        emit(.pushNull)
        makeClosure(code, flags: 0)
        emitConstant(.string(definition.name))
        try compileCallArguments(definition.bases, definition.keywords, pushed: 2)
        applyDecorators(definition.decorators)
        nameOperation(definition.name, .store)
    }
}
