// Allocation removal of instances: an instance a class call makes (the
// newInstance helper) that the trace only reads and writes through its own shape
// and slot array — never stores elsewhere, passes to the runtime, compares by
// identity or carries to the next iteration — is not allocated, nor is its slot
// array. Its attributes are trace values: a load of one is the value last
// stored, and guards on its type, shape and array hold. A snapshot that names it
// (in a slot, or as an attribute of another such instance) describes it as it is
// at that point, and leaving there builds it (Deopt/Materialize.swift) — so
// `Vector(a.x + b.x, …)` made and taken apart within an iteration costs nothing.
//
// Each candidate is followed through the trace; one used any other way escapes and
// stays an allocation, with the instances its attributes hold, and the rest are
// followed again.
//
// It runs before redundant-operation removal (Optimizer.swift): a peeled body's
// operations then name only the body's own values, and no value is carried yet, so
// an instance never crosses the back edge — each iteration makes its own.

func removeInstanceAllocations(_ trace: inout Trace) {
    assert(trace.loopCarried.isEmpty, "instance allocations are removed before carried values are found")
    let recorded = trace
    var candidates = Set(recorded.instructions.indices.filter { isRemovableInstance(recorded, recorded.instructions[$0]) }
        .map { Int32($0) })
    while !candidates.isEmpty {
        var analysis = VirtualInstanceAnalysis(trace: trace, candidates: candidates)
        analysis.run()
        let escaped = analysis.escapedWithWhatTheyHold()
        if escaped.isEmpty {
            analysis.apply(to: &trace)
            foldConstants(&trace)
            return
        }
        candidates.subtract(escaped)
    }
}

private func isRemovableInstance(_ trace: Trace, _ instruction: IRInstruction) -> Bool {
    instruction.opcode == .callHelper && instruction.immediate == TraceHelper.newInstance.rawValue
        && constantBits(trace, instruction.a) != nil
}

private struct VirtualInstanceAnalysis {
    let trace: Trace
    /// The allocations followed, by index.
    let candidates: Set<Int32>
    /// Each followed instance as the trace has it so far, by its allocation; its items name trace
    /// values, or other followed instances by their allocations.
    var instances: [Int32: VirtualInstance] = [:]
    /// A followed instance's slot array (the slotsHolding that made it), and the instance of each array.
    var arrays: [Int32: Int32] = [:]
    var arrayOwners: [Int32]
    /// Operations that go, and what the result of each one that goes now is (a value, or a constant).
    var removed = Set<Int32>()
    var replacement: [IRRef]
    var constants: [Int32: UInt64] = [:]
    /// For each followed instance, the followed instances whose items hold it.
    var holders: [Int32: Set<Int32>] = [:]
    var escaped = Set<Int32>()
    /// The followed instances each snapshot names, with their states, as the first operation leaving through it saw them.
    var snapshotStates: [Int32: [Int32: VirtualInstance]] = [:]

    /// Whether each operation is a followed instance's allocation (so `instances` has it).
    var followed: [Bool]
    /// Per snapshot: 0 not seen yet, 1 it names no followed instance or array, 2 it names some. Its
    /// values come before the operations leaving through it, so what they resolve to is settled by then.
    var snapshotNaming: [UInt8]

    // By operation index rather than hashed: they are read for every operand and snapshot entry.
    init(trace: Trace, candidates: Set<Int32>) {
        self.trace = trace
        self.candidates = candidates
        let count = trace.instructions.count
        replacement = (0..<count).map { IRRef($0) }
        arrayOwners = Array(repeating: -1, count: count)
        followed = Array(repeating: false, count: count)
        snapshotNaming = Array(repeating: 0, count: trace.snapshots.count)
    }

    /// Whether `snapshot` names a followed instance or its array.
    func namesFollowed(_ snapshot: Snapshot) -> Bool {
        snapshot.entries.contains { entry in
            let value = resolve(entry.value)
            return instance(value) != nil || arrayOwner(value) != nil
        }
    }

    func resolve(_ ref: IRRef) -> IRRef { ref.isValue ? replacement[Int(ref.index)] : ref }
    func instance(_ ref: IRRef) -> Int32? { ref.isValue && followed[Int(ref.index)] ? ref.index : nil }
    func arrayOwner(_ ref: IRRef) -> Int32? {
        guard ref.isValue else { return nil }
        let owner = arrayOwners[Int(ref.index)]
        return owner < 0 ? nil : owner
    }
    func constant(_ ref: IRRef) -> UInt64? { constants[ref.index] ?? constantBits(trace, ref) }

