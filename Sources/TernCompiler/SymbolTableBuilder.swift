import TernSyntax

// First pass of scope analysis: walks the AST, opens a Scope for every
// function, lambda, class and comprehension, and records what each scope does
// with each name. In CPython: symtable.c's symtable_visit_* functions.

/// Walks the AST once, recording each scope's uses and bindings of names.
struct SymbolTableBuilder {
    let filename: String
    var stack: [Scope] = []
    var table: SymbolTable
    /// The enclosing class name, for private-name mangling.
    var privateName: String? = nil
    /// Current expression nesting, bounded by `maximumCompileDepth`.
    var depth = 0
    /// True while visiting a comprehension's `for` target.
    var visitingIterationTarget = false

    init(filename: String) {
        self.filename = filename
        let top = Scope(kind: .module, name: "<module>", line: 1)
        table = SymbolTable(top: top)
        stack = [top]
    }

    var current: Scope { stack[stack.count - 1] }

    func error(_ message: String, _ location: SourceLocation) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, filename: filename, line: location.line,
                        column: location.column + 1, sourceLine: "").spanning(location)
    }

    /// Builds the table for a module, then resolves every name.
    static func build(_ module: Module, filename: String) throws -> SymbolTable {
        var builder = SymbolTableBuilder(filename: filename)
        for statement in module.body { try builder.visit(statement) }
        try ScopeAnalysis(filename: filename).analyze(builder.table.top)
        return builder.table
    }

    mutating func addDefinition(_ rawName: String, _ flags: SymbolFlags, _ location: SourceLocation) throws {
        let name = mangle(rawName, privateName: privateName)
        let scope = current
        if flags.contains(.parameter), scope.flags(name).contains(.parameter) {
            throw error("duplicate argument '\(name)' in function definition", location)
        }
        scope.addFlags(name, flags)
        if flags.contains(.parameter) { scope.parameters.append(name) }
    }

    mutating func openScope(_ scope: Scope, for node: ObjectIdentifier) {
        let parent = current
        scope.isNested = parent.isNested || parent.kind == .function
        parent.children.append(scope)
        table.scopesByNode[node] = scope
        stack.append(scope)
    }

    mutating func closeScope() { stack.removeLast() }

    // MARK: statements

    mutating func visit(_ statements: [Stmt]) throws {
        for statement in statements { try visit(statement) }
    }

    mutating func visit(_ statement: Stmt) throws {
        let location = statement.location
        switch statement.kind {
        case .functionDef(let definition):
            try addDefinition(definition.name, .assigned, location)
            try visitDefaults(definition.args)
            if !table.futureAnnotations { try visitAnnotations(definition.args, returns: definition.returns) }
            for decorator in definition.decorators { try visit(decorator) }
            let scope = Scope(kind: .function, name: definition.name, line: location.line)
            scope.isCoroutine = definition.isAsync
            openScope(scope, for: ObjectIdentifier(statement))
            try visitParameters(definition.args)
            try visit(definition.body)
            closeScope()
        case .classDef(let definition):
            try addDefinition(definition.name, .assigned, location)
            for base in definition.bases { try visit(base) }
            for keyword in definition.keywords { try visit(keyword.value) }
            for decorator in definition.decorators { try visit(decorator) }
            let scope = Scope(kind: .classBody, name: definition.name, line: location.line)
            openScope(scope, for: ObjectIdentifier(statement))
            let savedPrivate = privateName
            privateName = definition.name
            try visit(definition.body)
            privateName = savedPrivate
            closeScope()
        case .returnStmt(let value):
            if let value {
                try visit(value)
                current.returnsValue = true
            }
        case .delete(let targets):
            for target in targets { try visit(target) }
        case .assign(let targets, let value):
            for target in targets { try visit(target) }
            try visit(value)
            if targets.count == 1, let append = selfAppend(targets[0], value) {
                current.appendTargets.insert(mangle(append.name, privateName: privateName))
            }
        case .augAssign(let target, let op, let value):
            try visit(target)
            try visit(value)
            if op == .add, case .name(let id, _) = target.kind { current.appendTargets.insert(mangle(id, privateName: privateName)) }
        case .annAssign(let target, let annotation, let value, let simple):
            try visitAnnotatedAssignment(target, annotation, value, simple, location)
        case .forLoop(let target, let iter, let body, let orElse, _):
            try visit(target)
            try visit(iter)
            try visit(body)
            try visit(orElse)
        case .whileLoop(let test, let body, let orElse), .ifStmt(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .with(let items, let body, _):
            for item in items {
                try visit(item.context)
                if let target = item.target { try visit(target) }
            }
            try visit(body)
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .tryStmt(let body, let handlers, let orElse, let finalBody),
             .tryStar(let body, let handlers, let orElse, let finalBody):
            try visit(body)
            try visit(orElse)
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { try addDefinition(name, .assigned, handler.location) }
                try visit(handler.body)
            }
            try visit(finalBody)
        case .assert(let test, let message):
            try visit(test)
            if let message { try visit(message) }
        case .importStmt(let aliases):
            for alias in aliases { try visitImportAlias(alias, location) }
        case .importFrom(let module, let aliases, _):
            if module == "__future__", aliases.contains(where: { $0.name == "annotations" }) {
                table.futureAnnotations = true
            }
            for alias in aliases { try visitImportAlias(alias, location) }
        case .global(let names):
            for name in names { try declare(name, global: true, location) }
        case .nonlocal(let names):
            for name in names { try declare(name, global: false, location) }
        case .expr(let value):
            try visit(value)
        case .pass, .breakStmt, .continueStmt:
            break
        case .match(let subject, let cases):
            try visit(subject)
            for matchCase in cases {
                try visit(matchCase.pattern)
                if let guardTest = matchCase.guardTest { try visit(guardTest) }
                try visit(matchCase.body)
            }
        }
    }

    /// A pattern's value expressions are read; its capture names are assigned.
    mutating func visit(_ pattern: Pattern) throws {
        switch pattern.kind {
        case .value(let value):
            try visit(value)
        case .singleton:
            break
        case .sequence(let items), .or(let items):
            for item in items { try visit(item) }
        case .mapping(let keys, let values, let rest):
            for key in keys { try visit(key) }
            for value in values { try visit(value) }
            if let rest { try addDefinition(rest, .assigned, pattern.location) }
        case .classPattern(let cls, let positional, _, let keywordPatterns):
            try visit(cls)
            for item in positional + keywordPatterns { try visit(item) }
        case .star(let name):
            if let name { try addDefinition(name, .assigned, pattern.location) }
        case .asPattern(let inner, let name):
            if let inner { try visit(inner) }
            if let name { try addDefinition(name, .assigned, pattern.location) }
        }
    }

    mutating func visitImportAlias(_ alias: Alias, _ location: SourceLocation) throws {
        if alias.name == "*" {
            if current.kind != .module {
                throw error("import * only allowed at module level", alias.location)
            }
            return
        }
        let bound = alias.asName ?? String(alias.name.split(separator: ".", maxSplits: 1)[0])
        try addDefinition(bound, .imported, alias.location)
    }

    /// `global x` / `nonlocal x`, with CPython's ordering checks.
    mutating func declare(_ rawName: String, global: Bool, _ location: SourceLocation) throws {
        let name = mangle(rawName, privateName: privateName)
        let scope = current
        let keyword = global ? "global" : "nonlocal"
        if !global, scope.kind == .module {
            throw error("nonlocal declaration not allowed at module level", location)
        }
        let existing = scope.flags(name)
        if !existing.intersection([.parameter, .assigned, .used, .annotated, .imported]).isEmpty {
            let message: String
            if existing.contains(.parameter) {
                message = "name '\(name)' is parameter and \(keyword)"
            } else if existing.contains(.used) {
                message = "name '\(name)' is used prior to \(keyword) declaration"
            } else if existing.contains(.annotated) {
                message = "annotated name '\(name)' can't be \(keyword)"
            } else {
                message = "name '\(name)' is assigned to before \(keyword) declaration"
            }
            throw error(message, location)
        }
        scope.addFlags(name, global ? .declaredGlobal : .declaredNonlocal)
        if scope.directives[name] == nil { scope.directives[name] = location }
        // As CPython (symtable's st_global): the module itself then treats the name as an
        // explicit global, so module code uses LOAD_GLOBAL/STORE_GLOBAL for it.
        if global, scope !== table.top { table.top.addFlags(name, .declaredGlobal) }
    }

    mutating func visitAnnotatedAssignment(_ target: Expr, _ annotation: Expr, _ value: Expr?,
                                           _ simple: Bool, _ location: SourceLocation) throws {
        if case .name(let id, _) = target.kind {
            let name = mangle(id, privateName: privateName)
            let existing = current.flags(name)
            if simple, current.kind != .module, !existing.intersection([.declaredGlobal, .declaredNonlocal]).isEmpty {
                let keyword = existing.contains(.declaredGlobal) ? "global" : "nonlocal"
                throw error("annotated name '\(name)' can't be \(keyword)", location)
            }
            if simple {
                try addDefinition(id, [.assigned, .annotated], target.location)
            } else if value != nil {
                try addDefinition(id, .assigned, target.location)
            }
        } else {
            try visit(target)
        }
        if !table.futureAnnotations { try visit(annotation) }
        if let value { try visit(value) }
    }

    // MARK: parameters

    mutating func visitDefaults(_ arguments: Arguments) throws {
        for value in arguments.defaults { try visit(value) }
        for value in arguments.kwDefaults { if let value { try visit(value) } }
    }

    mutating func visitAnnotations(_ arguments: Arguments, returns: Expr?) throws {
        for argument in allParameters(arguments) {
            if let annotation = argument.annotation { try visit(annotation) }
        }
        if let returns { try visit(returns) }
    }

    mutating func visitParameters(_ arguments: Arguments) throws {
        for argument in allParameters(arguments) {
            try addDefinition(argument.name, .parameter, argument.location)
        }
    }

    // MARK: expressions

    mutating func visit(_ expression: Expr) throws {
        let location = expression.location
        depth += 1
        defer { depth -= 1 }
        if depth > maximumCompileDepth {
            throw SyntaxErrorInfo(kind: "RecursionError", message: "maximum recursion depth exceeded during compilation",
                                  filename: filename, line: location.line, column: location.column + 1, sourceLine: "")
        }
        switch expression.kind {
        case .boolOp(_, let values):
            for value in values { try visit(value) }
        case .namedExpr(let target, let value):
            if current.iterableExpressionDepth > 0 {
                throw error("assignment expression cannot be used in a comprehension iterable expression", location)
            }
            try checkNamedExpressionTarget(target)
            try visit(value)
            try visitNamedExpressionTarget(target)
        case .binOp(let left, _, let right):
            try visit(left)
            try visit(right)
        case .unaryOp(_, let operand):
            try visit(operand)
        case .lambda(let arguments, let body):
            try visitDefaults(arguments)
            let scope = Scope(kind: .function, name: "<lambda>", line: location.line)
            scope.isLambda = true
            openScope(scope, for: ObjectIdentifier(expression))
            try visitParameters(arguments)
            try visit(body)
            closeScope()
        case .ifExp(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .dict(let keys, let values):
            for key in keys { if let key { try visit(key) } }
            for value in values { try visit(value) }
        case .set(let elements):
            for element in elements { try visit(element) }
        case .listComp(let element, let generators):
            try visitComprehension(expression, "<listcomp>", generators, [element], isGenerator: false)
        case .setComp(let element, let generators):
            try visitComprehension(expression, "<setcomp>", generators, [element], isGenerator: false)
        case .dictComp(let key, let value, let generators):
            try visitComprehension(expression, "<dictcomp>", generators, [key, value], isGenerator: false)
        case .generatorExp(let element, let generators):
            try visitComprehension(expression, "<genexpr>", generators, [element], isGenerator: true)
        case .await(let value):
            try visit(value)
            if current.isComprehension { current.isCoroutine = true }
        case .yield(let value):
            if let value { try visit(value) }
            try markGenerator(location)
        case .yieldFrom(let value):
            try visit(value)
            try markGenerator(location)
        case .compare(let left, _, let comparators):
            try visit(left)
            for comparator in comparators { try visit(comparator) }
        case .call(let function, let arguments, let keywords):
            try visit(function)
            for argument in arguments { try visit(argument) }
            for keyword in keywords { try visit(keyword.value) }
        case .formattedValue(let value, _, let spec):
            try visit(value)
            if let spec { try visit(spec) }
        case .joinedStr(let values):
            for value in values { try visit(value) }
        case .constant:
            break
        case .attribute(let value, _, _):
            try visit(value)
        case .subscript(let value, let slice, _):
            try visit(value)
            try visit(slice)
        case .starred(let value, _):
            try visit(value)
        case .name(let id, let context):
            try addDefinition(id, context == .load ? .used : .assigned, location)
            if visitingIterationTarget, context == .store {
                current.iterationVariables.insert(mangle(id, privateName: privateName))
            }
            if context == .load, id == "super", current.kind == .function {
                current.addFlags("__class__", .used)
            }
        case .list(let elements, _), .tuple(let elements, _):
            for element in elements { try visit(element) }
        case .slice(let lower, let upper, let step):
            if let lower { try visit(lower) }
            if let upper { try visit(upper) }
            if let step { try visit(step) }
        }
    }

    mutating func markGenerator(_ location: SourceLocation) throws {
        let scope = current
        if scope.isComprehension {
            let kind = scope.name.dropFirst().dropLast()
            let noun = kind == "listcomp" ? "list comprehension" : kind == "setcomp" ? "set comprehension"
                : kind == "dictcomp" ? "dict comprehension" : "generator expression"
            throw error("'yield' inside \(noun)", location)
        }
        scope.isGenerator = true
    }

    /// A walrus may not rebind the iteration variable of any comprehension it is in.
    func checkNamedExpressionTarget(_ target: Expr) throws {
        guard case .name(let id, _) = target.kind else { return }
        let name = mangle(id, privateName: privateName)
        for scope in stack.reversed() {
            guard scope.isComprehension else { break }
            if scope.iterationVariables.contains(name) {
                throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", target.location)
            }
        }
    }

    /// A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope.
    mutating func visitNamedExpressionTarget(_ target: Expr) throws {
        guard case .name(let id, _) = target.kind, current.isComprehension else {
            try visit(target)
            return
        }
        for index in stride(from: stack.count - 1, through: 0, by: -1) {
            let scope = stack[index]
            if scope.isComprehension {
                continue
            }
            let name = mangle(id, privateName: privateName)
            switch scope.kind {
            case .function:
                scope.addFlags(name, .assigned)
                for inner in stack[(index + 1)...] { inner.addFlags(name, .declaredNonlocal) }
            case .module:
                scope.addFlags(name, .assigned)
                for inner in stack[(index + 1)...] { inner.addFlags(name, .declaredGlobal) }
            case .classBody:
                throw error("assignment expression within a comprehension cannot be used in a class body",
                            target.location)
            }
            return
        }
    }

    /// Comprehensions are functions taking the outermost iterator as `.0`;
    /// that iterator is evaluated in the enclosing scope.
    mutating func visitComprehension(_ node: Expr, _ name: String, _ generators: [Comprehension],
                                     _ elements: [Expr], isGenerator: Bool) throws {
        current.iterableExpressionDepth += 1
        try visit(generators[0].iter)
        current.iterableExpressionDepth -= 1
        let scope = Scope(kind: .function, name: name, line: node.location.line)
        scope.isComprehension = true
        scope.isGenerator = isGenerator
        openScope(scope, for: ObjectIdentifier(node))
        if generators.contains(where: { $0.isAsync }) { scope.isCoroutine = true }
        try addDefinition(".0", .parameter, node.location)
        for (index, generator) in generators.enumerated() {
            if index > 0 {
                scope.iterableExpressionDepth += 1
                try visit(generator.iter)
                scope.iterableExpressionDepth -= 1
            }
            visitingIterationTarget = true
            try visit(generator.target)
            visitingIterationTarget = false
            for condition in generator.ifs { try visit(condition) }
        }
        for element in elements { try visit(element) }
        closeScope()
        // An asynchronous list, set or dict comprehension is awaited where it stands, which
        // makes an enclosing comprehension asynchronous too (elsewhere it is a compile error).
        if scope.isCoroutine && !isGenerator && current.isComprehension { current.isCoroutine = true }
    }
}

/// Parameters in co_varnames order: positional-only, positional, keyword-only, *args, **kwargs.
func allParameters(_ arguments: Arguments) -> [Arg] {
    var result = arguments.posOnly + arguments.args + arguments.kwOnly
    if let vararg = arguments.vararg { result.append(vararg) }
    if let kwarg = arguments.kwarg { result.append(kwarg) }
    return result
}
