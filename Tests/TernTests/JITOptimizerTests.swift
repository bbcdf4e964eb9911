import XCTest
@testable import TernVM

/// The optimizer's passes on trace IR alone, the way RPython's optimizer tests
/// are written: a trace in, its text out.
final class JITOptimizerTests: XCTestCase {
    private func instruction(_ opcode: IROpcode, _ type: IRType, _ a: IRRef = .none, _ b: IRRef = .none,
                             immediate: Int64 = 0, snapshot: Int32 = -1) -> IRInstruction {
        IRInstruction(opcode: opcode, type: type, a: a, b: b, immediate: immediate, snapshot: snapshot)
    }

    func testConstantsFoldAndTheirGuardsGo() {
        var trace = Trace()
        trace.snapshots = [Snapshot(pc: 0, entries: [], stackDepth: 0)]
        trace.append(instruction(.loopStart, .none))
        let two = trace.append(instruction(.constant, .int, immediate: 2))
        let three = trace.append(instruction(.constant, .int, immediate: 3))
        let sum = trace.append(instruction(.intAdd, .int, two, three, snapshot: 0))
        let less = trace.append(instruction(.intCompare, .bool, sum, three, immediate: CompareCondition.greater.rawValue))
        trace.append(instruction(.guardTrue, .none, less, snapshot: 0))
        let boxed = trace.append(instruction(.boxInt, .value, sum))
        trace.append(instruction(.storeSlot, .none, boxed, immediate: 1))
        trace.append(instruction(.jumpToStart, .none))
        optimize(&trace)
        XCTAssertEqual(trace.text, """
                 loopStart
            v1 = constant 5 :int
            v2 = boxInt v1 :value
                 storeSlot v2, slot 1
                 jumpToStart
            s0: pc 0 depth 0

            """)
    }

    /// A tuple a helper allocates that only stores write goes, with the stores; one a slot or a
    /// snapshot names stays.
    func testUnusedAllocationsAreNotMade() {
        var trace = Trace()
        trace.append(instruction(.loopStart, .none))
        let item = trace.append(instruction(.loadSlot, .value, immediate: 1))
        let two = trace.append(instruction(.constant, .word, immediate: 2))
        let unused = trace.append(instruction(.callHelper, .value, two, immediate: TraceHelper.newTuple.rawValue, snapshot: 0))
        let zero = trace.append(instruction(.constant, .int, immediate: 0))
        trace.append(IRInstruction(opcode: .storeIndexed, type: .none, a: unused, b: zero, c: item, immediate: 16))
        let kept = trace.append(instruction(.callHelper, .value, two, immediate: TraceHelper.newTuple.rawValue, snapshot: 0))
        trace.append(IRInstruction(opcode: .storeIndexed, type: .none, a: kept, b: zero, c: item, immediate: 16))
        let named = trace.append(instruction(.callHelper, .value, two, immediate: TraceHelper.newTuple.rawValue, snapshot: 0))
        trace.append(instruction(.storeSlot, .none, kept, immediate: 2))
        trace.append(instruction(.guardNotEqual, .none, item, immediate: 0, snapshot: 1))
        trace.append(instruction(.jumpToStart, .none))
        trace.snapshots = [Snapshot(pc: 0, entries: [], stackDepth: 0),
                           Snapshot(pc: 4, entries: [SnapshotEntry(slot: 3, value: named)], stackDepth: 1)]
        optimize(&trace)
        XCTAssertEqual(trace.text, """
                 loopStart
            v1 = loadSlot slot 1 :value
            v2 = constant 0x2 :word
            v3 = constant 0 :int
            v4 = callHelper newTuple, v2 :value  -> s0
                 storeIndexed v4, v3, v1, +16
            v6 = callHelper newTuple, v2 :value  -> s0
                 storeSlot v4, slot 2
                 guardNotEqual v1, 0x0  -> s1
                 jumpToStart
            s0: pc 0 depth 0
            s1: pc 4 depth 1 slot 3=v6

            """)
    }

