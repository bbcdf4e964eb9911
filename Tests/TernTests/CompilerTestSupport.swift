import Foundation
import XCTest
@testable import TernCompiler
import TernSyntax

// Test-only front end: CPython 3.11's own `ast` module parses the source and
// prints it as JSON, which is converted here into Tern's AST. This lets the
// compiler be tested on real programs (and on the standard library) before,
// and independently of, Tern's parser.

enum PythonAST {
    static let script = #"""
import ast, json, sys
def convert(node):
    if isinstance(node, ast.Constant):
        value = node.value
        if value is None: encoded = {'t': 'none'}
        elif value is Ellipsis: encoded = {'t': 'ellipsis'}
        elif isinstance(value, bool): encoded = {'t': 'bool', 'v': value}
        elif isinstance(value, int): encoded = {'t': 'int', 'v': str(value)}
        elif isinstance(value, float): encoded = {'t': 'float', 'v': repr(value)}
        elif isinstance(value, complex): encoded = {'t': 'imaginary', 'v': repr(value.imag)}
        elif isinstance(value, str): encoded = {'t': 'str', 'v': value}
        elif isinstance(value, bytes): encoded = {'t': 'bytes', 'v': list(value)}
        else: raise TypeError(type(value))
        result = {'_': 'Constant', 'value': encoded}
    elif isinstance(node, ast.AST):
        result = {'_': type(node).__name__}
        for field in node._fields:
            result[field] = convert(getattr(node, field, None))
    elif isinstance(node, list):
        return [convert(item) for item in node]
    else:
        return node
    if hasattr(node, 'lineno'):
        result['@'] = [node.lineno, node.col_offset, node.end_lineno or node.lineno,
                       node.end_col_offset or node.col_offset]
    return result
mode = sys.argv[1]
if mode == 'files':
    for path in sys.stdin.read().split('\n'):
        if not path: continue
        try:
            with open(path, encoding='utf-8') as handle:
                tree = ast.parse(handle.read())
            print(json.dumps(convert(tree)))
        except (SyntaxError, UnicodeDecodeError, ValueError, RecursionError) as error:
            print(json.dumps({'error': str(error)}))
    sys.exit(0)
source = sys.stdin.read()
try:
    tree = ast.parse(source, mode=mode)
except SyntaxError as error:
    print(json.dumps({'error': str(error.msg)}))
    sys.exit(0)
print(json.dumps(convert(tree)))
"""#

    struct ParseFailure: Error { let message: String }

    /// Parses `source` with CPython and converts the result to a Tern module.
    static func parse(_ source: String, mode: SourceMode = .exec) throws -> Module {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let modeName = mode == .exec ? "exec" : mode == .single ? "single" : "eval"
        process.arguments = ["python3", "-c", script, modeName]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(source.data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        if let message = json["error"] as? String { throw ParseFailure(message: message) }
        switch json["_"] as! String {
        case "Expression":
            let body = expression(json["body"])
            return Module(body: [Stmt(.expr(body), body.location)])
        default:
            return Module(body: statements(json["body"]))
        }
    }

    /// Parses many files with one CPython process; nil for files CPython rejects.
    static func parseFiles(_ paths: [String]) throws -> [Module?] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, "files"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(paths.joined(separator: "\n").data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").map { line in
            // Files with lone surrogates in strings cannot be carried through JSON; skip them.
            guard let json = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                  json["error"] == nil else { return nil }
            return Module(body: statements(json["body"]))
        }
    }

    static func location(_ node: [String: Any]) -> SourceLocation {
        guard let values = node["@"] as? [Int] else { return SourceLocation(line: 1, column: 0) }
        return SourceLocation(line: values[0], column: values[1], endLine: values[2], endColumn: values[3])
    }

    static func statements(_ value: Any?) -> [Stmt] {
        (value as? [Any] ?? []).map { statement($0) }
    }

    static func expressions(_ value: Any?) -> [Expr] {
        (value as? [Any] ?? []).map { expression($0) }
    }

    static func optionalExpression(_ value: Any?) -> Expr? {
        guard let node = value as? [String: Any] else { return nil }
        return expression(node)
    }

    static func kind(_ value: Any?) -> String { (value as? [String: Any])?["_"] as? String ?? "" }

    static func statement(_ value: Any) -> Stmt {
        let node = value as! [String: Any]
        let at = location(node)
        switch node["_"] as! String {
        case "FunctionDef", "AsyncFunctionDef":
            return Stmt(.functionDef(FunctionDef(
                name: node["name"] as! String, args: arguments(node["args"]), body: statements(node["body"]),
                decorators: expressions(node["decorator_list"]), returns: optionalExpression(node["returns"]),
                isAsync: node["_"] as! String == "AsyncFunctionDef")), at)
        case "ClassDef":
            return Stmt(.classDef(ClassDef(
                name: node["name"] as! String, bases: expressions(node["bases"]),
                keywords: keywords(node["keywords"]), body: statements(node["body"]),
                decorators: expressions(node["decorator_list"]))), at)
        case "Return": return Stmt(.returnStmt(optionalExpression(node["value"])), at)
        case "Delete": return Stmt(.delete(expressions(node["targets"])), at)
        case "Assign": return Stmt(.assign(targets: expressions(node["targets"]), value: expression(node["value"])), at)
        case "AugAssign":
            return Stmt(.augAssign(target: expression(node["target"]), op: binaryOperator(node["op"]),
                                   value: expression(node["value"])), at)
        case "AnnAssign":
            return Stmt(.annAssign(target: expression(node["target"]), annotation: expression(node["annotation"]),
                                   value: optionalExpression(node["value"]), simple: (node["simple"] as! Int) != 0), at)
        case "For", "AsyncFor":
            return Stmt(.forLoop(target: expression(node["target"]), iter: expression(node["iter"]),
                                 body: statements(node["body"]), orElse: statements(node["orelse"]),
                                 isAsync: node["_"] as! String == "AsyncFor"), at)
        case "While":
            return Stmt(.whileLoop(test: expression(node["test"]), body: statements(node["body"]),
                                   orElse: statements(node["orelse"])), at)
        case "If":
            return Stmt(.ifStmt(test: expression(node["test"]), body: statements(node["body"]),
                                orElse: statements(node["orelse"])), at)
        case "With", "AsyncWith":
            let items = (node["items"] as! [Any]).map { item -> WithItem in
                let fields = item as! [String: Any]
                return WithItem(context: expression(fields["context_expr"]!),
                                target: optionalExpression(fields["optional_vars"]))
            }
            return Stmt(.with(items: items, body: statements(node["body"]), isAsync: node["_"] as! String == "AsyncWith"), at)
        case "Raise": return Stmt(.raise(exc: optionalExpression(node["exc"]), cause: optionalExpression(node["cause"])), at)
        case "Try", "TryStar":
            let handlers = (node["handlers"] as! [Any]).map { item -> ExceptHandler in
                let fields = item as! [String: Any]
                return ExceptHandler(type: optionalExpression(fields["type"]), name: fields["name"] as? String,
                                     body: statements(fields["body"]), location: location(fields))
            }
            if node["_"] as! String == "TryStar" {
                return Stmt(.tryStar(body: statements(node["body"]), handlers: handlers,
                                     orElse: statements(node["orelse"]), finalBody: statements(node["finalbody"])), at)
            }
            return Stmt(.tryStmt(body: statements(node["body"]), handlers: handlers,
                                 orElse: statements(node["orelse"]), finalBody: statements(node["finalbody"])), at)
        case "Assert": return Stmt(.assert(test: expression(node["test"]), msg: optionalExpression(node["msg"])), at)
        case "Import": return Stmt(.importStmt(aliases(node["names"], at)), at)
        case "ImportFrom":
            return Stmt(.importFrom(module: node["module"] as? String, names: aliases(node["names"], at),
                                    level: node["level"] as? Int ?? 0), at)
        case "Global": return Stmt(.global(node["names"] as! [String]), at)
        case "Nonlocal": return Stmt(.nonlocal(node["names"] as! [String]), at)
        case "Expr": return Stmt(.expr(expression(node["value"])), at)
        case "Pass": return Stmt(.pass, at)
        case "Break": return Stmt(.breakStmt, at)
        case "Continue": return Stmt(.continueStmt, at)
        case "Match":
            let cases = (node["cases"] as! [Any]).map { item -> MatchCase in
                let fields = item as! [String: Any]
                return MatchCase(pattern: pattern(fields["pattern"]!), guardTest: optionalExpression(fields["guard"]),
                                 body: statements(fields["body"]))
            }
            return Stmt(.match(subject: expression(node["subject"]), cases: cases), at)
        case let other: fatalError("unsupported statement \(other)")
        }
    }

    static func patterns(_ value: Any?) -> [Pattern] {
        (value as? [Any] ?? []).map { pattern($0) }
    }

    static func pattern(_ value: Any) -> Pattern {
        let node = value as! [String: Any]
        let at = location(node)
        switch node["_"] as! String {
        case "MatchValue": return Pattern(.value(expression(node["value"])), at)
        case "MatchSingleton":
            // The value is a bare None, True or False (JSON null, true, false).
            let constant: Constant = (node["value"] as? Bool).map { .bool($0) } ?? .none
            return Pattern(.singleton(constant), at)
        case "MatchSequence": return Pattern(.sequence(patterns(node["patterns"])), at)
        case "MatchMapping":
            return Pattern(.mapping(keys: expressions(node["keys"]), patterns: patterns(node["patterns"]),
                                    rest: node["rest"] as? String), at)
        case "MatchClass":
            return Pattern(.classPattern(cls: expression(node["cls"]), patterns: patterns(node["patterns"]),
                                         keywordAttributes: node["kwd_attrs"] as? [String] ?? [],
                                         keywordPatterns: patterns(node["kwd_patterns"])), at)
        case "MatchStar": return Pattern(.star(node["name"] as? String), at)
        case "MatchAs":
            return Pattern(.asPattern(pattern: (node["pattern"] as? [String: Any]).map { pattern($0) },
                                      name: node["name"] as? String), at)
        case "MatchOr": return Pattern(.or(patterns(node["patterns"])), at)
        case let other: fatalError("unsupported pattern \(other)")
        }
    }

    static func aliases(_ value: Any?, _ at: SourceLocation) -> [Alias] {
        (value as! [Any]).map { item in
            let fields = item as! [String: Any]
            return Alias(name: fields["name"] as! String, asName: fields["asname"] as? String,
                         location: fields["@"] == nil ? at : location(fields))
        }
    }

    static func keywords(_ value: Any?) -> [Keyword] {
        (value as! [Any]).map { item in
            let fields = item as! [String: Any]
            return Keyword(name: fields["arg"] as? String, value: expression(fields["value"]), location: location(fields))
        }
    }

    static func argument(_ value: Any?) -> Arg? {
        guard let fields = value as? [String: Any] else { return nil }
        return Arg(name: fields["arg"] as! String, annotation: optionalExpression(fields["annotation"]),
                   location: location(fields))
    }

    static func arguments(_ value: Any?) -> Arguments {
        let fields = value as! [String: Any]
        var result = Arguments()
        result.posOnly = (fields["posonlyargs"] as! [Any]).map { argument($0)! }
        result.args = (fields["args"] as! [Any]).map { argument($0)! }
        result.vararg = argument(fields["vararg"])
        result.kwOnly = (fields["kwonlyargs"] as! [Any]).map { argument($0)! }
        result.kwDefaults = (fields["kw_defaults"] as! [Any]).map { optionalExpression($0) }
        result.kwarg = argument(fields["kwarg"])
        result.defaults = expressions(fields["defaults"])
        return result
    }

    static func context(_ value: Any?) -> ExprContext {
        switch kind(value) {
        case "Store": return .store
        case "Del": return .del
        default: return .load
        }
    }

    static func binaryOperator(_ value: Any?) -> BinaryOperator {
        let names = ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
                     "BitXor", "BitAnd", "FloorDiv"]
        return BinaryOperator(rawValue: names.firstIndex(of: kind(value))!)!
    }

    static func compareOperator(_ value: Any?) -> CompareOperator {
        let names = ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"]
        return CompareOperator(rawValue: names.firstIndex(of: kind(value))!)!
    }

    static func comprehensions(_ value: Any?) -> [Comprehension] {
        (value as! [Any]).map { item in
            let fields = item as! [String: Any]
            return Comprehension(target: expression(fields["target"]), iter: expression(fields["iter"]),
                                 ifs: expressions(fields["ifs"]), isAsync: (fields["is_async"] as! Int) != 0)
        }
    }

    static func constant(_ value: Any?) -> Constant {
        let fields = value as! [String: Any]
        switch fields["t"] as! String {
        case "none": return .none
        case "ellipsis": return .ellipsis
        case "bool": return .bool(fields["v"] as! Bool)
        case "int":
            let digits = fields["v"] as! String
            if let small = Int64(digits) { return .int(small) }
            return .bigInt(digits)
        case "float": return .float(Double(fields["v"] as! String)!)
        case "imaginary": return .imaginary(Double(fields["v"] as! String)!)
        case "str": return .string(fields["v"] as! String)
        case "bytes": return .bytes((fields["v"] as! [Int]).map { UInt8($0) })
        case let other: fatalError("constant \(other)")
        }
    }

    static func expression(_ value: Any?) -> Expr {
        let node = value as! [String: Any]
        let at = location(node)
        let kind: ExprKind
        switch node["_"] as! String {
        case "BoolOp":
            kind = .boolOp(op: self.kind(node["op"]) == "And" ? .and : .or, values: expressions(node["values"]))
        case "NamedExpr": kind = .namedExpr(target: expression(node["target"]), value: expression(node["value"]))
        case "BinOp":
            kind = .binOp(left: expression(node["left"]), op: binaryOperator(node["op"]), right: expression(node["right"]))
        case "UnaryOp":
            let op: UnaryOperator
            switch self.kind(node["op"]) {
            case "Invert": op = .invert
            case "Not": op = .not
            case "UAdd": op = .uAdd
            default: op = .uSub
            }
            kind = .unaryOp(op: op, operand: expression(node["operand"]))
        case "Lambda": kind = .lambda(args: arguments(node["args"]), body: expression(node["body"]))
        case "IfExp":
            kind = .ifExp(test: expression(node["test"]), body: expression(node["body"]), orElse: expression(node["orelse"]))
        case "Dict":
            kind = .dict(keys: (node["keys"] as! [Any]).map { optionalExpression($0) }, values: expressions(node["values"]))
        case "Set": kind = .set(expressions(node["elts"]))
        case "ListComp": kind = .listComp(elt: expression(node["elt"]), generators: comprehensions(node["generators"]))
        case "SetComp": kind = .setComp(elt: expression(node["elt"]), generators: comprehensions(node["generators"]))
        case "DictComp":
            kind = .dictComp(key: expression(node["key"]), value: expression(node["value"]),
                             generators: comprehensions(node["generators"]))
        case "GeneratorExp":
            kind = .generatorExp(elt: expression(node["elt"]), generators: comprehensions(node["generators"]))
        case "Await": kind = .await(expression(node["value"]))
        case "Yield": kind = .yield(optionalExpression(node["value"]))
        case "YieldFrom": kind = .yieldFrom(expression(node["value"]))
        case "Compare":
            kind = .compare(left: expression(node["left"]), ops: (node["ops"] as! [Any]).map { compareOperator($0) },
                            comparators: expressions(node["comparators"]))
        case "Call":
            kind = .call(function: expression(node["func"]), args: expressions(node["args"]), keywords: keywords(node["keywords"]))
        case "FormattedValue":
            kind = .formattedValue(value: expression(node["value"]), conversion: node["conversion"] as! Int,
                                   formatSpec: optionalExpression(node["format_spec"]))
        case "JoinedStr": kind = .joinedStr(expressions(node["values"]))
        case "Constant": kind = .constant(constant(node["value"]))
        case "Attribute":
            kind = .attribute(value: expression(node["value"]), attr: node["attr"] as! String, ctx: context(node["ctx"]))
        case "Subscript":
            kind = .subscript(value: expression(node["value"]), slice: expression(node["slice"]), ctx: context(node["ctx"]))
        case "Starred": kind = .starred(value: expression(node["value"]), ctx: context(node["ctx"]))
        case "Name": kind = .name(id: node["id"] as! String, ctx: context(node["ctx"]))
        case "List": kind = .list(elts: expressions(node["elts"]), ctx: context(node["ctx"]))
        case "Tuple": kind = .tuple(elts: expressions(node["elts"]), ctx: context(node["ctx"]))
        case "Slice":
            kind = .slice(lower: optionalExpression(node["lower"]), upper: optionalExpression(node["upper"]),
                          step: optionalExpression(node["step"]))
        case let other: fatalError("unsupported expression \(other)")
        }
        return Expr(kind, at)
    }
}

/// Compiles source text (parsed by CPython's ast) and checks every invariant of the result.
func compileForTest(_ source: String, mode: SourceMode = .exec, filename: String = "<test>",
                    file: StaticString = #filePath, line: UInt = #line) throws -> CodeObject {
    let module = try PythonAST.parse(source, mode: mode)
    let code = try compile(module, filename: filename, mode: mode)
    let problems = verifyCode(code)
    XCTAssert(problems.isEmpty, problems.joined(separator: "\n"), file: file, line: line)
    return code
}

/// The SyntaxErrorInfo that compiling `source` throws, or nil.
func compileError(_ source: String, mode: SourceMode = .exec) throws -> SyntaxErrorInfo? {
    let module = try PythonAST.parse(source, mode: mode)
    do {
        _ = try compile(module, filename: "<test>", mode: mode)
        return nil
    } catch let error as SyntaxErrorInfo {
        return error
    }
}
