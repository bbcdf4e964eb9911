#if canImport(Glibc)
import Glibc
#endif

// The JIT as the VM sees it: its settings, the loops it compiled (it owns them),
// the code memory their machine code lives in, and the counters that
// `tern.jit_stats()` and the telemetry log report.

struct JITStatistics {
    var loopsCompiled = 0
    var loopsFreed = 0
    /// Loops compiled for a loop header whose earlier compiled loop was freed.
    var loopsRetraced = 0
    var bridgesCompiled = 0
    /// Bridges freed with their loops.
    var bridgesFreed = 0
    var tracesAborted = 0
    var guardFailures = 0
    /// Instances the trace kept in values that exits made (Materialize.swift).
    var instancesMadeAtExits = 0
    var loopEntries = 0
    var recordingNanoseconds = 0
    var compilingNanoseconds = 0
}

final class JIT {
    var parameters = JITParameters() {
        didSet {
            loopThreshold = Int32(clamping: parameters.threshold)
            functionThreshold = Int32(clamping: parameters.functionThreshold)
        }
    }
    /// `parameters.threshold` and `function_threshold` as loop slots count (read each time the interpreter loop is entered).
    private(set) var loopThreshold = Int32(JITParameters().threshold)
    private(set) var functionThreshold = Int32(JITParameters().functionThreshold)
    var statistics = JITStatistics()
    /// Seals lazily from the start: no machine code runs until runCompiledLoop, which seals.
    let codeMemory: CodeMemory = {
        let memory = CodeMemory()
        memory.defersSealing = true
        return memory
    }()
    /// The live compiled loops, by id.
    var loops: [Int: CompiledLoop] = [:]
    /// Builtins whose calls the recorder compiles (a permanent root once the math module exists).
    var mathSqrt = Value.null
    var nextLoopID = 1
    /// The memory manager's clock: one tick per loop or bridge compiled and per major collection. Machine code
    /// that jumps into another loop stamps that loop's slot with it, so it lives at a fixed address.
    let generationCell: UnsafeMutablePointer<UInt32> = {
        let cell = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        cell.initialize(to: 0)
        return cell
    }()
    var generation: UInt32 {
        get { generationCell.pointee }
        set { generationCell.pointee = newValue }
    }
    /// The runs of compiled code under way, innermost last: each context names the loop whose code
    /// runs now (a trace that goes on into another loop's code changes it).
    var runs: [UnsafeMutablePointer<TraceContext>] = []
    /// The most any piece compiled so far needs of the interpreter's stacks (Trace.inlinedDepth,
    /// Trace.slotExtent): a loop entered from the interpreter may go on into any other's code.
    private(set) var inlinedDepthNeeded = 0
    private(set) var slotExtentNeeded = 0
    /// Bytes of JIT data the live loops keep besides machine code.
    private(set) var dataBytes = 0
    /// The trace being recorded, if any, and when its recording began.
    var recorder: TraceRecorder? = nil
    var recordingStarted = 0
    /// Where traces are written for debugging (`--jit log=FILE` or TERN_JIT_LOG), if anywhere.
    var logFile: UnsafeMutablePointer<FILE>? = nil

    init() {
        if let path = getenv("TERN_JIT_LOG") { logFile = fopen(path, "w") }
    }

    var loopsAlive: Int { loops.count }

    /// Whether `loop`'s machine code may be on the native stack: a run entered it, or a run is in it now.
    func isRunning(_ loop: CompiledLoop) -> Bool {
        loop.active > 0 || runs.contains { $0.pointee.loop == loop.opaque }
    }

    /// Whether a piece that needs this much of the interpreter's stacks may be entered from code
    /// already running: runs under way checked room only for what was needed when they began.
    func coversNeeds(of piece: TracePiece) -> Bool {
        runs.isEmpty || (piece.inlinedDepth <= inlinedDepthNeeded && piece.slotExtent <= slotExtentNeeded)
    }

    func noteNeeds(of piece: TracePiece) {
        inlinedDepthNeeded = max(inlinedDepthNeeded, piece.inlinedDepth)
        slotExtentNeeded = max(slotExtentNeeded, piece.slotExtent)
    }

    func add(_ loop: CompiledLoop) {
        noteNeeds(of: loop.root)
        loops[loop.id] = loop
        dataBytes += loop.dataBytes
        statistics.loopsCompiled += 1
    }

    func add(bridge: TracePiece, to loop: CompiledLoop, from exit: Int, references: [Value]) {
        dataBytes -= loop.dataBytes
        noteNeeds(of: bridge)
        loop.add(bridge: bridge, from: exit, references: references)
        dataBytes += loop.dataBytes
        statistics.bridgesCompiled += 1
    }

    /// Frees a compiled loop with everything it owns, bridges included; its loop slot must already be
    /// cleared (VM.freeLoop).
    func free(_ loop: CompiledLoop) {
        guard loops.removeValue(forKey: loop.id) != nil else { return }
        codeMemory.free(loop.root.machineCode)
        for bridge in loop.bridges { codeMemory.free(bridge.machineCode) }
        statistics.bridgesFreed += loop.bridges.count
        dataBytes -= loop.dataBytes
        statistics.loopsFreed += 1
    }

    /// Writes to the JIT log; the text is not even built when no log is open.
    func log(_ text: @autoclosure () -> String) {
        guard let file = logFile else { return }
        fputs(text(), file)
        fflush(file)
    }
}

/// Nanoseconds of a monotonic clock, for the JIT's time accounting.
func monotonicNanoseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1_000_000_000 + now.tv_nsec
}