    /// The memory manager's weak references: object constants and the objects guards on values
    /// compare against; not ints, words (shapes, versions, counts) or the tagged None.
    func testHeapReferencesAreTheObjectsMachineCodeNames() {
        var trace = Trace()
        trace.snapshots = [Snapshot(pc: 0, entries: [], stackDepth: 0)]
        let dict = trace.append(instruction(.constant, .value, immediate: 0x7000_0010))
        trace.append(instruction(.constant, .int, immediate: 0x7000_0020))
        let entries = trace.append(instruction(.loadValue, .value, dict, immediate: 16))
        trace.append(instruction(.guardEqual, .none, entries, immediate: 0x7000_0030, snapshot: 0))
        let shape = trace.append(instruction(.loadWord, .word, dict, immediate: 8))
        trace.append(instruction(.guardEqual, .none, shape, immediate: 0x7000_0040, snapshot: 0))
        trace.append(instruction(.guardNotEqual, .none, entries, immediate: Int64(Value.none.bits), snapshot: 0))
        XCTAssertEqual(trace.heapReferences.map(\.bits), [0x7000_0010, 0x7000_0030])
    }

    /// Repeated loads and guards go until memory they may read is written (here a store of unknown
    /// kind at the same offset); operations on values alone go anywhere.
    func testRepeatedLoadsAndGuardsAreRemovedUntilMemoryTheyReadIsWritten() {
        var trace = Trace()
        trace.snapshots = [Snapshot(pc: 0, entries: [], stackDepth: 0), Snapshot(pc: 5, entries: [], stackDepth: 0)]
        trace.append(instruction(.loopStart, .none))
        let object = trace.append(instruction(.loadSlot, .value, immediate: 2))
        trace.append(instruction(.guardObject, .none, object, immediate: 40, snapshot: 0))
        let shape = trace.append(instruction(.loadWord, .word, object, immediate: 8))
        trace.append(instruction(.guardEqual, .none, shape, immediate: 3, snapshot: 0))
        trace.append(instruction(.guardObject, .none, object, immediate: 40, snapshot: 1))
        let shapeAgain = trace.append(instruction(.loadWord, .word, object, immediate: 8))
        trace.append(instruction(.guardEqual, .none, shapeAgain, immediate: 3, snapshot: 1))
        let field = trace.append(instruction(.loadWord, .int, object, immediate: 24))
        let sum = trace.append(instruction(.intAdd, .int, field, field, snapshot: 1))
        let sumAgain = trace.append(instruction(.intAdd, .int, field, field, snapshot: 1))
        trace.append(instruction(.storeWord, .none, object, sumAgain, immediate: 24))
        let shapeAfterStore = trace.append(instruction(.loadWord, .word, object, immediate: 8))
        trace.append(instruction(.guardEqual, .none, shapeAfterStore, immediate: 3, snapshot: 1))
        trace.append(instruction(.storeWord, .none, object, sum, immediate: 8))
        let shapeAfterItsStore = trace.append(instruction(.loadWord, .word, object, immediate: 8))
        trace.append(instruction(.guardEqual, .none, shapeAfterItsStore, immediate: 3, snapshot: 1))
        trace.append(instruction(.storeSlot, .none, trace.append(instruction(.boxInt, .value, sum)), immediate: 1))
        trace.append(instruction(.jumpToStart, .none))
        optimize(&trace)
        XCTAssertEqual(trace.text, """
                 loopStart
            v1 = loadSlot slot 2 :value
                 guardObject v1, type 40  -> s0
            v3 = loadWord v1, +8 :word
                 guardEqual v3, 0x3  -> s0
            v5 = loadWord v1, +24 :int
            v6 = intAdd v5, v5 :int  -> s1
                 storeWord v1, v6, +24
                 storeWord v1, v6, +8
            v9 = loadWord v1, +8 :word
                 guardEqual v9, 0x3  -> s1
            v11 = boxInt v6 :value
                 storeSlot v11, slot 1
                 jumpToStart
            s0: pc 0 depth 0
            s1: pc 5 depth 0

            """)
    }

