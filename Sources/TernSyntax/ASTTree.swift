// The syntax tree in the shape of CPython 3.11's `ast` module: every node named as its
// `_ast` class, with all of its `_fields` in order and its position attributes. One walk
// serves both `ast.dump`-style text (ASTDump.swift) and the Python objects that
// `compile(..., PyCF_ONLY_AST)` returns (built by the VM from this tree).

/// A field value of an `ast` node.
public indirect enum ASTValue {
    case node(ASTNode)
    case list([ASTValue])
    case identifier(String)
    case int(Int)
    case constant(Constant)
    /// An optional field left empty (`None` in Python, left out by `ast.dump`).
    case absent
}

/// One node: its class name, its fields in `_fields` order, and its position if the class
/// has position attributes.
public struct ASTNode {
    public var name: String
    public var fields: [(name: String, value: ASTValue)]
    public var location: SourceLocation?
}

/// The tree of a parsed module as `ast.parse(source, mode=...)` returns it: Module,
/// Expression (eval mode) or Interactive (single mode).
public func astTree(_ module: Module, mode: SourceMode) -> ASTNode {
    let body = ASTValue.list(module.body.map(astValue))
    switch mode {
    case .exec: return ASTNode(name: "Module", fields: [("body", body), ("type_ignores", .list([]))], location: nil)
    case .single: return ASTNode(name: "Interactive", fields: [("body", body)], location: nil)
    case .eval:
        guard let first = module.body.first, case .expr(let value) = first.kind else {
            return ASTNode(name: "Expression", fields: [("body", .absent)], location: nil)
        }
        return ASTNode(name: "Expression", fields: [("body", astValue(value))], location: nil)
    }
}

private func node(_ name: String, _ fields: [(String, ASTValue)], _ location: SourceLocation? = nil) -> ASTValue {
    .node(ASTNode(name: name, fields: fields.map { (name: $0.0, value: $0.1) }, location: location))
}

/// A field-less node: a context, an operator.
private func singleton(_ name: String) -> ASTValue { node(name, []) }

private func optional(_ value: Expr?) -> ASTValue { value.map(astValue) ?? .absent }
private func optional(_ value: String?) -> ASTValue { value.map(ASTValue.identifier) ?? .absent }
private func list(_ items: [Expr]) -> ASTValue { .list(items.map(astValue)) }
private func list(_ items: [Stmt]) -> ASTValue { .list(items.map(astValue)) }
private func list(_ items: [Pattern]) -> ASTValue { .list(items.map(astValue)) }
private func identifiers(_ items: [String]) -> ASTValue { .list(items.map(ASTValue.identifier)) }
private func flag(_ value: Bool) -> ASTValue { .int(value ? 1 : 0) }

func astValue(_ statement: Stmt) -> ASTValue {
    let fields: [(String, ASTValue)]
    let name: String
    switch statement.kind {
    case .functionDef(let definition):
        name = definition.isAsync ? "AsyncFunctionDef" : "FunctionDef"
        fields = [("name", .identifier(definition.name)), ("args", astValue(definition.args)), ("body", list(definition.body)),
                  ("decorator_list", list(definition.decorators)), ("returns", optional(definition.returns)), ("type_comment", .absent)]
    case .classDef(let definition):
        name = "ClassDef"
        fields = [("name", .identifier(definition.name)), ("bases", list(definition.bases)),
                  ("keywords", .list(definition.keywords.map(astValue))), ("body", list(definition.body)),
                  ("decorator_list", list(definition.decorators))]
    case .returnStmt(let value):
        name = "Return"; fields = [("value", optional(value))]
    case .delete(let targets):
        name = "Delete"; fields = [("targets", list(targets))]
    case .assign(let targets, let value):
        name = "Assign"; fields = [("targets", list(targets)), ("value", astValue(value)), ("type_comment", .absent)]
    case .augAssign(let target, let op, let value):
        name = "AugAssign"; fields = [("target", astValue(target)), ("op", singleton(binaryOperatorName(op))), ("value", astValue(value))]
    case .annAssign(let target, let annotation, let value, let simple):
        name = "AnnAssign"
        fields = [("target", astValue(target)), ("annotation", astValue(annotation)), ("value", optional(value)), ("simple", flag(simple))]
    case .forLoop(let target, let iter, let body, let orElse, let isAsync):
        name = isAsync ? "AsyncFor" : "For"
        fields = [("target", astValue(target)), ("iter", astValue(iter)), ("body", list(body)), ("orelse", list(orElse)),
                  ("type_comment", .absent)]
    case .whileLoop(let test, let body, let orElse):
        name = "While"; fields = [("test", astValue(test)), ("body", list(body)), ("orelse", list(orElse))]
    case .ifStmt(let test, let body, let orElse):
        name = "If"; fields = [("test", astValue(test)), ("body", list(body)), ("orelse", list(orElse))]
    case .with(let items, let body, let isAsync):
        name = isAsync ? "AsyncWith" : "With"
        let withItems = items.map { node("withitem", [("context_expr", astValue($0.context)), ("optional_vars", optional($0.target))]) }
        fields = [("items", .list(withItems)), ("body", list(body)), ("type_comment", .absent)]
    case .raise(let exception, let cause):
        name = "Raise"; fields = [("exc", optional(exception)), ("cause", optional(cause))]
    case .tryStmt(let body, let handlers, let orElse, let finalBody),
         .tryStar(let body, let handlers, let orElse, let finalBody):
        if case .tryStar = statement.kind { name = "TryStar" } else { name = "Try" }
        let handlerValues = handlers.map {
            node("ExceptHandler", [("type", optional($0.type)), ("name", optional($0.name)), ("body", list($0.body))], $0.location)
        }
        fields = [("body", list(body)), ("handlers", .list(handlerValues)), ("orelse", list(orElse)), ("finalbody", list(finalBody))]
    case .assert(let test, let message):
        name = "Assert"; fields = [("test", astValue(test)), ("msg", optional(message))]
    case .importStmt(let names):
        name = "Import"; fields = [("names", .list(names.map(astValue)))]
    case .importFrom(let module, let names, let level):
        name = "ImportFrom"; fields = [("module", optional(module)), ("names", .list(names.map(astValue))), ("level", .int(level))]
    case .global(let names):
        name = "Global"; fields = [("names", identifiers(names))]
    case .nonlocal(let names):
        name = "Nonlocal"; fields = [("names", identifiers(names))]
    case .expr(let value):
        name = "Expr"; fields = [("value", astValue(value))]
    case .pass: name = "Pass"; fields = []
    case .breakStmt: name = "Break"; fields = []
    case .continueStmt: name = "Continue"; fields = []
    case .match(let subject, let cases):
        name = "Match"
        let caseValues = cases.map {
            node("match_case", [("pattern", astValue($0.pattern)), ("guard", optional($0.guardTest)), ("body", list($0.body))])
        }
        fields = [("subject", astValue(subject)), ("cases", .list(caseValues))]
    }
    return node(name, fields, statement.location)
}

