#if canImport(Glibc)
import Glibc
#endif

// _posixsubprocess.fork_exec, which subprocess.Popen starts every child with on POSIX:
// CPython 3.11's 23 positional arguments and its contract. Everything that can fail
// in Python is converted before the fork; the child only sets up descriptors and its
// process state, runs preexec_fn if given, and execs. A failure in the child reaches
// the parent through errpipe_write as "OSError:<hex errno>:" (plus "noexec" when exec
// was never tried) or "SubprocessError:0:<message>", which subprocess.py parses.

/// The child's half of fork_exec, everything in Swift values already.
private struct ChildSetup {
    /// The executables to try, argv and envp.
    var exec: CStringArrays
    /// env was None: the child gets os.environ, read again after preexec_fn (which may change it).
    var inheritsEnvironment: Bool
    var directory: [UInt8]?
    var p2cread: Int32, p2cwrite: Int32, c2pread: Int32, c2pwrite: Int32, errread: Int32, errwrite: Int32
    var errpipeRead: Int32, errpipeWrite: Int32
    var closeDescriptors: Bool
    var keep: [Int32]
    var restoreSignals: Bool
    var newSession: Bool
    var processGroup: pid_t
    var groupID: gid_t?
    var extraGroups: [gid_t]?
    var userID: uid_t?
    var umask: Int32
    var preexec: Value
}

