import TernSyntax

// compile(tree, filename, mode) for an `_ast` tree: lib/_ast.py checks the tree and flattens
// it into tuples of the shape ASTObjects.swift hands over the other way — (class name, field
// values in `_fields` order, then the four positions when the class has them) — which
// become the parser's Swift nodes here. Columns stay as given (CPython's are UTF-8 bytes).

extension VM {
    /// The module `tree` (Module, Expression or Interactive as `mode` wants) as the parser's tree.
    func moduleFromAST(_ tree: Value, mode: SourceMode) throws(Raised) -> Module {
        let expected = mode == .exec ? "Module" : mode == .eval ? "Expression" : "Interactive"
        let tuples = try callLibraryFunction("_ast", "_tuples_from_tree", tree, intern(expected))
        return try withRoots(tuples) { () throws(Raised) in
            let reader = ASTTupleReader(vm: self)
            let fields = TupleView(tuples)
            if mode == .eval {
                let body = try reader.expr(fields[1])
                return Module(body: [Stmt(.expr(body), body.location)])
            }
            return Module(body: try reader.list(fields[1], reader.stmt))
        }
    }
}

/// Reads the tuples of `_ast._tuples_from_tree`; lib/_ast.py has checked their shape.
private struct ASTTupleReader {
    let vm: VM

    func name(_ tuple: Value) -> String { vm.swiftString(TupleView(tuple)[0]) }

    func location(_ tuple: Value, fieldCount: Int) -> SourceLocation {
        let items = TupleView(tuple)
        func int(_ index: Int) -> Int? { items[1 + fieldCount + index].isInt ? Int(items[1 + fieldCount + index].int) : nil }
        guard items.count >= fieldCount + 5, let line = int(0), let column = int(1) else { return SourceLocation(line: 1, column: 0) }
        return SourceLocation(line: line, column: column, endLine: int(2), endColumn: int(3))
    }

    func list<T>(_ value: Value, _ read: (Value) throws(Raised) -> T) throws(Raised) -> [T] {
        let items = ListView(value)
        var result: [T] = []
        for index in 0..<items.count { result.append(try read(items[index])) }
        return result
    }

    func optionalExpr(_ value: Value) throws(Raised) -> Expr? { value.isNone ? nil : try expr(value) }
    func string(_ value: Value) -> String { vm.swiftString(value) }
    func optionalString(_ value: Value) -> String? { value.isNone ? nil : vm.swiftString(value) }
    func exprs(_ value: Value) throws(Raised) -> [Expr] { try list(value, expr) }
    func stmts(_ value: Value) throws(Raised) -> [Stmt] { try list(value, stmt) }
    func flag(_ value: Value) -> Bool { value.isInt ? value.int != 0 : value == .true }
    func int(_ value: Value) -> Int { value.isInt ? Int(value.int) : 0 }

