#if canImport(Glibc)
import Glibc
#endif

// The os module's commonly used part, over POSIX calls: environment, process
// ids, file descriptors, directories and stat. `os.path` is lib/posixpath.py.

extension VM {
    /// OSError (or the subclass CPython picks for errno) with errno, strerror and filename.
    func raiseOSError(_ code: Int32, filename: Value = .null) -> Raised {
        let type: Int
        switch code {
        case ENOENT: type = exceptionTypes.fileNotFoundError
        case EEXIST: type = exceptionTypeIDs["FileExistsError"] ?? exceptionTypes.osError
        case EISDIR: type = exceptionTypeIDs["IsADirectoryError"] ?? exceptionTypes.osError
        case ENOTDIR: type = exceptionTypeIDs["NotADirectoryError"] ?? exceptionTypes.osError
        case EACCES, EPERM: type = exceptionTypeIDs["PermissionError"] ?? exceptionTypes.osError
        default: type = exceptionTypes.osError
        }
        do throws(Raised) {
            let message = try newStr(String(cString: strerror(code)))
            var items = [Value(int: Int(code)), message]
            if !filename.isNull { items.append(filename) }
            let exception = try newException(type, args: try newTuple(items))
            try setInstanceSlot(ObjectRef(exception), intern("errno"), Value(int: Int(code)))
            try setInstanceSlot(ObjectRef(exception), intern("strerror"), message)
            try setInstanceSlot(ObjectRef(exception), intern("filename"), filename.isNull ? .none : filename)
            return raise(exception: exception)
        } catch {
            return error
        }
    }

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
        // Names written in Python, bound on first use (PEP 562): os.PathLike is an ABC (lib/_pathlike.py);
        // stat() and the rest of lib/posix.py fill in for a native posix module Tern does not have yet.
        try defineModuleFunction(module, "__getattr__") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "__getattr__", min: 1, max: 1)
            let name = vm.isStr(arguments[0]) ? vm.swiftString(arguments[0]) : "__"
            let value = name.hasPrefix("__") ? Value.null
                : try vm.getAttributeOrNull(try vm.importDotted(name == "PathLike" ? "_pathlike" : "posix"), vm.internedName(arguments[0]))
            if value.isNull {
                throw vm.raise(vm.exceptionTypes.attributeError, "module 'os' has no attribute '\((try? vm.strString(arguments[0])) ?? "")'")
            }
            try vm.setAttribute(try vm.importDotted("os"), vm.internedName(arguments[0]), value)
            return value
        }
        // PEP 519: str and bytes as they are, anything else through its __fspath__.
        try defineModuleFunction(module, "fspath") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "fspath", min: 1, max: 1)
            let path = arguments[0]
            if vm.isInstance(path, typeID: TypeID.str) || vm.isInstance(path, typeID: TypeID.bytes) { return path }
            let method = vm.lookupInType(vm.typeID(of: path), vm.intern("__fspath__"))
            guard !method.isNull else {
                throw vm.raiseTypeError("expected str, bytes or os.PathLike object, not \(vm.typeName(path))")
            }
            let result = try vm.call(method, path)
            guard vm.isInstance(result, typeID: TypeID.str) || vm.isInstance(result, typeID: TypeID.bytes) else {
                throw vm.raiseTypeError("expected \(vm.typeName(path)).__fspath__() to return str or bytes, not \(vm.typeName(result))")
            }
            return result
        }
        try setModuleAttribute(module, "sep", intern("/"))
        try setModuleAttribute(module, "linesep", intern("\n"))
        try setModuleAttribute(module, "curdir", intern("."))
        try setModuleAttribute(module, "pardir", intern(".."))
        try setModuleAttribute(module, "devnull", intern("/dev/null"))
        for (name, value) in [("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_APPEND", O_APPEND),
                              ("O_CREAT", O_CREAT), ("O_TRUNC", O_TRUNC), ("O_EXCL", O_EXCL),
                              ("SEEK_SET", SEEK_SET), ("SEEK_CUR", SEEK_CUR), ("SEEK_END", SEEK_END)] {
            try setModuleAttribute(module, name, Value(int: Int(value)))
        }
        try defineModuleFunction(module, "getenv") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "getenv", min: 1, max: 2)
            let environ = try vm.getAttribute(module, vm.intern("environ"))
            let found = try vm.dictGet(DictView(environ), arguments[0])
            return found.isNull ? (arguments.count > 1 ? arguments[1] : .none) : found
        }
        try defineModuleFunction(module, "getpid") { vm, arguments throws(Raised) in Value(int: Int(getpid())) }
        try defineModuleFunction(module, "cpu_count") { vm, arguments throws(Raised) in Value(int: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
        try defineModuleFunction(module, "getcwd") { vm, arguments throws(Raised) in
            var buffer = [CChar](repeating: 0, count: 4096)
            guard getcwd(&buffer, buffer.count) != nil else { throw vm.raiseOSError(errno) }
            return try vm.newStr(String(cString: buffer))
        }
        try defineModuleFunction(module, "chdir") { vm, arguments throws(Raised) in
            if chdir(try vm.strString(arguments[0])) != 0 { throw vm.raiseOSError(errno, filename: arguments[0]) }
            return .none
        }
        try defineModuleFunction(module, "open") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "open", min: 2, max: 3)
            let flags = try vm.indexValue(arguments[1]) { "an integer is required" }
            let mode = arguments.count > 2 ? try vm.indexValue(arguments[2]) { "an integer is required" } : 0o777
            let descriptor = Glibc.open(try vm.strString(arguments[0]), Int32(flags), mode_t(mode))
            if descriptor < 0 { throw vm.raiseOSError(errno, filename: arguments[0]) }
            return Value(int: Int(descriptor))
        }
        try defineModuleFunction(module, "write") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "write", min: 2, max: 2)
            let descriptor = Int32(try vm.indexValue(arguments[0]) { "an integer is required" })
            guard vm.typeID(of: arguments[1]) == TypeID.bytes else { throw vm.raiseTypeError("a bytes-like object is required, not '\(vm.typeName(arguments[1]))'") }
            var bytes = vm.bytesContents(arguments[1])
            if descriptor == 1 { vm.flushStdout() }
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 { throw vm.raiseOSError(errno) }
            return Value(int: written)
        }
        try defineModuleFunction(module, "read") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "read", min: 2, max: 2)
            let descriptor = Int32(try vm.indexValue(arguments[0]) { "an integer is required" })
            let count = try vm.indexValue(arguments[1]) { "an integer is required" }
            var buffer = [UInt8](repeating: 0, count: max(0, count))
            let got = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 { throw vm.raiseOSError(errno) }
            return try vm.newBytes(Array(buffer[0..<got]))
        }
        try defineModuleFunction(module, "close") { vm, arguments throws(Raised) in
            if Glibc.close(Int32(try vm.indexValue(arguments[0]) { "an integer is required" })) != 0 { throw vm.raiseOSError(errno) }
            return .none
        }
        for name in ["remove", "unlink", "rmdir"] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                let path = try vm.strString(arguments[0])
                let result = name == "rmdir" ? Glibc.rmdir(path) : Glibc.unlink(path)
                if result != 0 { throw vm.raiseOSError(errno, filename: arguments[0]) }
                return .none
            }
        }
        try defineModuleFunction(module, "mkdir") { vm, arguments throws(Raised) in
            if Glibc.mkdir(try vm.strString(arguments[0]), 0o777) != 0 { throw vm.raiseOSError(errno, filename: arguments[0]) }
            return .none
        }
        try defineModuleFunction(module, "makedirs") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "makedirs", ["name", "mode", "exist_ok"], required: 1)
            let existOK = bound[2].isNull ? false : try vm.isTrue(bound[2])
            let path = try vm.strString(bound[0])
            var prefix = path.hasPrefix("/") ? "/" : ""
            var created = false
            for component in path.split(separator: "/") {
                prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
                if Glibc.mkdir(prefix, 0o777) == 0 { created = true } else if errno != EEXIST { throw vm.raiseOSError(errno, filename: bound[0]) }
            }
            if !created && !existOK { throw vm.raiseOSError(EEXIST, filename: bound[0]) }
            return .none
        }
        try defineModuleFunction(module, "system") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "system", min: 1, max: 1)
            vm.flushStdout()
            return Value(int: Int(Glibc.system(try vm.strString(arguments[0]))))
        }
        try defineModuleFunction(module, "rename") { vm, arguments throws(Raised) in
            if Glibc.rename(try vm.strString(arguments[0]), try vm.strString(arguments[1])) != 0 {
                throw vm.raiseOSError(errno, filename: arguments[0])
            }
            return .none
        }
        try defineModuleFunction(module, "listdir") { vm, arguments throws(Raised) in
            let path = arguments.count > 0 ? try vm.strString(arguments[0]) : "."
            guard let directory = opendir(path) else { throw vm.raiseOSError(errno, filename: arguments.count > 0 ? arguments[0] : .null) }
            defer { closedir(directory) }
            var names: [String] = []
            while let item = readdir(directory) {
                let name = withUnsafePointer(to: item.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name != "." && name != ".." { names.append(name) }
            }
            var values: [Value] = []
            for name in names { values.append(try vm.newStr(name)) }
            return try vm.newList(values)
        }
        // stat(path) -> (st_mode, st_size, st_mtime) as a tuple-like object with those attributes.
        try defineModuleFunction(module, "_stat") { vm, arguments throws(Raised) in
            var info = stat()
            if fstatat(AT_FDCWD, try vm.strString(arguments[0]), &info, 0) != 0 { throw vm.raiseOSError(errno, filename: arguments[0]) }
            let mtime = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) * 1e-9
            return try vm.newTuple([Value(int: Int(info.st_mode)), try vm.newInt(Int64(info.st_size)), Value(double: mtime)])
        }
        try defineModuleFunction(module, "urandom") { vm, arguments throws(Raised) in
            let count = try vm.indexValue(arguments[0]) { "an integer is required" }
            var bytes = [UInt8](repeating: 0, count: max(0, count))
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
}
