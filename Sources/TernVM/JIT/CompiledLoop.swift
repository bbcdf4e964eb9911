// A compiled loop and everything it owns: its machine code, its exit table
// (the trace's snapshots, flattened) and exit buffer, and the list of heap objects its code
// names (weak references). The JIT holds it; the loop slot names it.

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
    /// The running loop (unmanaged), for residual instructions to see whether it was doomed meanwhile.
    var loop: UnsafeMutableRawPointer

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
    /// The trace's sizes (its IR is not kept: the exit table holds what leaving needs).
    let irOperations: Int
    let snapshotCount: Int
    /// What its inlined calls need of the interpreter's stacks (Trace.inlinedDepth, Trace.slotExtent).
    let inlinedDepth: Int
    let slotExtent: Int
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
    /// Set when the loop was freed while running: it leaves at its next residual return and is freed at its end.
    var doomed: LoopFreeReason? = nil
    /// The heap objects the machine code names, as raw memory the collector reads without reference counting.
    let heapReferences: UnsafeMutablePointer<Value>
    let heapReferenceCount: Int
    /// Bytes of JIT data (exit table and buffer, weak references, counters) this loop keeps besides its machine code.
    let dataBytes: Int

    init(id: Int, trace: Trace, machineCode: CodePiece, slot: UnsafeMutablePointer<LoopSlot>,
         iterations: UnsafeMutablePointer<Int>) {
        self.id = id
        self.slot = slot
        self.iterations = iterations
        irOperations = trace.instructions.count
        snapshotCount = trace.snapshots.count
        inlinedDepth = trace.inlinedDepth
        slotExtent = trace.slotExtent
        self.machineCode = machineCode
        entry = unsafeBitCast(machineCode.start, to: CompiledLoopEntry.self)
        let largest = trace.snapshots.map(\.entries.count).max() ?? 0
        exitValues = .allocate(capacity: max(1, largest))
        exits = ExitTable(trace)
        let references = trace.heapReferences
        heapReferenceCount = references.count
        heapReferences = .allocate(capacity: max(1, references.count))
        heapReferences.initialize(from: references, count: references.count)
        dataBytes = exits.bytes + max(1, largest) * 8 + references.count * 8 + MemoryLayout<Int>.stride
    }

    deinit {
        heapReferences.deallocate()
        iterations.deallocate()
        exitValues.deallocate()
        exits.deallocate()
    }

    static func from(_ opaque: UnsafeMutableRawPointer) -> CompiledLoop {
        Unmanaged<CompiledLoop>.fromOpaque(opaque).takeUnretainedValue()
    }
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func isDoomed(_ opaque: UnsafeMutableRawPointer) -> Bool {
        Unmanaged<CompiledLoop>.fromOpaque(opaque)._withUnsafeGuaranteedRef { $0.doomed != nil }
    }
}
