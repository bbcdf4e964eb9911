// `tern record -o LOG -- COMMAND [ARGS...]`: runs any command, samples the RSS of
// its whole process tree from /proc every 10 ms, and writes header, sample and
// footer events in Tern's log format, so that CPython or PyPy runs can serve as
// baselines. The child finds the log path in TERN_LOG and may append its own
// phase events; every line is written with one write(2) on an O_APPEND file so
// that the two writers' lines interleave but never mix.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Foundation

/// The options of one `tern record` invocation.
struct RecordOptions {
    var logPath: String
    var command: [String]
    var intervalNanoseconds: Int64 = 10_000_000
}

/// Nanoseconds on CLOCK_MONOTONIC, the clock of every event.
public func monotonicNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}

/// Nanoseconds since the Unix epoch, for the header's wall-clock start.
func realtimeNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}

/// The pid of the recorded child, read by the SIGTERM handler to pass the signal on.
nonisolated(unsafe) private var recordedChildPid: pid_t = 0

/// Appends whole event lines to a log opened with O_APPEND.
final class LogAppender {
    let descriptor: Int32

    /// Creates (truncating) the log; throws a one-line message when it cannot.
    init(path: String) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw ReportError("cannot open log \(path): \(String(cString: strerror(errno)))") }
    }

    /// Writes one line with a single write(2) where possible, so it lands in one piece.
    func append(_ line: String) {
        var bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
        bytes.removeAll()
    }

    deinit { close(descriptor) }
}

/// Reads a small /proc file in one go; nil when the process is gone.
func readProcFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 { return nil }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
    return count < 0 ? nil : Array(buffer[0..<count])
}

/// Resident bytes of one process from /proc/PID/statm (second field, in pages).
func residentBytes(of pid: pid_t) -> Int64? {
    guard let bytes = readProcFile("/proc/\(pid)/statm") else { return nil }
    let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ")
    guard fields.count >= 2, let pages = Int64(fields[1]) else { return nil }
    return pages * Int64(sysconf(Int32(_SC_PAGESIZE)))
}

/// Children of a process, from /proc/PID/task/TID/children of each of its threads.
func childProcesses(of pid: pid_t) -> [pid_t] {
    guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return [] }
    var children: [pid_t] = []
    for thread in threads {
        guard let bytes = readProcFile("/proc/\(pid)/task/\(thread)/children") else { continue }
        children += String(decoding: bytes, as: UTF8.self).split(separator: " ").compactMap { pid_t($0) }
    }
    return children
}

/// Sum of the resident bytes of `root` and all its descendants, and how many processes that is.
/// (Shared pages are counted once per process, as `ps` would; for a compiler driver this is
/// the honest upper bound.)
func processTreeResidentBytes(root: pid_t) -> (bytes: Int64, processes: Int) {
    var total: Int64 = 0
    var count = 0
    var pending = [root]
    var seen = Set<pid_t>()
    while let pid = pending.popLast(), seen.count < 10_000 {
        guard seen.insert(pid).inserted else { continue }
        // A zombie (exited, not yet reaped) reads as 0 pages: it holds no memory and is not counted.
        if let bytes = residentBytes(of: pid), bytes > 0 {
            total += bytes
            count += 1
        }
        pending += childProcesses(of: pid)
    }
    return (total, count)
}

