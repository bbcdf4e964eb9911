#if canImport(Glibc)
import Glibc
#endif

// os's process calls: fork, exec, wait and the wait-status macros, _exit, process
// groups and sessions. A child forked here is the same single-threaded VM; its
// buffered output is the parent's copy, as CPython's sys.stdout buffer is.

extension VM {
    /// The names installOSProcesses defines: bound the first time a program asks for one
    /// (os's __getattr__), so that `import os` costs what it did before os had them.
    static let osProcessNames: Set<String> = [
        "WNOHANG", "WUNTRACED", "WCONTINUED", "WEXITED", "WSTOPPED", "WNOWAIT", "P_PID", "P_PGID", "P_ALL",
        "fork", "_exit", "abort", "execv", "execve", "waitpid", "wait", "WIFEXITED", "WIFSIGNALED", "WIFSTOPPED", "WIFCONTINUED",
        "WCOREDUMP", "WEXITSTATUS", "WTERMSIG", "WSTOPSIG", "waitstatus_to_exitcode", "killpg", "setpgid", "setsid",
        "getpgid", "getsid",
    ]

    /// os.NAME for one of osProcessNames, installing them all on first use.
    func osProcessFunction(_ module: Value, _ name: Value) throws(Raised) -> Value {
        let namespace = DictView(ObjectRef(module)[ModuleLayout.dict])
        let key = intern(swiftString(name))
        if dictGetStr(namespace, key).isNull {
            try installOSProcesses(module)
            assert(VM.osProcessNames.allSatisfy { !dictGetStr(namespace, intern($0)).isNull }, "osProcessNames lists a name not installed")
        }
        return dictGetStr(namespace, key)
    }

