// Renders a module exactly as CPython's `ast.dump(ast.parse(source))` does
// (no positions), so the parser can be tested differentially against CPython.

/// The module in CPython's `ast.dump` format.
public func dumpAST(_ module: Module) -> String {
    dumpAST(module, includePositions: false)
}

/// With `includePositions`, as `ast.dump(tree, include_attributes=True)` (columns in
/// code points, which equal CPython's UTF-8 byte columns on ASCII lines).
public func dumpAST(_ module: Module, includePositions: Bool) -> String {
    var writer = DumpWriter()
    writer.includePositions = includePositions
    writer.output = "Module(body="
    writer.statements(module.body)
    writer.output += ", type_ignores=[])"
    return writer.output
}

/// Accumulates the dump text; optional fields that are absent are left out, as ast.dump does.
struct DumpWriter {
    var output = ""
    var includePositions = false

    /// Adds position attributes inside the ")" that closes the node just written.
    mutating func positions(_ location: SourceLocation) {
        guard includePositions else { return }
        output.removeLast()
        if output.last != "(" { output += ", " }
        output += "lineno=\(location.line), col_offset=\(location.column), end_lineno=\(location.endLine), end_col_offset=\(location.endColumn))"
    }

    mutating func list<T>(_ items: [T], _ write: (inout DumpWriter, T) -> Void) {
        output += "["
        for (position, item) in items.enumerated() {
            if position > 0 { output += ", " }
            write(&self, item)
        }
        output += "]"
    }

    mutating func statements(_ body: [Stmt]) { list(body) { $0.statement($1) } }
    mutating func expressions(_ items: [Expr]) { list(items) { $0.expression($1) } }

    mutating func field(_ name: String, _ value: Expr?) {
        guard let value = value else { return }
        output += ", \(name)="
        expression(value)
    }

    mutating func names(_ items: [String]) { list(items) { $0.output += pythonRepr(string: $1) } }

    mutating func statement(_ statement: Stmt) {
        statementFields(statement)
        positions(statement.location)
    }