func astValue(_ pattern: Pattern) -> ASTValue {
    let name: String
    let fields: [(String, ASTValue)]
    switch pattern.kind {
    case .value(let value): name = "MatchValue"; fields = [("value", astValue(value))]
    case .singleton(let constant): name = "MatchSingleton"; fields = [("value", .constant(constant))]
    case .sequence(let items): name = "MatchSequence"; fields = [("patterns", list(items))]
    case .mapping(let keys, let values, let rest):
        name = "MatchMapping"; fields = [("keys", list(keys)), ("patterns", list(values)), ("rest", optional(rest))]
    case .classPattern(let cls, let positional, let attributes, let keywordPatterns):
        name = "MatchClass"
        fields = [("cls", astValue(cls)), ("patterns", list(positional)), ("kwd_attrs", identifiers(attributes)),
                  ("kwd_patterns", list(keywordPatterns))]
    case .star(let target): name = "MatchStar"; fields = [("name", optional(target))]
    case .asPattern(let inner, let target):
        name = "MatchAs"; fields = [("pattern", inner.map(astValue) ?? .absent), ("name", optional(target))]
    case .or(let alternatives): name = "MatchOr"; fields = [("patterns", list(alternatives))]
    }
    return node(name, fields, pattern.location)
}

func astValue(_ alias: Alias) -> ASTValue {
    node("alias", [("name", .identifier(alias.name)), ("asname", optional(alias.asName))], alias.location)
}

func astValue(_ keyword: Keyword) -> ASTValue {
    node("keyword", [("arg", optional(keyword.name)), ("value", astValue(keyword.value))], keyword.location)
}

func astValue(_ argument: Arg) -> ASTValue {
    node("arg", [("arg", .identifier(argument.name)), ("annotation", optional(argument.annotation)), ("type_comment", .absent)],
         argument.location)
}

func astValue(_ arguments: Arguments) -> ASTValue {
    node("arguments", [
        ("posonlyargs", .list(arguments.posOnly.map(astValue))), ("args", .list(arguments.args.map(astValue))),
        ("vararg", arguments.vararg.map(astValue) ?? .absent), ("kwonlyargs", .list(arguments.kwOnly.map(astValue))),
        ("kw_defaults", .list(arguments.kwDefaults.map(optional))), ("kwarg", arguments.kwarg.map(astValue) ?? .absent),
        ("defaults", list(arguments.defaults)),
    ])
}

private func comprehensions(_ generators: [Comprehension]) -> ASTValue {
    .list(generators.map {
        node("comprehension", [("target", astValue($0.target)), ("iter", astValue($0.iter)), ("ifs", list($0.ifs)),
                               ("is_async", flag($0.isAsync))])
    })
}

private func context(_ context: ExprContext) -> ASTValue {
    switch context {
    case .load: return singleton("Load")
    case .store: return singleton("Store")
    case .del: return singleton("Del")
    }
}

