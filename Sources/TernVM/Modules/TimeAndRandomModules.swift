#if canImport(Glibc)
import Glibc
#endif

// The time module, and `_random`: the Mersenne Twister core that lib/random.py
// builds on. The generator and its seeding follow the MT19937 reference
// (init_by_array) exactly as CPython uses it, so `random.seed(n)` gives CPython's
// sequence.

/// MT19937 state, one per `_random.Random` instance (kept Swift-side by index).
struct MersenneTwister {
    var state = [UInt32](repeating: 0, count: 624)
    var index = 625

    mutating func seed(_ value: UInt32) {
        state[0] = value
        for i in 1..<624 {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    /// Seeding from an array of 32-bit words (the key of an int seed, least significant first).
    mutating func seed(key: [UInt32]) {
        seed(19650218)
        var i = 1, j = 0
        for _ in 0..<max(624, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1; j += 1
            if i >= 624 { state[0] = state[623]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<623 {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= 624 { state[0] = state[623]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    mutating func next() -> UInt32 {
        if index >= 624 {
            for k in 0..<624 {
                let y = (state[k] & 0x8000_0000) | (state[(k + 1) % 624] & 0x7FFF_FFFF)
                state[k] = state[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
            }
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// A double in [0, 1) with 53 random bits.
    mutating func nextDouble() -> Double {
        let a = Double(next() >> 5), b = Double(next() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

extension VM {
    func installTimeModule(_ module: Value) throws(Raised) {
        func clock(_ id: clockid_t) -> Double {
            var spec = timespec()
            clock_gettime(id, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
        }
        func clockNanoseconds(_ id: clockid_t) -> Int64 {
            var spec = timespec()
            clock_gettime(id, &spec)
            return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
        }
        let clocks: [(String, clockid_t, String)] = [
            ("time", CLOCK_REALTIME, "CLOCK_REALTIME"), ("perf_counter", CLOCK_MONOTONIC, "CLOCK_MONOTONIC"),
            ("monotonic", CLOCK_MONOTONIC, "CLOCK_MONOTONIC"), ("process_time", CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID"),
            ("thread_time", CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID"),
        ]
        for (name, id, _) in clocks {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in Value(double: clock(id)) }
            try defineModuleFunction(module, name + "_ns") { vm, arguments throws(Raised) in try vm.newInt(clockNanoseconds(id)) }
        }
        try defineModuleFunction(module, "get_clock_info") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "get_clock_info", min: 1, max: 1)
            let name = try vm.strString(try vm.argument(arguments[0], TypeID.str, "get_clock_info() argument 1"))
            guard let (_, id, idName) = clocks.first(where: { $0.0 == name }) else { throw vm.raiseValueError("unknown clock") }
            var resolution = timespec()
            clock_getres(id, &resolution)
            return try vm.newSimpleNamespace([
                ("implementation", try vm.newStr("clock_gettime(\(idName))")),
                ("monotonic", Value(bool: id != CLOCK_REALTIME)), ("adjustable", Value(bool: id == CLOCK_REALTIME)),
                ("resolution", Value(double: Double(resolution.tv_sec) + Double(resolution.tv_nsec) * 1e-9)),
            ])
        }
        try defineModuleFunction(module, "sleep") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "sleep", min: 1, max: 1)
            let seconds = try vm.floatArgument(arguments[0])
            if seconds < 0 { throw vm.raiseValueError("sleep length must be non-negative") }
            vm.flushStdout()
            var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
            var remaining = timespec()
            while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
            return .none
        }
        try installTimeCalendar(module)
    }

    func installRandomCore(_ module: Value) throws(Raised) {
        // `_random.Random` is a class whose instances keep the index of their generator
        // in the `_mt` attribute; lib/random.py subclasses it.
        let id = makeBuiltinClass(name: "Random", base: TypeID.object, layout: .instance, flags: [.heapType])
        try dictSet(TypeView(types[id].object).dict, names.module, intern("_random"))
        TypeLookupCache.invalidate()
        try setModuleAttribute(module, "Random", types[id].object)
        let generatorName = intern("_mt")
        func generatorIndex(_ vm: VM, _ instance: Value) throws(Raised) -> Int {
            let stored = try vm.getAttributeOrNull(instance, generatorName)
            if let index = vm.smallIntValue(stored) { return Int(index) }
            vm.twisters.append(MersenneTwister())
            let index = vm.twisters.count - 1
            try vm.setAttribute(instance, generatorName, Value(int: index))
            var seed = UInt32(truncatingIfNeeded: UInt64(clockNanoseconds()) ^ UInt64(getpid()))
            if seed == 0 { seed = 1 }
            vm.twisters[index].seed(key: [seed, UInt32(truncatingIfNeeded: UInt64(clockNanoseconds()) >> 32)])
            return index
        }
        defineMethod(id, "seed") { vm, arguments throws(Raised) in
            let index = try generatorIndex(vm, arguments[0])
            let value = arguments.count > 1 ? arguments[1] : Value.none
            var key: BigInt
            if value.isNone {
                key = BigInt(UInt64(clockNanoseconds()) ^ UInt64(getpid()) << 32)
            } else if vm.isIntLike(value) {
                key = vm.bigIntValue(value).magnitude
            } else {
                key = BigInt(Int64(try vm.hashValue(value))).magnitude
            }
            var words: [UInt32] = []
            for limb in key.limbs { words.append(UInt32(truncatingIfNeeded: limb)); words.append(UInt32(truncatingIfNeeded: limb >> 32)) }
            while words.count > 1 && words.last == 0 { words.removeLast() }
            if words.isEmpty { words = [0] }
            vm.twisters[index].seed(key: words)
            return .none
        }
        defineMethod(id, "random") { vm, arguments throws(Raised) in
            let index = try generatorIndex(vm, arguments[0])
            return Value(double: vm.twisters[index].nextDouble())
        }
        defineMethod(id, "getrandbits") { vm, arguments throws(Raised) in
            let index = try generatorIndex(vm, arguments[0])
            var bits = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            if bits < 0 { throw vm.raiseValueError("number of bits must be non-negative") }
            if bits == 0 { return Value(int: 0) }
            if bits <= 32 { return Value(int: Int(vm.twisters[index].next() >> UInt32(32 - bits))) }
            var limbs: [UInt64] = []
            var word: UInt64 = 0, filled = 0
            while bits > 0 {
                var piece = vm.twisters[index].next()
                if bits < 32 { piece >>= UInt32(32 - bits) }
                word |= UInt64(piece) << UInt64(filled)
                filled += 32
                if filled == 64 { limbs.append(word); word = 0; filled = 0 }
                bits -= 32
            }
            if filled > 0 { limbs.append(word) }
            return try vm.newInt(BigInt(isNegative: false, limbs: limbs))
        }
        defineMethod(id, "getstate") { vm, arguments throws(Raised) in
            let index = try generatorIndex(vm, arguments[0])
            var items = vm.twisters[index].state.map { Value(int: Int($0)) }
            items.append(Value(int: min(vm.twisters[index].index, 624)))
            return try vm.newTuple(items)
        }
        /// In CPython: a state word is read as an unsigned C long and kept modulo 2**32.
        func stateWord(_ vm: VM, _ value: Value) throws(Raised) -> UInt32 {
            guard vm.isIntLike(value) else { throw vm.raiseTypeError("an integer is required") }
            let number = vm.bigIntValue(value)
            if number.isNegative { throw vm.raise(vm.exceptionTypes.overflowError, "can't convert negative value to unsigned int") }
            if number.limbs.count > 1 { throw vm.raise(vm.exceptionTypes.overflowError, "Python int too large to convert to C unsigned long") }
            return UInt32(truncatingIfNeeded: number.limbs.first ?? 0)
        }
        defineMethod(id, "setstate") { vm, arguments throws(Raised) in
            let index = try generatorIndex(vm, arguments[0])
            guard vm.isInstance(arguments[1], typeID: TypeID.tuple) else { throw vm.raiseTypeError("state vector must be a tuple") }
            let tuple = TupleView(vm.builtinSelf(arguments[1]))
            if tuple.count != 625 { throw vm.raiseValueError("state vector is the wrong size") }
            var words = [UInt32](repeating: 0, count: 624)
            for position in 0..<624 { words[position] = try stateWord(vm, tuple[position]) }
            let last = tuple[624]
            let position = try vm.indexValue(last) { "'\(vm.typeName(last))' object cannot be interpreted as an integer" }
            if position < 0 || position > 624 { throw vm.raiseValueError("invalid state") }
            vm.twisters[index].state = words
            vm.twisters[index].index = position
            return .none
        }
    }
}

/// CLOCK_MONOTONIC in nanoseconds (telemetry's clock too).
func clockNanoseconds() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
}