    func stmt(_ tuple: Value) throws(Raised) -> Stmt {
        let f = TupleView(tuple)
        let kind: StmtKind
        switch name(tuple) {
        case "FunctionDef", "AsyncFunctionDef":
            kind = .functionDef(FunctionDef(name: string(f[1]), args: try arguments(f[2]), body: try stmts(f[3]),
                                            decorators: try exprs(f[4]), returns: try optionalExpr(f[5]),
                                            isAsync: name(tuple) == "AsyncFunctionDef"))
        case "ClassDef":
            kind = .classDef(ClassDef(name: string(f[1]), bases: try exprs(f[2]), keywords: try list(f[3], keyword),
                                      body: try stmts(f[4]), decorators: try exprs(f[5])))
        case "Return": kind = .returnStmt(try optionalExpr(f[1]))
        case "Delete": kind = .delete(try exprs(f[1]))
        case "Assign": kind = .assign(targets: try exprs(f[1]), value: try expr(f[2]))
        case "AugAssign": kind = .augAssign(target: try expr(f[1]), op: binaryOperator(f[2]), value: try expr(f[3]))
        case "AnnAssign":
            kind = .annAssign(target: try expr(f[1]), annotation: try expr(f[2]), value: try optionalExpr(f[3]), simple: flag(f[4]))
        case "For", "AsyncFor":
            kind = .forLoop(target: try expr(f[1]), iter: try expr(f[2]), body: try stmts(f[3]), orElse: try stmts(f[4]),
                            isAsync: name(tuple) == "AsyncFor")
        case "While": kind = .whileLoop(test: try expr(f[1]), body: try stmts(f[2]), orElse: try stmts(f[3]))
        case "If": kind = .ifStmt(test: try expr(f[1]), body: try stmts(f[2]), orElse: try stmts(f[3]))
        case "With", "AsyncWith":
            let items = try list(f[1]) { (item: Value) throws(Raised) -> WithItem in
                WithItem(context: try expr(TupleView(item)[1]), target: try optionalExpr(TupleView(item)[2]))
            }
            kind = .with(items: items, body: try stmts(f[2]), isAsync: name(tuple) == "AsyncWith")
        case "Match":
            let cases = try list(f[2]) { (item: Value) throws(Raised) -> MatchCase in
                let c = TupleView(item)
                return MatchCase(pattern: try pattern(c[1]), guardTest: try optionalExpr(c[2]), body: try stmts(c[3]))
            }
            kind = .match(subject: try expr(f[1]), cases: cases)
        case "Raise": kind = .raise(exc: try optionalExpr(f[1]), cause: try optionalExpr(f[2]))
        case "Try", "TryStar":
            let handlers = try list(f[2]) { (item: Value) throws(Raised) -> ExceptHandler in
                let h = TupleView(item)
                return ExceptHandler(type: try optionalExpr(h[1]), name: optionalString(h[2]), body: try stmts(h[3]),
                                     location: location(item, fieldCount: 3))
            }
            if name(tuple) == "Try" {
                kind = .tryStmt(body: try stmts(f[1]), handlers: handlers, orElse: try stmts(f[3]), finalBody: try stmts(f[4]))
            } else {
                kind = .tryStar(body: try stmts(f[1]), handlers: handlers, orElse: try stmts(f[3]), finalBody: try stmts(f[4]))
            }
        case "Assert": kind = .assert(test: try expr(f[1]), msg: try optionalExpr(f[2]))
        case "Import": kind = .importStmt(try list(f[1], alias))
        case "ImportFrom": kind = .importFrom(module: optionalString(f[1]), names: try list(f[2], alias), level: int(f[3]))
        case "Global": kind = .global(try list(f[1], string))
        case "Nonlocal": kind = .nonlocal(try list(f[1], string))
        case "Expr": kind = .expr(try expr(f[1]))
        case "Pass": kind = .pass
        case "Break": kind = .breakStmt
        default: kind = .continueStmt
        }
        return Stmt(kind, location(tuple, fieldCount: f.count - 5))
    }

    func alias(_ tuple: Value) throws(Raised) -> Alias {
        let f = TupleView(tuple)
        return Alias(name: string(f[1]), asName: optionalString(f[2]), location: location(tuple, fieldCount: 2))
    }

    func keyword(_ tuple: Value) throws(Raised) -> Keyword {
        let f = TupleView(tuple)
        return Keyword(name: optionalString(f[1]), value: try expr(f[2]), location: location(tuple, fieldCount: 2))
    }

    func argument(_ tuple: Value) throws(Raised) -> Arg {
        let f = TupleView(tuple)
        return Arg(name: string(f[1]), annotation: try optionalExpr(f[2]), location: location(tuple, fieldCount: 3))
    }

    func arguments(_ tuple: Value) throws(Raised) -> TernSyntax.Arguments {
        let f = TupleView(tuple)
        var result = TernSyntax.Arguments()
        result.posOnly = try list(f[1], argument)
        result.args = try list(f[2], argument)
        result.vararg = f[3].isNone ? nil : try argument(f[3])
        result.kwOnly = try list(f[4], argument)
        result.kwDefaults = try list(f[5], optionalExpr)
        result.kwarg = f[6].isNone ? nil : try argument(f[6])
        result.defaults = try exprs(f[7])
        return result
    }

    func binaryOperator(_ tuple: Value) -> BinaryOperator {
        let opName = name(tuple)
        return BinaryOperator.allCases.first { binaryOperatorName($0) == opName } ?? .add
    }

    func context(_ tuple: Value) -> ExprContext {
        switch name(tuple) {
        case "Store": return .store
        case "Del": return .del
        default: return .load
        }
    }

    func comprehension(_ tuple: Value) throws(Raised) -> Comprehension {
        let f = TupleView(tuple)
        return Comprehension(target: try expr(f[1]), iter: try expr(f[2]), ifs: try exprs(f[3]), isAsync: flag(f[4]))
    }