extension VM {
    func installPosixSubprocessModule(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "fork_exec") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "fork_exec", min: 23, max: 23)
            return Value(int: Int(try vm.forkExec(arguments)))
        }
    }

    private func forkExec(_ a: Arguments) throws(Raised) -> pid_t {
        func int(_ index: Int) throws(Raised) -> Int32 {
            Int32(try cIntValue(a[index]) { "'\(typeName(a[index]))' object cannot be interpreted as an integer" })
        }
        func identifier(_ index: Int, _ kind: String) throws(Raised) -> UInt32? {
            a[index].isNone ? nil : UInt32(truncatingIfNeeded: try indexValue(a[index]) { "\(kind) should be integer, not \(typeName(a[index]))" })
        }
        let closeDescriptors = try isTrue(a[2])
        guard isInstance(a[3], typeID: TypeID.tuple) else {
            throw raiseTypeError("fork_exec() argument 4 must be tuple, not \(typeName(a[3]))")
        }
        let errpipeWrite = try int(13)
        if closeDescriptors && errpipeWrite < 3 { throw raiseValueError("errpipe_write must be >= 3") }
        var keep: [Int32] = []
        for index in 0..<TupleView(a[3]).count {
            let item = TupleView(a[3])[index]
            guard isIntLike(item), let number = smallIntValue(item), number >= 0, number <= Int64(Int32.max),
                  keep.last.map({ Int64($0) < number }) ?? true else {
                throw raiseValueError("bad value(s) in fds_to_keep")
            }
            keep.append(Int32(number))
        }
        var executables: [[UInt8]] = []
        try forEach(a[1]) { (item) throws(Raised) in executables.append(try fileSystemBytes(item)) }
        var words: [[UInt8]] = []
        if !a[0].isNone {
            guard isInstance(a[0], typeID: TypeID.tuple) || isInstance(a[0], typeID: TypeID.list) else { throw raiseTypeError("argv must be a tuple") }
            try forEach(a[0]) { (item) throws(Raised) in words.append(try fileSystemBytes(item)) }
        }
        var environment: [[UInt8]] = []
        if !a[5].isNone {
            try forEach(a[5]) { (item) throws(Raised) in environment.append(try fileSystemBytes(item)) }
        } else {
            // Tern's os.environ is a dict, not the C environment, so the child gets it explicitly.
            environment = try environmentEntries(.null)
        }
        var extraGroups: [gid_t]?
        if !a[18].isNone {
            guard isInstance(a[18], typeID: TypeID.list) else { throw raiseTypeError("setgroups argument must be a list") }
            var groups: [gid_t] = []
            try forEach(a[18]) { (item) throws(Raised) in
                guard isIntLike(item) else { throw raiseTypeError("extra_groups must be integers") }
                groups.append(gid_t(truncatingIfNeeded: try indexValue(item) { "" }))
            }
            extraGroups = groups
        }
        var setup = ChildSetup(
            exec: CStringArrays([executables, words, environment]), inheritsEnvironment: a[5].isNone,
            directory: a[4].isNone ? nil : try fileSystemBytes(a[4]),
            p2cread: try int(6), p2cwrite: try int(7), c2pread: try int(8), c2pwrite: try int(9), errread: try int(10),
            errwrite: try int(11), errpipeRead: try int(12), errpipeWrite: errpipeWrite,
            closeDescriptors: closeDescriptors, keep: keep, restoreSignals: try isTrue(a[14]), newSession: try isTrue(a[15]),
            processGroup: pid_t(try int(16)), groupID: try identifier(17, "gid"), extraGroups: extraGroups, userID: try identifier(19, "uid"),
            umask: try int(20), preexec: a[21])
        defer { setup.exec.free() }
        let pid = Glibc.fork()
        if pid == 0 {
            runChild(&setup)
            Glibc._exit(255)
        }
        if pid < 0 { throw raiseOSError(errno) }
        return pid
    }

    /// In the child: set up and exec, or report why not on the error pipe.
    private func runChild(_ setup: inout ChildSetup) {
        var reachedPreexec = false
        var message = ""
        var failure: Int32 = 0
        func ok(_ result: Int32) -> Bool {
            if result == -1 { failure = errno }
            return result != -1
        }
        func inheritable(_ descriptor: Int32, _ on: Bool) -> Bool {
            let flags = fcntl(descriptor, F_GETFD)
            return ok(flags) && ok(fcntl(descriptor, F_SETFD, on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC))
        }
        setup: do {
            for descriptor in setup.keep where descriptor != setup.errpipeWrite {
                guard inheritable(descriptor, true) else { break setup }
            }
            for descriptor in [setup.p2cwrite, setup.c2pread, setup.errread] where descriptor != -1 {
                guard ok(Glibc.close(descriptor)) else { break setup }
            }
            guard ok(Glibc.close(setup.errpipeRead)) else { break setup }
            // A write end that is itself 0 or 1 would be overwritten by the dup2s below.
            if setup.c2pwrite == 0 {
                setup.c2pwrite = Glibc.dup(setup.c2pwrite)
                guard ok(setup.c2pwrite), inheritable(setup.c2pwrite, false) else { break setup }
            }
            while setup.errwrite == 0 || setup.errwrite == 1 {
                setup.errwrite = Glibc.dup(setup.errwrite)
                guard ok(setup.errwrite), inheritable(setup.errwrite, false) else { break setup }
            }
            for (descriptor, target) in [(setup.p2cread, Int32(0)), (setup.c2pwrite, 1), (setup.errwrite, 2)] where descriptor != -1 {
                // dup2 onto itself would leave close-on-exec set.
                guard descriptor == target ? inheritable(descriptor, true) : ok(Glibc.dup2(descriptor, target)) else { break setup }
            }
            if let directory = setup.directory {
                guard ok(directory.withUnsafeBufferPointer { bytes in
                    String(decoding: bytes, as: UTF8.self).withCString { Glibc.chdir($0) }
                }) else { break setup }
            }
            if setup.umask >= 0 { Glibc.umask(mode_t(setup.umask)) }
            if setup.restoreSignals {
                for signal in [SIGPIPE, SIGXFSZ] { Glibc.signal(signal, SIG_DFL) }
            }
            if setup.newSession { guard ok(Glibc.setsid()) else { break setup } }
            if setup.processGroup >= 0 { guard ok(Glibc.setpgid(0, setup.processGroup)) else { break setup } }
            if let groups = setup.extraGroups, !groups.isEmpty { guard ok(Glibc.setgroups(groups.count, groups)) else { break setup } }
            if let group = setup.groupID { guard ok(Glibc.setregid(group, group)) else { break setup } }
            if let user = setup.userID { guard ok(Glibc.setreuid(user, user)) else { break setup } }
            reachedPreexec = true
            if !setup.preexec.isNone {
                do throws(Raised) {
                    _ = try call(setup.preexec)
                    if setup.inheritsEnvironment, let entries = try? environmentEntries(.null) {
                        setup.exec.replace(2, with: entries)
                    }
                } catch {
                    message = "Exception occurred in preexec_fn."
                    break setup
                }
            }
            if setup.closeDescriptors { closeDescriptors(from: 3, keeping: setup.keep) }
            let arrays = setup.exec.pointers
            var index = 0
            // The first failure other than "not found" is the one reported, as os._execvpe's PATH search does.
            var firstOther: Int32 = 0
            while let executable = arrays[0][index] {
                Glibc.execve(executable, arrays[1], arrays[2])
                if errno != ENOENT && errno != ENOTDIR && firstOther == 0 { firstOther = errno }
                index += 1
            }
            failure = firstOther != 0 ? firstOther : errno
        }
        var report = Array((failure != 0 ? "OSError:\(String(failure, radix: 16)):\(reachedPreexec ? "" : "noexec")"
            : "SubprocessError:0:\(message)").utf8)
        _ = Glibc.write(setup.errpipeWrite, &report, report.count)
    }

    /// Closes every open descriptor from `low` up except those in `keeping` (sorted).
    private func closeDescriptors(from low: Int32, keeping: [Int32]) {
        guard let directory = opendir("/proc/self/fd") else {
            for descriptor in low..<Int32(sysconf(Int32(_SC_OPEN_MAX))) where !keeping.contains(descriptor) { Glibc.close(descriptor) }
            return
        }
        var open: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if let descriptor = Int32(name), descriptor >= low { open.append(descriptor) }
        }
        let own = dirfd(directory)
        closedir(directory)
        for descriptor in open where descriptor != own && !keeping.contains(descriptor) { Glibc.close(descriptor) }
    }
}
