import TernSyntax

// Entry point of the compiler and the state shared by all its parts: the
// symbol table, the stack of units being compiled (one per nested code
// object), line tracking and name operations.

/// Compiles a parsed module. Throws `SyntaxErrorInfo` for errors found after parsing
/// (scope errors such as `nonlocal` at module level, `return` outside a function).
/// `optimize` is CPython's -O level: 1 drops asserts and makes `__debug__` False, 2 also drops docstrings.
public func compile(_ module: Module, filename: String, mode: SourceMode, optimize: Int = 0) throws -> CodeObject {
    try withLargeStack {
        let table = try SymbolTableBuilder.build(module, filename: filename)
        let compiler = Compiler(filename: filename, table: table, mode: mode, optimize: optimize)
        let code = try compiler.compileModule(module)
        code.warnings = compiler.warnings
        return code
    }
}

/// Compiles one module: the symbol table, and the stack of units for the code objects being built.
final class Compiler {
    let filename: String
    let table: SymbolTable
    let mode: SourceMode
    let optimize: Int
    var units: [CompilerUnit] = []
    /// Results of `foldConstant`, by expression node.
    var foldedConstants: [ObjectIdentifier: CodeConstant?] = [:]
    /// The statement being compiled, for errors CPython reports at the statement.
    var statementLocation = SourceLocation(line: 1, column: 0)
    /// The pattern being compiled, for errors CPython reports at it (CompilePatterns.swift).
    var patternLocation = SourceLocation(line: 1, column: 0)
    /// Nodes the compiler made itself; kept alive so their identities stay unique.
    var syntheticNodes: [Expr] = []
    /// SyntaxWarnings found so far (CompareWarnings.swift); handed over on the module's code object.
    var warnings: [CompilerWarning] = []

    init(filename: String, table: SymbolTable, mode: SourceMode, optimize: Int = 0) {
        self.filename = filename
        self.table = table
        self.mode = mode
        self.optimize = optimize
    }

    var unit: CompilerUnit { units[units.count - 1] }

