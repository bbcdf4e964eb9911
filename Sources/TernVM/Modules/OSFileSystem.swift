#if canImport(Glibc)
import Glibc
#endif

// os's file-system calls: stat and its result, access and permissions, links, directories,
// renames, and opening by path, with CPython's keywords (dir_fd, follow_symlinks).

extension VM {
    static let statFields = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                             "st_atime", "st_mtime", "st_ctime"]
    static let statHiddenFields = ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
                                   "st_blksize", "st_blocks", "st_rdev"]
    static let statvfsFields = ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
                                "f_favail", "f_flag", "f_namemax"]

    func installOSFileSystem(_ module: Value) throws(Raised) {
        let statType = try newStructSequenceType(module: "os", "stat_result", VM.statFields, hidden: VM.statHiddenFields)
        try setModuleAttribute(module, "stat_result", statType)
        let hiddenNames = VM.statHiddenFields.map { intern($0) }
        let statResult = { (vm: VM, info: stat) throws(Raised) -> Value in
            let times = [info.st_atim, info.st_mtim, info.st_ctim]
            var values = [Value(int: Int(info.st_mode)), try vm.newInt(Int64(bitPattern: UInt64(info.st_ino))),
                          try vm.newInt(Int64(bitPattern: UInt64(info.st_dev))), try vm.newInt(Int64(info.st_nlink)),
                          Value(int: Int(info.st_uid)), Value(int: Int(info.st_gid)), try vm.newInt(Int64(info.st_size))]
            for time in times { values.append(try vm.newInt(Int64(time.tv_sec))) }
            var hidden: [Value] = times.map { Value(double: Double($0.tv_sec) + Double($0.tv_nsec) * 1e-9) }
            for time in times { hidden.append(try vm.newInt(Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))) }
            hidden += [try vm.newInt(Int64(info.st_blksize)), try vm.newInt(Int64(info.st_blocks)),
                       try vm.newInt(Int64(bitPattern: UInt64(info.st_rdev)))]
            return try vm.structSequence(statType, values, hidden: Array(zip(hiddenNames, hidden)))
        }
        for (name, followDefault) in [("stat", true), ("lstat", false)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                let parameters = name == "stat" ? ["path", "dir_fd", "follow_symlinks"] : ["path", "dir_fd"]
                let bound = try vm.bindNativeArguments(arguments, name, parameters, required: 1)
                let path = try vm.pathArgument(bound[0], name, allowDescriptor: name == "stat")
                let follow = name == "stat" ? try vm.flagArgument(bound[2], followDefault) : false
                let directory = try vm.directoryDescriptor(bound[1])
                var info = stat()
                let result = path.descriptor.map { fstat($0, &info) } ?? fstatat(directory, path.path, &info, follow ? 0 : AT_SYMLINK_NOFOLLOW)
                if result != 0 { throw vm.raiseOSError(errno, filename: path.value) }
                return try statResult(vm, info)
            }
        }
        try defineModuleFunction(module, "fstat") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "fstat", ["fd"], required: 1)
            var info = stat()
            if fstat(try vm.descriptorArgument(bound[0]), &info) != 0 { throw vm.raiseOSError(errno) }
            return try statResult(vm, info)
        }
        try installOSPermissions(module)
        try installOSDirectories(module)
        try installOSLinks(module)
        try installStatvfs(module)
    }

    /// access, chmod, chown, utime, truncate.
    private func installOSPermissions(_ module: Value) throws(Raised) {
        for (name, value) in [("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK)] {
            try setModuleAttribute(module, name, Value(int: Int(value)))
        }
        try defineModuleFunction(module, "access") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], required: 2)
            let path = try vm.pathArgument(bound[0], "access")
            let mode = try vm.cIntValue(bound[1]) { "'\(vm.typeName(bound[1]))' object cannot be interpreted as an integer" }
            var flags: Int32 = try vm.flagArgument(bound[4], true) ? 0 : AT_SYMLINK_NOFOLLOW
            if try vm.flagArgument(bound[3], false) { flags |= AT_EACCESS }
            return Value(bool: faccessat(try vm.directoryDescriptor(bound[2]), path.path, Int32(mode), flags) == 0)
        }
        try defineModuleFunction(module, "chmod") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "chmod", ["path", "mode", "dir_fd", "follow_symlinks"], required: 2)
            let path = try vm.pathArgument(bound[0], "chmod", allowDescriptor: true)
            let mode = mode_t(try vm.cIntValue(bound[1]) { "'\(vm.typeName(bound[1]))' object cannot be interpreted as an integer" })
            if !(try vm.flagArgument(bound[3], true)) {
                throw vm.raise(vm.exceptionTypeIDs["NotImplementedError"] ?? vm.exceptionTypes.osError,
                               "chmod: follow_symlinks unavailable on this platform")
            }
            let directory = try vm.directoryDescriptor(bound[2])
            let result = path.descriptor.map { fchmod($0, mode) } ?? fchmodat(directory, path.path, mode, 0)
            if result != 0 { throw vm.raiseOSError(errno, filename: path.value) }
            return .none
        }
        try defineModuleFunction(module, "fchmod") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "fchmod", ["fd", "mode"], required: 2)
            let mode = mode_t(try vm.cIntValue(bound[1]) { "'\(vm.typeName(bound[1]))' object cannot be interpreted as an integer" })
            if fchmod(try vm.descriptorArgument(bound[0]), mode) != 0 { throw vm.raiseOSError(errno) }
            return .none
        }
        try defineModuleFunction(module, "chown") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "chown", ["path", "uid", "gid", "dir_fd", "follow_symlinks"], required: 3)
            let path = try vm.pathArgument(bound[0], "chown", allowDescriptor: true)
            let uid = uid_t(truncatingIfNeeded: try vm.indexValue(bound[1]) { "uid should be integer, not \(vm.typeName(bound[1]))" })
            let gid = gid_t(truncatingIfNeeded: try vm.indexValue(bound[2]) { "gid should be integer, not \(vm.typeName(bound[2]))" })
            let flags: Int32 = try vm.flagArgument(bound[4], true) ? 0 : AT_SYMLINK_NOFOLLOW
            let directory = try vm.directoryDescriptor(bound[3])
            let result = path.descriptor.map { fchown($0, uid, gid) } ?? fchownat(directory, path.path, uid, gid, flags)
            if result != 0 { throw vm.raiseOSError(errno, filename: path.value) }
            return .none
        }
        try defineModuleFunction(module, "utime") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "utime", ["path", "times", "ns", "dir_fd", "follow_symlinks"], required: 1)
            let path = try vm.pathArgument(bound[0], "utime", allowDescriptor: true)
            let times = bound[1].isNull ? Value.none : bound[1]
            var stamps: [timespec]? = nil
            if !times.isNone {
                if !bound[2].isNull { throw vm.raiseValueError("utime: you may specify either 'times' or 'ns' but not both") }
                guard vm.typeID(of: times) == TypeID.tuple, TupleView(times).count == 2 else {
                    throw vm.raiseTypeError("utime: 'times' must be either a tuple of two ints or None")
                }
                stamps = []
                for index in 0..<2 {
                    let seconds = try vm.floatArgument(TupleView(times)[index])
                    let whole = seconds.rounded(.down)
                    stamps!.append(timespec(tv_sec: Int(whole), tv_nsec: Int(((seconds - whole) * 1e9).rounded(.down))))
                }
            } else if !bound[2].isNull {
                guard vm.typeID(of: bound[2]) == TypeID.tuple, TupleView(bound[2]).count == 2 else {
                    throw vm.raiseTypeError("utime: 'ns' must be a tuple of two ints")
                }
                stamps = []
                for index in 0..<2 {
                    let item = TupleView(bound[2])[index]
                    guard vm.isInstance(item, typeID: TypeID.int) else { throw vm.raiseTypeError("utime: 'ns' must be a tuple of two ints") }
                    let nanoseconds = try vm.indexValue(item) { "" }
                    let seconds = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds + 1) / 1_000_000_000 - 1
                    stamps!.append(timespec(tv_sec: seconds, tv_nsec: nanoseconds - seconds * 1_000_000_000))
                }
            }
            let flags: Int32 = try vm.flagArgument(bound[4], true) ? 0 : AT_SYMLINK_NOFOLLOW
            let directory = try vm.directoryDescriptor(bound[3])
            let result: Int32
            if var stamps {
                result = stamps.withUnsafeMutableBufferPointer { buffer in
                    path.descriptor.map { futimens($0, buffer.baseAddress) } ?? utimensat(directory, path.path, buffer.baseAddress, flags)
                }
            } else {
                result = path.descriptor.map { futimens($0, nil) } ?? utimensat(directory, path.path, nil, flags)
            }
            if result != 0 { throw vm.raiseOSError(errno) }
            return .none
        }
        for name in ["truncate", "ftruncate"] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                let bound = try vm.bindNativeArguments(arguments, name, [name == "truncate" ? "path" : "fd", "length"], required: 2)
                let path = name == "truncate" ? try vm.pathArgument(bound[0], name, allowDescriptor: true)
                    : PathArgument(value: bound[0], path: "", descriptor: try vm.descriptorArgument(bound[0]), isBytes: false)
                let length = off_t(try vm.indexValue(bound[1]) { "'\(vm.typeName(bound[1]))' object cannot be interpreted as an integer" })
                let result = path.descriptor.map { Glibc.ftruncate($0, length) } ?? Glibc.truncate(path.path, length)
                if result != 0 { throw vm.raiseOSError(errno, filename: name == "truncate" ? path.value : .null) }
                return .none
            }
        }
    }

    /// mkdir, rmdir, unlink, listdir, chdir, getcwd, and scandir's raw listing.
    private func installOSDirectories(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "mkdir") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "mkdir", ["path", "mode", "dir_fd"], required: 1)
            let path = try vm.pathArgument(bound[0], "mkdir")
            let mode = bound[1].isNull ? 0o777 : try vm.cIntValue(bound[1]) { "'\(vm.typeName(bound[1]))' object cannot be interpreted as an integer" }
            if mkdirat(try vm.directoryDescriptor(bound[2]), path.path, mode_t(truncatingIfNeeded: mode)) != 0 {
                throw vm.raiseOSError(errno, filename: path.value)
            }
            return .none
        }
        for name in ["remove", "unlink", "rmdir"] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                let bound = try vm.bindNativeArguments(arguments, name, ["path", "dir_fd"], required: 1)
                let path = try vm.pathArgument(bound[0], name)
                if unlinkat(try vm.directoryDescriptor(bound[1]), path.path, name == "rmdir" ? AT_REMOVEDIR : 0) != 0 {
                    throw vm.raiseOSError(errno, filename: path.value)
                }
                return .none
            }
        }
        try defineModuleFunction(module, "listdir") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "listdir", ["path"], required: 0)
            let path = bound[0].isNull || bound[0].isNone ? PathArgument(value: vm.intern("."), path: ".", descriptor: nil, isBytes: false)
                : try vm.pathArgument(bound[0], "listdir", allowDescriptor: true, allowNone: true)
            var names: [Value] = []
            for entry in try vm.readDirectory(path) { names.append(try vm.fileSystemName(entry.name, bytes: path.isBytes)) }
            return try vm.newList(names)
        }
        // [(name, d_type, d_ino)] of a directory, for scandir (lib/_os.py).
        try defineModuleFunction(module, "_scandir") { vm, arguments throws(Raised) in
            let path = try vm.pathArgument(arguments[0], "scandir", allowDescriptor: true, allowNone: true)
            var entries: [Value] = []
            for entry in try vm.readDirectory(path) {
                entries.append(try vm.newTuple([try vm.fileSystemName(entry.name, bytes: path.isBytes), Value(int: Int(entry.type)),
                                                try vm.newInt(Int64(bitPattern: entry.inode))]))
            }
            return try vm.newList(entries)
        }
        try defineModuleFunction(module, "chdir") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "chdir", ["path"], required: 1)
            let path = try vm.pathArgument(bound[0], "chdir", allowDescriptor: true)
            if (path.descriptor.map { fchdir($0) } ?? Glibc.chdir(path.path)) != 0 { throw vm.raiseOSError(errno, filename: path.value) }
            return .none
        }
        try defineModuleFunction(module, "fchdir") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "fchdir", min: 1, max: 1)
            if fchdir(try vm.descriptorArgument(arguments[0])) != 0 { throw vm.raiseOSError(errno) }
            return .none
        }
        for (name, bytes) in [("getcwd", false), ("getcwdb", true)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 0, max: 0)
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                guard Glibc.getcwd(&buffer, buffer.count) != nil else { throw vm.raiseOSError(errno) }
                return try vm.fileSystemName(String(cString: buffer), bytes: bytes)
            }
        }
    }

    /// The entries of a directory (a path or a descriptor, which stays open) but "." and "..".
    func readDirectory(_ path: PathArgument) throws(Raised) -> [(name: String, type: UInt8, inode: UInt64)] {
        let stream: OpaquePointer?
        if let descriptor = path.descriptor {
            let copy = dup(descriptor)
            if copy < 0 { throw raiseOSError(errno, filename: path.value) }
            guard let opened = fdopendir(copy) else { let code = errno; Glibc.close(copy); throw raiseOSError(code, filename: path.value) }
            rewinddir(opened)
            stream = opened
        } else {
            stream = opendir(path.path)
        }
        guard let stream else { throw raiseOSError(errno, filename: path.value) }
        defer { closedir(stream) }
        var entries: [(name: String, type: UInt8, inode: UInt64)] = []
        errno = 0
        while let item = readdir(stream) {
            let name = withUnsafePointer(to: item.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { entries.append((name, item.pointee.d_type, UInt64(item.pointee.d_ino))) }
        }
        if errno != 0 { throw raiseOSError(errno, filename: path.value) }
        return entries
    }

    /// rename, replace, link, symlink, readlink, and open by path.
    private func installOSLinks(_ module: Value) throws(Raised) {
        for name in ["rename", "replace"] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                let bound = try vm.bindNativeArguments(arguments, name, ["src", "dst", "src_dir_fd", "dst_dir_fd"], required: 2)
                let source = try vm.pathArgument(bound[0], name, "src"), target = try vm.pathArgument(bound[1], name, "dst")
                if renameat(try vm.directoryDescriptor(bound[2]), source.path, try vm.directoryDescriptor(bound[3]), target.path) != 0 {
                    throw vm.raiseOSError(errno, filename: source.value, filename2: target.value)
                }
                return .none
            }
        }
        try defineModuleFunction(module, "link") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "link", ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], required: 2)
            let source = try vm.pathArgument(bound[0], "link", "src"), target = try vm.pathArgument(bound[1], "link", "dst")
            let flags: Int32 = try vm.flagArgument(bound[4], true) ? AT_SYMLINK_FOLLOW : 0
            if linkat(try vm.directoryDescriptor(bound[2]), source.path, try vm.directoryDescriptor(bound[3]), target.path, flags) != 0 {
                throw vm.raiseOSError(errno, filename: source.value, filename2: target.value)
            }
            return .none
        }
        try defineModuleFunction(module, "symlink") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "symlink", ["src", "dst", "target_is_directory", "dir_fd"], required: 2)
            let source = try vm.pathArgument(bound[0], "symlink", "src"), target = try vm.pathArgument(bound[1], "symlink", "dst")
            if symlinkat(source.path, try vm.directoryDescriptor(bound[3]), target.path) != 0 {
                throw vm.raiseOSError(errno, filename: source.value, filename2: target.value)
            }
            return .none
        }
        try defineModuleFunction(module, "readlink") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "readlink", ["path", "dir_fd"], required: 1)
            let path = try vm.pathArgument(bound[0], "readlink")
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlinkat(try vm.directoryDescriptor(bound[1]), path.path, &buffer, buffer.count - 1)
            if count < 0 { throw vm.raiseOSError(errno, filename: path.value) }
            let bytes = buffer[0..<count].map { UInt8(bitPattern: $0) }
            return path.isBytes ? try vm.newBytes(bytes) : try vm.newStr(String(decoding: bytes, as: UTF8.self))
        }
        try defineModuleFunction(module, "open") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "open", ["path", "flags", "mode", "dir_fd"], required: 2)
            let path = try vm.pathArgument(bound[0], "open")
            let flags = try vm.cIntValue(bound[1]) { "'\(vm.typeName(bound[1]))' object cannot be interpreted as an integer" }
            let mode = bound[2].isNull ? 0o777 : try vm.cIntValue(bound[2]) { "'\(vm.typeName(bound[2]))' object cannot be interpreted as an integer" }
            // As CPython, descriptors os.open makes are not inherited by child processes.
            let descriptor = openat(try vm.directoryDescriptor(bound[3]), path.path, Int32(flags) | O_CLOEXEC, mode_t(truncatingIfNeeded: mode))
            if descriptor < 0 { throw vm.raiseOSError(errno, filename: path.value) }
            return Value(int: Int(descriptor))
        }
    }

    private func installStatvfs(_ module: Value) throws(Raised) {
        let statvfsType = try newStructSequenceType(module: "os", "statvfs_result", VM.statvfsFields, hidden: ["f_fsid"])
        try setModuleAttribute(module, "statvfs_result", statvfsType)
        let fsid = intern("f_fsid")
        for name in ["statvfs", "fstatvfs"] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                let bound = try vm.bindNativeArguments(arguments, name, [name == "statvfs" ? "path" : "fd"], required: 1)
                let path = name == "statvfs" ? try vm.pathArgument(bound[0], name, allowDescriptor: true)
                    : PathArgument(value: bound[0], path: "", descriptor: try vm.descriptorArgument(bound[0]), isBytes: false)
                var info = statvfs()
                let result = path.descriptor.map { Glibc.fstatvfs($0, &info) } ?? pathStatvfs(path.path, &info)
                if result != 0 { throw vm.raiseOSError(errno, filename: name == "statvfs" ? path.value : .null) }
                var values: [Value] = []
                for field in [UInt64(info.f_bsize), UInt64(info.f_frsize), UInt64(info.f_blocks), UInt64(info.f_bfree),
                              UInt64(info.f_bavail), UInt64(info.f_files), UInt64(info.f_ffree), UInt64(info.f_favail),
                              UInt64(info.f_flag), UInt64(info.f_namemax)] {
                    values.append(try vm.newInt(Int64(bitPattern: field)))
                }
                return try vm.structSequence(statvfsType, values, hidden: [(fsid, try vm.newInt(Int64(bitPattern: UInt64(info.f_fsid))))])
            }
        }
    }
}

/// statvfs(2), whose name Swift gives to the struct.
@_silgen_name("statvfs") private func pathStatvfs(_ path: UnsafePointer<CChar>, _ info: UnsafeMutablePointer<statvfs>) -> Int32
