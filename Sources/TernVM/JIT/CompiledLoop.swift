// A compiled loop and everything it owns: the machine code of its root trace and
// of the bridges grown from its guards (a TracePiece each, with its exit table
// and exit buffer), and the heap objects their code names (weak references).
// The JIT holds it; the loop slot names it.

/// What compiled code receives: the frame it runs on and the runtime's state it reads.
struct TraceContext {
    var base: UnsafeMutablePointer<Value>
    var interrupt: UnsafeMutablePointer<Bool>
    /// The VM (unmanaged) and the frame, for residual instructions.
    var vm: UnsafeMutableRawPointer
    var frame: UnsafeMutablePointer<Frame>
    /// VM.types, refreshed after each residual instruction (a new class may move it).
    var types: UnsafeMutablePointer<TypeInfo>
    /// The loop whose code runs (unmanaged), for residual instructions to see whether it was doomed
    /// meanwhile and for exits to find their snapshots: a trace that goes on into another loop's
    /// code names that loop here.
    var loop: UnsafeMutableRawPointer
    /// The inlined calls' frames the last residual instruction built on the interpreter's frame stack,
    /// kept for the next one (InlinedFrames.swift): their records in the exit table of `keptLoop`,
    /// and how many. Dropped whenever the machine code returns.
    var keptFrames: UnsafeMutablePointer<InlinedFrame>? = nil
    var keptFrameCount = 0
    var keptLoop: UnsafeMutableRawPointer? = nil

    /// Byte offsets of the fields compiled code reads.
    enum Offset {
        static let base = Int32(MemoryLayout<TraceContext>.offset(of: \TraceContext.base)!)
        static let loop = Int32(MemoryLayout<TraceContext>.offset(of: \TraceContext.loop)!)
        static let interrupt = Int32(MemoryLayout<TraceContext>.offset(of: \TraceContext.interrupt)!)
        static let frame = Int64(MemoryLayout<TraceContext>.offset(of: \TraceContext.frame)!)
        static let types = Int64(MemoryLayout<TraceContext>.offset(of: \TraceContext.types)!)
    }
}

/// A compiled trace's machine code: takes its TraceContext, returns the exit it left through
/// (numbered across the loop's pieces) or, negated, a ResidualOutcome.
typealias CompiledLoopEntry = @convention(c) (UnsafeMutableRawPointer) -> Int

/// The machine code of one trace of a loop — its root trace or a bridge — and what leaving it needs.
final class TracePiece {
    /// The loop's id for its root; a bridge's own, from the same sequence (the telemetry log names both).
    let id: Int
    /// The piece whose exit a bridge hangs off (its id), or nil for a root.
    let parent: Int?
    let machineCode: CodePiece
    let entry: CompiledLoopEntry
    /// Room for the largest snapshot's values; the machine code names it.
    let exitValues: UnsafeMutablePointer<UInt64>
    /// The snapshots as the exit path reads them.
    let exits: ExitTable
    /// The number of this piece's first exit: exits are numbered across all pieces of a loop.
    let firstExit: Int
    /// The trace's sizes (its IR is not kept: the exit table holds what leaving needs).
    let irOperations: Int
    let snapshotCount: Int
    /// What its inlined calls need of the interpreter's stacks (Trace.inlinedDepth, Trace.slotExtent).
    let inlinedDepth: Int
    let slotExtent: Int
    /// For a peeled root, the body exit each preamble exit is the twin of (Trace.peeledSnapshots): both
    /// resume at the same instruction with the same slots, so they count as one and share a bridge.
    /// Snapshots the optimizer emptied, and the loop's end, have none (-1); an unpeeled piece has no table.
    private let twins: [Int32]

    /// The exit whose snapshot is the twin of exit `number`'s, if any.
    func twinExit(of number: Int) -> Int? {
        if twins.isEmpty { return nil }
        let twin = twins[number - firstExit]
        return twin < 0 ? nil : firstExit + Int(twin)
    }

    /// An exit buffer with room for `trace`'s largest snapshot, for its machine code to name.
    static func makeExitBuffer(for trace: Trace) -> UnsafeMutablePointer<UInt64> {
        .allocate(capacity: max(1, trace.largestSnapshot))
    }

    /// The native frame its machine code keeps, and (for a bridge) where its parent's exit stub jumps in.
    let nativeFrameSize: Int32
    let directEntry: UnsafeRawPointer

    init(id: Int, parent: Int?, trace: Trace, machineCode: CodePiece, backend: X86Backend, bridgeEagerness: Int) {
        self.id = id
        self.parent = parent
        self.machineCode = machineCode
        entry = unsafeBitCast(machineCode.start, to: CompiledLoopEntry.self)
        exitValues = backend.exitValues
        firstExit = backend.firstExit
        nativeFrameSize = backend.frameSize
        directEntry = machineCode.start + backend.directEntryOffset
        exits = ExitTable(trace, bridgeEagerness: bridgeEagerness, stubOffsets: backend.exitStubOffsets)
        irOperations = trace.instructions.count
        snapshotCount = trace.snapshots.count
        inlinedDepth = trace.inlinedDepth
        slotExtent = trace.slotExtent
        twins = TracePiece.twinSnapshots(trace)
    }