    /// Which stores keep earlier loads: a store of an iterator's field leaves a function's field at
    /// the same offset; storing a new tuple's items leaves a dict entry's value; an item stored at one
    /// constant index leaves the item loaded at another. An item stored at an unknown index makes
    /// items and entries load again; a load of what the trace stored is the value stored.
    func testStoresKeepLoadsOfOtherMemory() {
        var trace = Trace()
        trace.snapshots = [Snapshot(pc: 0, entries: [], stackDepth: 0)]
        var instructions: [String: IRRef] = [:]
        func add(_ name: String, _ instruction: IRInstruction) { instructions[name] = trace.append(instruction) }
        func load(_ opcode: IROpcode, _ type: IRType, _ base: IRRef, _ offset: Int64, _ field: FieldOwner) -> IRInstruction {
            IRInstruction(opcode: opcode, type: type, a: base, immediate: offset, field: field)
        }
        trace.append(instruction(.loopStart, .none))
        let function = trace.append(instruction(.constant, .value, immediate: 0x7000_0010))
        let dict = trace.append(instruction(.constant, .value, immediate: 0x7000_0020))
        let iterator = trace.append(instruction(.loadSlot, .value, immediate: 1))
        let list = trace.append(instruction(.loadSlot, .value, immediate: 2))
        let index = trace.append(instruction(.intOf, .int, trace.append(instruction(.loadSlot, .value, immediate: 3))))
        let one = trace.append(instruction(.constant, .int, immediate: 1))
        let two = trace.append(instruction(.constant, .int, immediate: 2))
        let code = trace.append(load(.loadWord, .word, function, 8, .function))
        let entries = trace.append(load(.loadValue, .value, dict, 16, .dict))
        let entry = trace.append(load(.loadValue, .value, entries, 192, .arrayItem))
        let storage = trace.append(load(.loadValue, .value, list, 24, .list))
        let item = trace.append(instruction(.loadIndexed, .value, storage, one, immediate: 16))
        let count = trace.append(load(.loadValue, .value, iterator, 32, .iterator))
        trace.append(IRInstruction(opcode: .storeWord, type: .none, a: iterator, b: code, immediate: 8, field: .iterator))
        let tuple = trace.append(instruction(.callHelper, .value, two, immediate: TraceHelper.newTuple.rawValue, snapshot: 0))
        trace.append(IRInstruction(opcode: .storeIndexed, type: .none, a: tuple, b: one, c: entry, immediate: 16))
        add("code", load(.loadWord, .word, function, 8, .function))
        add("entry", load(.loadValue, .value, entries, 192, .arrayItem))
        trace.append(IRInstruction(opcode: .storeIndexed, type: .none, a: storage, b: two, c: count, immediate: 16))
        add("item", instruction(.loadIndexed, .value, storage, one, immediate: 16))
        add("stored", instruction(.loadIndexed, .value, storage, two, immediate: 16))
        trace.append(IRInstruction(opcode: .storeIndexed, type: .none, a: storage, b: index, c: item, immediate: 16))
        add("entry after", load(.loadValue, .value, entries, 192, .arrayItem))
        add("item after", instruction(.loadIndexed, .value, storage, one, immediate: 16))
        add("code after", load(.loadWord, .word, function, 8, .function))
        var entriesNamed: [SnapshotEntry] = []
        for (slot, name) in ["code", "entry", "item", "stored", "entry after", "item after", "code after", "tuple"].enumerated() {
            entriesNamed.append(SnapshotEntry(slot: Int32(10 + slot), value: name == "tuple" ? tuple : instructions[name]!))
        }
        trace.snapshots.append(Snapshot(pc: 9, entries: entriesNamed, stackDepth: 0))
        trace.append(instruction(.guardNotEqual, .none, index, immediate: 0, snapshot: 1))
        optimize(&trace)
        XCTAssertEqual(trace.text, """
                 loopStart
            v1 = constant 0x70000010 :value
            v2 = constant 0x70000020 :value
            v3 = loadSlot slot 1 :value
            v4 = loadSlot slot 2 :value
            v5 = loadSlot slot 3 :value
            v6 = intOf v5 :int
            v7 = constant 1 :int
            v8 = constant 2 :int
            v9 = loadWord v1, +8 :word
            v10 = loadValue v2, +16 :value
            v11 = loadValue v10, +192 :value
            v12 = loadValue v4, +24 :value
            v13 = loadIndexed v12, v7, +16 :value
            v14 = loadValue v3, +32 :value
                 storeWord v3, v9, +8
            v16 = callHelper newTuple, v8 :value  -> s0
                 storeIndexed v16, v7, v11, +16
                 storeIndexed v12, v8, v14, +16
                 storeIndexed v12, v6, v13, +16
            v20 = loadValue v10, +192 :value
            v21 = loadIndexed v12, v7, +16 :value
                 guardNotEqual v6, 0x0  -> s1
            s0: pc 0 depth 0
            s1: pc 9 depth 0 slot 10=v9 slot 11=v11 slot 12=v13 slot 13=v14 slot 14=v20 slot 15=v21 slot 16=v9 slot 17=v16

            """)
    }

