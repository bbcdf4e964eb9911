#if canImport(Glibc)
import Glibc
#endif

// The select module: select() and poll objects, both over poll(2), which is what
// selectors and subprocess.communicate() wait with. Descriptors are ints or objects
// with a fileno() method.

extension VM {
    func installSelectModule(_ module: Value) throws(Raised) {
        let constants: [(String, Int)] = [
            ("POLLIN", 0x1), ("POLLPRI", 0x2), ("POLLOUT", 0x4), ("POLLERR", 0x8), ("POLLHUP", 0x10), ("POLLNVAL", 0x20),
            ("POLLRDNORM", 0x40), ("POLLRDBAND", 0x80), ("POLLWRNORM", 0x100), ("POLLWRBAND", 0x200), ("POLLMSG", 0x400),
            ("POLLRDHUP", 0x2000), ("PIPE_BUF", Int(PIPE_BUF)),
        ]
        for (name, value) in constants { try setModuleAttribute(module, name, Value(int: value)) }
        try setModuleAttribute(module, "error", typeObject(exceptionTypes.osError))
        try defineModuleFunction(module, "select") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "select", min: 3, max: 4)
            return try vm.select(arguments)
        }
        try installPollClass(module)
    }

    /// select(rlist, wlist, xlist[, timeout]): the items of each list that are ready.
    private func select(_ arguments: Arguments) throws(Raised) -> Value {
        var milliseconds: Int32 = -1
        if arguments.count == 4 && !arguments[3].isNone {
            guard let seconds = try timeoutValue(arguments[3], nanosecondsPerUnit: 1e9) else {
                throw raiseTypeError("timeout must be a float or None")
            }
            if seconds < 0 { throw raiseValueError("timeout must be non-negative") }
            milliseconds = Int32(min((seconds * 1000).rounded(.up), Double(Int32.max)))
        }
        // The items of each argument as they are met, kept with their descriptors: a list is
        // read as it stands while fileno() runs (it may shrink meanwhile), as CPython reads it.
        let mark = tempRootCount
        defer { tempRootCount = mark }
        var seen: [Value] = []
        var descriptors: [[Int32]] = []
        for index in 0..<3 {
            guard !lookupInType(typeID(of: arguments[index]), intern("__iter__")).isNull else {
                throw raiseTypeError("arguments 1-3 must be sequences")
            }
            let source = isInstance(arguments[index], typeID: TypeID.list) ? arguments[index] : try listFrom(arguments[index])
            pushRoot(source)
            let items = try newList([])
            pushRoot(items)
            seen.append(items)
            var numbers: [Int32] = []
            while numbers.count < ListView(source).count {
                let item = ListView(source)[numbers.count]
                try listAppend(ListView(items), item)
                let descriptor = try pollDescriptor(item)
                if descriptor >= FD_SETSIZE { throw raiseValueError("filedescriptor out of range in select()") }
                numbers.append(descriptor)
            }
            descriptors.append(numbers)
        }
        let wanted: [Int16] = [Int16(POLLIN), Int16(POLLOUT), Int16(POLLPRI)]
        var entries: [pollfd] = []
        for (list, numbers) in descriptors.enumerated() {
            for descriptor in numbers { entries.append(pollfd(fd: descriptor, events: wanted[list], revents: 0)) }
        }
        try waitForDescriptors(&entries, milliseconds)
        // Readable includes end of file and errors; writable includes errors, as select(2) reports them.
        let ready: [Int16] = [Int16(POLLIN | POLLHUP | POLLERR), Int16(POLLOUT | POLLERR), Int16(POLLPRI)]
        var results: [Value] = []
        var position = 0
        for (list, numbers) in descriptors.enumerated() {
            var chosen: [Value] = []
            for index in numbers.indices {
                if entries[position].revents & Int16(POLLNVAL) != 0 { throw raiseOSError(EBADF) }
                if entries[position].revents & ready[list] != 0 { chosen.append(ListView(seen[list])[index]) }
                position += 1
            }
            results.append(try newList(chosen))
        }
        return try newTuple(results)
    }

    /// A timeout number (nil when it is not one), checked as CPython's clock reads it: NaN is a
    /// ValueError, and one past 64-bit nanoseconds (`nanosecondsPerUnit` per unit) an OverflowError.
    func timeoutValue(_ value: Value, nanosecondsPerUnit: Double) throws(Raised) -> Double? {
        guard let number = try numberAsDouble(value) else { return nil }
        if number.isNaN { throw raiseValueError("Invalid value NaN (not a number)") }
        if abs(number * nanosecondsPerUnit) >= 9.223372036854775807e18 {
            throw raise(exceptionTypes.overflowError, isInstance(value, typeID: TypeID.float)
                ? "timestamp out of range for platform time_t" : "timestamp too large to convert to C _PyTime_t")
        }
        return number
    }

    /// poll(2) on `entries`, retried with the time left when a signal interrupts it.
    private func waitForDescriptors(_ entries: inout [pollfd], _ milliseconds: Int32) throws(Raised) {
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let end = Double(deadline.tv_sec) * 1000 + Double(deadline.tv_nsec) / 1e6 + Double(milliseconds)
        var timeout = milliseconds
        while Glibc.poll(&entries, nfds_t(entries.count), timeout) < 0 {
            if errno != EINTR { throw raiseOSError(errno) }
            if milliseconds >= 0 {
                var now = timespec()
                clock_gettime(CLOCK_MONOTONIC, &now)
                timeout = Int32(max(0, (end - Double(now.tv_sec) * 1000 - Double(now.tv_nsec) / 1e6).rounded(.up)))
            }
        }
    }

    /// A descriptor for select or poll: an int, or what the object's fileno() returns.
    private func pollDescriptor(_ value: Value) throws(Raised) -> Int32 {
        let descriptor = try descriptorOrFileno(value, allowFileno: true)
        if descriptor < 0 { throw raiseValueError("file descriptor cannot be a negative integer (\(descriptor))") }
        return descriptor
    }

    /// select.poll(): an object that keeps {fd: eventmask} and polls them.
    private func installPollClass(_ module: Value) throws(Raised) {
        let id = makeBuiltinClass(name: "poll", base: TypeID.object, layout: .instance, flags: [.heapType])
        try dictSet(TypeView(types[id].object).dict, names.module, intern("select"))
        TypeLookupCache.invalidate()
        // Only instances name the class (select.poll is the function), so it is kept alive here.
        permanentRoots.append(types[id].object)
        defineStaticMethod(id, "__new__") { vm, arguments throws(Raised) in
            throw vm.raiseTypeError("cannot create 'select.poll' instances")
        }
        // The registrations, in an attribute Python code cannot name.
        let registered = intern("poll registrations")
        func registrations(_ vm: VM, _ instance: Value) throws(Raised) -> DictView {
            let dict = vm.instanceSlotValue(ObjectRef(instance), registered)
            if !dict.isNull { return DictView(dict) }
            let fresh = try vm.newDict()
            try vm.setInstanceSlot(ObjectRef(instance), registered, fresh.ref.value)
            return fresh
        }
        try defineModuleFunction(module, "poll") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "poll", min: 0, max: 0)
            let instance = try vm.newInstance(id)
            return try vm.withRoots(instance) { () throws(Raised) in
                _ = try registrations(vm, instance)
                return instance
            }
        }
        func mask(_ vm: VM, _ value: Value) throws(Raised) -> Value {
            let number = try vm.indexValue(value) { "'\(vm.typeName(value))' object cannot be interpreted as an integer" }
            if number < 0 || number > 0xffff { throw vm.raise(vm.exceptionTypes.overflowError, "Python int too large for C unsigned short") }
            return Value(int: number)
        }
        defineMethod(id, "register") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "register", min: 1, max: 2)
            let descriptor = Value(int: Int(try vm.pollDescriptor(arguments[1])))
            let events = arguments.count > 2 ? try mask(vm, arguments[2]) : Value(int: Int(POLLIN | POLLPRI | POLLOUT))
            try vm.dictSet(try registrations(vm, arguments[0]), descriptor, events)
            return .none
        }
        defineMethod(id, "modify") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "modify", min: 2, max: 2)
            let descriptor = Value(int: Int(try vm.pollDescriptor(arguments[1])))
            let events = try mask(vm, arguments[2])
            let dict = try registrations(vm, arguments[0])
            if try vm.dictGet(dict, descriptor).isNull { throw vm.raiseOSError(ENOENT) }
            try vm.dictSet(dict, descriptor, events)
            return .none
        }
        defineMethod(id, "unregister") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "unregister", min: 1, max: 1)
            let descriptor = Value(int: Int(try vm.pollDescriptor(arguments[1])))
            let dict = try registrations(vm, arguments[0])
            if try vm.dictRemove(dict, descriptor).isNull {
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.keyError, args: try vm.newTuple([descriptor])))
            }
            return .none
        }
        defineMethod(id, "poll") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "poll", min: 0, max: 1)
            var milliseconds: Int32 = -1
            if arguments.count > 1 && !arguments[1].isNone {
                guard let value = try vm.timeoutValue(arguments[1], nanosecondsPerUnit: 1e6) else {
                    throw vm.raiseTypeError("timeout must be an integer or None")
                }
                if value.rounded(.up) > Double(Int32.max) { throw vm.raise(vm.exceptionTypes.overflowError, "timeout is too large") }
                milliseconds = value < 0 ? -1 : Int32(value.rounded(.up))
            }
            var entries: [pollfd] = []
            try vm.dictForEach(try registrations(vm, arguments[0])) { (key, value) throws(Raised) in
                entries.append(pollfd(fd: Int32(key.int), events: Int16(truncatingIfNeeded: value.int), revents: 0))
            }
            try vm.waitForDescriptors(&entries, milliseconds)
            var events: [Value] = []
            for entry in entries where entry.revents != 0 {
                events.append(try vm.newTuple([Value(int: Int(entry.fd)), Value(int: Int(UInt16(bitPattern: entry.revents)))]))
            }
            return try vm.newList(events)
        }
    }
}