    private static func twinSnapshots(_ trace: Trace) -> [Int32] {
        let count = trace.peeledSnapshots
        guard count > 0 else { return [] }
        var twins = [Int32](repeating: -1, count: trace.snapshots.count)
        for index in 0..<count where index + count != trace.loopEnd {
            let preamble = trace.snapshots[index], body = trace.snapshots[index + count]
            guard !preamble.entries.isEmpty || !preamble.frames.isEmpty || preamble.pc != 0,
                  preamble.pc == body.pc, preamble.stackDepth == body.stackDepth, preamble.frames == body.frames,
                  preamble.entries.map(\.slot) == body.entries.map(\.slot),
                  preamble.entries.map(\.value.isVirtual) == body.entries.map(\.value.isVirtual),
                  preamble.entries.map({ $0.value.isVirtual ? .value : trace.type(of: $0.value) })
                      == body.entries.map({ $0.value.isVirtual ? .value : trace.type(of: $0.value) })
            else { continue }
            twins[index] = Int32(index + count)
            twins[index + count] = Int32(index)
        }
        return twins
    }

    deinit {
        exitValues.deallocate()
        exits.deallocate()
    }

    /// Its exits taken most often, for the JIT log: `exit N at pc P (in K calls) taken T`.
    func busiestExits(_ limit: Int = 6) -> [String] {
        (0..<exits.count).filter { exits.headers[$0].taken > 0 }
            .sorted { exits.headers[$0].taken > exits.headers[$1].taken }.prefix(limit).map { index in
                let header = exits.headers[index]
                let bridged = header.bridge >= 0 ? " (bridged)" : ""
                return "exit \(firstExit + index) at pc \(header.pc) (in \(header.frameCount) calls) taken \(header.taken)\(bridged)"
            }
    }

    /// Bytes of JIT data besides the machine code: exit table and buffer, and (for a bridge) the
    /// weak references it added to its loop's.
    var dataBytes: Int { exits.bytes + max(1, exits.largestEntryCount) * 8 + addedReferenceBytes }
    fileprivate(set) var addedReferenceBytes = 0
    /// Everything it owns, as the telemetry log counts it.
    var bytes: Int { dataBytes + machineCode.size }
}

final class CompiledLoop {
    let id: Int
    let root: TracePiece
    /// Bridges grown from guards of the root or of other bridges; an exit names its bridge by index.
    private(set) var bridges: [TracePiece] = []
    var pieces: [TracePiece] { [root] + bridges }
    /// The loop header's instruction, and where the root's iteration begins in its machine code (with
    /// the root's native frame): the end of a bridge, or of a trace of another loop, jumps in there.
    let headerPC: Int
    let iterationStart: UnsafeRawPointer
    /// What the deepest of its pieces needs of the interpreter's stacks.
    private(set) var inlinedDepth: Int
    private(set) var slotExtent: Int
    /// The loop slot that names this loop (it lives as long as the loop's code).
    let slot: UnsafeMutablePointer<LoopSlot>
    var entries = 0
    /// Iterations completed in compiled code, counted by the machine code itself.
    let iterations: UnsafeMutablePointer<Int>
    /// Entries and iterations when its code last changed (a bridge grew): whether it is short is
    /// judged on the entries since (VM.retireIfShort).
    private(set) var entriesBeforeLastBridge = 0
    private(set) var iterationsBeforeLastBridge = 0
    /// Runs of this loop under way (a residual call may enter it again): it is freed only at 0.
    var active = 0
    /// Set when the loop was freed while running: it leaves at its next residual return and is freed at its end.
    var doomed: LoopFreeReason? = nil
    /// The heap objects the machine code names, as raw memory the collector reads without reference counting.
    private(set) var heapReferences: UnsafeMutablePointer<Value>
    private(set) var heapReferenceCount: Int
    /// The loops whose machine code jumps into this loop's (by id): freeing this loop frees them.
    var linkedFrom: [Int] = []
    /// Whether some piece of it goes on into another loop's code (its runs go on there: it is not short).
    var goesOnElsewhere = false
    /// Bytes of JIT data (exit tables and buffers, weak references, counters) this loop keeps besides its machine code.
    private(set) var dataBytes: Int

    /// Bytecode instructions its root trace recorded for one iteration (inlined calls' included).
    let instructionsPerIteration: Int

