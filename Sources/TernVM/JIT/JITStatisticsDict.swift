#if canImport(Glibc)
import Glibc
#endif

// tern.jit_stats(): the JIT's counters as a dict (docs/jit.md lists them); and
// with TERN_JIT_TIME set, one line of the JIT's time on stderr at exit (bench/run
// reads it to report the share of a run spent recording and compiling).

extension VM {
    func jitStatistics() throws(Raised) -> Value {
        let stats = try newDict()
        let numbers: [(String, Int)] = [
            ("enabled", jit.parameters.enabled ? 1 : 0),
            ("loops_compiled", jit.statistics.loopsCompiled),
            ("loops_freed", jit.statistics.loopsFreed),
            ("loops_alive", jit.loopsAlive),
            ("loops_retraced", jit.statistics.loopsRetraced),
            ("bridges_compiled", jit.statistics.bridgesCompiled),
            ("bridges_freed", jit.statistics.bridgesFreed),
            ("bridges_alive", jit.statistics.bridgesCompiled - jit.statistics.bridgesFreed),
            ("generation", Int(jit.generation)),
            ("traces_aborted", jit.statistics.tracesAborted),
            ("guard_failures", jit.statistics.guardFailures),
            ("instances_made_at_exits", jit.statistics.instancesMadeAtExits),
            ("loop_entries", jit.statistics.loopEntries),
            ("machine_code_bytes", jit.codeMemory.bytesInUse),
            ("machine_code_mapped_bytes", jit.codeMemory.bytesMapped),
            ("machine_code_resident_bytes", jit.codeMemory.bytesCommitted),
            ("jit_data_bytes", jit.dataBytes),
            ("recording_time_ns", jit.statistics.recordingNanoseconds),
            ("compiling_time_ns", jit.statistics.compilingNanoseconds),
        ]
        for (key, number) in numbers { try dictSet(stats, intern(key), try newInt(Int64(number))) }
        return stats.ref.value
    }
}

extension VM {
    /// Prints `tern-jit-time recording_ns=… compiling_ns=… loops=… bridges=…` to stderr when TERN_JIT_TIME is set.
    public func reportJITTimeIfAsked() {
        guard getenv("TERN_JIT_TIME") != nil else { return }
        let statistics = jit.statistics
        fputs("tern-jit-time recording_ns=\(statistics.recordingNanoseconds) compiling_ns=\(statistics.compilingNanoseconds)"
              + " loops=\(statistics.loopsCompiled) bridges=\(statistics.bridgesCompiled)\n", stderr)
    }
}
