import TernSyntax

// The symbol table: which names each function, class and comprehension binds,
// and how every use resolves (local slot, cell, free variable, global, or a
// namespace lookup). It is built in one pass over the AST (SymbolTableBuilder)
// and resolved in a second (ScopeAnalysis.swift), as CPython's symtable.c does.

/// How a name is reached from one scope (CPython's LOCAL, GLOBAL_EXPLICIT, ...).
enum NameScope {
    case local
    case globalExplicit
    case globalImplicit
    case free
    case cell
}

/// What a scope does with a name before resolution.
struct SymbolFlags: OptionSet {
    let rawValue: Int
    static let assigned = SymbolFlags(rawValue: 1)
    static let declaredGlobal = SymbolFlags(rawValue: 2)
    static let declaredNonlocal = SymbolFlags(rawValue: 4)
    static let parameter = SymbolFlags(rawValue: 8)
    static let used = SymbolFlags(rawValue: 16)
    /// A class-body name that a method also uses as a free variable (LOAD_CLASSDEREF case).
    static let freeInClass = SymbolFlags(rawValue: 32)
    static let imported = SymbolFlags(rawValue: 64)
    static let annotated = SymbolFlags(rawValue: 128)
    static let bound: SymbolFlags = [.assigned, .parameter, .imported]
}

/// One block of the symbol table: the module, a class body, or a function
/// (def, lambda, comprehension or generator expression).
final class Scope {
    enum Kind { case module, classBody, function }

    let kind: Kind
    /// The code object's name: the function or class name, `<lambda>`, `<listcomp>`, `<module>`.
    let name: String
    let line: Int
    var isComprehension = false
    var isLambda = false
    /// True when a function is nested in another function (CO_NESTED).
    var isNested = false
    var isGenerator = false
    var isCoroutine = false
    var returnsValue = false
    /// A class whose methods use `super` or `__class__` gets an implicit `__class__` cell.
    var needsClassClosure = false
    /// Set when some name resolution made this scope need free variables.
    var hasFreeVariables = false

    /// Names in the order they were first seen (for deterministic iteration); a name's
    /// position there is its position in `symbolFlags` and `resolutions`.
    private(set) var symbols = NamePool()
    private(set) var symbolFlags: [SymbolFlags] = []
    var symbolOrder: [String] { symbols.names }
    /// Parameter names in CPython's co_varnames order (positional, keyword-only, *args, **kwargs).
    var parameters: [String] = []
    /// Where each `global`/`nonlocal` name was declared, for error locations.
    var directives: [String: SourceLocation] = [:]
    var children: [Scope] = []
    /// Names bound by the `for` targets of a comprehension (CPython's DEF_COMP_ITER).
    var iterationVariables = Set<String>()
    /// Above zero while visiting a comprehension's iterable expression in this scope.
    var iterableExpressionDepth = 0
    /// Names assigned by `name += value` or `name = name + value` (a str may grow in place
    /// there: every other load of the name seals it, see LOAD_FAST_AND_SEAL).
    var appendTargets = Set<String>()

    /// Filled by analysis, one per symbol.
    var resolutions: [NameScope] = []
    var cellVariables: [String] = []
    var freeVariables: [String] = []

    init(kind: Kind, name: String, line: Int) {
        self.kind = kind
        self.name = name
        self.line = line
    }

    func flags(_ name: String) -> SymbolFlags {
        guard let index = symbols.position(of: name) else { return [] }
        return symbolFlags[index]
    }

    /// Adds `flags` to `name`'s, entering it if new; returns its index.
    @discardableResult
    func addFlags(_ name: String, _ flags: SymbolFlags) -> Int {
        let index = symbols.add(name)
        if index < symbolFlags.count {
            symbolFlags[index].formUnion(flags)
        } else {
            // Room for a small scope at once, as the pool makes for its names.
            if symbolFlags.isEmpty {
                symbolFlags.reserveCapacity(8)
                resolutions.reserveCapacity(8)
            }
            symbolFlags.append(flags)
            resolutions.append(.globalImplicit)
        }
        return index
    }

    /// The resolution of `name`; unknown names are implicit globals.
    func scopeOf(_ name: String) -> NameScope {
        guard let index = symbols.position(of: name) else { return .globalImplicit }
        return resolutions[index]
    }
}

/// The symbol table of a whole module: scopes keyed by the AST node that opens them.
final class SymbolTable {
    let top: Scope
    var scopesByNode: [ObjectIdentifier: Scope] = [:]
    /// `from __future__ import annotations` was seen.
    var futureAnnotations = false

    init(top: Scope) { self.top = top }

    func scope(for statement: Stmt) -> Scope { scopesByNode[ObjectIdentifier(statement)]! }
    func scope(for expression: Expr) -> Scope { scopesByNode[ObjectIdentifier(expression)]! }
}

/// CPython's private-name mangling: `__x` inside class `C` becomes `_C__x`.
public func mangle(_ name: String, privateName: String?) -> String {
    guard let privateName else { return name }
    var leading = name.utf8.makeIterator()
    guard leading.next() == 95, leading.next() == 95 else { return name }
    if name.hasSuffix("__") || name.contains(".") { return name }
    let stripped = privateName.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}
