// The `tern` module: programs mark their phases for the telemetry log.
//
//     import tern
//     with tern.phase("annotate"):
//         ...
//     tern.debug_start("section"); ...; tern.debug_stop("section")
//
// With no log open these calls do nothing but return.

extension VM {
    func installTernModule(_ module: Value) throws(Raised) {
        let phase = makeBuiltinClass(name: "phase", base: TypeID.object, layout: .instance, flags: [.heapType])
        try dictSet(TypeView(types[phase].object).dict, names.module, intern("tern"))
        let nameKey = intern("name")
        defineMethod(phase, "__init__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "phase", min: 1, max: 1)
            guard vm.isStr(arguments[1]) else { throw vm.raiseTypeError("phase() argument must be str, not \(vm.typeName(arguments[1]))") }
            try vm.setAttribute(arguments[0], nameKey, arguments[1])
            return .none
        }
        defineMethod(phase, "__enter__") { vm, arguments throws(Raised) in
            if vm.eventLog != nil { vm.logNamedEvent("phase_start", try vm.strString(try vm.getAttribute(arguments[0], nameKey))) }
            return arguments[0]
        }
        defineMethod(phase, "__exit__") { vm, arguments throws(Raised) in
            if vm.eventLog != nil { vm.logNamedEvent("phase_end", try vm.strString(try vm.getAttribute(arguments[0], nameKey))) }
            return .false
        }
        try setModuleAttribute(module, "phase", types[phase].object)
        for event in ["debug_start", "debug_stop"] {
            try defineModuleFunction(module, event) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, event, min: 1, max: 1)
                if vm.eventLog != nil { vm.logNamedEvent(event, try vm.strString(arguments[0])) }
                return .none
            }
        }
        try defineModuleFunction(module, "gc_stats") { vm, arguments throws(Raised) in try vm.collectorStatistics() }
        try defineModuleFunction(module, "jit_stats") { vm, arguments throws(Raised) in try vm.jitStatistics() }
        try defineModuleFunction(module, "log_open") { vm, arguments throws(Raised) in Value(bool: vm.eventLog != nil) }
        try setModuleAttribute(module, "version", try newStr(ternVersion))
        // For lib/_stdlib_source.py: the code of a library file through the compiled-code cache
        // (CodeCacheFiles.swift), as an import would get it.
        try defineModuleFunction(module, "_module_code") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_module_code", min: 1, max: 1)
            return try vm.loadCode(try vm.moduleCode(filename: try vm.strString(arguments[0])))
        }
    }
}