    func error(_ message: String, _ location: SourceLocation) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, filename: filename, line: location.line,
                        column: location.column + 1, sourceLine: "").spanning(location)
    }

    func emit(_ opcode: Opcode, _ argument: Int = 0) { unit.emit(opcode, argument) }
    func emitJump(_ opcode: Opcode, _ target: Label) { unit.emitJump(opcode, target) }
    func emitConstant(_ constant: CodeConstant) { unit.emitConstant(constant) }
    func newLabel() -> Label { unit.newLabel() }
    func bind(_ label: Label) { unit.bind(label) }

    // MARK: module

    /// The module's code object; `.eval` returns the expression, `.single` prints expression statements.
    func compileModule(_ module: Module) throws -> CodeObject {
        let firstLine = 1
        enterScope(table.top, kind: .module, name: "<module>", firstLine: firstLine)
        switch mode {
        case .eval:
            if let first = module.body.first, case .expr(let value) = first.kind {
                unit.line = first.location.line
                try visit(value)
                emit(.returnValue)
            } else {
                emitConstant(.none)
                emit(.returnValue)
            }
        case .exec, .single:
            if containsAnnotations(module.body) { emit(.setupAnnotations) }
            var body = module.body[...]
            if mode == .exec, let docstring = docstring(of: module.body) {
                unit.line = body.first!.location.line
                emitConstant(.string(docstring))
                nameOperation("__doc__", .store)
                body = body.dropFirst()
            }
            for statement in body { try visit(statement) }
            emitConstant(.none)
            emit(.returnValue)
        }
        return try exitScope()
    }

    // MARK: units

    /// Starts compiling a new code object for `scope`.
    func enterScope(_ scope: Scope, kind: UnitKind, name: String, firstLine: Int) {
        let qualifiedName = units.isEmpty ? name : qualifiedNameFor(name, kind: kind)
        let code = CodeObject(name: name, qualifiedName: qualifiedName, filename: filename, firstLine: firstLine)
        let privateName = units.last?.privateName
        let newUnit = CompilerUnit(scope: scope, kind: kind, code: code, privateName: privateName)
        units.append(newUnit)
    }

    /// Finishes the current unit and returns its code object.
    func exitScope() throws -> CodeObject {
        let finished = unit
        let scope = finished.scope
        var flags: CodeFlags = []
        if finished.kind == .function || finished.kind == .lambda || finished.kind == .comprehension {
            flags.formUnion([.optimized, .newLocals])
            if scope.isNested { flags.insert(.nested) }
            if scope.isGenerator && scope.isCoroutine {
                flags.insert(.asyncGenerator)
            } else if scope.isGenerator {
                flags.insert(.generator)
            } else if scope.isCoroutine {
                flags.insert(.coroutine)
            }
        }
        finished.code.flags.formUnion(flags)
        do {
            try finished.assemble()
        } catch let failure as StackDepthError {
            fatalError("compiler bug in \(finished.code.qualifiedName): \(failure.description)")
        }
        units.removeLast()
        return finished.code
    }

    /// CPython's compiler_set_qualname: `outer.<locals>.inner` for functions in functions.
    func qualifiedNameFor(_ name: String, kind: UnitKind) -> String {
        let parent = unit
        if parent.kind == .module { return name }
        if kind == .function || kind == .classBody {
            let mangled = mangle(name, privateName: parent.privateName)
            if parent.scope.scopeOf(mangled) == .globalExplicit { return name }
        }
        switch parent.kind {
        case .function, .lambda:
            return parent.code.qualifiedName + ".<locals>." + name
        default:
            return parent.code.qualifiedName + "." + name
        }
    }

    // MARK: names

    /// Emits the load, store or delete of a variable, choosing FAST, DEREF, GLOBAL or NAME
    /// from the name's scope, as CPython's compiler_nameop.
    func nameOperation(_ rawName: String, _ context: ExprContext) {
        let name = mangle(rawName, privateName: unit.privateName)
        let scope = unit.scope.scopeOf(name)
        let isFunction = unit.kind != .module && unit.kind != .classBody
        switch scope {
        case .free, .cell:
            let index = unit.derefIndex(name)
            switch context {
            case .load: emit(unit.kind == .classBody ? .loadClassDeref : .loadDeref, index)
            case .store: emit(.storeDeref, index)
            case .del: emit(.deleteDeref, index)
            }
        case .local where isFunction:
            let index = unit.localIndex(name)
            switch context {
            case .load: emit(unit.scope.appendTargets.contains(name) ? .loadFastAndSeal : .loadFast, index)
            case .store: emit(.storeFast, index)
            case .del: emit(.deleteFast, index)
            }
        // Module and class code look implicit globals up by NAME; explicit ones always by GLOBAL.
        case .globalExplicit,
             .globalImplicit where isFunction:
            let index = unit.nameIndex(name)
            switch context {
            case .load: emit(.loadGlobal, index)
            case .store: emit(.storeGlobal, index)
            case .del: emit(.deleteGlobal, index)
            }
        default:
            let index = unit.nameIndex(name)
            switch context {
            case .load: emit(.loadName, index)
            case .store: emit(.storeName, index)
            case .del: emit(.deleteName, index)
            }
        }
    }

    /// Index in `names` of an attribute, method or import name (mangled like CPython).
    func attributeName(_ name: String) -> Int {
        unit.nameIndex(mangle(name, privateName: unit.privateName))
    }

    // MARK: helpers

    /// Runs `body` with the current line set to `line`, then restores it (CPython's SET_LOC).
    func atLine<T>(_ line: Int, _ body: () throws -> T) rethrows -> T {
        let saved = unit.line
        unit.line = line
        defer { unit.line = saved }
        return try body()
    }

    /// Runs `body` with the current line and span set to `location`'s, then restores them
    /// (CPython's SET_LOC, which tracebacks' `~^` markers read).
    func at<T>(_ location: SourceLocation, _ body: () throws -> T) rethrows -> T {
        let savedLine = unit.line, savedSpan = unit.span
        unit.line = location.line
        unit.span = location
        defer { unit.line = savedLine; unit.span = savedSpan }
        return try body()
    }

    /// The docstring of a body: a leading string-constant expression statement (none under -OO).
    func docstring(of body: [Stmt]) -> String? {
        guard optimize < 2, let first = body.first, case .expr(let value) = first.kind,
              case .constant(.string(let text)) = value.kind else { return nil }
        return text
    }

    /// Whether a module or class body has annotated assignments that need `__annotations__`.
    func containsAnnotations(_ body: [Stmt]) -> Bool {
        for statement in body {
            switch statement.kind {
            case .annAssign: return true
            case .forLoop(_, _, let inner, let orElse, _), .whileLoop(_, let inner, let orElse),
                 .ifStmt(_, let inner, let orElse):
                if containsAnnotations(inner) || containsAnnotations(orElse) { return true }
            case .with(_, let inner, _):
                if containsAnnotations(inner) { return true }
            case .match(_, let cases):
                if cases.contains(where: { containsAnnotations($0.body) }) { return true }
            case .tryStmt(let inner, let handlers, let orElse, let final),
                 .tryStar(let inner, let handlers, let orElse, let final):
                if containsAnnotations(inner) || containsAnnotations(orElse) || containsAnnotations(final) { return true }
                if handlers.contains(where: { containsAnnotations($0.body) }) { return true }
            default: break
            }
        }
        return false
    }
}