    init(id: Int, root: TracePiece, references: [Value], headerPC: Int, iterationStart: UnsafeRawPointer,
         slot: UnsafeMutablePointer<LoopSlot>, iterations: UnsafeMutablePointer<Int>, instructionsPerIteration: Int) {
        self.id = id
        self.instructionsPerIteration = instructionsPerIteration
        self.root = root
        self.headerPC = headerPC
        self.iterationStart = iterationStart
        self.slot = slot
        self.iterations = iterations
        inlinedDepth = root.inlinedDepth
        slotExtent = root.slotExtent
        heapReferenceCount = references.count
        heapReferences = .allocate(capacity: max(1, references.count))
        heapReferences.initialize(from: references, count: references.count)
        dataBytes = root.dataBytes + references.count * 8 + MemoryLayout<Int>.stride
    }

    deinit {
        heapReferences.deallocate()
        iterations.deallocate()
    }

    /// Where its iteration starts, for code that goes on into it: its own bridges, or (with the
    /// generation cell to stamp its slot from) another loop's traces.
    func entryTarget(fromOtherLoopStamping generation: UnsafeMutablePointer<UInt32>?) -> LoopEntryTarget {
        let lastRun = (UnsafeMutableRawPointer(slot) + LoopSlot.lastRunGenerationOffset).assumingMemoryBound(to: UInt32.self)
        return LoopEntryTarget(iterationStart: iterationStart, nativeFrameSize: root.nativeFrameSize,
                               exitBuffer: root.exitValues, iterations: iterations,
                               otherLoop: generation.map { (opaque, lastRun, $0) })
    }

    /// The number the next bridge's first exit gets.
    var exitCount: Int { (bridges.last ?? root).firstExit + (bridges.last ?? root).exits.count }

    /// All machine code of the loop.
    var machineCodeBytes: Int { bridges.reduce(root.machineCode.size) { $0 + $1.machineCode.size } }
    /// What it owns besides its bridges, as the telemetry log counts it (bridges have events of their own).
    var bytesWithoutBridges: Int { bridges.reduce(dataBytes + machineCodeBytes) { $0 - $1.bytes } }

    /// The piece exit `number` belongs to, and that exit's header.
    @inline(__always)
    func exit(_ number: Int) -> (piece: TracePiece, header: UnsafeMutablePointer<ExitHeader>) {
        let index = bridgeIndex(ofExit: number)
        let piece = index < 0 ? root : bridges[index]
        return (piece, piece.exits.headers + (number - piece.firstExit))
    }

    /// Exit `number`'s table and header without holding its piece (the loop holds it): the path of
    /// every residual instruction inside an inlined call, where the retain cost 4% of a run.
    @inline(__always)
    func exitTable(_ number: Int) -> (exits: ExitTable, header: UnsafeMutablePointer<ExitHeader>) {
        let index = bridgeIndex(ofExit: number)
        if index < 0 { return (root.exits, root.exits.headers + number) }
        return (bridges[index].exits, bridges[index].exits.headers + (number - bridges[index].firstExit))
    }

    /// The index in `bridges` of the bridge exit `number` belongs to, or -1 for the root trace.
    @inline(__always)
    private func bridgeIndex(ofExit number: Int) -> Int {
        if number < root.exits.count { return -1 }
        var index = bridges.count - 1
        while bridges[index].firstExit > number { index -= 1 }
        return index
    }

    /// Hangs `bridge` off exit `number`; the heap objects its code names join the loop's.
    func add(bridge: TracePiece, from number: Int, references: [Value]) {
        let known = Set((0..<heapReferenceCount).map { heapReferences[$0].bits })
        let added = references.filter { !known.contains($0.bits) }
        if !added.isEmpty {
            let grown = UnsafeMutablePointer<Value>.allocate(capacity: heapReferenceCount + added.count)
            grown.moveInitialize(from: heapReferences, count: heapReferenceCount)
            (grown + heapReferenceCount).initialize(from: added, count: added.count)
            heapReferences.deallocate()
            heapReferences = grown
            heapReferenceCount += added.count
        }
        bridge.addedReferenceBytes = added.count * 8
        exit(number).header.pointee.bridge = Int32(bridges.count)
        if let twin = exit(number).piece.twinExit(of: number) { exit(twin).header.pointee.bridge = Int32(bridges.count) }
        entriesBeforeLastBridge = entries
        iterationsBeforeLastBridge = iterations.pointee
        bridges.append(bridge)
        inlinedDepth = max(inlinedDepth, bridge.inlinedDepth)
        slotExtent = max(slotExtent, bridge.slotExtent)
        dataBytes += bridge.dataBytes
    }

    static func from(_ opaque: UnsafeMutableRawPointer) -> CompiledLoop {
        Unmanaged<CompiledLoop>.fromOpaque(opaque).takeUnretainedValue()
    }
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func isDoomed(_ opaque: UnsafeMutableRawPointer) -> Bool {
        Unmanaged<CompiledLoop>.fromOpaque(opaque)._withUnsafeGuaranteedRef { $0.doomed != nil }
    }
}