    func expr(_ tuple: Value) throws(Raised) -> Expr {
        let f = TupleView(tuple)
        let kind: ExprKind
        switch name(tuple) {
        case "BoolOp": kind = .boolOp(op: name(f[1]) == "And" ? .and : .or, values: try exprs(f[2]))
        case "NamedExpr": kind = .namedExpr(target: try expr(f[1]), value: try expr(f[2]))
        case "BinOp": kind = .binOp(left: try expr(f[1]), op: binaryOperator(f[2]), right: try expr(f[3]))
        case "UnaryOp":
            let op: UnaryOperator
            switch name(f[1]) {
            case "Invert": op = .invert
            case "Not": op = .not
            case "UAdd": op = .uAdd
            default: op = .uSub
            }
            kind = .unaryOp(op: op, operand: try expr(f[2]))
        case "Lambda": kind = .lambda(args: try arguments(f[1]), body: try expr(f[2]))
        case "IfExp": kind = .ifExp(test: try expr(f[1]), body: try expr(f[2]), orElse: try expr(f[3]))
        case "Dict": kind = .dict(keys: try list(f[1], optionalExpr), values: try exprs(f[2]))
        case "Set": kind = .set(try exprs(f[1]))
        case "ListComp": kind = .listComp(elt: try expr(f[1]), generators: try list(f[2], comprehension))
        case "SetComp": kind = .setComp(elt: try expr(f[1]), generators: try list(f[2], comprehension))
        case "DictComp": kind = .dictComp(key: try expr(f[1]), value: try expr(f[2]), generators: try list(f[3], comprehension))
        case "GeneratorExp": kind = .generatorExp(elt: try expr(f[1]), generators: try list(f[2], comprehension))
        case "Await": kind = .await(try expr(f[1]))
        case "Yield": kind = .yield(try optionalExpr(f[1]))
        case "YieldFrom": kind = .yieldFrom(try expr(f[1]))
        case "Compare":
            let ops = try list(f[2]) { (op: Value) throws(Raised) -> CompareOperator in
                let opName = name(op)
                return CompareOperator.allCases.first { compareOperatorName($0) == opName } ?? .eq
            }
            kind = .compare(left: try expr(f[1]), ops: ops, comparators: try exprs(f[3]))
        case "Call": kind = .call(function: try expr(f[1]), args: try exprs(f[2]), keywords: try list(f[3], keyword))
        case "FormattedValue":
            kind = .formattedValue(value: try expr(f[1]), conversion: int(f[2]), formatSpec: try optionalExpr(f[3]))
        case "JoinedStr": kind = .joinedStr(try exprs(f[1]))
        case "Constant": kind = .constant(try constant(f[1]))
        case "Attribute": kind = .attribute(value: try expr(f[1]), attr: string(f[2]), ctx: context(f[3]))
        case "Subscript": kind = .subscript(value: try expr(f[1]), slice: try expr(f[2]), ctx: context(f[3]))
        case "Starred": kind = .starred(value: try expr(f[1]), ctx: context(f[2]))
        case "Name": kind = .name(id: string(f[1]), ctx: context(f[2]))
        case "List": kind = .list(elts: try exprs(f[1]), ctx: context(f[2]))
        case "Tuple": kind = .tuple(elts: try exprs(f[1]), ctx: context(f[2]))
        default: kind = .slice(lower: try optionalExpr(f[1]), upper: try optionalExpr(f[2]), step: try optionalExpr(f[3]))
        }
        return Expr(kind, location(tuple, fieldCount: f.count - 5))
    }

    func pattern(_ tuple: Value) throws(Raised) -> Pattern {
        let f = TupleView(tuple)
        let kind: PatternKind
        switch name(tuple) {
        case "MatchValue": kind = .value(try expr(f[1]))
        case "MatchSingleton": kind = .singleton(try constant(f[1]))
        case "MatchSequence": kind = .sequence(try list(f[1], pattern))
        case "MatchMapping": kind = .mapping(keys: try exprs(f[1]), patterns: try list(f[2], pattern), rest: optionalString(f[3]))
        case "MatchClass":
            kind = .classPattern(cls: try expr(f[1]), patterns: try list(f[2], pattern), keywordAttributes: try list(f[3], string),
                                 keywordPatterns: try list(f[4], pattern))
        case "MatchStar": kind = .star(optionalString(f[1]))
        case "MatchAs": kind = .asPattern(pattern: f[1].isNone ? nil : try pattern(f[1]), name: optionalString(f[2]))
        default: kind = .or(try list(f[1], pattern))
        }
        return Pattern(kind, location(tuple, fieldCount: f.count - 5))
    }

    /// A Constant's value as the parser's constant; the kinds a literal cannot produce are refused.
    func constant(_ value: Value) throws(Raised) -> Constant {
        if value.isNone { return .none }
        if value == vm.ellipsis { return .ellipsis }
        if value.isBool { return .bool(value == .true) }
        if value.isInt { return .int(value.int) }
        if value.isFloat { return .float(value.double) }
        switch vm.typeID(of: value) {
        case TypeID.int:
            let digits = vm.bigIntValue(value).description
            if !digits.hasPrefix("-") { return .bigInt(digits) }
        case TypeID.str: return .string(vm.swiftString(value))
        case TypeID.bytes: return .bytes(vm.bytesContents(value))
        case TypeID.complex:
            let (real, imaginary) = vm.complexParts(value)
            if real == 0 && real.sign == .plus { return .imaginary(imaginary) }
        default: break
        }
        throw vm.raise(vm.exceptionTypes.notImplementedError,
                       "Tern cannot compile a Constant of type \(vm.typeName(value)) from an AST object yet")
    }
}
