import TernSyntax

// Calls. Tern's convention: the stack before CALL n is `callable, self_or_null,
// arg_1 ... arg_n` (NULL pushed *after* the callable, unlike CPython 3.11);
// keyword arguments come last and are named by KW_NAMES just before CALL.
// Calls with `*args`/`**kwargs` build a tuple and a dict for CALL_FUNCTION_EX.

extension Compiler {
    /// Calls with more arguments than this build their argument tuple instead (CPython's STACK_USE_GUIDELINE).
    var stackUseGuideline: Int { 30 }

    func compileCall(_ function: Expr, _ arguments: [Expr], _ keywords: [Keyword],
                     location: SourceLocation? = nil) throws {
        try validateKeywords(keywords, callLocation: location)
        if case .attribute(let object, let attribute, .load) = function.kind,
           !isImportedModuleName(object),
           !arguments.contains(where: isStarred), !keywords.contains(where: { $0.name == nil }),
           arguments.count + keywords.count + (keywords.isEmpty ? 0 : 1) < stackUseGuideline {
            // o.m(args): LOAD_METHOD leaves `method, self` or `attribute, NULL`.
            try visit(object)
            at(attributeLocation(function, attribute, base: function.location)) { emit(.loadMethod, attributeName(attribute)) }
            for argument in arguments { try visit(argument) }
            for keyword in keywords { try visit(keyword.value) }
            try at(attributeLocation(function, attribute, base: location ?? unit.span)) {
                try emitCallInstruction(keywords, count: arguments.count + keywords.count)
            }
            return
        }
        try visit(function)
        emit(.pushNull)
        try compileCallArguments(arguments, keywords, pushed: 0)
    }

    /// CPython 3.11 calls `module.f()` with LOAD_ATTR, not LOAD_METHOD, when `module`
    /// is a name imported at module level (is_import_originated).
    func isImportedModuleName(_ expression: Expr) -> Bool {
        guard case .name(let id, _) = expression.kind else { return false }
        return table.top.flags(id).contains(.imported)
    }

    func isStarred(_ expression: Expr) -> Bool {
        if case .starred = expression.kind { return true }
        return false
    }

    /// CPython's validate_keywords: a keyword name may appear once.
    func validateKeywords(_ keywords: [Keyword], callLocation: SourceLocation? = nil) throws {
        var seen = Set<String>()
        for keyword in keywords {
            guard let name = keyword.name else { continue }
            if name == "__debug__" { throw forbiddenDebug(.store, callLocation ?? keyword.location) }
            if !seen.insert(name).inserted {
                throw error("keyword argument repeated: \(name)", keyword.location)
            }
        }
    }

    /// Pushes the arguments after `callable, self_or_null` (and `pushed` arguments
    /// already on the stack) and emits the call, as CPython's compiler_call_helper.
    func compileCallArguments(_ arguments: [Expr], _ keywords: [Keyword], pushed: Int) throws {
        try validateKeywords(keywords)
        let needsUnpacking = arguments.contains(where: isStarred) || keywords.contains(where: { $0.name == nil })
        // As CPython: keyword arguments count double against the guideline.
        if !needsUnpacking && arguments.count + keywords.count * 2 <= stackUseGuideline {
            try emitSimpleCall(arguments, keywords, pushed: pushed)
            return
        }
        if pushed == 0, arguments.count == 1, case .starred(let iterable, _) = arguments[0].kind {
            // f(*args): the iterable itself; CALL_FUNCTION_EX makes the tuple (as CPython 3.11,
            // which also gives its "argument after * must be an iterable" message there).
            try visit(iterable)
        } else {
            try compileStarredSequence(arguments, pushed: pushed, build: .buildList, add: .listAppend,
                                       extend: .listExtend, tuple: true)
        }
        if !keywords.isEmpty {
            var haveDictionary = false
            var pending = 0
            for (index, keyword) in keywords.enumerated() {
                if keyword.name == nil {
                    if pending > 0 {
                        try compileKeywordDictionary(keywords[(index - pending)..<index])
                        if haveDictionary { emit(.dictMerge, 1) }
                        haveDictionary = true
                        pending = 0
                    }
                    if !haveDictionary {
                        emit(.buildMap, 0)
                        haveDictionary = true
                    }
                    try visit(keyword.value)
                    emit(.dictMerge, 1)
                } else {
                    pending += 1
                }
            }
            if pending > 0 {
                try compileKeywordDictionary(keywords[(keywords.count - pending)...])
                if haveDictionary { emit(.dictMerge, 1) }
            }
        }
        emit(.callFunctionEx, keywords.isEmpty ? 0 : 1)
    }

    /// Positional arguments, keyword values, KW_NAMES, CALL.
    func emitSimpleCall(_ arguments: [Expr], _ keywords: [Keyword], pushed: Int) throws {
        for argument in arguments { try visit(argument) }
        for keyword in keywords { try visit(keyword.value) }
        try emitCallInstruction(keywords, count: pushed + arguments.count + keywords.count)
    }

    /// KW_NAMES (when there are keywords) and CALL.
    func emitCallInstruction(_ keywords: [Keyword], count: Int) throws {
        if !keywords.isEmpty {
            emit(.kwNames, unit.constantIndex(.tuple(keywords.map { .string($0.name!) })))
        }
        emit(.call, count)
    }

    /// A dict of named keywords, for CALL_FUNCTION_EX.
    func compileKeywordDictionary(_ keywords: ArraySlice<Keyword>) throws {
        if keywords.count > 1 {
            for keyword in keywords { try visit(keyword.value) }
            emitConstant(.tuple(keywords.map { .string($0.name!) }))
            emit(.buildConstKeyMap, keywords.count)
        } else {
            for keyword in keywords {
                emitConstant(.string(keyword.name!))
                try visit(keyword.value)
            }
            emit(.buildMap, keywords.count)
        }
    }
}