/// Starts `command` with TERN_LOG set; returns its pid or throws with a one-line message.
func spawnRecordedCommand(_ command: [String], logPath: String) throws -> pid_t {
    var environment = ProcessInfo.processInfo.environment
    environment["TERN_LOG"] = logPath
    // Tells a Tern child that the recorder owns header, samples and footer (docs/telemetry.md).
    environment["TERN_LOG_OWNER"] = "record"
    let environmentStrings = environment.map { "\($0.key)=\($0.value)" }
    var argumentPointers: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
    var environmentPointers: [UnsafeMutablePointer<CChar>?] = environmentStrings.map { strdup($0) } + [nil]
    defer {
        argumentPointers.forEach { free($0) }
        environmentPointers.forEach { free($0) }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The recorder ignores SIGINT/SIGQUIT (to write its footer); the child must not inherit that.
    var defaultSignals = sigset_t()
    sigemptyset(&defaultSignals)
    sigaddset(&defaultSignals, SIGINT)
    sigaddset(&defaultSignals, SIGQUIT)
    sigaddset(&defaultSignals, SIGTERM)
    posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let result = posix_spawnp(&pid, command[0], nil, &attributes, &argumentPointers, &environmentPointers)
    if result != 0 { throw ReportError("cannot run \(command[0]): \(String(cString: strerror(result)))",
                                      exitCode: result == ENOENT ? 127 : 126) }
    return pid
}

/// Runs the recording: spawn, sample until the child exits, write the footer; returns the exit code.
func record(_ options: RecordOptions) throws -> Int32 {
    let logPath = options.logPath.hasPrefix("/") ? options.logPath
        : FileManager.default.currentDirectoryPath + "/" + options.logPath
    let log = try LogAppender(path: logPath)
    let startTime = monotonicNanoseconds()
    let wallStart = realtimeNanoseconds()
    // Ctrl-C reaches the child from the terminal; the recorder outlives it to write the footer.
    let previousInterrupt = signal(SIGINT, SIG_IGN)
    let previousQuit = signal(SIGQUIT, SIG_IGN)
    defer {
        signal(SIGINT, previousInterrupt)
        signal(SIGQUIT, previousQuit)
    }
    let pid: pid_t
    do {
        pid = try spawnRecordedCommand(options.command, logPath: logPath)
    } catch {
        unlink(logPath)
        throw error
    }
    recordedChildPid = pid
    let previousTerminate = signal(SIGTERM) { _ in if recordedChildPid > 0 { kill(recordedChildPid, SIGTERM) } }
    defer { signal(SIGTERM, previousTerminate) }
    log.append(JSONWriter.eventLine("header", time: startTime, [
        ("format", .integer(LogFormat.version)),
        ("source", .string("record")),
        ("tern_version", .string(LogFormat.ternVersion)),
        ("argv", .array(options.command.map { .string($0) })),
        ("pid", .integer(Int64(pid))),
        ("t0", .integer(startTime)),
        ("wall_t0_ns", .integer(wallStart)),
        ("sample_interval_ns", .integer(options.intervalNanoseconds)),
        ("gc", .object([:])),
        ("jit", .object([:])),
    ]))

    var peakResident: Int64 = 0
    var status: Int32 = 0
    var usage = rusage()
    var nextSample = startTime
    while true {
        let reaped = wait4(pid, &status, WNOHANG, &usage)
        if reaped == pid { break }
        if reaped < 0 && errno != EINTR { break }
        let now = monotonicNanoseconds()
        let tree = processTreeResidentBytes(root: pid)
        if tree.processes > 0 {
            peakResident = max(peakResident, tree.bytes)
            log.append(JSONWriter.eventLine("sample", time: now, [
                ("rss", .integer(tree.bytes)), ("processes", .integer(Int64(tree.processes))),
            ]))
        }
        // Sleep to an absolute deadline so the 10 ms cadence does not drift; skip missed ticks.
        nextSample += options.intervalNanoseconds
        let afterSample = monotonicNanoseconds()
        if nextSample <= afterSample { nextSample = afterSample + options.intervalNanoseconds / 2 }
        var deadline = timespec(tv_sec: Int(nextSample / 1_000_000_000), tv_nsec: Int(nextSample % 1_000_000_000))
        while clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nil) == EINTR {}
    }
    recordedChildPid = 0
    let endTime = monotonicNanoseconds()
    // ru_maxrss (KiB) is the largest single process's peak: it catches spikes between samples.
    peakResident = max(peakResident, Int64(usage.ru_maxrss) * 1024)
    var exitCode: Int32
    var footerFields: [(String, JSONValue)] = [("wall_ns", .integer(endTime - startTime)), ("peak_rss", .integer(peakResident))]
    if status & 0x7f == 0 {
        exitCode = (status >> 8) & 0xff
    } else {
        let signalNumber = status & 0x7f
        exitCode = 128 + signalNumber
        footerFields.append(("signal", .integer(Int64(signalNumber))))
    }
    footerFields.insert(("exit_status", .integer(Int64(exitCode))), at: 2)
    log.append(JSONWriter.eventLine("footer", time: endTime, footerFields))
    return exitCode
}