func astValue(_ expression: Expr) -> ASTValue {
    let name: String
    let fields: [(String, ASTValue)]
    switch expression.kind {
    case .boolOp(let op, let values):
        name = "BoolOp"; fields = [("op", singleton(op == .and ? "And" : "Or")), ("values", list(values))]
    case .namedExpr(let target, let value):
        name = "NamedExpr"; fields = [("target", astValue(target)), ("value", astValue(value))]
    case .binOp(let left, let op, let right):
        name = "BinOp"; fields = [("left", astValue(left)), ("op", singleton(binaryOperatorName(op))), ("right", astValue(right))]
    case .unaryOp(let op, let operand):
        let opName: String
        switch op {
        case .invert: opName = "Invert"
        case .not: opName = "Not"
        case .uAdd: opName = "UAdd"
        case .uSub: opName = "USub"
        }
        name = "UnaryOp"; fields = [("op", singleton(opName)), ("operand", astValue(operand))]
    case .lambda(let args, let body):
        name = "Lambda"; fields = [("args", astValue(args)), ("body", astValue(body))]
    case .ifExp(let test, let body, let orElse):
        name = "IfExp"; fields = [("test", astValue(test)), ("body", astValue(body)), ("orelse", astValue(orElse))]
    case .dict(let keys, let values):
        name = "Dict"; fields = [("keys", .list(keys.map(optional))), ("values", list(values))]
    case .set(let elements):
        name = "Set"; fields = [("elts", list(elements))]
    case .listComp(let element, let generators):
        name = "ListComp"; fields = [("elt", astValue(element)), ("generators", comprehensions(generators))]
    case .setComp(let element, let generators):
        name = "SetComp"; fields = [("elt", astValue(element)), ("generators", comprehensions(generators))]
    case .dictComp(let key, let value, let generators):
        name = "DictComp"; fields = [("key", astValue(key)), ("value", astValue(value)), ("generators", comprehensions(generators))]
    case .generatorExp(let element, let generators):
        name = "GeneratorExp"; fields = [("elt", astValue(element)), ("generators", comprehensions(generators))]
    case .await(let value): name = "Await"; fields = [("value", astValue(value))]
    case .yield(let value): name = "Yield"; fields = [("value", optional(value))]
    case .yieldFrom(let value): name = "YieldFrom"; fields = [("value", astValue(value))]
    case .compare(let left, let ops, let comparators):
        name = "Compare"
        fields = [("left", astValue(left)), ("ops", .list(ops.map { singleton(compareOperatorName($0)) })), ("comparators", list(comparators))]
    case .call(let function, let args, let keywords):
        name = "Call"; fields = [("func", astValue(function)), ("args", list(args)), ("keywords", .list(keywords.map(astValue)))]
    case .formattedValue(let value, let conversion, let formatSpec):
        name = "FormattedValue"; fields = [("value", astValue(value)), ("conversion", .int(conversion)), ("format_spec", optional(formatSpec))]
    case .joinedStr(let values): name = "JoinedStr"; fields = [("values", list(values))]
    case .constant(let constant): name = "Constant"; fields = [("value", .constant(constant)), ("kind", expression.hasUPrefix ? .identifier("u") : .absent)]
    case .attribute(let value, let attr, let ctx):
        name = "Attribute"; fields = [("value", astValue(value)), ("attr", .identifier(attr)), ("ctx", context(ctx))]
    case .subscript(let value, let slice, let ctx):
        name = "Subscript"; fields = [("value", astValue(value)), ("slice", astValue(slice)), ("ctx", context(ctx))]
    case .starred(let value, let ctx): name = "Starred"; fields = [("value", astValue(value)), ("ctx", context(ctx))]
    case .name(let id, let ctx): name = "Name"; fields = [("id", .identifier(id)), ("ctx", context(ctx))]
    case .list(let elements, let ctx): name = "List"; fields = [("elts", list(elements)), ("ctx", context(ctx))]
    case .tuple(let elements, let ctx): name = "Tuple"; fields = [("elts", list(elements)), ("ctx", context(ctx))]
    case .slice(let lower, let upper, let step):
        name = "Slice"; fields = [("lower", optional(lower)), ("upper", optional(upper)), ("step", optional(step))]
    }
    return node(name, fields, expression.location)
}

public func binaryOperatorName(_ op: BinaryOperator) -> String {
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

public func compareOperatorName(_ op: CompareOperator) -> String {
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

/// CPython's columns: the parser counts code points, CPython's `ast` counts UTF-8 bytes.
public struct ByteColumns {
    let lines: [Substring]

    public init(source: String) {
        lines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// The UTF-8 offset of code-point column `column` of 1-based line `line`.
    public func column(_ column: Int, line: Int) -> Int {
        guard line >= 1, line <= lines.count else { return column }
        let text = lines[line - 1]
        if text.utf8.count == text.unicodeScalars.count { return column }
        return text.unicodeScalars.prefix(column).reduce(0) { $0 + UTF8.width($1) }
    }
}
