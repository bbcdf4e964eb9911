#if canImport(Glibc)
import Glibc
#endif

// os's file-descriptor calls: open flags, read/write/close, seeking, syncing, pipes,
// duplication, inheritance and sendfile.

extension VM {
    func installOSDescriptors(_ module: Value) throws(Raised) {
        let constants: [(String, Int32)] = [
            ("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_APPEND", O_APPEND), ("O_CREAT", O_CREAT),
            ("O_TRUNC", O_TRUNC), ("O_EXCL", O_EXCL), ("O_ACCMODE", O_ACCMODE), ("O_NOFOLLOW", O_NOFOLLOW),
            ("O_CLOEXEC", O_CLOEXEC), ("O_DIRECTORY", O_DIRECTORY), ("O_NONBLOCK", O_NONBLOCK), ("O_NDELAY", O_NDELAY),
            ("O_NOCTTY", O_NOCTTY), ("O_SYNC", O_SYNC), ("O_DSYNC", O_DSYNC), ("O_RSYNC", O_RSYNC), ("O_FSYNC", O_FSYNC),
            // Linux's values of the flags Glibc shows only under _GNU_SOURCE.
            ("O_ASYNC", O_ASYNC), ("O_NOATIME", 0o1000000), ("O_PATH", 0o10000000), ("O_TMPFILE", 0o20200000),
            ("O_DIRECT", 0o40000), ("O_LARGEFILE", 0),
            ("SEEK_SET", SEEK_SET), ("SEEK_CUR", SEEK_CUR), ("SEEK_END", SEEK_END), ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
            ("EX_OK", 0),
        ]
        for (name, value) in constants { try setModuleAttribute(module, name, Value(int: Int(value))) }
        try defineModuleFunction(module, "write") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "write", min: 2, max: 2)
            let descriptor = try vm.descriptorArgument(arguments[0])
            if descriptor == 1 { vm.flushStdout() }
            let written = try vm.withReadableBuffer(arguments[1]) { bytes in Glibc.write(descriptor, bytes.baseAddress, bytes.count) }
            if written < 0 { throw vm.raiseOSError(errno) }
            return Value(int: written)
        }
        try defineModuleFunction(module, "read") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "read", min: 2, max: 2)
            let descriptor = try vm.descriptorArgument(arguments[0])
            let count = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            if count < 0 { throw vm.raiseOSError(EINVAL) }
            var buffer = [UInt8](repeating: 0, count: count)
            let got = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 { throw vm.raiseOSError(errno) }
            return try vm.newBytes(Array(buffer[0..<got]))
        }
        try defineModuleFunction(module, "lseek") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "lseek", min: 3, max: 3)
            let offset = off_t(try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" })
            let position = Glibc.lseek(try vm.descriptorArgument(arguments[0]), offset, try vm.descriptorArgument(arguments[2]))
            if position < 0 { throw vm.raiseOSError(errno) }
            return try vm.newInt(Int64(position))
        }
        let descriptorCalls: [(String, (Int32) -> Int32)] = [("close", { Glibc.close($0) }), ("fsync", { Glibc.fsync($0) }),
                                                            ("fdatasync", { Glibc.fdatasync($0) })]
        for (name, call) in descriptorCalls {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 1, max: 1)
                if call(try vm.descriptorOrFileno(arguments[0], allowFileno: name != "close")) != 0 { throw vm.raiseOSError(errno) }
                return .none
            }
        }
        try defineModuleFunction(module, "closerange") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "closerange", min: 2, max: 2)
            let low = try vm.descriptorArgument(arguments[0]), high = try vm.descriptorArgument(arguments[1])
            if low < high { for descriptor in low..<high { Glibc.close(descriptor) } }
            return .none
        }
        try defineModuleFunction(module, "isatty") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "isatty", min: 1, max: 1)
            return Value(bool: Glibc.isatty(try vm.descriptorArgument(arguments[0])) == 1)
        }
        try defineModuleFunction(module, "pipe") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "pipe", min: 0, max: 0)
            var ends: [Int32] = [0, 0]
            if Glibc.pipe(&ends) != 0 { throw vm.raiseOSError(errno) }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            return try vm.newTuple([Value(int: Int(ends[0])), Value(int: Int(ends[1]))])
        }
        try defineModuleFunction(module, "dup") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "dup", min: 1, max: 1)
            let copy = fcntl(try vm.descriptorArgument(arguments[0]), F_DUPFD_CLOEXEC, 0)
            if copy < 0 { throw vm.raiseOSError(errno) }
            return Value(int: Int(copy))
        }
        try defineModuleFunction(module, "dup2") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "dup2", ["fd", "fd2", "inheritable"], required: 2)
            let inheritable = try vm.flagArgument(bound[2], true)
            let copy = Glibc.dup2(try vm.descriptorArgument(bound[0]), try vm.descriptorArgument(bound[1]))
            if copy < 0 { throw vm.raiseOSError(errno) }
            if !inheritable { _ = fcntl(copy, F_SETFD, FD_CLOEXEC) }
            return Value(int: Int(copy))
        }
        for (name, flag, table) in [("inheritable", FD_CLOEXEC, (F_GETFD, F_SETFD)), ("blocking", O_NONBLOCK, (F_GETFL, F_SETFL))] {
            try defineModuleFunction(module, "get_" + name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "get_" + name, min: 1, max: 1)
                let flags = fcntl(try vm.descriptorArgument(arguments[0]), table.0)
                if flags < 0 { throw vm.raiseOSError(errno) }
                return Value(bool: flags & flag == 0)
            }
            try defineModuleFunction(module, "set_" + name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "set_" + name, min: 2, max: 2)
                let descriptor = try vm.descriptorArgument(arguments[0])
                let flags = fcntl(descriptor, table.0)
                if flags < 0 { throw vm.raiseOSError(errno) }
                if fcntl(descriptor, table.1, try vm.isTrue(arguments[1]) ? flags & ~flag : flags | flag) < 0 { throw vm.raiseOSError(errno) }
                return .none
            }
        }
        try defineModuleFunction(module, "sendfile") { vm, arguments throws(Raised) in
            let bound = try vm.bindNativeArguments(arguments, "sendfile", ["out_fd", "in_fd", "offset", "count"], required: 4)
            let count = try vm.indexValue(bound[3]) { "'\(vm.typeName(bound[3]))' object cannot be interpreted as an integer" }
            let output = try vm.descriptorArgument(bound[0]), input = try vm.descriptorArgument(bound[1])
            var sent: Int
            if bound[2].isNone {
                sent = Glibc.sendfile(output, input, nil, count)
            } else {
                var offset = off_t(try vm.indexValue(bound[2]) { "'\(vm.typeName(bound[2]))' object cannot be interpreted as an integer" })
                sent = Glibc.sendfile(output, input, &offset, count)
            }
            if sent < 0 { throw vm.raiseOSError(errno) }
            return Value(int: sent)
        }
    }

    /// A descriptor, or (for fsync) what an object's fileno() returns.
    func descriptorOrFileno(_ value: Value, allowFileno: Bool) throws(Raised) -> Int32 {
        if allowFileno && !isInstance(value, typeID: TypeID.int) {
            let method = try getAttributeOrNull(value, intern("fileno"))
            if !method.isNull { return try descriptorArgument(try call(method)) }
            throw raiseTypeError("argument must be an int, or have a fileno() method.")
        }
        return try descriptorArgument(value)
    }
}
