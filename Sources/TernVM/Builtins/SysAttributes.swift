// The rest of sys that CPython's standard library reads at import time: prefixes,
// numeric limits as struct sequences, encodings, hooks and the import machinery's lists.

extension VM {
    func installSysAttributes(_ set: (String, Value) -> Void) {
        // The prefix of the CPython library Tern runs (`<prefix>/lib/python3.11`), as if Tern were installed there.
        var prefix = "/usr"
        if let library = cpythonLibrary, library.hasSuffix("/lib/python3.11") {
            prefix = String(library.dropLast("/lib/python3.11".count))
        }
        for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] { set(name, try! newStr(prefix)) }
        set("platlibdir", intern("lib"))
        set("pycache_prefix", .none)
        set("abiflags", intern(""))
        set("hexversion", Value(int: 0x030B00F0))
        set("api_version", Value(int: 1013))
        set("maxunicode", Value(int: 0x10FFFF))
        set("float_repr_style", intern("short"))
        set("copyright", try! newStr("Copyright (c) the Tern authors. Python is Copyright (c) Python Software Foundation."))
        set("builtin_module_names", try! newTuple((["builtins", "sys"] + VM.nativeModuleBuilders.keys).sorted().map { intern($0) }))
        set("meta_path", try! newList([]))
        set("path_hooks", try! newList([]))
        set("path_importer_cache", try! newDict().ref.value)
        set("__stdout__", dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("stdout")))
        set("__stderr__", dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("stderr")))
        set("__stdin__", dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("stdin")))
        set("float_info", try! newStructSequence("float_info",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
            [Value(double: .greatestFiniteMagnitude), Value(int: 1024), Value(int: 308), Value(double: 2.2250738585072014e-308),
             Value(int: -1021), Value(int: -307), Value(int: 15), Value(int: 53), Value(double: .ulpOfOne), Value(int: 2), Value(int: 1)]))
        set("int_info", try! newStructSequence("int_info",
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
            [Value(int: 30), Value(int: 4), Value(int: 4300), Value(int: 640)]))
        set("hash_info", try! newStructSequence("hash_info",
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
            [Value(int: 64), try! newInt(Int64(2305843009213693951)), Value(int: 314159), Value(int: 0), Value(int: 1000003),
             intern("siphash13"), Value(int: 64), Value(int: 128), Value(int: 0)]))
        set("thread_info", try! newStructSequence("thread_info", ["name", "lock", "version"], [intern("pthread"), intern("semaphore"), .none]))
        let constant: [(String, Value)] = [("getdefaultencoding", intern("utf-8")), ("getfilesystemencoding", intern("utf-8")),
                                           ("getfilesystemencodeerrors", intern("surrogateescape")), ("is_finalizing", .false),
                                           ("gettrace", .none), ("getprofile", .none), ("getswitchinterval", Value(double: 0.005))]
        for (name, value) in constant {
            set(name, newNative(name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 0, max: 0)
                return value
            })
        }
        let native: [(String, NativeFunction)] = [
            ("settrace", { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "settrace", min: 1, max: 1)
                guard arguments[0].isNone else { throw vm.raise(vm.exceptionTypes.notImplementedError, "sys.settrace: Tern runs no trace functions") }
                return .none
            }),
            ("setprofile", { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "setprofile", min: 1, max: 1)
                guard arguments[0].isNone else { throw vm.raise(vm.exceptionTypes.notImplementedError, "sys.setprofile: Tern runs no profile functions") }
                return .none
            }),
            ("setswitchinterval", { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "setswitchinterval", min: 1, max: 1)
                return .none
            }),
            // Audit hooks see no events: Tern raises none.
            ("audit", { vm, arguments throws(Raised) in .none }),
            ("addaudithook", { vm, arguments throws(Raised) in .none }),
            ("excepthook", { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "excepthook", min: 3, max: 3)
                // In CPython: written to sys.stderr, whatever it is now; nothing when it is None.
                let stderr = vm.dictGetStr(DictView(ObjectRef(vm.sysModule)[ModuleLayout.dict]), vm.intern("stderr"))
                guard vm.isException(arguments[1]), !stderr.isNull, !stderr.isNone else { return .none }
                vm.flushStdout()
                try vm.writeText(vm.formatTraceback(arguments[1]), to: stderr)
                return .none
            }),
            ("displayhook", { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "displayhook", min: 1, max: 1)
                try vm.displayValue(arguments[0])
                return .none
            }),
        ]
        for (name, function) in native { set(name, newNative(name, function)) }
        installIntDigitLimitFunctions(set)
        set("__displayhook__", dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("displayhook")))
        set("__excepthook__", dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("excepthook")))
    }
}
