import TernSyntax

// try/except/finally and `with`, in CPython 3.11's zero-cost scheme: protected
// ranges go to the exception table (CompilerUnit.pushHandler/popHandler stand
// for SETUP_*/POP_BLOCK), handlers use PUSH_EXC_INFO/POP_EXCEPT to keep the
// previously handled exception, and `finally` bodies are duplicated on the
// normal path. return/break/continue unwind the blocks they leave.

extension Compiler {
    /// try/except/else: body under a handler that dispatches on the exception type.
    func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt]) throws {
        let end = newLabel(), cleanup = newLabel()
        // Stack at the dispatch code: [previous, exc].
        try emitTryBodyAndDispatch(body, orElse, end: end, cleanup: cleanup)
        let dispatchHandlers = unit.handlerStack
        for (index, handler) in handlers.enumerated() {
            unit.line = handler.location.line
            if handler.type == nil, index < handlers.count - 1 {
                throw error("default 'except:' must be last", handler.location)
            }
            let next = newLabel()
            if let type = handler.type {
                try visit(type)
                emit(.checkExcMatch)
                emitJump(.popJumpIfFalse, next)
            }
            if let name = handler.name {
                // except E as name: the body runs in an inner try/finally that deletes name.
                let cleanupEnd = newLabel()
                nameOperation(name, .store)
                unit.pushHandler(cleanupEnd, pushLasti: true)
                try pushBlock(.handlerCleanup(name: name), at: handler.location)
                try visit(handler.body)
                unit.blocks.removeLast()
                unit.popHandler()
                unit.popHandler()
                emit(.popExcept)
                emitDeleteHandlerName(name)
                emitJump(.jumpForward, end)

                unit.handlerStack = dispatchHandlers
                bind(cleanupEnd)
                emitDeleteHandlerName(name)
                emit(.reraise, 1)
            } else {
                emit(.popTop)
                try pushBlock(.handlerCleanup(name: nil), at: handler.location)
                try visit(handler.body)
                unit.blocks.removeLast()
                unit.popHandler()
                emit(.popExcept)
                emitJump(.jumpForward, end)
                unit.handlerStack = dispatchHandlers
            }
            bind(next)
        }
        unit.blocks.removeLast()
        emit(.reraise, 0)
        unit.popHandler()
        bind(cleanup)
        emitPopExceptAndReraise()
        bind(end)
    }

    /// try/except*/else (PEP 654), as CPython 3.11 compiles it: the dispatch code keeps the
    /// original exception and a list of what the clauses raise; each clause takes the part of
    /// what is left that matches its types (CHECK_EG_MATCH) and runs with it as the exception
    /// being handled, an exception it raises goes into the list, and at the end what no clause
    /// matched joins the list and PREP_RERAISE_STAR makes the one exception to re-raise, if any.
    func compileTryStar(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt]) throws {
        let end = newLabel(), cleanup = newLabel(), reraise = newLabel()
        // Stack at the dispatch code: [previous, exc]; then [previous, original, raised list, exc].
        try emitTryBodyAndDispatch(body, orElse, end: end, cleanup: cleanup)
        emit(.copy, 1)
        emit(.buildList, 0)
        emit(.swap, 2)
        let dispatchHandlers = unit.handlerStack
        for handler in handlers {
            unit.line = handler.location.line
            let noMatch = newLabel(), next = newLabel(), raised = newLabel()
            guard let type = handler.type else { throw error("expected one or more exception types", handler.location) }
            try visit(type)
            // [..., exc, type] -> [..., rest, match]
            emit(.checkEgMatch)
            emit(.copy, 1)
            emitJump(.popJumpIfNone, noMatch)
            if let name = handler.name { nameOperation(name, .store) } else { emit(.popTop) }
            unit.pushHandler(raised, pushLasti: true)
            try pushBlock(.exceptStarHandler, at: handler.location)
            try visit(handler.body)
            unit.blocks.removeLast()
            unit.popHandler()
            emitDeleteHandlerName(handler.name)
            emitJump(.jumpForward, next)
            // Raised in the clause: [..., rest, lasti, raised] -> the raised exception joins the list.
            bind(raised)
            emitDeleteHandlerName(handler.name)
            emit(.listAppend, 3)
            emit(.popTop)
            emitJump(.jumpForward, next)
            bind(noMatch)
            emit(.popTop)
            bind(next)
            unit.handlerStack = dispatchHandlers
        }
        // [previous, original, list, rest] -> [previous, exception to re-raise or None]
        emit(.listAppend, 1)
        emit(.prepReraiseStar)
        emit(.copy, 1)
        emitJump(.popJumpIfNotNone, reraise)
        emit(.popTop)
        unit.blocks.removeLast()
        unit.popHandler()
        emit(.popExcept)
        emitJump(.jumpForward, end)
        bind(reraise)
        emit(.swap, 2)
        emit(.popExcept)
        emit(.reraise, 0)
        bind(cleanup)
        emitPopExceptAndReraise()
        bind(end)
    }

    /// A try statement's body under a handler, then its else block and a jump to `end`; then
    /// the handler's entry (PUSH_EXC_INFO, under the `cleanup` row), where its dispatch code goes.
    func emitTryBodyAndDispatch(_ body: [Stmt], _ orElse: [Stmt], end: Label, cleanup: Label) throws {
        let dispatch = newLabel()
        unit.pushHandler(dispatch, pushLasti: false)
        try pushBlock(.tryExcept)
        try visit(body)
        unit.blocks.removeLast()
        unit.popHandler()
        try visit(orElse)
        emitJump(.jumpForward, end)
        bind(dispatch)
        unit.pushHandler(cleanup, pushLasti: true)
        emit(.pushExcInfo)
        try pushBlock(.exceptionHandler)
    }

    /// `name = None; del name` after an `except ... as name` clause.
    func emitDeleteHandlerName(_ name: String?) {
        guard let name else { return }
        emitConstant(.none)
        nameOperation(name, .store)
        nameOperation(name, .del)
    }

    /// try/finally (with optional except clauses inside): the final body runs on both paths.
    func compileTryFinally(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt],
                           _ finalBody: [Stmt], star: Bool = false) throws {
        let handler = newLabel(), exit = newLabel(), cleanup = newLabel()
        unit.pushHandler(handler, pushLasti: false)
        try pushBlock(.finallyTry(body: finalBody))
        if handlers.isEmpty {
            try visit(body)
        } else if star {
            try compileTryStar(body, handlers, orElse)
        } else {
            try compileTryExcept(body, handlers, orElse)
        }
        unit.blocks.removeLast()
        unit.popHandler()
        try visit(finalBody)
        emitJump(.jumpForward, exit)

        // Exceptional path: [exc] -> [previous, exc], run the final body, re-raise.
        bind(handler)
        unit.pushHandler(cleanup, pushLasti: true)
        emit(.pushExcInfo)
        try pushBlock(.finallyEnd)
        try visit(finalBody)
        unit.blocks.removeLast()
        emit(.reraise, 0)
        unit.popHandler()
        bind(cleanup)
        emitPopExceptAndReraise()
        bind(exit)
    }

    /// Enters a control block; CPython allows 20 nested ones per code object (CO_MAXBLOCKS).
    func pushBlock(_ block: FrameBlock, at location: SourceLocation? = nil) throws {
        if unit.blocks.count >= 20 {
            throw error("too many statically nested blocks", location ?? statementLocation)
        }
        unit.blocks.append(block)
    }

    /// Handler of a handler: [previous, lasti, exc] -> restore previous, re-raise exc.
    func emitPopExceptAndReraise() {
        emit(.copy, 3)
        emit(.popExcept)
        emit(.reraise, 1)
    }

    /// One `with` item (items nest): __enter__, the body under a handler, __exit__ on both paths.
    /// `async with` awaits what __aenter__ and __aexit__ return.
    func compileWith(_ items: [WithItem], _ index: Int, _ body: [Stmt], line: Int, isAsync: Bool = false) throws {
        let item = items[index]
        let final = newLabel(), exit = newLabel(), cleanup = newLabel(), suppress = newLabel()
        try visit(item.context)
        unit.line = line
        if isAsync {
            emit(.beforeAsyncWith)
            emitAwait(context: 1)
        } else {
            emit(.beforeWith)
        }
        // Stack: [exit, enter-result]; the handler sees [exit, lasti, exc].
        unit.pushHandler(final, pushLasti: true, depthAdjustment: -1)
        try pushBlock(.with(line: line, isAsync: isAsync))
        if let target = item.target {
            try visit(target)
        } else {
            emit(.popTop)
        }
        if index + 1 < items.count {
            try compileWith(items, index + 1, body, line: line, isAsync: isAsync)
        } else {
            try visit(body)
        }
        unit.popHandler()
        unit.blocks.removeLast()
        unit.line = line
        emitCallExitWithNones()
        if isAsync { emitAwait(context: 2) }
        emit(.popTop)
        emitJump(.jumpForward, exit)

        bind(final)
        unit.pushHandler(cleanup, pushLasti: true)
        emit(.pushExcInfo)
        emit(.withExceptStart)
        if isAsync { emitAwait(context: 2) }
        emitJump(.popJumpIfTrue, suppress)
        emit(.reraise, 2)
        let withCleanup = unit.handlerStack
        unit.popHandler()
        bind(cleanup)
        emitPopExceptAndReraise()
        unit.handlerStack = withCleanup
        bind(suppress)
        emit(.popTop)
        unit.popHandler()
        emit(.popExcept)
        emit(.popTop)
        emit(.popTop)
        bind(exit)
    }

    /// [exit] -> [exit(None, None, None)]: the three Nones fill the self slot and two
    /// arguments of CALL 2, as CPython 3.11 does.
    func emitCallExitWithNones() {
        emitConstant(.none)
        emitConstant(.none)
        emitConstant(.none)
        emit(.call, 2)
    }

    /// Emits the code that leaves the innermost blocks for return/break/continue;
    /// returns the loop block it stopped at when `stopAtLoop` (nil if none). `location` is where
    /// an error points (CPython: the returned value, else the statement).
    func unwindBlocks(preserveTop: Bool, stopAtLoop: Bool, location: SourceLocation) throws -> FrameBlock? {
        guard let top = unit.blocks.last else { return nil }
        if stopAtLoop {
            switch top {
            case .forLoop, .whileLoop: return top
            default: break
            }
        }
        if case .exceptStarHandler = top {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", location)
        }
        unit.blocks.removeLast()
        try unwindBlock(top, preserveTop: preserveTop)
        let result = try unwindBlocks(preserveTop: preserveTop, stopAtLoop: stopAtLoop, location: location)
        unit.blocks.append(top)
        return result
    }

    /// The exit code of one block, as CPython's compiler_unwind_fblock.
    func unwindBlock(_ block: FrameBlock, preserveTop: Bool) throws {
        switch block {
        case .whileLoop, .exceptionHandler, .exceptStarHandler:
            break
        case .forLoop:
            if preserveTop { emit(.swap, 2) }
            emit(.popTop)
        case .tryExcept:
            unit.popHandler()
        case .finallyTry(let body):
            unit.popHandler()
            if preserveTop { try pushBlock(.popValue) }
            let savedLine = unit.line
            try visit(body)
            unit.line = savedLine
            if preserveTop { unit.blocks.removeLast() }
        case .finallyEnd:
            if preserveTop { emit(.swap, 2) }
            emit(.popTop)
            if preserveTop { emit(.swap, 2) }
            unit.popHandler()
            emit(.popExcept)
        case .with(let line, let isAsync):
            atLine(line) {
                unit.popHandler()
                if preserveTop { emit(.swap, 2) }
                emitCallExitWithNones()
                if isAsync { emitAwait(context: 2) }
                emit(.popTop)
            }
        case .handlerCleanup(let name):
            if name != nil { unit.popHandler() }
            if preserveTop { emit(.swap, 2) }
            unit.popHandler()
            emit(.popExcept)
            emitDeleteHandlerName(name)
        case .popValue:
            if preserveTop { emit(.swap, 2) }
            emit(.popTop)
        }
    }
}