    /// Storing what memory or a frame slot already holds is no store (and an item's write barrier
    /// goes with it); a store of something else after it stays, with its barrier.
    func testStoresOfWhatIsThereGo() {
        var trace = Trace()
        trace.snapshots = [Snapshot(pc: 0, entries: [], stackDepth: 0)]
        trace.append(instruction(.loopStart, .none))
        let slots = trace.append(instruction(.loadSlot, .value, immediate: 1))
        let other = trace.append(instruction(.loadSlot, .value, immediate: 2))
        let zero = trace.append(instruction(.constant, .int, immediate: 0))
        let item = trace.append(instruction(.loadIndexed, .value, slots, zero, immediate: 16))
        trace.append(IRInstruction(opcode: .storeIndexed, type: .none, a: slots, b: zero, c: item, immediate: 16))
        trace.append(instruction(.rememberStore, .none, slots, zero))
        trace.append(instruction(.storeSlot, .none, other, immediate: 2))
        trace.append(IRInstruction(opcode: .storeIndexed, type: .none, a: slots, b: zero, c: other, immediate: 16))
        trace.append(instruction(.rememberStore, .none, slots, zero))
        trace.append(instruction(.storeSlot, .none, item, immediate: 2))
        trace.append(instruction(.jumpToStart, .none))
        optimize(&trace)
        XCTAssertEqual(trace.text, """
                 loopStart
            v1 = loadSlot slot 1 :value
            v2 = loadSlot slot 2 :value
            v3 = constant 0 :int
            v4 = loadIndexed v1, v3, +16 :value
                 storeIndexed v1, v3, v2, +16
                 rememberStore v1, v3
                 storeSlot v4, slot 2
                 jumpToStart
            s0: pc 0 depth 0

            """)
    }

