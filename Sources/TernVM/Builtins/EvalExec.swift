import TernSyntax

// eval(), exec() and compile(): source compiled at run time and run in a given
// namespace (the caller's globals and locals by default).

extension VM {
    func installEvalBuiltins() {
        let dict = DictView(builtinsDict)
        func define(_ name: String, _ function: @escaping NativeFunction) {
            try! dictSet(dict, intern(name), newNative(name, function))
        }
        define("eval") { vm, arguments throws(Raised) in try vm.evaluate(arguments, mode: .eval, name: "eval") }
        define("exec") { vm, arguments throws(Raised) in
            _ = try vm.evaluate(arguments, mode: .exec, name: "exec")
            return .none
        }
        define("__import__") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "__import__", ["name", "globals", "locals", "fromlist", "level"], required: 1)
            guard vm.isStr(bound[0]) else { throw vm.raiseTypeError("__import__() argument 1 must be str, not \(vm.typeName(bound[0]))") }
            if StrView(bound[0]).count == 0 && (bound[4].isNull || bound[4] == Value(int: 0)) {
                throw vm.raiseValueError("Empty module name")
            }
            let globals = bound[1].isNull || bound[1].isNone ? vm.frames[vm.frameCount - 1].globals : bound[1]
            return try vm.importName(vm.internedName(bound[0]), fromList: bound[3].isNull ? .none : bound[3],
                                     level: bound[4].isNull ? Value(int: 0) : bound[4], globals: globals)
        }
        define("compile") { vm, arguments throws(Raised) in try vm.compileBuiltin(arguments) }
    }

    /// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1):
    /// a code object, or with PyCF_ONLY_AST in `flags` the `_ast` tree of the source.
    private func compileBuiltin(_ arguments: Arguments) throws(Raised) -> Value {
        if arguments.positionalCount < 3 && arguments.keywordCount == 0 {
            throw raiseTypeError("compile() missing required argument 'mode' (pos 3)")
        }
        let bound = try bindNativeArguments(arguments, "compile",
                                            ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
                                            required: 3)
        // A str or bytes subclass instance (chameleon's Token) compiles as its text.
        let source = builtinSelf(bound[0])
        let flags = bound[3].isNull ? 0 : Int(smallIntValue(try argument(bound[3], TypeID.int, "compile() argument 'flags'")) ?? 0)
        let onlyAST = flags & VM.onlyASTFlag != 0
        let isText = isStr(source) || typeID(of: source) == TypeID.bytes
        if !isText {
            let astClass = try getAttribute(try importDotted("_ast"), intern("AST"))
            guard try isInstanceCheck(source, astClass) else {
                throw raiseTypeError("compile() arg 1 must be a string, bytes or AST object")
            }
        }
        guard isStr(builtinSelf(bound[1])) || typeID(of: bound[1]) == TypeID.bytes else {
            throw raiseTypeError("expected str, bytes or os.PathLike object, not \(typeName(bound[1]))")
        }
        let filename = typeID(of: bound[1]) == TypeID.bytes
            ? String(decoding: bytesContents(bound[1]), as: UTF8.self) : swiftString(builtinSelf(bound[1]))
        let mode: SourceMode
        switch swiftString(try argument(bound[2], TypeID.str, "compile() argument 'mode'")) {
        case "exec": mode = .exec
        case "eval": mode = .eval
        case "single": mode = .single
        case "func_type" where onlyAST:
            throw raise(exceptionTypes.notImplementedError, "Tern cannot parse function type comments (mode 'func_type') yet")
        default:
            throw raiseValueError(onlyAST ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                                          : "compile() mode must be 'exec', 'eval' or 'single'")
        }
        if !isText {
            if onlyAST { return source }
            return try loadCode(try compileTree(try moduleFromAST(source, mode: mode), filename: filename, mode: mode))
        }
        let text = isStr(source) ? swiftString(source) : String(decoding: bytesContents(source), as: UTF8.self)
        if onlyAST { return try astObject(source: text, filename: filename, mode: mode) }
        return try loadCode(try compileSource(text, filename: filename, mode: mode))
    }

    /// eval/exec: compiles a str (or takes a code object) and runs it in the namespaces given.
    private func evaluate(_ arguments: Arguments, mode: SourceMode, name: String) throws(Raised) -> Value {
        try expectArguments(arguments, name, min: 1, max: 3)
        let caller = frames[frameCount - 1]
        var globals = arguments.count > 1 ? arguments[1] : Value.none
        var locals = arguments.count > 2 ? arguments[2] : Value.none
        if globals.isNone {
            globals = caller.globals
            if locals.isNone { locals = try currentLocals() }
        } else if typeID(of: globals) != TypeID.dict {
            throw raiseTypeError("\(name)() globals must be a dict, not \(typeName(globals))")
        }
        if locals.isNone { locals = globals }
        let source = builtinSelf(arguments[0])
        return try withRoots(globals, locals) { () throws(Raised) in
            var codeValue: Value
            if isStr(source) {
                var text = swiftString(source)
                if mode == .eval { text = String(text.drop { $0 == " " || $0 == "\t" }) }
                codeValue = try loadCode(try compileSource(text, filename: "<string>", mode: mode))
            } else if typeID(of: source) == TypeID.bytes {
                codeValue = try loadCode(try compileSource(String(decoding: bytesContents(source), as: UTF8.self), filename: "<string>", mode: mode))
            } else if typeID(of: source) == TypeID.code {
                // A function's code with free variables needs the closure only a function call gives it.
                let freeCount = codeInfo(of: source).pointee.freeCount
                if freeCount > 0 {
                    throw raiseTypeError(mode == .eval ? "code object passed to eval() may not contain free variables"
                        : "code object requires a closure of exactly length \(freeCount)")
                }
                codeValue = source
            } else {
                throw raiseTypeError("\(name)() arg 1 must be a string, bytes or code object")
            }
            return try withRoots(codeValue) { () throws(Raised) in
                if dictGetStr(DictView(globals), names.builtins).isNull {
                    try dictSet(DictView(globals), names.builtins, builtinsDict)
                }
                return try runFrame(codeInfo(of: codeValue), base: stackTop, function: .null, globals: globals, namespace: locals)
            }
        }
    }
}