    mutating func run() {
        for index in trace.instructions.indices {
            let at = Int32(index)
            var instruction = trace.instructions[index]
            instruction.a = resolve(instruction.a)
            instruction.b = resolve(instruction.b)
            instruction.c = resolve(instruction.c)
            if candidates.contains(at) {
                instances[at] = VirtualInstance(typeID: Int64(bitPattern: constant(instruction.a)!), shape: 0, items: nil)
                followed[index] = true
                removed.insert(at)
                continue
            }
            if follow(instruction, at) { continue }
            instruction.forEachOperand { operand in
                if let owner = instance(operand) ?? arrayOwner(operand) { escaped.insert(owner) }
            }
            if instruction.canLeave { noteSnapshot(instruction) }
        }
    }

    /// Follows `instruction` (its operands resolved) when it reads or writes a followed instance or
    /// its array as such; false when it is not one of those operations.
    mutating func follow(_ instruction: IRInstruction, _ at: Int32) -> Bool {
        switch instruction.opcode {
        case .callHelper where instruction.immediate == TraceHelper.slotsHolding.rawValue:
            guard let owner = instance(instruction.a), constant(instruction.b) != nil else { return false }
            if let array = arrays[owner] {
                replacement[Int(at)] = IRRef(Int(array))
            } else {
                instances[owner]!.items = []
                arrays[owner] = at
                arrayOwners[Int(at)] = owner
            }
        case .loadWord:
            if let owner = instance(instruction.a), instruction.immediate == TraceHelper.instanceShapeOffset {
                constants[at] = instances[owner]!.shape
            } else if arrayOwner(instruction.a) != nil, instruction.immediate == TraceHelper.arrayCapacityOffset {
                // Leaving builds an array as big as its items need: any index the trace stores fits.
                constants[at] = 1 << 40
            } else {
                return false
            }
            return true
        case .storeWord where instruction.immediate == TraceHelper.instanceShapeOffset:
            guard let owner = instance(instruction.a), let shape = constant(instruction.b) else { return false }
            instances[owner]!.shape = shape
        case .loadValue where instruction.immediate == TraceHelper.instanceSlotsOffset:
            guard let owner = instance(instruction.a) else { return false }
            guard let array = arrays[owner] else {
                constants[at] = 0
                return true
            }
            replacement[Int(at)] = IRRef(Int(array))
        case .guardObject:
            guard let owner = instance(instruction.a), instances[owner]!.typeID == instruction.immediate else { return false }
        case .guardNotEqual:
            // A new object is no object the trace knew before (NotImplemented, None), nor NULL.
            guard instance(instruction.a) != nil || arrayOwner(instruction.a) != nil else { return false }
        case .storeIndexed where instruction.immediate == TraceHelper.arrayItemsOffset:
            guard let owner = arrayOwner(instruction.a), let index = constant(instruction.b), index < 1 << 16 else { return false }
            let item = instruction.c
            if let array = arrayOwner(item) { escaped.insert(array) }
            if let held = instance(item) { holders[held, default: []].insert(owner) }
            var items = instances[owner]!.items!
            while items.count <= Int(index) { items.append(.none) }
            items[Int(index)] = item
            instances[owner]!.items = items
        case .loadIndexed where instruction.immediate == TraceHelper.arrayItemsOffset:
            guard let owner = arrayOwner(instruction.a), let index = constant(instruction.b) else { return false }
            let items = instances[owner]!.items!
            let item = Int(index) < items.count ? items[Int(index)] : .none
            if item.isNone {
                constants[at] = 0
                return true
            }
            replacement[Int(at)] = item
        case .rememberStore:
            guard arrayOwner(instruction.a) != nil else { return false }
        default:
            return false
        }
        removed.insert(at)
        return true
    }