    mutating func statementFields(_ statement: Stmt) {
        switch statement.kind {
        case .functionDef(let definition):
            output += definition.isAsync ? "AsyncFunctionDef(name=" : "FunctionDef(name="
            output += pythonRepr(string: definition.name) + ", args="
            arguments(definition.args)
            output += ", body="
            statements(definition.body)
            output += ", decorator_list="
            expressions(definition.decorators)
            field("returns", definition.returns)
            output += ")"
        case .classDef(let definition):
            output += "ClassDef(name=" + pythonRepr(string: definition.name) + ", bases="
            expressions(definition.bases)
            output += ", keywords="
            list(definition.keywords) { $0.keyword($1) }
            output += ", body="
            statements(definition.body)
            output += ", decorator_list="
            expressions(definition.decorators)
            output += ")"
        case .returnStmt(let value):
            output += "Return("
            if let value = value { output += "value="; expression(value) }
            output += ")"
        case .delete(let targets):
            output += "Delete(targets="
            expressions(targets)
            output += ")"
        case .assign(let targets, let value):
            output += "Assign(targets="
            expressions(targets)
            output += ", value="
            expression(value)
            output += ")"
        case .augAssign(let target, let op, let value):
            output += "AugAssign(target="
            expression(target)
            output += ", op=" + binaryOperatorName(op) + "(), value="
            expression(value)
            output += ")"
        case .annAssign(let target, let annotation, let value, let simple):
            output += "AnnAssign(target="
            expression(target)
            output += ", annotation="
            expression(annotation)
            field("value", value)
            output += ", simple=\(simple ? 1 : 0))"
        case .forLoop(let target, let iter, let body, let orElse, let isAsync):
            output += isAsync ? "AsyncFor(target=" : "For(target="
            expression(target)
            output += ", iter="
            expression(iter)
            output += ", body="
            statements(body)
            output += ", orelse="
            statements(orElse)
            output += ")"
        case .whileLoop(let test, let body, let orElse):
            output += "While(test="
            expression(test)
            output += ", body="
            statements(body)
            output += ", orelse="
            statements(orElse)
            output += ")"
        case .ifStmt(let test, let body, let orElse):
            output += "If(test="
            expression(test)
            output += ", body="
            statements(body)
            output += ", orelse="
            statements(orElse)
            output += ")"
        case .with(let items, let body, let isAsync):
            output += isAsync ? "AsyncWith(items=" : "With(items="
            list(items) { writer, item in
                writer.output += "withitem(context_expr="
                writer.expression(item.context)
                writer.field("optional_vars", item.target)
                writer.output += ")"
            }
            output += ", body="
            statements(body)
            output += ")"
        case .raise(let exception, let cause):
            output += "Raise("
            if let exception = exception { output += "exc="; expression(exception) }
            if let cause = cause { output += exception == nil ? "cause=" : ", cause="; expression(cause) }
            output += ")"
        case .tryStmt(let body, let handlers, let orElse, let finalBody),
             .tryStar(let body, let handlers, let orElse, let finalBody):
            if case .tryStar = statement.kind { output += "TryStar(body=" } else { output += "Try(body=" }
            statements(body)
            output += ", handlers="
            list(handlers) { writer, handler in
                writer.output += "ExceptHandler("
                var separator = ""
                if let type = handler.type { writer.output += "type="; writer.expression(type); separator = ", " }
                if let name = handler.name { writer.output += separator + "name=" + pythonRepr(string: name); separator = ", " }
                writer.output += separator + "body="
                writer.statements(handler.body)
                writer.output += ")"
                writer.positions(handler.location)
            }
            output += ", orelse="
            statements(orElse)
            output += ", finalbody="
            statements(finalBody)
            output += ")"
        case .assert(let test, let message):
            output += "Assert(test="
            expression(test)
            field("msg", message)
            output += ")"
        case .importStmt(let names):
            output += "Import(names="
            list(names) { $0.alias($1) }
            output += ")"
        case .importFrom(let module, let names, let level):
            output += "ImportFrom("
            if let module = module { output += "module=" + pythonRepr(string: module) + ", " }
            output += "names="
            list(names) { $0.alias($1) }
            output += ", level=\(level))"
        case .global(let identifiers):
            output += "Global(names="
            names(identifiers)
            output += ")"
        case .nonlocal(let identifiers):
            output += "Nonlocal(names="
            names(identifiers)
            output += ")"
        case .expr(let value):
            output += "Expr(value="
            expression(value)
            output += ")"
        case .pass: output += "Pass()"
        case .breakStmt: output += "Break()"
        case .continueStmt: output += "Continue()"
        case .match(let subject, let cases):
            output += "Match(subject="
            expression(subject)
            output += ", cases="
            list(cases) { writer, matchCase in
                writer.output += "match_case(pattern="
                writer.pattern(matchCase.pattern)
                writer.field("guard", matchCase.guardTest)
                writer.output += ", body="
                writer.statements(matchCase.body)
                writer.output += ")"
            }
            output += ")"
        }
    }

    mutating func patterns(_ items: [Pattern]) { list(items) { $0.pattern($1) } }

    mutating func pattern(_ pattern: Pattern) {
        switch pattern.kind {
        case .value(let value):
            output += "MatchValue(value="
            expression(value)
            output += ")"
        case .singleton(let constant):
            output += "MatchSingleton(value=" + pythonRepr(constant: constant) + ")"
        case .sequence(let items):
            output += "MatchSequence(patterns="
            patterns(items)
            output += ")"
        case .mapping(let keys, let values, let rest):
            output += "MatchMapping(keys="
            expressions(keys)
            output += ", patterns="
            patterns(values)
            if let rest { output += ", rest=" + pythonRepr(string: rest) }
            output += ")"
        case .classPattern(let cls, let positional, let attributes, let keywordPatterns):
            output += "MatchClass(cls="
            expression(cls)
            output += ", patterns="
            patterns(positional)
            output += ", kwd_attrs="
            names(attributes)
            output += ", kwd_patterns="
            patterns(keywordPatterns)
            output += ")"
        case .star(let name):
            output += "MatchStar(" + (name.map { "name=" + pythonRepr(string: $0) } ?? "") + ")"
        case .asPattern(let inner, let name):
            output += "MatchAs("
            if let inner {
                output += "pattern="
                self.pattern(inner)
                if name != nil { output += ", " }
            }
            if let name { output += "name=" + pythonRepr(string: name) }
            output += ")"
        case .or(let alternatives):
            output += "MatchOr(patterns="
            patterns(alternatives)
            output += ")"
        }
        positions(pattern.location)
    }

