#if canImport(Glibc)
import Glibc
#endif

// os's process and system information: user and group ids, umask, uname, load,
// terminal size, error strings, and the file-system encoding (UTF-8).

extension VM {
    func installOSSystemInfo(_ module: Value) throws(Raised) {
        let ids: [(String, () -> Int)] = [("getuid", { Int(getuid()) }), ("geteuid", { Int(geteuid()) }), ("getgid", { Int(getgid()) }),
                                          ("getegid", { Int(getegid()) }), ("getppid", { Int(getppid()) }), ("getpgrp", { Int(getpgrp()) })]
        for (name, id) in ids {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 0, max: 0)
                return Value(int: id())
            }
        }
        try defineModuleFunction(module, "getgroups") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "getgroups", min: 0, max: 0)
            var groups = [gid_t](repeating: 0, count: Int(getgroups(0, nil)))
            let count = getgroups(Int32(groups.count), &groups)
            if count < 0 { throw vm.raiseOSError(errno) }
            return try vm.newList(groups.prefix(Int(count)).map { Value(int: Int($0)) })
        }
        try defineModuleFunction(module, "umask") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "umask", min: 1, max: 1)
            let mask = try vm.cIntValue(arguments[0]) { "'\(vm.typeName(arguments[0]))' object cannot be interpreted as an integer" }
            return Value(int: Int(Glibc.umask(mode_t(truncatingIfNeeded: mask))))
        }
        try defineModuleFunction(module, "kill") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "kill", min: 2, max: 2)
            let pid = try vm.indexValue(arguments[0]) { "'\(vm.typeName(arguments[0]))' object cannot be interpreted as an integer" }
            if Glibc.kill(pid_t(pid), try vm.descriptorArgument(arguments[1])) != 0 { throw vm.raiseOSError(errno) }
            return .none
        }
        let unameType = try newStructSequenceType(module: "posix", "uname_result", ["sysname", "nodename", "release", "version", "machine"])
        try setModuleAttribute(module, "uname_result", unameType)
        try defineModuleFunction(module, "uname") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "uname", min: 0, max: 0)
            var names = utsname()
            if Glibc.uname(&names) != 0 { throw vm.raiseOSError(errno) }
            func text<T>(_ field: T) -> String {
                withUnsafeBytes(of: field) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            }
            var values: [Value] = []
            for field in [text(names.sysname), text(names.nodename), text(names.release), text(names.version), text(names.machine)] {
                values.append(try vm.newStr(field))
            }
            return try vm.structSequence(unameType, values)
        }
        try defineModuleFunction(module, "getloadavg") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "getloadavg", min: 0, max: 0)
            var loads: [Double] = [0, 0, 0]
            if Glibc.getloadavg(&loads, 3) != 3 { throw vm.raise(vm.exceptionTypes.osError, "Load averages are unobtainable") }
            return try vm.newTuple(loads.map { Value(double: $0) })
        }
        let timesType = try newStructSequenceType(module: "posix", "times_result", ["user", "system", "children_user", "children_system", "elapsed"])
        try setModuleAttribute(module, "times_result", timesType)
        try defineModuleFunction(module, "times") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "times", min: 0, max: 0)
            var usage = tms()
            let elapsed = Glibc.times(&usage)
            if elapsed == -1 { throw vm.raiseOSError(errno) }
            let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
            let values = [usage.tms_utime, usage.tms_stime, usage.tms_cutime, usage.tms_cstime, elapsed].map { Value(double: Double($0) / ticks) }
            return try vm.structSequence(timesType, values)
        }
        let terminalSize = try newStructSequenceType(module: "os", "terminal_size", ["columns", "lines"])
        try setModuleAttribute(module, "terminal_size", terminalSize)
        try defineModuleFunction(module, "get_terminal_size") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "get_terminal_size", min: 0, max: 1)
            let descriptor = arguments.count > 0 ? try vm.descriptorArgument(arguments[0]) : 1
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) != 0 { throw vm.raiseOSError(errno) }
            return try vm.structSequence(terminalSize, [Value(int: Int(size.ws_col)), Value(int: Int(size.ws_row))])
        }
        try defineModuleFunction(module, "strerror") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "strerror", min: 1, max: 1)
            let code = try vm.cIntValue(arguments[0]) { "'\(vm.typeName(arguments[0]))' object cannot be interpreted as an integer" }
            return try vm.newStr(String(cString: Glibc.strerror(Int32(code))))
        }
        // The file-system encoding is UTF-8 (with surrogateescape in CPython).
        for (name, toBytes) in [("fsencode", true), ("fsdecode", false)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                let bound = try vm.bindNativeArguments(arguments, name, ["filename"], required: 1)
                let path = try vm.fspath(bound[0])
                let isBytes = vm.isInstance(path, typeID: TypeID.bytes)
                if isBytes == toBytes { return path }
                if toBytes { return try vm.newBytes(Array(try vm.strString(path).utf8)) }
                return try vm.newStr(String(decoding: vm.bytesContents(vm.builtinSelf(path)), as: UTF8.self))
            }
        }
    }
}