    /// An instance made and taken apart in the trace is not allocated: its attribute loads are the
    /// values stored, its shape and array guards go, and a snapshot that names it describes it as it
    /// is there (with the instance it holds). One stored to a frame slot stays, with what it holds.
    func testInstancesTakenApartAreNotAllocated() {
        var trace = Trace()
        let shape = TraceHelper.instanceShapeOffset, slots = TraceHelper.instanceSlotsOffset
        trace.append(instruction(.loopStart, .none))
        let x = trace.append(instruction(.loadSlot, .value, immediate: 1))
        let type = trace.append(instruction(.constant, .word, immediate: 40))
        let zero = trace.append(instruction(.constant, .int, immediate: 0))
        let one = trace.append(instruction(.constant, .int, immediate: 1))
        /// An instance of type 40 with items `items`, at shape 7.
        func make(_ items: [IRRef]) -> IRRef {
            let object = trace.append(instruction(.callHelper, .value, type, immediate: TraceHelper.newInstance.rawValue, snapshot: 0))
            let empty = trace.append(instruction(.loadWord, .word, object, immediate: shape))
            trace.append(instruction(.guardEqual, .none, empty, immediate: 0, snapshot: 0))
            let array = trace.append(instruction(.callHelper, .value, object, zero, immediate: TraceHelper.slotsHolding.rawValue, snapshot: 0))
            for (index, item) in items.enumerated() {
                trace.append(IRInstruction(opcode: .storeIndexed, type: .none, a: array, b: index == 0 ? zero : one, c: item,
                                           immediate: TraceHelper.arrayItemsOffset))
            }
            let seven = trace.append(instruction(.constant, .word, immediate: 7))
            trace.append(instruction(.storeWord, .none, object, seven, immediate: shape))
            return object
        }
        let inner = make([x])
        let outer = make([inner, x])
        trace.append(instruction(.guardObject, .none, outer, immediate: 40, snapshot: 1))
        let outerShape = trace.append(instruction(.loadWord, .word, outer, immediate: shape))
        trace.append(instruction(.guardEqual, .none, outerShape, immediate: 7, snapshot: 1))
        let outerSlots = trace.append(instruction(.loadValue, .value, outer, immediate: slots))
        trace.append(instruction(.guardNotEqual, .none, outerSlots, immediate: 0, snapshot: 1))
        let held = trace.append(IRInstruction(opcode: .loadIndexed, type: .value, a: outerSlots, b: zero,
                                              immediate: TraceHelper.arrayItemsOffset))
        let heldSlots = trace.append(instruction(.loadValue, .value, held, immediate: slots))
        let value = trace.append(IRInstruction(opcode: .loadIndexed, type: .value, a: heldSlots, b: zero,
                                               immediate: TraceHelper.arrayItemsOffset))
        trace.append(instruction(.guardInt, .none, value, snapshot: 1))
        let kept = make([x])
        trace.append(instruction(.storeSlot, .none, kept, immediate: 2))
        trace.append(instruction(.jumpToStart, .none))
        trace.snapshots = [Snapshot(pc: 0, entries: [], stackDepth: 0),
                           Snapshot(pc: 9, entries: [SnapshotEntry(slot: 3, value: outer)], stackDepth: 1)]
        optimize(&trace)
        XCTAssertEqual(trace.text, """
                 loopStart
            v1 = loadSlot slot 1 :value
            v2 = constant 0x28 :word
            v3 = constant 0 :int
            v4 = constant 0x7 :word
                 guardInt v1  -> s1
            v6 = callHelper newInstance, v2 :value  -> s0
            v7 = loadWord v6, +8 :word
                 guardEqual v7, 0x0  -> s0
            v9 = callHelper slotsHolding, v6, v3 :value  -> s0
                 storeIndexed v9, v3, v1, +16
                 storeWord v6, v4, +8
                 storeSlot v6, slot 2
                 jumpToStart
            s0: pc 0 depth 0
            s1: pc 9 depth 1 slot 3=V0 V0=type 40 shape 0x7 [V1, v1] V1=type 40 shape 0x7 [v1]

            """)
    }

    func testOverflowingAdditionIsNotFolded() {
        var trace = Trace()
        trace.snapshots = [Snapshot(pc: 4, entries: [], stackDepth: 0)]
        let big = trace.append(instruction(.constant, .int, immediate: Value.smallIntMax))
        let one = trace.append(instruction(.constant, .int, immediate: 1))
        let sum = trace.append(instruction(.intAdd, .int, big, one, snapshot: 0))
        trace.append(instruction(.storeSlot, .none, trace.append(instruction(.boxInt, .value, sum)), immediate: 0))
        optimize(&trace)
        XCTAssertEqual(trace.instructions.filter { $0.opcode == .intAdd }.count, 1)
    }