    mutating func alias(_ alias: Alias) {
        output += "alias(name=" + pythonRepr(string: alias.name)
        if let asName = alias.asName { output += ", asname=" + pythonRepr(string: asName) }
        output += ")"
        positions(alias.location)
    }

    mutating func keyword(_ keyword: Keyword) {
        output += "keyword("
        if let name = keyword.name { output += "arg=" + pythonRepr(string: name) + ", " }
        output += "value="
        expression(keyword.value)
        output += ")"
        positions(keyword.location)
    }

    mutating func argument(_ argument: Arg) {
        output += "arg(arg=" + pythonRepr(string: argument.name)
        field("annotation", argument.annotation)
        output += ")"
        positions(argument.location)
    }

    mutating func arguments(_ arguments: Arguments) {
        output += "arguments(posonlyargs="
        list(arguments.posOnly) { $0.argument($1) }
        output += ", args="
        list(arguments.args) { $0.argument($1) }
        if let vararg = arguments.vararg { output += ", vararg="; argument(vararg) }
        output += ", kwonlyargs="
        list(arguments.kwOnly) { $0.argument($1) }
        output += ", kw_defaults="
        list(arguments.kwDefaults) { writer, value in
            if let value = value { writer.expression(value) } else { writer.output += "None" }
        }
        if let kwarg = arguments.kwarg { output += ", kwarg="; argument(kwarg) }
        output += ", defaults="
        expressions(arguments.defaults)
        output += ")"
    }

    mutating func comprehensions(_ generators: [Comprehension]) {
        list(generators) { writer, generator in
            writer.output += "comprehension(target="
            writer.expression(generator.target)
            writer.output += ", iter="
            writer.expression(generator.iter)
            writer.output += ", ifs="
            writer.expressions(generator.ifs)
            writer.output += ", is_async=\(generator.isAsync ? 1 : 0))"
        }
    }

    mutating func context(_ context: ExprContext) {
        switch context {
        case .load: output += ", ctx=Load())"
        case .store: output += ", ctx=Store())"
        case .del: output += ", ctx=Del())"
        }
    }

    mutating func expression(_ expression: Expr) {
        expressionFields(expression)
        positions(expression.location)
    }

