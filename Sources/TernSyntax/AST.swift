// The abstract syntax tree the parser produces and the compiler consumes.
// It mirrors CPython 3.11's `ast` module closely (same node names, same
// fields) so that CPython's compiler is a reliable reference for lowering it.
// Positions are 1-based lines and 0-based columns counted in code points, as
// CPython reports them in SyntaxError and tracebacks.

/// A source position: 1-based line, 0-based column (in code points).
public struct SourceLocation: Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
    }
}

/// A whole module: a file, a `-c` string or one interactive input.
public struct Module {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

public final class Stmt {
    public var kind: StmtKind
    public var location: SourceLocation
    public init(_ kind: StmtKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public final class Expr {
    public var kind: ExprKind
    public var location: SourceLocation
    /// A str constant whose first literal has the prefix `u` (CPython's `Constant.kind == 'u'`).
    public var hasUPrefix = false
    public init(_ kind: ExprKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public enum StmtKind {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case returnStmt(Expr?)
    case delete([Expr])
    /// `a = b = value`: targets in source order.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `target: annotation = value`; `simple` is true for a bare name not in parentheses.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case forLoop(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
    case whileLoop(test: Expr, body: [Stmt], orElse: [Stmt])
    case ifStmt(test: Expr, body: [Stmt], orElse: [Stmt])
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case raise(exc: Expr?, cause: Expr?)
    case tryStmt(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt])
    /// `try ... except* ...` parses; the compiler may reject it.
    case tryStar(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case importStmt([Alias])
    /// `from ..module import names`; `level` counts the leading dots.
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case breakStmt
    case continueStmt
    /// `match subject:` with its `case` blocks in order.
    case match(subject: Expr, cases: [MatchCase])
}

/// One `case pattern if guard:` block of a match statement.
public struct MatchCase {
    public var pattern: Pattern
    public var guardTest: Expr?
    public var body: [Stmt]
    public init(pattern: Pattern, guardTest: Expr?, body: [Stmt]) {
        self.pattern = pattern; self.guardTest = guardTest; self.body = body
    }
}

public final class Pattern {
    public var kind: PatternKind
    public var location: SourceLocation
    public init(_ kind: PatternKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// The pattern nodes of CPython 3.11's `ast` (MatchValue, MatchSingleton, ...).
public enum PatternKind {
    /// A literal or dotted name compared with `==`.
    case value(Expr)
    /// None, True or False, compared with `is`.
    case singleton(Constant)
    case sequence([Pattern])
    /// `{key: pattern, **rest}`; keys are literals or attribute lookups.
    case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case classPattern(cls: Expr, patterns: [Pattern], keywordAttributes: [String], keywordPatterns: [Pattern])
    /// `*name` in a sequence pattern; nil for `*_`.
    case star(String?)
    /// `pattern as name`, a capture (`pattern` nil) or the wildcard `_` (both nil).
    case asPattern(pattern: Pattern?, name: String?)
    case or([Pattern])
}

public struct FunctionDef {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name; self.args = args; self.body = body
        self.decorators = decorators; self.returns = returns; self.isAsync = isAsync
    }
}

public struct ClassDef {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name; self.bases = bases; self.keywords = keywords
        self.body = body; self.decorators = decorators
    }
}

/// A parameter list, as CPython's `ast.arguments`.
/// `defaults` belong to the last `defaults.count` of `posOnly + args`;
/// `kwDefaults[i]` belongs to `kwOnly[i]` (nil when it has none).
public struct Arguments {
    public var posOnly: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg? = nil
    public var kwOnly: [Arg] = []
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg? = nil
    public var defaults: [Expr] = []
    public init() {}
}

public struct Arg {
    public var name: String
    public var annotation: Expr?
    public var location: SourceLocation
    public init(name: String, annotation: Expr?, location: SourceLocation) {
        self.name = name; self.annotation = annotation; self.location = location
    }
}

/// `name=value` in a call or class statement; `name == nil` means `**value`.
public struct Keyword {
    public var name: String?
    public var value: Expr
    public var location: SourceLocation
    public init(name: String?, value: Expr, location: SourceLocation) {
        self.name = name; self.value = value; self.location = location
    }
}

/// `import a.b.c as d`: name is the dotted name, asName the binding if any.
public struct Alias {
    public var name: String
    public var asName: String?
    public var location: SourceLocation
    public init(name: String, asName: String?, location: SourceLocation) {
        self.name = name; self.asName = asName; self.location = location
    }
}

public struct WithItem {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) { self.context = context; self.target = target }
}

public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type; self.name = name; self.body = body; self.location = location
    }
}

public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target; self.iter = iter; self.ifs = ifs; self.isAsync = isAsync
    }
}

