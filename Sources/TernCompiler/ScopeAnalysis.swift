import TernSyntax

// Second pass of scope analysis: resolves every name of every scope to local,
// cell, free, explicit global or implicit global, walking the scope tree with
// the set of names bound by enclosing functions. In CPython: symtable.c's
// analyze_block, analyze_name, analyze_cells and update_symbols.

/// Resolves names after the symbol table is built; throws CPython's scope errors.
struct ScopeAnalysis {
    let filename: String

    func error(_ message: String, at location: SourceLocation?, scope: Scope) -> SyntaxErrorInfo {
        let location = location ?? SourceLocation(line: scope.line, column: 0)
        return SyntaxErrorInfo(message: message, filename: filename, line: location.line,
                               column: location.column + 1, sourceLine: "").spanning(location)
    }

    func analyze(_ top: Scope) throws {
        var free = Set<String>()
        try analyzeBlock(top, bound: nil, free: &free, globals: [])
    }

    /// Resolves `scope`'s names; adds the names it (or its children) need from outside to `free`.
    func analyzeBlock(_ scope: Scope, bound inheritedBound: Set<String>?, free: inout Set<String>,
                      globals inheritedGlobals: Set<String>) throws {
        var bound = inheritedBound
        var globals = inheritedGlobals
        var local = Set<String>()
        var newGlobals = Set<String>()
        var newBound = Set<String>()
        var newFree = Set<String>()

        // What the children inherit is gathered only when there are children.
        let hasChildren = !scope.children.isEmpty
        if scope.kind == .classBody && hasChildren {
            newGlobals.formUnionSharing(globals)
            if let bound { newBound.formUnionSharing(bound) }
        }
        for index in scope.symbolOrder.indices {
            try analyzeName(scope, index, bound: &bound, local: &local, collectsLocals: hasChildren, free: &free,
                            globals: &globals)
        }
        if hasChildren && scope.kind != .classBody {
            if scope.kind == .function { newBound.formUnionSharing(local) }
            if let bound { newBound.formUnionSharing(bound) }
            newGlobals.formUnionSharing(globals)
        } else if hasChildren {
            newBound.insert("__class__")
        }

        for child in scope.children {
            var childFree = Set<String>()
            try analyzeBlock(child, bound: newBound, free: &childFree, globals: newGlobals)
            newFree.formUnionSharing(childFree)
        }

        if scope.kind == .function, !newFree.isEmpty {
            for index in scope.symbolOrder.indices where scope.resolutions[index] == .local {
                if newFree.remove(scope.symbolOrder[index]) != nil { scope.resolutions[index] = .cell }
            }
        } else if scope.kind == .classBody, newFree.contains("__class__") {
            newFree.remove("__class__")
            scope.needsClassClosure = true
        }

        // Free names of children that this scope does not bind pass through it.
        for name in newFree.sorted() {
            if let index = scope.symbols.position(of: name) {
                let flags = scope.symbolFlags[index]
                if scope.kind == .classBody, !flags.intersection(SymbolFlags.bound.union(.declaredGlobal)).isEmpty {
                    scope.addFlags(name, .freeInClass)
                }
                continue
            }
            if let bound, !bound.contains(name) { continue }
            scope.resolutions[scope.addFlags(name, [])] = .free
        }
        free.formUnionSharing(newFree)

        // CPython 3.11 order: cells that are parameters (in parameter order), then the others sorted.
        var cells: [String] = []
        var freeVariables: [String] = []
        for (index, name) in scope.symbolOrder.enumerated() {
            let resolution = scope.resolutions[index]
            if resolution == .cell { cells.append(name) }
            if resolution == .free || scope.symbolFlags[index].contains(.freeInClass) { freeVariables.append(name) }
        }
        if !cells.isEmpty {
            scope.cellVariables = scope.parameters.filter { cells.contains($0) }
                + cells.filter { !scope.parameters.contains($0) }.sorted()
        }
        if scope.needsClassClosure { scope.cellVariables = (scope.cellVariables + ["__class__"]).sorted() }
        scope.freeVariables = freeVariables.sorted()
    }

    /// Resolves symbol `index` of `scope`; with `collectsLocals`, a function's locals go to `local`.
    func analyzeName(_ scope: Scope, _ index: Int, bound: inout Set<String>?, local: inout Set<String>,
                     collectsLocals: Bool, free: inout Set<String>, globals: inout Set<String>) throws {
        let flags = scope.symbolFlags[index]
        let name = scope.symbolOrder[index]
        if flags.contains(.declaredGlobal) {
            if flags.contains(.declaredNonlocal) {
                throw error("name '\(name)' is nonlocal and global", at: scope.directives[name], scope: scope)
            }
            scope.resolutions[index] = .globalExplicit
            globals.insert(name)
            bound?.remove(name)
            return
        }
        if flags.contains(.declaredNonlocal) {
            guard let enclosing = bound else {
                throw error("nonlocal declaration not allowed at module level", at: scope.directives[name], scope: scope)
            }
            if !enclosing.contains(name) {
                throw error("no binding for nonlocal '\(name)' found", at: scope.directives[name], scope: scope)
            }
            scope.resolutions[index] = .free
            scope.hasFreeVariables = true
            free.insert(name)
            return
        }
        if !flags.intersection(.bound).isEmpty {
            scope.resolutions[index] = .local
            // Only a function's locals are visible to nested scopes.
            if collectsLocals && scope.kind == .function { local.insert(name) }
            if !globals.isEmpty { globals.remove(name) }
            return
        }
        if let enclosing = bound, enclosing.contains(name) {
            scope.resolutions[index] = .free
            scope.hasFreeVariables = true
            free.insert(name)
            return
        }
        scope.resolutions[index] = .globalImplicit
    }
}

extension Set {
    /// `formUnion`, taking `other`'s storage when this set is empty: a union into an
    /// empty set would hash every member again. (Sets here are only read sorted.)
    mutating func formUnionSharing(_ other: Set<Element>) {
        if isEmpty { self = other } else { formUnion(other) }
    }
}
