import TernSyntax

// Statement code generation, following CPython 3.11's compile.c shapes except
// that loops start with LOOP_HEADER and jump back to it.

extension Compiler {
    func visit(_ statements: [Stmt]) throws {
        for statement in statements { try visit(statement) }
    }

    func visit(_ statement: Stmt) throws {
        unit.line = statement.location.line
        unit.span = statement.location
        let location = statement.location
        statementLocation = location
        switch statement.kind {
        case .functionDef(let definition):
            try compileFunctionDefinition(statement, definition)
        case .classDef(let definition):
            try compileClassDefinition(statement, definition)
        case .returnStmt(let value):
            try compileReturn(value, location)
        case .delete(let targets):
            for target in targets { try visit(target) }
        case .assign(let targets, let value):
            if targets.count == 1, let append = selfAppend(targets[0], value), let slot = appendTargetSlot(append.name) {
                try at(value.location) {
                    try compileAppendIntoLocal(slot: slot, left: append.left.location, right: append.right,
                                               binary: BinaryOperator.add.rawValue, target: targets[0].location)
                }
                break
            }
            if try compileParallelAssignment(targets, value) { break }
            try visit(value)
            for (index, target) in targets.enumerated() {
                if index < targets.count - 1 { emit(.copy, 1) }
                try visit(target)
            }
        case .augAssign(let target, let op, let value):
            try compileAugmentedAssignment(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnotatedAssignment(target, annotation, value, simple)
        case .forLoop(let target, let iterable, let body, let orElse, let isAsync):
            if isAsync {
                try checkAsyncAllowed("'async for'", location)
                try compileAsyncFor(target, iterable, body, orElse, line: location.line)
            } else {
                try compileFor(target, iterable, body, orElse, line: location.line)
            }
        case .whileLoop(let test, let body, let orElse):
            try compileWhile(test, body, orElse, line: location.line)
        case .ifStmt(let test, let body, let orElse):
            let end = newLabel()
            let next = orElse.isEmpty ? end : newLabel()
            try jumpIf(test, next, whenTrue: false)
            try visit(body)
            if !orElse.isEmpty {
                emitJump(.jumpForward, end)
                bind(next)
                try visit(orElse)
            }
            bind(end)
        case .with(let items, let body, let isAsync):
            if isAsync { try checkAsyncAllowed("'async with'", location) }
            try compileWith(items, 0, body, line: location.line, isAsync: isAsync)
        case .raise(let exc, let cause):
            var count = 0
            if let exc {
                try visit(exc)
                count = 1
                if let cause {
                    try visit(cause)
                    count = 2
                }
            }
            emit(.raiseVarargs, count)
        case .tryStmt(let body, let handlers, let orElse, let finalBody):
            if finalBody.isEmpty {
                try compileTryExcept(body, handlers, orElse)
            } else {
                try compileTryFinally(body, handlers, orElse, finalBody)
            }
        case .tryStar(let body, let handlers, let orElse, let finalBody):
            if finalBody.isEmpty {
                try compileTryStar(body, handlers, orElse)
            } else {
                try compileTryFinally(body, handlers, orElse, finalBody, star: true)
            }
        case .assert(let test, let message):
            if optimize > 0 { break }   // -O
            let end = newLabel()
            try jumpIf(test, end, whenTrue: true)
            // In CPython the raise keeps the test's position: tracebacks mark the test; a
            // constant test is folded away and the raise has the statement's (no markers).
            try at(constantTruth(test) == nil ? test.location : location) {
                emit(.loadAssertionError)
                if let message {
                    emit(.pushNull)
                    try visit(message)
                    emit(.call, 1)
                }
                emit(.raiseVarargs, 1)
            }
            bind(end)
        case .importStmt(let aliases):
            for alias in aliases { compileImport(alias) }
        case .importFrom(let module, let aliases, let level):
            compileImportFrom(module, aliases, level)
        case .global, .nonlocal, .pass:
            break
        case .expr(let value):
            try compileExpressionStatement(value)
        case .breakStmt:
            try compileBreak(location)
        case .continueStmt:
            try compileContinue(location)
        case .match(let subject, let cases):
            try compileMatch(subject, cases)
        }
    }

    func compileExpressionStatement(_ value: Expr) throws {
        if mode == .single && unit.kind == .module {
            try visit(value)
            emit(.printExpr)
            return
        }
        // Constant expression statements (docstrings, `...`) produce no code, as in CPython.
        if foldConstant(value) != nil { return }
        try visit(value)
        emit(.popTop)
    }

    // MARK: assignment

    /// `a, b = b, a` (two or three names, tuples on both sides): pushes the values and
    /// reorders them with SWAP instead of building and unpacking a tuple, as CPython does.
    func compileParallelAssignment(_ targets: [Expr], _ value: Expr) throws -> Bool {
        guard targets.count == 1, case .tuple(let values, .load) = value.kind, foldConstant(value) == nil,
              (1...3).contains(values.count), !values.contains(where: isStarred) else { return false }
        let elements: [Expr]
        switch targets[0].kind {
        case .tuple(let items, .store), .list(let items, .store): elements = items
        default: return false
        }
        guard elements.count == values.count, !elements.contains(where: isStarred) else { return false }
        for item in values { try visit(item) }
        if values.count > 1 { emit(.swap, values.count) }
        for element in elements { try visit(element) }
        return true
    }

    func compileAugmentedAssignment(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws {
        let binary = op.rawValue + Int(Opcode.inPlaceOffset)
        switch target.kind {
        case .attribute(let object, let attribute, _):
            try visit(object)
            at(target.location) {
                emit(.copy, 1)
                emit(.loadAttr, attributeName(attribute))
            }
            try visit(value)
            emit(.binaryOp, binary)
            at(target.location) {
                emit(.swap, 2)
                emit(.storeAttr, attributeName(attribute))
            }
        case .subscript(let container, let key, _):
            try visit(container)
            try visit(key)
            at(target.location) {
                emit(.copy, 2)
                emit(.copy, 2)
                emit(.binarySubscr)
            }
            try visit(value)
            emit(.binaryOp, binary)
            at(target.location) {
                emit(.swap, 3)
                emit(.swap, 2)
                emit(.storeSubscr)
            }
        case .name(let id, _) where op == .add && appendTargetSlot(id) != nil:
            try compileAppendIntoLocal(slot: appendTargetSlot(id)!, left: target.location, right: value, binary: binary,
                                       target: target.location)
        case .name(let id, _):
            at(target.location) { nameOperation(id, .load) }
            try visit(value)
            emit(.binaryOp, binary)
            at(target.location) { nameOperation(id, .store) }
        default:
            throw error("'\(expressionDescription(target))' is an illegal expression for augmented assignment",
                        target.location)
        }
    }

    func compileAnnotatedAssignment(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) throws {
        if let value {
            try visit(value)
            try visit(target)
        }
        let evaluatesAnnotations = unit.kind == .module || unit.kind == .classBody
        switch target.kind {
        case .name(let id, _):
            if simple && evaluatesAnnotations {
                if table.futureAnnotations {
                    emitConstant(.string(annotationText(annotation)))
                } else {
                    try visit(annotation)
                }
                emit(.loadName, unit.nameIndex("__annotations__"))
                emitConstant(.string(mangle(id, privateName: unit.privateName)))
                emit(.storeSubscr)
            } else if !simple && evaluatesAnnotations && !table.futureAnnotations {
                // `(x): T` is not simple: T is evaluated for its effects only.
                try visit(annotation)
                emit(.popTop)
            }
        case .attribute(let object, _, _):
            if value == nil {
                try visit(object)
                emit(.popTop)
            }
            if evaluatesAnnotations && !table.futureAnnotations {
                try visit(annotation)
                emit(.popTop)
            }
        case .subscript(let container, let key, _):
            if value == nil {
                try visit(container)
                emit(.popTop)
                try visit(key)
                emit(.popTop)
            }
            if evaluatesAnnotations && !table.futureAnnotations {
                try visit(annotation)
                emit(.popTop)
            }
        default:
            throw error("invalid node type for annotated assignment", target.location)
        }
    }

    // MARK: loops

    func compileWhile(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt], line: Int) throws {
        let header = newLabel(), anchor = newLabel(), exit = newLabel()
        bind(header)
        emit(.loopHeader, unit.newLoopIndex())
        try pushBlock(.whileLoop(header: header, exit: exit))
        try jumpIf(test, anchor, whenTrue: false)
        try visit(body)
        unit.line = line
        emitJump(.jumpBackward, header)
        unit.blocks.removeLast()
        bind(anchor)
        try visit(orElse)
        bind(exit)
    }

    /// `async for` and `async with` only in an async function (CPython's message).
    func checkAsyncAllowed(_ what: String, _ location: SourceLocation) throws {
        if !(unit.kind == .function && unit.scope.isCoroutine) {
            throw error("\(what) outside async function", location)
        }
    }

    /// The head of an `async for` loop or clause, at `header`: the next item by GET_ANEXT and
    /// an await under a handler at `ended`, whose END_ASYNC_FOR ends the loop.
    func emitAsyncForStep(header: Label, ended: Label) {
        bind(header)
        emit(.loopHeader, unit.newLoopIndex())
        unit.pushHandler(ended, pushLasti: false)
        emit(.getAnext)
        emitAwait(context: 3)
        unit.popHandler()
    }

    /// async for: GET_AITER, then per item GET_ANEXT and an await under a handler whose
    /// END_ASYNC_FOR ends the loop on StopAsyncIteration (and re-raises anything else).
    func compileAsyncFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], line: Int) throws {
        let header = newLabel(), ended = newLabel(), exit = newLabel()
        try visit(iterable)
        emit(.getAiter)
        emitAsyncForStep(header: header, ended: ended)
        try pushBlock(.forLoop(header: header, exit: exit))
        try visit(target)
        try visit(body)
        unit.line = line
        emitJump(.jumpBackward, header)
        unit.blocks.removeLast()
        // [aiterator, exc]
        bind(ended)
        emit(.endAsyncFor)
        try visit(orElse)
        bind(exit)
    }

    func compileFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], line: Int) throws {
        let header = newLabel(), cleanup = newLabel(), exit = newLabel()
        try visit(iterableForm(iterable))
        emit(.getIter)
        bind(header)
        emit(.loopHeader, unit.newLoopIndex())
        emitJump(.forIter, cleanup)
        try pushBlock(.forLoop(header: header, exit: exit))
        try visit(target)
        try visit(body)
        unit.line = line
        emitJump(.jumpBackward, header)
        unit.blocks.removeLast()
        bind(cleanup)
        try visit(orElse)
        bind(exit)
    }

    /// break: unwinds to the innermost loop (popping a for loop's iterator) and jumps past it.
    func compileBreak(_ location: SourceLocation) throws {
        let savedHandlers = unit.handlerStack
        guard let loop = try unwindBlocks(preserveTop: false, stopAtLoop: true, location: location) else {
            throw error("'break' outside loop", location)
        }
        unit.line = location.line
        switch loop {
        case .forLoop(_, let exit):
            emit(.popTop)
            emitJump(.jumpForward, exit)
        case .whileLoop(_, let exit):
            emitJump(.jumpForward, exit)
        default:
            break
        }
        unit.handlerStack = savedHandlers
    }

    /// continue: unwinds to the innermost loop and jumps back to its LOOP_HEADER.
    func compileContinue(_ location: SourceLocation) throws {
        let savedHandlers = unit.handlerStack
        guard let loop = try unwindBlocks(preserveTop: false, stopAtLoop: true, location: location) else {
            throw error("'continue' not properly in loop", location)
        }
        unit.line = location.line
        switch loop {
        case .forLoop(let header, _), .whileLoop(let header, _):
            emitJump(.jumpBackward, header)
        default:
            break
        }
        unit.handlerStack = savedHandlers
    }

    /// return: the value is computed first unless constant, then enclosing blocks are unwound.
    func compileReturn(_ value: Expr?, _ location: SourceLocation) throws {
        guard unit.kind == .function || unit.kind == .lambda || unit.kind == .comprehension else {
            throw error("'return' outside function", location)
        }
        if value != nil, unit.scope.isCoroutine, unit.scope.isGenerator {
            throw error("'return' with value in async generator", location)
        }
        var constant: Expr? = nil
        if let value, foldConstant(value) != nil { constant = value }
        let preserveTop = value != nil && constant == nil
        if preserveTop, let value { try visit(value) }
        let savedHandlers = unit.handlerStack
        _ = try unwindBlocks(preserveTop: preserveTop, stopAtLoop: false, location: value?.location ?? location)
        unit.line = location.line
        if let constant {
            try visit(constant)
        } else if value == nil {
            emitConstant(.none)
        }
        emit(.returnValue)
        unit.handlerStack = savedHandlers
    }

    // MARK: imports

    /// `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule through IMPORT_FROM.
    func compileImport(_ alias: Alias) {
        unit.line = alias.location.line
        emitConstant(.int(0))
        emitConstant(.none)
        emit(.importName, attributeName(alias.name))
        let parts = alias.name.split(separator: ".").map(String.init)
        guard let asName = alias.asName else {
            nameOperation(parts[0], .store)
            return
        }
        if parts.count > 1 {
            for (index, part) in parts.dropFirst().enumerated() {
                emit(.importFrom, attributeName(part))
                if index < parts.count - 2 {
                    emit(.swap, 2)
                    emit(.popTop)
                }
            }
            nameOperation(asName, .store)
            emit(.popTop)
        } else {
            nameOperation(asName, .store)
        }
    }

    func compileImportFrom(_ module: String?, _ aliases: [Alias], _ level: Int) {
        emitConstant(.int(Int64(level)))
        emitConstant(.tuple(aliases.map { .string($0.name) }))
        emit(.importName, attributeName(module ?? ""))
        if aliases.count == 1, aliases[0].name == "*" {
            emit(.importStar)
            return
        }
        for alias in aliases {
            emit(.importFrom, attributeName(alias.name))
            nameOperation(alias.asName ?? alias.name, .store)
        }
        emit(.popTop)
    }
}

/// A short description of an expression for error messages, as CPython's _PyAST_ExprAsUnicode names it.
func expressionDescription(_ expression: Expr) -> String {
    switch expression.kind {
    case .call: return "function call"
    case .compare: return "comparison"
    case .constant: return "literal"
    case .tuple: return "tuple"
    case .list: return "list"
    case .lambda: return "lambda"
    default: return "expression"
    }
}
