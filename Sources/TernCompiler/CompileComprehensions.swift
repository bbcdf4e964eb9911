import TernSyntax

// List, set and dict comprehensions and generator expressions, as in CPython
// 3.11: a nested function taking the outermost iterator as `.0`, made and
// called on the spot. Each `for` clause is a loop with its own LOOP_HEADER.
// An `async for` clause or an `await` makes the comprehension asynchronous: its
// function is then a coroutine, awaited where it is called, and a generator
// expression becomes an async generator, returned unawaited.

extension Compiler {
    enum ComprehensionKind { case list, set, dict, generator }

    /// Makes the comprehension's function and calls it on the outermost iterator.
    func compileComprehension(_ expression: Expr) throws {
        let scope = table.scope(for: expression)
        let kind: ComprehensionKind
        let generators: [Comprehension]
        let elements: [Expr]
        switch expression.kind {
        case .listComp(let element, let clauses): (kind, generators, elements) = (.list, clauses, [element])
        case .setComp(let element, let clauses): (kind, generators, elements) = (.set, clauses, [element])
        case .dictComp(let key, let value, let clauses): (kind, generators, elements) = (.dict, clauses, [key, value])
        case .generatorExp(let element, let clauses): (kind, generators, elements) = (.generator, clauses, [element])
        default: fatalError("not a comprehension")
        }
        // The symbol table marks a comprehension with `async for` clauses, an `await`
        // or an asynchronous comprehension nested in its body as a coroutine.
        let awaitsResult = scope.isCoroutine && kind != .generator
        if awaitsResult && !mayAwait(unit) {
            throw error("asynchronous comprehension outside of an asynchronous function", expression.location)
        }

        enterScope(scope, kind: .comprehension, name: scope.name, firstLine: expression.location.line)
        unit.code.argCount = 1
        switch kind {
        case .list: emit(.buildList, 0)
        case .set: emit(.buildSet, 0)
        case .dict: emit(.buildMap, 0)
        case .generator: break
        }
        try compileComprehensionClause(generators, 0, depth: 0, kind: kind, elements: elements)
        if kind == .generator { emitConstant(.none) }
        emit(.returnValue)
        let code = try exitScope()

        makeClosure(code, flags: 0)
        // In CPython a list display iterated by any comprehension clause, `async for` too, is
        // built as a tuple (so `async for`'s TypeError names a tuple).
        try visit(iterableForm(generators[0].iter))
        emit(generators[0].isAsync ? .getAiter : .getIter)
        // Stack: function, iterator -- the iterator fills the self slot, so CALL 0 passes it as `.0`.
        emit(.call, 0)
        if awaitsResult { emitAwait(context: 0) }
    }

    /// In CPython: an asynchronous list, set or dict comprehension may be awaited only
    /// directly in an `async def` or in another comprehension (which is then asynchronous too).
    func mayAwait(_ enclosing: CompilerUnit) -> Bool {
        enclosing.kind == .comprehension || (enclosing.kind == .function && enclosing.scope.isCoroutine)
    }

    /// One `for ... in ... if ...` clause; the innermost adds the element.
    func compileComprehensionClause(_ generators: [Comprehension], _ index: Int, depth: Int,
                                    kind: ComprehensionKind, elements: [Expr]) throws {
        let generator = generators[index]
        if generator.isAsync {
            try compileAsyncComprehensionClause(generators, index, depth: depth, kind: kind, elements: elements)
            return
        }
        var depth = depth
        let ifCleanup = newLabel(), anchor = newLabel()
        var header: Label? = nil
        if index == 0 {
            emit(.loadFast, unit.localIndex(".0"))
        } else if let single = singleElement(generator.iter) {
            // `for y in [f(x)]` binds y without a loop, as CPython does.
            try visit(single)
        } else {
            try visit(iterableForm(generator.iter))
            emit(.getIter)
        }
        if index == 0 || singleElement(generator.iter) == nil {
            depth += 1
            let loopHeader = newLabel()
            bind(loopHeader)
            emit(.loopHeader, unit.newLoopIndex())
            emitJump(.forIter, anchor)
            header = loopHeader
        }
        try compileComprehensionBody(generators, index, depth: depth, kind: kind, elements: elements, ifCleanup: ifCleanup)
        if let header {
            emitJump(.jumpBackward, header)
            bind(anchor)
        }
    }

    /// One `async for ... in ... if ...` clause: the loop of `async for` statements
    /// (GET_ANEXT and an await under a handler whose END_ASYNC_FOR ends it).
    func compileAsyncComprehensionClause(_ generators: [Comprehension], _ index: Int, depth: Int,
                                         kind: ComprehensionKind, elements: [Expr]) throws {
        let header = newLabel(), ended = newLabel(), ifCleanup = newLabel()
        if index == 0 {
            emit(.loadFast, unit.localIndex(".0"))
        } else {
            try visit(iterableForm(generators[index].iter))
            emit(.getAiter)
        }
        emitAsyncForStep(header: header, ended: ended)
        try compileComprehensionBody(generators, index, depth: depth + 1, kind: kind, elements: elements,
                                     ifCleanup: ifCleanup)
        emitJump(.jumpBackward, header)
        // [aiterator, exc]
        bind(ended)
        emit(.endAsyncFor)
    }

    /// Binds a clause's target, tests its `if`s, then runs the next clause or adds the element.
    func compileComprehensionBody(_ generators: [Comprehension], _ index: Int, depth: Int,
                                  kind: ComprehensionKind, elements: [Expr], ifCleanup: Label) throws {
        let generator = generators[index]
        try visit(generator.target)
        for condition in generator.ifs {
            try jumpIf(condition, ifCleanup, whenTrue: false)
        }
        if index + 1 < generators.count {
            try compileComprehensionClause(generators, index + 1, depth: depth, kind: kind, elements: elements)
        } else {
            switch kind {
            case .generator:
                try visit(elements[0])
                emit(.yieldValue)
                emit(.popTop)
            case .list:
                try visit(elements[0])
                emit(.listAppend, depth + 1)
            case .set:
                try visit(elements[0])
                emit(.setAdd, depth + 1)
            case .dict:
                try visit(elements[0])
                try visit(elements[1])
                emit(.mapAdd, depth + 1)
            }
        }
        bind(ifCleanup)
    }

    /// The only item of a one-element, unstarred list or tuple display.
    func singleElement(_ expression: Expr) -> Expr? {
        switch expression.kind {
        case .list(let elements, _), .tuple(let elements, _):
            if elements.count == 1, !isStarred(elements[0]) { return elements[0] }
            return nil
        default:
            return nil
        }
    }
}