/// Whether a name, attribute, subscript, starred, list or tuple expression is read, written or deleted.
public enum ExprContext { case load, store, del }

public enum BoolOperator { case and, or }

public enum BinaryOperator: Int, CaseIterable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv
}

public enum UnaryOperator { case invert, not, uAdd, uSub }

public enum CompareOperator: Int, CaseIterable {
    case eq, notEq, lt, ltE, gt, gtE, isOp, isNot, inOp, notIn
}

/// A literal constant. Integers that do not fit in Int64 keep their decimal digits.
public enum Constant: Equatable {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int64)
    /// An integer literal too large for Int64, as decimal digits (no sign, no underscores).
    case bigInt(String)
    case float(Double)
    /// An imaginary literal such as `3j`: the parser produces it; the compiler may reject it.
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
}

/// What an expression is, with its children (CPython's `ast.expr` subclasses). Stored
/// inline in its `Expr`, not boxed per node; only the large `lambda` payload is boxed.
public enum ExprKind {
    case boolOp(op: BoolOperator, values: [Expr])
    /// `target := value`
    case namedExpr(target: Expr, value: Expr)
    case binOp(left: Expr, op: BinaryOperator, right: Expr)
    case unaryOp(op: UnaryOperator, operand: Expr)
    indirect case lambda(args: Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    /// `{k: v, **d}`: a nil key means `**value`.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case listComp(elt: Expr, generators: [Comprehension])
    case setComp(elt: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(elt: Expr, generators: [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `a < b < c`: left, then (op, comparator) pairs.
    case compare(left: Expr, ops: [CompareOperator], comparators: [Expr])
    case call(function: Expr, args: [Expr], keywords: [Keyword])
    /// `{value!conversion:formatSpec}` inside an f-string; conversion is -1 (none), 115 's', 114 'r', 97 'a'.
    case formattedValue(value: Expr, conversion: Int, formatSpec: Expr?)
    /// An f-string: its parts are `.constant(.string)` and `.formattedValue`.
    case joinedStr([Expr])
    case constant(Constant)
    case attribute(value: Expr, attr: String, ctx: ExprContext)
    case `subscript`(value: Expr, slice: Expr, ctx: ExprContext)
    case starred(value: Expr, ctx: ExprContext)
    case name(id: String, ctx: ExprContext)
    case list(elts: [Expr], ctx: ExprContext)
    case tuple(elts: [Expr], ctx: ExprContext)
    /// `lower:upper:step` inside a subscript.
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// A syntax error found by the lexer, the parser or the compiler's scope analysis.
/// `kind` is the Python exception class name: "SyntaxError", "IndentationError" or "TabError".
public struct SyntaxErrorInfo: Error, Equatable {
    public var kind: String
    public var message: String
    public var filename: String
    /// 1-based line.
    public var line: Int
    /// 1-based column as CPython prints the caret (offset), in code points.
    public var column: Int
    /// The text of the offending line without its newline, or "" when unknown.
    public var sourceLine: String
    /// 1-based line and column just past the offending text (CPython's end_lineno,
    /// end_offset): the caret line marks `column..<endColumn`. 0 when unknown (one caret).
    public var endLine: Int
    public var endColumn: Int
    public init(kind: String = "SyntaxError", message: String, filename: String, line: Int, column: Int, sourceLine: String,
                endLine: Int = 0, endColumn: Int = 0) {
        self.kind = kind; self.message = message; self.filename = filename
        self.line = line; self.column = column; self.sourceLine = sourceLine
        self.endLine = endLine; self.endColumn = endColumn
    }

    /// The same error marking the whole of `location` (0-based columns, as in the AST).
    public func spanning(_ location: SourceLocation) -> SyntaxErrorInfo {
        var copy = self
        copy.endLine = location.endLine
        copy.endColumn = location.endColumn + 1
        return copy
    }
}

/// How a piece of source is read: a file or `-c` string, one interactive
/// statement (expression values are printed), or an `eval()` expression
/// (the module then holds one `.expr` statement).
public enum SourceMode { case exec, single, eval }