    private func installOSProcesses(_ module: Value) throws(Raised) {
        let constants: [(String, Int32)] = [
            ("WNOHANG", WNOHANG), ("WUNTRACED", WUNTRACED), ("WCONTINUED", WCONTINUED), ("WEXITED", WEXITED),
            ("WSTOPPED", WSTOPPED), ("WNOWAIT", WNOWAIT),
            ("P_PID", Int32(P_PID.rawValue)), ("P_PGID", Int32(P_PGID.rawValue)), ("P_ALL", Int32(P_ALL.rawValue)),
        ]
        for (name, value) in constants { try setModuleAttribute(module, name, Value(int: Int(value))) }
        try defineModuleFunction(module, "fork") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "fork", min: 0, max: 0)
            let pid = Glibc.fork()
            if pid < 0 { throw vm.raiseOSError(errno) }
            return Value(int: Int(pid))
        }
        try defineModuleFunction(module, "_exit") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "_exit", ["status"], required: 1)
            Glibc._exit(Int32(try vm.cIntValue(bound[0]) { "'\(vm.typeName(bound[0]))' object cannot be interpreted as an integer" }))
        }
        try defineModuleFunction(module, "abort") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "abort", min: 0, max: 0)
            Glibc.abort()
        }
        try defineModuleFunction(module, "execv") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "execv", min: 2, max: 2)
            try vm.execute(arguments[0], arguments[1], environment: .null, function: "execv")
        }
        try defineModuleFunction(module, "execve") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "execve", ["path", "argv", "env"], required: 3)
            try vm.execute(bound[0], bound[1], environment: bound[2], function: "execve")
        }
        try defineModuleFunction(module, "waitpid") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "waitpid", min: 2, max: 2)
            let pid = try vm.cIntValue(arguments[0]) { "'\(vm.typeName(arguments[0]))' object cannot be interpreted as an integer" }
            return try vm.waitForChild(pid_t(pid), options: try vm.descriptorArgument(arguments[1]))
        }
        try defineModuleFunction(module, "wait") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "wait", min: 0, max: 0)
            return try vm.waitForChild(-1, options: 0)
        }
        try installWaitStatusMacros(module)
        let groupCalls: [(String, Int, ([pid_t]) -> Int32)] = [
            ("killpg", 2, { Glibc.killpg($0[0], $0[1]) }), ("setpgid", 2, { Glibc.setpgid($0[0], $0[1]) }),
            ("setsid", 0, { _ in Glibc.setsid() }), ("getpgid", 1, { Glibc.getpgid($0[0]) }), ("getsid", 1, { Glibc.getsid($0[0]) }),
        ]
        for (name, count, call) in groupCalls {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: count, max: count)
                var numbers: [pid_t] = []
                for index in 0..<count {
                    numbers.append(pid_t(try vm.cIntValue(arguments[index]) { "'\(vm.typeName(arguments[index]))' object cannot be interpreted as an integer" }))
                }
                let result = call(numbers)
                if result < 0 { throw vm.raiseOSError(errno) }
                return name.hasPrefix("get") ? Value(int: Int(result)) : .none
            }
        }
    }

    /// os.WIFEXITED and its kin: each takes a wait status (`status=` by keyword too).
    private func installWaitStatusMacros(_ module: Value) throws(Raised) {
        // The bit layout of Linux's wait status, which Glibc's W* macros (not importable into Swift) decode.
        let exited: (Int32) -> Bool = { $0 & 0x7f == 0 }
        let signaled: (Int32) -> Bool = { $0 & 0x7f != 0 && $0 & 0x7f != 0x7f }
        let stopped: (Int32) -> Bool = { $0 & 0xff == 0x7f }
        let code: (Int32) -> Int32 = { ($0 >> 8) & 0xff }
        let signal: (Int32) -> Int32 = { $0 & 0x7f }
        let flags: [(String, (Int32) -> Bool)] = [
            ("WIFEXITED", exited), ("WIFSIGNALED", signaled), ("WIFSTOPPED", stopped),
            ("WIFCONTINUED", { $0 == 0xffff }), ("WCOREDUMP", { $0 & 0x80 != 0 }),
        ]
        for (name, test) in flags {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in Value(bool: test(try vm.waitStatus(arguments, name))) }
        }
        for (name, field) in [("WEXITSTATUS", code), ("WTERMSIG", signal), ("WSTOPSIG", code)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in Value(int: Int(field(try vm.waitStatus(arguments, name)))) }
        }
        try defineModuleFunction(module, "waitstatus_to_exitcode") { vm, arguments throws(Raised) in
            let status = try vm.waitStatus(arguments, "waitstatus_to_exitcode")
            if exited(status) { return Value(int: Int(code(status))) }
            if signaled(status) { return Value(int: -Int(signal(status))) }
            if stopped(status) { throw vm.raiseValueError("process stopped by delivery of signal \(code(status))") }
            throw vm.raiseValueError("invalid wait status: \(status)")
        }
    }

    private func waitStatus(_ arguments: Arguments, _ function: String) throws(Raised) -> Int32 {
        let bound = try bindNativeArguments(arguments, function, ["status"], required: 1)
        return Int32(try cIntValue(bound[0]) { "'\(typeName(bound[0]))' object cannot be interpreted as an integer" })
    }

    /// waitpid, retried when a signal interrupts it: (pid, status).
    private func waitForChild(_ pid: pid_t, options: Int32) throws(Raised) -> Value {
        var status: Int32 = 0
        var result: pid_t
        repeat { result = Glibc.waitpid(pid, &status, options) } while result < 0 && errno == EINTR
        if result < 0 { throw raiseOSError(errno) }
        return try newTuple([Value(int: Int(result)), Value(int: Int(status))])
    }

    /// execv/execve: replaces the process; returns only by raising.
    private func execute(_ path: Value, _ argv: Value, environment: Value, function: String) throws(Raised) -> Never {
        let program = try fileSystemBytes(path)
        guard isInstance(argv, typeID: TypeID.tuple) || isInstance(argv, typeID: TypeID.list) else {
            throw raiseTypeError("\(function)() arg 2 must be a tuple or list")
        }
        var words: [[UInt8]] = []
        try forEach(argv) { (item) throws(Raised) in words.append(try fileSystemBytes(item)) }
        if words.isEmpty { throw raiseValueError("\(function)() arg 2 must not be empty") }
        if words[0].isEmpty { throw raiseValueError("\(function)() arg 2 first element cannot be empty") }
        var entries: [[UInt8]]
        if environment.isNull {
            entries = try environmentEntries(.null)
        } else {
            guard isInstance(environment, typeID: TypeID.dict) || !lookupInType(typeID(of: environment), intern("keys")).isNull else {
                throw raiseTypeError("\(function): environment must be a mapping object")
            }
            entries = try environmentEntries(environment)
        }
        let arrays = CStringArrays([[program], words, entries])
        Glibc.execve(arrays.pointers[0][0]!, arrays.pointers[1], arrays.pointers[2])
        let code = errno
        arrays.free()
        throw raiseOSError(code)
    }

    /// The `NAME=value` entries a new program gets: those of `mapping`, or os.environ's
    /// (Tern's os.environ is a plain dict, so children see what Python code put in it).
    func environmentEntries(_ mapping: Value) throws(Raised) -> [[UInt8]] {
        let source = mapping.isNull ? try getAttribute(try importDotted("os"), intern("environ")) : mapping
        var entries: [[UInt8]] = []
        let keys = try listFrom(source)
        try withRoots(keys) { () throws(Raised) in
            for index in 0..<ListView(keys).count {
                let key = ListView(keys)[index]
                let name = try fileSystemBytes(key), value = try fileSystemBytes(try getItem(source, key))
                if name.isEmpty || name.contains(UInt8(ascii: "=")) { throw raiseValueError("illegal environment variable name") }
                entries.append(name + [UInt8(ascii: "=")] + value)
            }
        }
        return entries
    }

    /// Makes the C environment (what system() hands its shell) os.environ's entries.
    func exportEnvironment() throws(Raised) {
        let entries = try environmentEntries(.null)
        clearenv()
        for entry in entries {
            let equals = entry.firstIndex(of: UInt8(ascii: "="))!
            setenv(String(decoding: entry[..<equals], as: UTF8.self), String(decoding: entry[(equals + 1)...], as: UTF8.self), 1)
        }
    }

    /// A str, bytes or os.PathLike argument as the bytes a system call takes (os.fsencode).
    func fileSystemBytes(_ value: Value) throws(Raised) -> [UInt8] {
        let path = try fspath(value)
        let bytes = isInstance(path, typeID: TypeID.bytes) ? bytesContents(builtinSelf(path)) : Array(try strString(path).utf8)
        if bytes.contains(0) { throw raiseValueError("embedded null byte") }
        return bytes
    }
}

/// NULL-terminated arrays of C strings (argv, envp), made before a fork so the child
/// only reads memory.
struct CStringArrays {
    private(set) var pointers: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>]

    init(_ lists: [[[UInt8]]]) {
        pointers = lists.map(CStringArrays.array)
    }

    private static func array(_ list: [[UInt8]]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: list.count + 1)
        for (index, bytes) in list.enumerated() {
            let text = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (offset, byte) in bytes.enumerated() { text[offset] = CChar(bitPattern: byte) }
            text[bytes.count] = 0
            array[index] = text
        }
        array[list.count] = nil
        return array
    }

    private static func free(_ array: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) {
        var index = 0
        while let text = array[index] { text.deallocate(); index += 1 }
        array.deallocate()
    }

    mutating func replace(_ index: Int, with list: [[UInt8]]) {
        CStringArrays.free(pointers[index])
        pointers[index] = CStringArrays.array(list)
    }

    func free() {
        pointers.forEach(CStringArrays.free)
    }
}
