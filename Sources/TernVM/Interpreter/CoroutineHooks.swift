// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (PEP 525): an event loop's
// `firstiter` hook is called with each async generator the first time it is iterated
// (__anext__, asend, athrow or aclose while it has not started), which is how
// asyncio learns of the generators its shutdown_asyncgens closes. The `finalizer`
// hook is kept and returned, but not called: Tern does not yet finalise an async
// generator that is collected unfinished.
//
// sys.set_coroutine_origin_tracking_depth / get_...: the depth is kept and returned
// (asyncio's debug mode sets and restores it), but coroutines do not record where they
// were created yet (there is no `cr_origin`).

extension VM {
    /// sys's two functions; the hooks live in `asyncGeneratorHooks`: [firstiter, finalizer, the asyncgen_hooks type].
    func installAsyncGeneratorHooks(_ set: (String, Value) -> Void) {
        let hooksType = try! newStructSequenceType(module: "builtins", "asyncgen_hooks", ["firstiter", "finalizer"])
        asyncGeneratorHooks = try! newList([.none, .none, hooksType])
        permanentRoots.append(asyncGeneratorHooks)
        set("get_asyncgen_hooks", newNative("get_asyncgen_hooks") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "get_asyncgen_hooks", min: 0, max: 0)
            let hooks = ListView(vm.asyncGeneratorHooks)
            return try vm.structSequence(hooks[2], [hooks[0], hooks[1]])
        })
        set("set_asyncgen_hooks", newNative("set_asyncgen_hooks") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "set_asyncgen_hooks", ["firstiter", "finalizer"], required: 0)
            for (index, name) in [(1, "finalizer"), (0, "firstiter")] where !bound[index].isNull {
                if !bound[index].isNone && !vm.isCallable(bound[index]) {
                    throw vm.raiseTypeError("callable \(name) expected, got \(vm.typeName(bound[index]))")
                }
            }
            let hooks = ListView(vm.asyncGeneratorHooks)
            for index in 0..<2 where !bound[index].isNull { hooks[index] = bound[index] }
            return .none
        })
    }

    func installCoroutineOriginTracking(_ set: (String, Value) -> Void) {
        set("get_coroutine_origin_tracking_depth", newNative("get_coroutine_origin_tracking_depth") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "get_coroutine_origin_tracking_depth", min: 0, max: 0)
            return Value(int: vm.coroutineOriginTrackingDepth)
        })
        set("set_coroutine_origin_tracking_depth", newNative("set_coroutine_origin_tracking_depth") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "set_coroutine_origin_tracking_depth", ["depth"], required: 1)
            let depth = try vm.cIntValue(bound[0]) { "'\(vm.typeName(bound[0]))' object cannot be interpreted as an integer" }
            if depth < 0 { throw vm.raiseValueError("depth must be >= 0") }
            vm.coroutineOriginTrackingDepth = depth
            return .none
        })
    }

    /// Calls the firstiter hook with `generator` if it is set and the generator has not started.
    func callFirstIterationHook(_ generator: Value) throws(Raised) {
        let hook = ListView(asyncGeneratorHooks)[0]
        if hook.isNone || ObjectRef(generator).word(GeneratorLayout.state) != GeneratorState.created { return }
        _ = try call(hook, generator)
    }
}
