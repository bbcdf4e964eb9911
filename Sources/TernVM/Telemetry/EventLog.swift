#if canImport(Glibc)
import Glibc
#endif

// The telemetry log (docs/design.md, decision 9; format in docs/telemetry.md): JSON
// Lines, every event stamped with CLOCK_MONOTONIC nanoseconds, each line written
// with one write(2) on an O_APPEND descriptor so that other writers (a program's
// own phase events, `tern record`) interleave whole lines.
//
// With no log open every entry point returns at its first test, so the cost is a
// load and a branch where an event could be written.

final class EventLog {
    let descriptor: Int32
    /// When `tern record` owns the log, the VM appends only its own events
    /// (phases, collections, debug sections): no header, samples or footer.
    let ownsLog: Bool
    let startNanoseconds: Int64
    var sampler: pthread_t? = nil
    var sampling = true
    /// Heap bytes in use, updated by the VM and read by the sampling thread
    /// (a racy read of one word is fine for a sample).
    var heapBytes = 0
    /// Bytes that loaded code holds outside the heap (Heap.bytecodeBytes), read the same way.
    var bytecodeBytes = 0
    /// Bytes the heap holds from the system (Heap.heapBytes), of them the large
    /// objects' (Heap.largeBytes) and the chunk pages given back (Heap.releasedBytes),
    /// as of the last collection, read the same way.
    var heapHeldBytes = 0
    var largeBytes = 0
    var releasedBytes = 0
    /// Compiled loops alive, and the bytes they own (machine code; machine code and JIT data), read the same way.
    var loopsAlive = 0
    var machineCodeBytes = 0
    var codeBytes = 0

    init?(path: String, ownsLog: Bool) {
        let flags = O_WRONLY | O_CREAT | O_APPEND | (ownsLog ? O_TRUNC : 0)
        let descriptor = open(path, flags, 0o644)
        if descriptor < 0 { return nil }
        self.descriptor = descriptor
        self.ownsLog = ownsLog
        self.startNanoseconds = clockNanoseconds()
    }

    /// Writes one event: `fields` is the JSON text after `"ev"` and `"t"` (starting with a comma, or empty).
    func write(_ event: String, _ fields: String = "", time: Int64 = clockNanoseconds()) {
        let line = "{\"ev\":\"\(event)\",\"t\":\(time)\(fields)}\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Resident set size from /proc/self/statm (pages × page size).
    static func residentBytes() -> Int {
        let descriptor = open("/proc/self/statm", O_RDONLY)
        if descriptor < 0 { return 0 }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 127) }
        if count <= 0 { return 0 }
        let fields = String(decoding: buffer[0..<count], as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Peak resident set size (VmHWM) from /proc/self/status.
    static func peakResidentBytes() -> Int {
        let descriptor = open("/proc/self/status", O_RDONLY)
        if descriptor < 0 { return 0 }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 4095) }
        if count <= 0 { return 0 }
        for line in String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter { $0.isNumber }
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }

    /// Starts the thread that writes a `sample` every 10 ms.
    func startSampling() {
        let unmanaged = Unmanaged.passRetained(self)
        var thread = pthread_t()
        let created = pthread_create(&thread, nil, { argument in
            let log = Unmanaged<EventLog>.fromOpaque(argument!).takeRetainedValue()
            while log.sampling {
                let malloc = MallocStatistics.current()
                log.write("sample", ",\"rss\":\(EventLog.residentBytes()),\"heap\":\(log.heapBytes),\"bytecode\":\(log.bytecodeBytes),\"heap_held\":\(log.heapHeldBytes),\"heap_released\":\(log.releasedBytes),\"large\":\(log.largeBytes),\"malloc\":\(malloc.inUse),\"malloc_free\":\(malloc.free),\"loops_alive\":\(log.loopsAlive),\"machine_code\":\(log.machineCodeBytes),\"code_bytes\":\(log.codeBytes)")
                var request = timespec(tv_sec: 0, tv_nsec: 10_000_000)
                nanosleep(&request, nil)
            }
            return nil
        }, unmanaged.toOpaque())
        if created == 0 { sampler = thread } else { unmanaged.release() }
    }

    func stopSampling() {
        sampling = false
        if let sampler { pthread_join(sampler, nil) }
        sampler = nil
    }
}

/// What glibc's malloc holds (`mallinfo2`, summed over its arenas): bytes handed
/// out (large objects included) and free bytes it keeps in its arenas.
struct MallocStatistics {
    var inUse = 0
    var free = 0

    static func current() -> MallocStatistics {
        #if arch(x86_64) && canImport(Glibc)
        // struct mallinfo2 is ten size_t; it is returned through a hidden pointer,
        // passed where Swift passes its first argument.
        let words = UnsafeMutablePointer<Int>.allocate(capacity: 10)
        defer { words.deallocate() }
        words.initialize(repeating: 0, count: 10)
        _ = mallocInformation(UnsafeMutableRawPointer(words))
        // arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost
        return MallocStatistics(inUse: words[7] + words[4], free: words[8])
        #else
        return MallocStatistics()
        #endif
    }
}

