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
    /// (dict, key, default or 0) -> the value of the key, else the default; or 0 (missing without a
    /// default, or a lookup that could call Python code: VM.dictFindNatively).
    case dictGet
    /// (dict, key, 1 for `not in`) -> True or False, or 0 (a lookup that could call Python code).
    case dictContains
    /// (set or frozenset, key, 1 for `not in`) -> True or False, or 0 (a lookup that could call Python code).
    case setContains
    /// (dict, key, value) -> the dict, the key set to the value; or 0, the dict unchanged (a lookup that
    /// could call Python code, or no memory to grow it).
    case dictSet
    /// (list, tuple or range) -> a new iterator over it.
    case iterate
    /// (iterator over a dict or set) -> its next item, or 0 (it ended, its container changed size, or no memory).
    case iteratorNext
    /// (list) -> its last item, taken off; or 0 (the list is empty).
    case listPop
    /// (str, int) -> the one-character str at that index (negative from the end), or 0 (out of range).
    case strItem
    /// (int) -> its decimal digits as a str, or 0 (no memory).
    case intToStr
    /// (str, str, comparison) -> True or False (both exactly str).
    case strCompare
    /// (str, str) -> their concatenation, or 0 (no memory).
    case strConcat
    /// (str, str) -> BINARY_OP_INTO_LOCAL's `+` of two strs (VM.appendIntoLocal), or 0 (no memory).
    case strAppendIntoLocal
    /// (value) -> the value, sealed if it is a growing str (LOAD_FAST_AND_SEAL).
    case sealStr

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
        case .dictGet: return "dictGet"
        case .dictContains: return "dictContains"
        case .dictSet: return "dictSet"
        case .setContains: return "setContains"
        case .iterate: return "iterate"
        case .iteratorNext: return "iteratorNext"
        case .listPop: return "listPop"
        case .strItem: return "strItem"
        case .intToStr: return "intToStr"
        case .strCompare: return "strCompare"
        case .strConcat: return "strConcat"
        case .strAppendIntoLocal: return "strAppendIntoLocal"
        case .sealStr: return "sealStr"
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
        case .dictGet: return unsafeBitCast(dictGetHelper, to: UnsafeRawPointer.self)
        case .dictContains: return unsafeBitCast(dictContainsHelper, to: UnsafeRawPointer.self)
        case .dictSet: return unsafeBitCast(dictSetHelper, to: UnsafeRawPointer.self)
        case .setContains: return unsafeBitCast(setContainsHelper, to: UnsafeRawPointer.self)
        case .iterate: return unsafeBitCast(iterateHelper, to: UnsafeRawPointer.self)
        case .iteratorNext: return unsafeBitCast(iteratorNextHelper, to: UnsafeRawPointer.self)
        case .listPop: return unsafeBitCast(listPopHelper, to: UnsafeRawPointer.self)
        case .strItem: return unsafeBitCast(strItemHelper, to: UnsafeRawPointer.self)
        case .intToStr: return unsafeBitCast(intToStrHelper, to: UnsafeRawPointer.self)
        case .strCompare: return unsafeBitCast(strCompareHelper, to: UnsafeRawPointer.self)
        case .strConcat: return unsafeBitCast(strConcatHelper, to: UnsafeRawPointer.self)
        case .strAppendIntoLocal: return unsafeBitCast(strAppendIntoLocalHelper, to: UnsafeRawPointer.self)
        case .sealStr: return unsafeBitCast(sealStrHelper, to: UnsafeRawPointer.self)
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

private let dictGetHelper: TraceHelperEntry = { context, dict, key, fallback in
    withTraceVM(context) { vm throws(Raised) in
        guard let found = vm.dictFindNatively(DictView(Value(bits: dict)), Value(bits: key)) else { return .null }
        return found.entry >= 0 ? DictView(Value(bits: dict)).value(found.entry) : Value(bits: fallback)
    }
}

private let dictContainsHelper: TraceHelperEntry = { context, dict, key, negated in
    withTraceVM(context) { vm throws(Raised) in
        guard let found = vm.dictFindNatively(DictView(Value(bits: dict)), Value(bits: key)) else { return .null }
        return Value(bool: (found.entry >= 0) != (negated != 0))
    }
}

private let setContainsHelper: TraceHelperEntry = { context, set, key, negated in
    withTraceVM(context) { vm throws(Raised) in
        guard let found = vm.setContainsNatively(Value(bits: set), Value(bits: key)) else { return .null }
        return Value(bool: found != (negated != 0))
    }
}

private let dictSetHelper: TraceHelperEntry = { context, dict, key, value in
    withTraceVM(context) { vm throws(Raised) in
        let view = DictView(Value(bits: dict))
        guard let found = vm.dictFindNatively(view, Value(bits: key)) else { return .null }
        if found.entry >= 0 {
            view.setValue(found.entry, Value(bits: value))
        } else {
            try vm.dictInsert(view, hash: found.hash, key: Value(bits: key), value: Value(bits: value), slot: found.slot)
        }
        return view.ref.value
    }
}

private let iterateHelper: TraceHelperEntry = { context, sequence, _, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.getIterator(Value(bits: sequence)) }
}

private let strCompareHelper: TraceHelperEntry = { context, left, right, comparison in
    withTraceVM(context) { vm throws(Raised) in
        Value(bool: vm.compareExactStrs(Value(bits: left), Value(bits: right), Int(comparison))!)
    }
}

private let strConcatHelper: TraceHelperEntry = { context, left, right, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.concatenateStrs(Value(bits: left), Value(bits: right)) }
}

private let strAppendIntoLocalHelper: TraceHelperEntry = { context, left, right, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.appendIntoLocal(Value(bits: left), Value(bits: right)) }
}

private let sealStrHelper: TraceHelperEntry = { context, value, _, _ in
    withTraceVM(context) { vm throws(Raised) in
        vm.sealGrowingStr(Value(bits: value))
        return Value(bits: value)
    }
}

private let iteratorNextHelper: TraceHelperEntry = { context, iterator, _, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.iteratorNext(Value(bits: iterator)) }
}

private let listPopHelper: TraceHelperEntry = { context, list, _, _ in
    withTraceVM(context) { vm throws(Raised) in
        let view = ListView(Value(bits: list))
        return view.count == 0 ? .null : vm.listRemove(view, at: view.count - 1)
    }
}

private let strItemHelper: TraceHelperEntry = { context, string, index, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.getItem(Value(bits: string), Value(bits: index)) }
}

private let intToStrHelper: TraceHelperEntry = { context, int, _, _ in
    withTraceVM(context) { vm throws(Raised) in try vm.newDecimalStr(Value(bits: int).int) }
}
