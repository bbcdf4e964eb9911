// The atexit module: functions registered with their arguments run at normal exit
// (after an uncaught exception's traceback and after sys.exit too), the last
// registered first, before the finalizers of objects still alive, as in CPython.

extension VM {
    func installAtexitModule(_ module: Value) throws(Raised) {
        if atexitCallbacks.isNull {
            atexitCallbacks = try newList([])
            permanentRoots.append(atexitCallbacks)
        }
        try defineModuleFunction(module, "register") { vm, arguments throws(Raised) in
            guard arguments.positionalCount >= 1 else {
                throw vm.raiseTypeError("register() takes at least 1 argument (0 given)")
            }
            let function = arguments[0]
            guard vm.isCallable(function) else { throw vm.raiseTypeError("the first argument must be callable") }
            // One entry: (function, its arguments, the keyword names or None).
            let values = try vm.newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: arguments.count - 1))
            let entry = try vm.withRoots(values) { () throws(Raised) in
                try vm.newTuple([function, values, arguments.keywordNames.isNull ? .none : arguments.keywordNames])
            }
            try vm.listAppend(ListView(vm.atexitCallbacks), entry)
            return function
        }
        try defineModuleFunction(module, "unregister") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "atexit.unregister", min: 1, max: 1)
            let list = ListView(vm.atexitCallbacks)
            var index = 0
            while index < list.count {
                if try vm.isEqual(TupleView(list[index])[0], arguments[0]) {
                    _ = vm.listRemove(list, at: index)
                } else {
                    index += 1
                }
            }
            return .none
        }
        try defineModuleFunction(module, "_run_exitfuncs") { vm, arguments throws(Raised) in
            vm.runAtexitCallbacks()
            return .none
        }
        try defineModuleFunction(module, "_clear") { vm, arguments throws(Raised) in
            vm.listClear(ListView(vm.atexitCallbacks))
            return .none
        }
        try defineModuleFunction(module, "_ncallbacks") { vm, arguments throws(Raised) in
            Value(int: ListView(vm.atexitCallbacks).count)
        }
    }

    /// Runs and forgets the registered functions, the last registered first. An exception
    /// is printed as CPython prints it ("Exception ignored in atexit callback: …") and dropped.
    func runAtexitCallbacks() {
        guard !atexitCallbacks.isNull else { return }
        let list = ListView(atexitCallbacks)
        while list.count > 0 {
            let entry = listRemove(list, at: list.count - 1)
            let savedException = raisedException
            raisedException = .null
            do throws(Raised) {
                try withRoots(entry) { () throws(Raised) in
                    let tuple = TupleView(entry)
                    let values = TupleView(tuple[1])
                    let keywordNames = tuple[2].isNone ? Value.null : tuple[2]
                    _ = try call(tuple[0], arguments: (0..<values.count).map { values[$0] }, keywordNames: keywordNames)
                }
            } catch {
                reportIgnoredException(in: TupleView(entry)[0], context: "Exception ignored in atexit callback")
            }
            raisedException = savedException
        }
    }
}