    /// The followed instances `snapshot` names, directly or through their items (as `states` has
    /// them, else as they are now), in a fixed order.
    func named(by snapshot: Snapshot, in states: [Int32: VirtualInstance]? = nil) -> [Int32] {
        // Depth first, each instance before what its items hold. Snapshots have many entries and
        // name few instances: the loop over entries stays a plain check.
        var order: [Int32] = [], pending: [Int32] = []
        for entry in snapshot.entries {
            guard let root = instance(resolve(entry.value)), !order.contains(root) else { continue }
            pending.append(root)
            while let owner = pending.popLast() {
                if order.contains(owner) { continue }
                order.append(owner)
                for item in ((states?[owner] ?? instances[owner]!).items ?? []).reversed() {
                    if let held = instance(resolve(item)), !order.contains(held) { pending.append(held) }
                }
            }
        }
        return order
    }

    /// Notes the followed instances an operation leaving through its snapshot names: a residual
    /// instruction lets them escape (the runtime reads the frame), as does a snapshot whose operations
    /// see them in different states.
    mutating func noteSnapshot(_ instruction: IRInstruction) {
        let number = Int(instruction.snapshot)
        if snapshotNaming[number] == 0 {
            snapshotNaming[number] = !instances.isEmpty && namesFollowed(trace.snapshots[number]) ? 2 : 1
        }
        // Most snapshots name no followed instance: note that without building the sets below.
        if snapshotNaming[number] == 1 {
            guard instruction.opcode != .residual else { return }
            if let earlier = snapshotStates[instruction.snapshot] {
                escaped.formUnion(earlier.keys)
            } else {
                snapshotStates[instruction.snapshot] = [:]
            }
            return
        }
        let snapshot = trace.snapshots[number]
        for entry in snapshot.entries {
            if let owner = arrayOwner(resolve(entry.value)) { escaped.insert(owner) }
        }
        let owners = named(by: snapshot)
        if instruction.opcode == .residual {
            escaped.formUnion(owners)
            return
        }
        if let earlier = snapshotStates[instruction.snapshot] {
            if earlier.count != owners.count || !owners.allSatisfy({ earlier[$0] == instances[$0] }) {
                escaped.formUnion(owners)
                escaped.formUnion(earlier.keys)
            }
        } else {
            snapshotStates[instruction.snapshot] = Dictionary(uniqueKeysWithValues: owners.map { ($0, instances[$0]!) })
        }
    }

    /// The escaping instances, with every followed instance one of them holds (an escaping instance is
    /// allocated, so what its items hold must be).
    func escapedWithWhatTheyHold() -> Set<Int32> {
        var result = escaped
        var grew = !result.isEmpty
        while grew {
            grew = false
            for (held, by) in holders where !result.contains(held) && !by.isDisjoint(with: result) {
                result.insert(held)
                grew = true
            }
        }
        return result
    }

    /// Rewrites `trace`: followed operations go, loads become what they read, and each snapshot
    /// describes the instances it names.
    func apply(to trace: inout Trace) {
        for index in trace.instructions.indices {
            let at = Int32(index)
            if removed.contains(at) {
                trace.instructions[index] = IRInstruction(opcode: .constant, type: .none)
            } else if let bits = constants[at] {
                trace.instructions[index] = IRInstruction(opcode: .constant, type: trace.instructions[index].type,
                                                          immediate: Int64(bitPattern: bits))
            } else {
                trace.instructions[index].a = resolve(trace.instructions[index].a)
                trace.instructions[index].b = resolve(trace.instructions[index].b)
                trace.instructions[index].c = resolve(trace.instructions[index].c)
            }
        }
        for index in trace.snapshots.indices {
            if !namesFollowed(trace.snapshots[index]) {
                for position in trace.snapshots[index].entries.indices {
                    trace.snapshots[index].entries[position].value = resolve(trace.snapshots[index].entries[position].value)
                }
                trace.snapshots[index].virtuals = []
                continue
            }
            let states = snapshotStates[Int32(index)]
            let owners = named(by: trace.snapshots[index], in: states)
            let number = Dictionary(uniqueKeysWithValues: owners.enumerated().map { ($1, $0) })
            let describe = { (ref: IRRef) -> IRRef in
                let value = resolve(ref)
                if let owner = instance(value) { return .virtual(number[owner]!) }
                return value
            }
            trace.snapshots[index].virtuals = owners.map { owner in
                var virtual = states?[owner] ?? instances[owner]!
                virtual.items = virtual.items?.map { $0.isNone ? $0 : describe($0) }
                return virtual
            }
            for position in trace.snapshots[index].entries.indices {
                trace.snapshots[index].entries[position].value = describe(trace.snapshots[index].entries[position].value)
            }
        }
    }
}