    mutating func expressionFields(_ expression: Expr) {
        switch expression.kind {
        case .boolOp(let op, let values):
            output += "BoolOp(op=" + (op == .and ? "And()" : "Or()") + ", values="
            expressions(values)
            output += ")"
        case .namedExpr(let target, let value):
            output += "NamedExpr(target="
            self.expression(target)
            output += ", value="
            self.expression(value)
            output += ")"
        case .binOp(let left, let op, let right):
            output += "BinOp(left="
            self.expression(left)
            output += ", op=" + binaryOperatorName(op) + "(), right="
            self.expression(right)
            output += ")"
        case .unaryOp(let op, let operand):
            let name: String
            switch op {
            case .invert: name = "Invert"
            case .not: name = "Not"
            case .uAdd: name = "UAdd"
            case .uSub: name = "USub"
            }
            output += "UnaryOp(op=" + name + "(), operand="
            self.expression(operand)
            output += ")"
        case .lambda(let args, let body):
            output += "Lambda(args="
            arguments(args)
            output += ", body="
            self.expression(body)
            output += ")"
        case .ifExp(let test, let body, let orElse):
            output += "IfExp(test="
            self.expression(test)
            output += ", body="
            self.expression(body)
            output += ", orelse="
            self.expression(orElse)
            output += ")"
        case .dict(let keys, let values):
            output += "Dict(keys="
            list(keys) { writer, key in
                if let key = key { writer.expression(key) } else { writer.output += "None" }
            }
            output += ", values="
            expressions(values)
            output += ")"
        case .set(let elements):
            output += "Set(elts="
            expressions(elements)
            output += ")"
        case .listComp(let element, let generators):
            output += "ListComp(elt="
            self.expression(element)
            output += ", generators="
            comprehensions(generators)
            output += ")"
        case .setComp(let element, let generators):
            output += "SetComp(elt="
            self.expression(element)
            output += ", generators="
            comprehensions(generators)
            output += ")"
        case .generatorExp(let element, let generators):
            output += "GeneratorExp(elt="
            self.expression(element)
            output += ", generators="
            comprehensions(generators)
            output += ")"
        case .dictComp(let key, let value, let generators):
            output += "DictComp(key="
            self.expression(key)
            output += ", value="
            self.expression(value)
            output += ", generators="
            comprehensions(generators)
            output += ")"
        case .await(let value):
            output += "Await(value="
            self.expression(value)
            output += ")"
        case .yield(let value):
            output += "Yield("
            if let value = value { output += "value="; self.expression(value) }
            output += ")"
        case .yieldFrom(let value):
            output += "YieldFrom(value="
            self.expression(value)
            output += ")"
        case .compare(let left, let ops, let comparators):
            output += "Compare(left="
            self.expression(left)
            output += ", ops="
            list(ops) { $0.output += compareOperatorName($1) + "()" }
            output += ", comparators="
            expressions(comparators)
            output += ")"
        case .call(let function, let args, let keywords):
            output += "Call(func="
            self.expression(function)
            output += ", args="
            expressions(args)
            output += ", keywords="
            list(keywords) { $0.keyword($1) }
            output += ")"
        case .formattedValue(let value, let conversion, let formatSpec):
            output += "FormattedValue(value="
            self.expression(value)
            output += ", conversion=\(conversion)"
            field("format_spec", formatSpec)
            output += ")"
        case .joinedStr(let values):
            output += "JoinedStr(values="
            expressions(values)
            output += ")"
        case .constant(let constant):
            output += "Constant(value=" + pythonRepr(constant: constant) + ")"
        case .attribute(let value, let attr, let ctx):
            output += "Attribute(value="
            self.expression(value)
            output += ", attr=" + pythonRepr(string: attr)
            context(ctx)
        case .subscript(let value, let slice, let ctx):
            output += "Subscript(value="
            self.expression(value)
            output += ", slice="
            self.expression(slice)
            context(ctx)
        case .starred(let value, let ctx):
            output += "Starred(value="
            self.expression(value)
            context(ctx)
        case .name(let id, let ctx):
            output += "Name(id=" + pythonRepr(string: id)
            context(ctx)
        case .list(let elements, let ctx):
            output += "List(elts="
            expressions(elements)
            context(ctx)
        case .tuple(let elements, let ctx):
            output += "Tuple(elts="
            expressions(elements)
            context(ctx)
        case .slice(let lower, let upper, let step):
            output += "Slice("
            var separator = ""
            for (name, value) in [("lower", lower), ("upper", upper), ("step", step)] {
                guard let value = value else { continue }
                output += separator + name + "="
                self.expression(value)
                separator = ", "
            }
            output += ")"
        }
    }
}

func binaryOperatorName(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "Add"
    case .sub: return "Sub"
    case .mult: return "Mult"
    case .matMult: return "MatMult"
    case .div: return "Div"
    case .mod: return "Mod"
    case .pow: return "Pow"
    case .lShift: return "LShift"
    case .rShift: return "RShift"
    case .bitOr: return "BitOr"
    case .bitXor: return "BitXor"
    case .bitAnd: return "BitAnd"
    case .floorDiv: return "FloorDiv"
    }
}

func compareOperatorName(_ op: CompareOperator) -> String {
    switch op {
    case .eq: return "Eq"
    case .notEq: return "NotEq"
    case .lt: return "Lt"
    case .ltE: return "LtE"
    case .gt: return "Gt"
    case .gtE: return "GtE"
    case .isOp: return "Is"
    case .isNot: return "IsNot"
    case .inOp: return "In"
    case .notIn: return "NotIn"
    }
}
