#if canImport(Glibc)
import Glibc
#endif

// `_socketcalls`: the socket system calls lib/_socket.py builds its socket type on —
// socketpair, send, recv, shutdown and integer socket options, each over a descriptor.
// Arguments are checked by _socket.py; a failed call raises the OSError subclass for
// its errno (BlockingIOError for EAGAIN on a non-blocking socket). Calls interrupted
// by a signal are retried, as PEP 475 asks.

extension VM {
    func installSocketCallsModule(_ module: Value) throws(Raised) {
        func integer(_ vm: VM, _ value: Value) throws(Raised) -> Int32 { try vm.descriptorArgument(value) }
        func retrying(_ call: () -> Int) -> Int {
            while true {
                let result = call()
                if result >= 0 || errno != EINTR { return result }
            }
        }
        try defineModuleFunction(module, "socketpair") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "socketpair", min: 3, max: 3)
            var ends: [Int32] = [0, 0]
            let kind = try integer(vm, arguments[1]) | Int32(SOCK_CLOEXEC.rawValue)
            if Glibc.socketpair(try integer(vm, arguments[0]), kind, try integer(vm, arguments[2]), &ends) != 0 {
                throw vm.raiseOSError(errno)
            }
            return try vm.newTuple([Value(int: Int(ends[0])), Value(int: Int(ends[1]))])
        }
        try defineModuleFunction(module, "send") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "send", min: 3, max: 3)
            let descriptor = try integer(vm, arguments[0]), flags = try integer(vm, arguments[2])
            let sent = try vm.withReadableBuffer(arguments[1]) { bytes in
                retrying { Glibc.send(descriptor, bytes.baseAddress, bytes.count, flags | Int32(MSG_NOSIGNAL)) }
            }
            if sent < 0 { throw vm.raiseOSError(errno) }
            return Value(int: sent)
        }
        try defineModuleFunction(module, "recv") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "recv", min: 3, max: 3)
            let descriptor = try integer(vm, arguments[0]), flags = try integer(vm, arguments[2])
            let count = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            var buffer = [UInt8](repeating: 0, count: count)
            let got = buffer.withUnsafeMutableBytes { bytes in retrying { Glibc.recv(descriptor, bytes.baseAddress, bytes.count, flags) } }
            if got < 0 { throw vm.raiseOSError(errno) }
            return try vm.newBytes(Array(buffer[0..<got]))
        }
        try defineModuleFunction(module, "shutdown") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "shutdown", min: 2, max: 2)
            if Glibc.shutdown(try integer(vm, arguments[0]), try integer(vm, arguments[1])) != 0 { throw vm.raiseOSError(errno) }
            return .none
        }
        try defineModuleFunction(module, "getsockopt") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "getsockopt", min: 3, max: 3)
            var value: Int32 = 0
            var size = socklen_t(MemoryLayout<Int32>.size)
            if Glibc.getsockopt(try integer(vm, arguments[0]), try integer(vm, arguments[1]), try integer(vm, arguments[2]), &value, &size) != 0 {
                throw vm.raiseOSError(errno)
            }
            return Value(int: Int(value))
        }
        try defineModuleFunction(module, "setsockopt") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "setsockopt", min: 4, max: 4)
            var value = try integer(vm, arguments[3])
            if Glibc.setsockopt(try integer(vm, arguments[0]), try integer(vm, arguments[1]), try integer(vm, arguments[2]), &value,
                                socklen_t(MemoryLayout<Int32>.size)) != 0 {
                throw vm.raiseOSError(errno)
            }
            return .none
        }
    }
}
