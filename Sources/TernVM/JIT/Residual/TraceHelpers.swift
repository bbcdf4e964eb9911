// Runtime helpers compiled code calls in the middle of an instruction without
// writing its values back to the frame first: they only allocate, which never
// collects (a collection waits for the loop's header, where the trace leaves
// with its values in the frame), or look up, and run no Python code. A helper
// returns 0 when it could not allocate or answer (a missing key, a lookup that
// would need Python code); the trace then leaves before the instruction and
// the interpreter runs it again, raising what it raises itself.

/// The helpers, by the number a `callHelper` operation names.
enum TraceHelper: Int64 {
    /// (type id) -> a new instance of a class whose instances object.__new__ makes (VM.newInstance),
    /// without a finalizer: one the optimizer may keep in values (VirtualInstances.swift).
    case newInstance
    /// (type id) -> as newInstance, for an exception class or one with `__del__`: always made.
    case newKeptInstance
    /// (instance, slot) -> the instance's slot array, grown when it cannot hold item `slot`.
    case slotsHolding
    /// (count) -> a tuple of `count` NULL items, which the trace fills before anything can see it.
    case newTuple
    /// () -> an empty list.
    case newList
    /// (list, item) -> the list, `item` appended.
    case listAppend
    /// (code object, closure tuple or NULL, globals) -> a new function (MAKE_FUNCTION without defaults).
    case newFunction
    /// (contents or NULL) -> a new cell.
    case newCell
    /// (dict, str) -> the value of the key, or 0 (missing, or a lookup that could call Python code).
    case dictGetStr
    /// (dict, str, 1 for `not in`) -> True or False, or 0 (a lookup that could call Python code).
    case dictContainsStr

    var name: String {
        switch self {
        case .newInstance: return "newInstance"
        case .newKeptInstance: return "newKeptInstance"
        case .slotsHolding: return "slotsHolding"
        case .newTuple: return "newTuple"
        case .newList: return "newList"
        case .listAppend: return "listAppend"
        case .newFunction: return "newFunction"
        case .newCell: return "newCell"
        case .dictGetStr: return "dictGetStr"
        case .dictContainsStr: return "dictContainsStr"
        }
    }

    /// The C entry: (TraceContext, a, b, c) -> the result's bits, or 0.
    var entry: UnsafeRawPointer {
        switch self {
        case .newInstance, .newKeptInstance: return unsafeBitCast(newInstanceHelper, to: UnsafeRawPointer.self)
        case .slotsHolding: return unsafeBitCast(slotsHoldingHelper, to: UnsafeRawPointer.self)
        case .newTuple: return unsafeBitCast(newTupleHelper, to: UnsafeRawPointer.self)
        case .newList: return unsafeBitCast(newListHelper, to: UnsafeRawPointer.self)
        case .listAppend: return unsafeBitCast(listAppendHelper, to: UnsafeRawPointer.self)
        case .newFunction: return unsafeBitCast(newFunctionHelper, to: UnsafeRawPointer.self)
        case .newCell: return unsafeBitCast(newCellHelper, to: UnsafeRawPointer.self)
        case .dictGetStr: return unsafeBitCast(dictGetStrHelper, to: UnsafeRawPointer.self)
        case .dictContainsStr: return unsafeBitCast(dictContainsStrHelper, to: UnsafeRawPointer.self)
        }
    }

    /// The fields of an instance the helpers and the optimizer know: its shape word, its slot
    /// array, and a value array's capacity word and first item.
    static let instanceShapeOffset = Int64(InstanceLayout.shape * 8)
    static let instanceSlotsOffset = Int64(InstanceLayout.slots * 8)
    static let arrayCapacityOffset: Int64 = 8
    static let arrayItemsOffset: Int64 = 16
}

typealias TraceHelperEntry = @convention(c) (UnsafeMutableRawPointer, UInt64, UInt64, UInt64) -> UInt64

/// Runs `body` with the VM of the trace whose context is `context`; a raised exception becomes 0.
@inline(__always)
private func withTraceVM(_ context: UnsafeMutableRawPointer, _ body: (VM) throws(Raised) -> Value) -> UInt64 {
    let trace = context.assumingMemoryBound(to: TraceContext.self)
    return Unmanaged<VM>.fromOpaque(trace.pointee.vm)._withUnsafeGuaranteedRef { vm in
        do {
            return try body(vm).bits
        } catch {
            // The interpreter raises it again when it runs the instruction.
            vm.raisedException = .null
            return 0
        }
    }
}

private let newInstanceHelper: TraceHelperEntry = { context, typeID, _, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.newInstance(Int(typeID)) }
}

private let slotsHoldingHelper: TraceHelperEntry = { context, instance, slot, _ in
    withTraceVM(context) { vm throws(Raised) in
        let ref = ObjectRef(Value(bits: instance))
        let slots = ref[InstanceLayout.slots]
        if slots.isNull || ValueArrayView(slots).capacity <= Int(slot) {
            try vm.growSlotArray(ref, slotsWord: InstanceLayout.slots, toHold: Int(slot))
        }
        return ref[InstanceLayout.slots]
    }
}

private let newTupleHelper: TraceHelperEntry = { context, count, _, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.allocateTuple(count: Int(count)).ref.value }
}

private let newListHelper: TraceHelperEntry = { context, _, _, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.newList().ref.value }
}

private let listAppendHelper: TraceHelperEntry = { context, list, item, _ in
    withTraceVM(context) { vm throws(Raised) in
        try vm.listAppend(ListView(Value(bits: list)), Value(bits: item))
        return Value(bits: list)
    }
}

private let newFunctionHelper: TraceHelperEntry = { context, code, closure, globals in
    withTraceVM(context) { vm throws(Raised) in
        try vm.newFunction(Value(bits: code), globals: Value(bits: globals), closure: Value(bits: closure))
    }
}

private let newCellHelper: TraceHelperEntry = { context, contents, _, _ in
    withTraceVM(context) { vm throws(Raised) in
        let cell = try vm.allocate(kind: .cell, typeID: TypeID.cell, words: CellLayout.words)
        cell[CellLayout.contents] = Value(bits: contents)
        return cell.value
    }
}

private let dictGetStrHelper: TraceHelperEntry = { context, dict, key, _ in
    withTraceVM(context) { vm throws(Raised) in
        guard let entry = vm.dictFindStrExactly(DictView(Value(bits: dict)), Value(bits: key)), entry >= 0 else { return .null }
        return DictView(Value(bits: dict)).value(entry)
    }
}

private let dictContainsStrHelper: TraceHelperEntry = { context, dict, key, negated in
    withTraceVM(context) { vm throws(Raised) in
        guard let entry = vm.dictFindStrExactly(DictView(Value(bits: dict)), Value(bits: key)) else { return .null }
        return Value(bool: (entry >= 0) != (negated != 0))
    }
}