#if arch(x86_64) && canImport(Glibc)
@_silgen_name("mallinfo2") private func mallocInformation(_ result: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer
#endif

extension VM {
    /// Opens the log named by `--log` or TERN_LOG and writes the header.
    public func openEventLog(path: String, argv: [String]) {
        let ownedByRecorder = getenvString("TERN_LOG_OWNER") == "record"
        guard let log = EventLog(path: path, ownsLog: !ownedByRecorder) else {
            writeStderr("tern: cannot open log file '\(path)': \(String(cString: strerror(errno)))\n")
            return
        }
        eventLog = log
        setenv("TERN_LOG", path, 1)
        if !log.ownsLog { return }
        var wallClock = timespec()
        clock_gettime(CLOCK_REALTIME, &wallClock)
        let wall = Int64(wallClock.tv_sec) * 1_000_000_000 + Int64(wallClock.tv_nsec)
        let arguments = argv.map { EventLog.jsonString($0) }.joined(separator: ",")
        let gc = heap.parameters.json
        log.write("header", ",\"format\":1,\"source\":\"tern\",\"tern_version\":\"\(ternVersion)\",\"argv\":[\(arguments)],\"pid\":\(getpid()),\"t0\":\(log.startNanoseconds),\"wall_t0_ns\":\(wall),\"sample_interval_ns\":10000000,\"gc\":\(gc),\"jit\":\(jit.parameters.json)",
                  time: log.startNanoseconds)
        log.heapBytes = heap.heapBytes
        log.heapHeldBytes = heap.heapBytes
        log.startSampling()
    }

    /// Writes the footer and closes the log.
    public func closeEventLog(exitStatus: Int32) {
        guard let log = eventLog else { return }
        eventLog = nil
        if log.ownsLog {
            log.stopSampling()
            let now = clockNanoseconds()
            log.write("footer", ",\"wall_ns\":\(now - log.startNanoseconds),\"peak_rss\":\(EventLog.peakResidentBytes()),\"exit_status\":\(exitStatus)", time: now)
        }
        close(log.descriptor)
    }

    /// A `phase_start` / `phase_end` / `debug_start` / `debug_stop` event.
    func logNamedEvent(_ event: String, _ name: String) {
        eventLog?.write(event, ",\"name\":\(EventLog.jsonString(name))")
    }

    /// A `loop_compiled` event: the loop's id, where it is, its sizes and the generation it was born in.
    func logLoopCompiled(_ loop: CompiledLoop, code: UnsafeMutablePointer<CodeInfo>, loopIndex: Int) {
        guard let log = eventLog else { return }
        updateLogCodeCounters()
        log.write("loop_compiled", ",\"id\":\(loop.id),\"bytes\":\(loop.bytesWithoutBridges),\"code\":\(EventLog.jsonString(describeCode(code))),\"loop\":\(loopIndex),\"ir_operations\":\(loop.root.irOperations),\"snapshots\":\(loop.root.snapshotCount),\"machine_code_bytes\":\(loop.machineCodeBytes),\"data_bytes\":\(loop.dataBytes),\"generation\":\(jit.generation),\"retrace\":\(loop.slot.pointee.timesFreed > 0)")
    }

    /// A `bridge_compiled` event: the bridge's id, sizes and the piece it hangs off.
    func logBridgeCompiled(_ bridge: TracePiece) {
        guard let log = eventLog else { return }
        updateLogCodeCounters()
        log.write("bridge_compiled", ",\"id\":\(bridge.id),\"bytes\":\(bridge.bytes),\"parent\":\(bridge.parent ?? 0),\"ir_operations\":\(bridge.irOperations),\"snapshots\":\(bridge.snapshotCount),\"machine_code_bytes\":\(bridge.machineCode.size)")
    }

    /// A `loop_freed` event (after a `bridge_freed` per bridge): why, and its age (generations since it last ran).
    func logLoopFreed(_ loop: CompiledLoop, reason: String, age: Int) {
        for bridge in loop.bridges {
            eventLog?.write("bridge_freed", ",\"id\":\(bridge.id),\"bytes\":\(bridge.bytes),\"parent\":\(bridge.parent ?? 0)")
        }
        eventLog?.write("loop_freed", ",\"id\":\(loop.id),\"bytes\":\(loop.bytesWithoutBridges),\"bridges\":\(loop.bridges.count),\"reason\":\"\(reason)\",\"age\":\(age),\"entries\":\(loop.entries),\"iterations\":\(loop.iterations.pointee),\"generation\":\(jit.generation)")
    }

    /// Refreshes what the sampler reports of compiled code.
    func updateLogCodeCounters() {
        guard let log = eventLog else { return }
        log.loopsAlive = jit.loopsAlive
        log.machineCodeBytes = jit.codeMemory.bytesInUse
        log.codeBytes = jit.codeMemory.bytesInUse + jit.dataBytes
    }

    /// A `gc_minor` or `gc_major` event after a collection: heap bytes in objects
    /// before and after, the bytes held from the system, duration and next major threshold.
    func logCollection(_ event: String, before: Int, started: Int64) {
        guard let log = eventLog else { return }
        let now = clockNanoseconds()
        let after = heap.oldBytes + heap.youngBytes
        log.heapBytes = after
        log.bytecodeBytes = heap.bytecodeBytes
        log.heapHeldBytes = heap.heapBytes
        log.largeBytes = heap.largeBytes
        log.releasedBytes = heap.releasedBytes
        log.write(event, ",\"heap_before\":\(before),\"heap_after\":\(after),\"heap_held\":\(heap.heapBytes),\"heap_released\":\(heap.releasedBytes),\"large\":\(heap.largeBytes),\"bytecode\":\(heap.bytecodeBytes),\"duration_ns\":\(now - started),\"next_threshold\":\(heap.threshold)", time: now)
    }
}