    func testDeadOperationsGoButSnapshotValuesStay() {
        var trace = Trace()
        let loaded = trace.append(instruction(.loadSlot, .value, immediate: 0))
        let unboxed = trace.append(instruction(.intOf, .int, loaded))
        _ = trace.append(instruction(.intAnd, .int, unboxed, unboxed))      // unused: removed, and so is v1
        let kept = trace.append(instruction(.intOf, .int, loaded))          // named by the snapshot: kept
        trace.snapshots = [Snapshot(pc: 7, entries: [SnapshotEntry(slot: 3, value: kept)], stackDepth: 1)]
        trace.append(instruction(.guardInt, .none, loaded, snapshot: 0))
        optimize(&trace)
        XCTAssertEqual(trace.text, """
            v0 = loadSlot slot 0 :value
            v1 = intOf v0 :int
                 guardInt v0  -> s0
            s0: pc 7 depth 1 slot 3=v1

            """)
    }

    /// A peeled loop: the body's slot loads become what the preamble stored, its type guards and
    /// unboxing go, a loop-invariant object's guard is checked once per entry, and what the body
    /// changes is carried to the next iteration — a swap (x, y = y, x + y) carries both ways.
    func testPeeledLoopCarriesValuesAndDropsRepeatedGuards() {
        var trace = Trace()
        trace.snapshots = [Snapshot(pc: 3, entries: [], stackDepth: 0), Snapshot(pc: 9, entries: [], stackDepth: 0)]
        trace.append(instruction(.loopStart, .none))
        let object = trace.append(instruction(.loadSlot, .value, immediate: 0))
        trace.append(instruction(.guardObject, .none, object, immediate: 7, snapshot: 0))
        let boxedX = trace.append(instruction(.loadSlot, .value, immediate: 1))
        trace.append(instruction(.guardInt, .none, boxedX, snapshot: 0))
        let x = trace.append(instruction(.intOf, .int, boxedX))
        let boxedY = trace.append(instruction(.loadSlot, .value, immediate: 2))
        trace.append(instruction(.guardInt, .none, boxedY, snapshot: 0))
        let y = trace.append(instruction(.intOf, .int, boxedY))
        let sum = trace.append(instruction(.intAdd, .int, x, y, snapshot: 0))
        trace.append(instruction(.storeSlot, .none, boxedY, immediate: 1))
        let boxedSum = trace.append(instruction(.boxInt, .value, sum))
        trace.append(instruction(.storeSlot, .none, boxedSum, immediate: 2))
        trace.append(instruction(.checkInterrupt, .none, snapshot: 1))
        trace.append(instruction(.jumpToStart, .none))
        trace.loopEnd = 1
        optimize(&trace, peeling: true)
        XCTAssertEqual(trace.text, """
                 loopStart
            v1 = loadSlot slot 0 :value
                 guardObject v1, type 7  -> s0
            v3 = loadSlot slot 1 :value
                 guardInt v3  -> s0
            v5 = intOf v3 :int
            v6 = loadSlot slot 2 :value
                 guardInt v6  -> s0
            v8 = intOf v6 :int
            v9 = intAdd v5, v8 :int  -> s0
                 storeSlot v6, slot 1
            v11 = boxInt v9 :value
                 storeSlot v11, slot 2
                 -- the loop body: --
                 loopStart
            v14 = intAdd v8, v9 :int  -> s2
                 storeSlot v11, slot 1
            v16 = boxInt v14 :value
                 storeSlot v16, slot 2
                 checkInterrupt  -> s3
                 jumpToStart v8=v9 v9=v14 v11=v16
            s0: pc 3 depth 0
            s1: pc 0 depth 0
            s2: pc 3 depth 0
            s3: pc 9 depth 0

            """)
        XCTAssertEqual(trace.loopEnd, 3)
    }
}
