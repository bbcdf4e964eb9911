#if canImport(Glibc)
import Glibc
#endif

// The os module's commonly used part, over POSIX calls: environment, process
// ids, file descriptors, directories and stat. `os.path` is lib/posixpath.py.

extension VM {
    /// os's names that lib/_os.py defines.
    static let osNamesInPython: Set<String> = [
        "PathLike", "scandir", "DirEntry", "walk", "makedirs", "removedirs", "renames", "fdopen", "get_exec_path", "popen",
        "supports_dir_fd", "supports_fd", "supports_follow_symlinks", "supports_effective_ids", "_get_exports_list",
    ]

    func installOSModule(_ module: Value) throws(Raised) {
        let environ = try newDict()
        var entry = Glibc.environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                try dictSet(environ, try newStr(String(text[..<equals])), try newStr(String(text[text.index(after: equals)...])))
            }
            entry += 1
        }
        try setModuleAttribute(module, "environ", environ.ref.value)
        try setModuleAttribute(module, "name", intern("posix"))
        // The names written in Python (lib/_os.py) are bound the first time one is asked for (PEP 562).
        try defineModuleFunction(module, "__getattr__") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "__getattr__", min: 1, max: 1)
            if vm.isStr(arguments[0]) && VM.osProcessNames.contains(vm.swiftString(arguments[0])) {
                return try vm.osProcessFunction(module, arguments[0])
            }
            guard vm.isStr(arguments[0]), VM.osNamesInPython.contains(vm.swiftString(arguments[0])) else {
                throw vm.raise(vm.exceptionTypes.attributeError, "module 'os' has no attribute '\((try? vm.strString(arguments[0])) ?? "")'")
            }
            let python = try vm.importDotted("_os")
            let os = try vm.importDotted("os")
            for name in VM.osNamesInPython { try vm.setAttribute(os, vm.intern(name), try vm.getAttribute(python, vm.intern(name))) }
            return try vm.getAttribute(python, arguments[0])
        }
        // PEP 519: str and bytes as they are, anything else through its __fspath__.
        try defineModuleFunction(module, "fspath") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "fspath", min: 1, max: 1)
            return try vm.fspath(arguments[0])
        }
        try setModuleAttribute(module, "sep", intern("/"))
        try setModuleAttribute(module, "linesep", intern("\n"))
        try setModuleAttribute(module, "curdir", intern("."))
        try setModuleAttribute(module, "pardir", intern(".."))
        try setModuleAttribute(module, "devnull", intern("/dev/null"))
        try setModuleAttribute(module, "extsep", intern("."))
        try setModuleAttribute(module, "pathsep", intern(":"))
        try setModuleAttribute(module, "defpath", intern("/bin:/usr/bin"))
        try setModuleAttribute(module, "altsep", .none)
        try setModuleAttribute(module, "error", typeObject(exceptionTypes.osError))
        try installOSFileSystem(module)
        try installOSDescriptors(module)
        try installOSSystemInfo(module)
        try defineModuleFunction(module, "getenv") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "getenv", min: 1, max: 2)
            let environ = try vm.getAttribute(module, vm.intern("environ"))
            let found = try vm.dictGet(DictView(environ), arguments[0])
            return found.isNull ? (arguments.count > 1 ? arguments[1] : .none) : found
        }
        try defineModuleFunction(module, "getpid") { vm, arguments throws(Raised) in Value(int: Int(getpid())) }
        try defineModuleFunction(module, "cpu_count") { vm, arguments throws(Raised) in Value(int: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
        try defineModuleFunction(module, "system") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "system", ["command"], required: 1)
            let command = try vm.fileSystemBytes(bound[0])
            try vm.exportEnvironment()
            return Value(int: Int(Glibc.system(String(decoding: command, as: UTF8.self))))
        }
        try defineModuleFunction(module, "urandom") { vm, arguments throws(Raised) in
            let count = try vm.indexValue(arguments[0]) { "an integer is required" }
            if count < 0 { throw vm.raiseValueError("negative argument not allowed") }
            var bytes = [UInt8](repeating: 0, count: count)
            let descriptor = Glibc.open("/dev/urandom", O_RDONLY)
            if descriptor >= 0 {
                _ = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                Glibc.close(descriptor)
            }
            return try vm.newBytes(bytes)
        }
        // os.path is lib/posixpath.py, imported now so `import os; os.path.join(...)` works.
        let posixpath = try importName(intern("posixpath"), fromList: .none, level: Value(int: 0), globals: ObjectRef(module)[ModuleLayout.dict])
        try setModuleAttribute(module, "path", posixpath)
        try dictSet(DictView(modulesDict), intern("os.path"), posixpath)
    }

    /// posix, which CPython's os is made from: here the same functions as Tern's os.
    func installPosixModule(_ module: Value) throws(Raised) {
        let osModule = try importDotted("os")
        _ = try osProcessFunction(osModule, intern("fork"))
        let os = DictView(ObjectRef(osModule)[ModuleLayout.dict])
        let namespace = DictView(ObjectRef(module)[ModuleLayout.dict])
        try dictForEach(os) { (key, value) throws(Raised) in
            if !swiftString(key).hasPrefix("__") && swiftString(key) != "path" { try dictSet(namespace, key, value) }
        }
    }
}
