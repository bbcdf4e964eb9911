// A compiled loop and everything it owns: its trace (IR and snapshots), its
// machine code and its exit buffer. The JIT holds it; the loop slot names it.

/// What compiled code receives: the frame it runs on and where to leave values on exit.
struct TraceContext {
    var base: UnsafeMutablePointer<Value>
    var exitValues: UnsafeMutablePointer<UInt64>
    var interrupt: UnsafeMutablePointer<Bool>
    /// The VM (unmanaged) and the frame, for residual instructions.
    var vm: UnsafeMutableRawPointer
    var frame: UnsafeMutablePointer<Frame>
    /// VM.types, refreshed after each residual instruction (a new class may move it).
    var types: UnsafeMutablePointer<TypeInfo>

    /// Byte offsets of the fields compiled code reads.
    enum Offset {
        static let frame = Int64(MemoryLayout<TraceContext>.offset(of: \TraceContext.frame)!)
        static let types = Int64(MemoryLayout<TraceContext>.offset(of: \TraceContext.types)!)
    }
}

/// A compiled loop's machine code: takes its TraceContext, returns the snapshot it left through
/// (or, negated, a ResidualOutcome).
typealias CompiledLoopEntry = @convention(c) (UnsafeMutableRawPointer) -> Int

final class CompiledLoop {
    let id: Int
    let trace: Trace
    let machineCode: CodePiece
    let entry: CompiledLoopEntry
    /// Room for the largest snapshot's values.
    let exitValues: UnsafeMutablePointer<UInt64>
    /// The snapshots as the exit path reads them (with how often each was taken).
    let exits: ExitTable
    /// The loop slot that names this loop (it lives as long as the loop's code).
    let slot: UnsafeMutablePointer<LoopSlot>
    var entries = 0
    /// Iterations completed in compiled code, counted by the machine code itself.
    let iterations: UnsafeMutablePointer<Int>
    /// Runs of this loop under way (a residual call may enter it again): it is freed only at 0.
    var active = 0

    init(id: Int, trace: Trace, machineCode: CodePiece, slot: UnsafeMutablePointer<LoopSlot>,
         iterations: UnsafeMutablePointer<Int>) {
        self.id = id
        self.slot = slot
        self.iterations = iterations
        self.trace = trace
        self.machineCode = machineCode
        entry = unsafeBitCast(machineCode.start, to: CompiledLoopEntry.self)
        let largest = trace.snapshots.map(\.entries.count).max() ?? 0
        exitValues = .allocate(capacity: max(1, largest))
        exits = ExitTable(trace)
    }

    deinit {
        iterations.deallocate()
        exitValues.deallocate()
        exits.deallocate()
    }

    static func from(_ opaque: UnsafeMutableRawPointer) -> CompiledLoop {
        Unmanaged<CompiledLoop>.fromOpaque(opaque).takeUnretainedValue()
    }
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Bytes of trace data (IR and snapshots) this loop keeps.
    var dataBytes: Int {
        trace.instructions.count * MemoryLayout<IRInstruction>.stride
            + trace.snapshots.reduce(0) { $0 + MemoryLayout<Snapshot>.stride + $1.entries.count * MemoryLayout<SnapshotEntry>.stride }
    }
}
