// The trace IR: one linear list of operations recorded from one loop iteration,
// in SSA form (an operation's result is named by its index). It knows nothing of
// the interpreter: frame slots are numbers, objects are words at byte offsets,
// and every operation that can fail names a snapshot — the interpreter state to
// resume from (Snapshot.swift). The optimizer and the backends read only this.

/// What a value holds while the trace runs.
enum IRType: UInt8 {
    /// A small int (49 bits), raw in a machine word.
    case int
    /// A double, its bits in a machine word.
    case float
    /// 0 or 1.
    case bool
    /// A tagged Value word (any Python value).
    case value
    /// A raw machine word: an object field, a length, a pointer.
    case word
    /// No result.
    case none
}

/// An operation's result, by its index in the trace. In a snapshot it may also name an object
/// the trace did not allocate (a virtual instance of that snapshot, Snapshot.swift).
struct IRRef: Hashable, CustomStringConvertible {
    var index: Int32
    init(_ index: Int) { self.index = Int32(index) }
    static let none = IRRef(-1)
    static func virtual(_ number: Int) -> IRRef { IRRef(-2 - number) }
    var isNone: Bool { index == -1 }
    /// An operation's result (neither none nor virtual).
    var isValue: Bool { index >= 0 }
    var isVirtual: Bool { index < -1 }
    var virtualNumber: Int { Int(-2 - index) }
    var description: String { isNone ? "_" : isVirtual ? "V\(virtualNumber)" : "v\(index)" }
}

enum IROpcode: UInt8, CaseIterable {
    // Values.
    case constant          // immediate: the bits, in the result's type
    case loadSlot          // value = frame slot `immediate`
    case storeSlot         // frame slot `immediate` = a (a Value)
    case loadWord          // word = *(a + immediate)
    case loadValue         // value = *(a + immediate)
    case storeWord         // *(a + immediate) = b (a word or int)
    case loadWord32        // word = the 32 bits at (a + immediate), zero-extended
    case loadContext       // word = the TraceContext's word at byte offset `immediate` (TraceContext.Offset)
    case loadIndexed       // value = *(a + b * 8 + immediate), b an int or word
    case storeIndexed      // *(a + b * 8 + immediate) = c (a Value)
    case rememberStore     // the write barrier after storing a reference into item b (an int) of the value array a
    // Tags.
    case intOf             // int from a Value known to be a small int
    case floatOf           // float from a Value known to be a float
    case boxInt            // Value from an int
    case boxFloat          // Value from a float
    case boxBool           // Value from a bool
    case intToFloat
    case floatToInt        // truncated toward zero (a word; 0x8000… when it does not fit 64 bits)
    // Guards: leave the trace through `snapshot` unless the condition holds.
    case guardInt          // a is a small int
    case guardFloat        // a is a float
    case guardObject       // a is a heap reference whose type id is `immediate`
    case guardNotObject    // a is not a heap reference
    case guardEqual        // a's bits == immediate
    case guardNotEqual     // a's bits != immediate
    case guardTrue         // bool a
    case guardFalse        // bool a
    case guardFitsInt      // word a fits a small int
    // Arithmetic on small ints; the checked ones leave when the result does not fit 49 bits.
    case intAdd, intSub, intMul, intNeg                   // checked
    case intFloorDivide, intModulo                         // checked: leave on b == 0
    case intAnd, intOr, intXor
    case wordAdd                                           // wrapping, on raw words
    case intCompare        // bool: a <cond immediate> b (CompareCondition), on ints or words
    // Doubles.
    case floatAdd, floatSub, floatMul
    case floatDivide       // checked: leaves on b == 0
    case floatNeg
    case floatSqrt         // of a non-negative a (the recorder guards it)
    case floatCompare      // bool: a <cond immediate> b
    // The runtime.
    case residual          // runs instruction `immediate` (ResidualPacking) in the runtime; a: keyword names
    case callHelper        // value = helper `immediate` (TraceHelper) of a, b, c; leaves when it returns 0 (could not allocate)
    // Control.
    case loopStart         // where each iteration begins
    case checkInterrupt    // leaves when the VM asks for a safepoint
    case jumpToStart       // the end of the iteration
    case leave             // the end of a function's trace: leaves through its snapshot (at the RETURN_VALUE)
}

/// What kind of object a field belongs to, as the recorder knows it: fields of different kinds are
/// never the same memory, so a store to one leaves what was loaded from the others valid. Items of
/// value arrays (lists' storage, tuples, instances' slot arrays) are read and written by loadIndexed
/// and storeIndexed; a fixed item read with loadValue is an `.arrayItem`.
enum FieldOwner: UInt8 {
    case unknown, iterator, instance, function, dict, list, tuple, cell, frame, arrayHeader, arrayItem
}

/// Conditions of intCompare and floatCompare (the values of Python's COMPARE_OP argument).
enum CompareCondition: Int64 {
    case equal = 0, notEqual, less, lessOrEqual, greater, greaterOrEqual
    var symbol: String { ["==", "!=", "<", "<=", ">", ">="][Int(rawValue)] }
}

struct IRInstruction {
    var opcode: IROpcode
    var type: IRType
    var a: IRRef = .none
    var b: IRRef = .none
    var c: IRRef = .none
    var immediate: Int64 = 0
    /// The snapshot to resume from when this operation leaves the trace, else -1.
    var snapshot: Int32 = -1
    /// For a load or store of a field (loadWord, loadValue, storeWord): what kind of object holds it.
    var field: FieldOwner = .unknown

    var canLeave: Bool { snapshot >= 0 }
    /// Calls `body` with each operand (a, b, c that are not none), without making an array.
    @inline(__always)
    func forEachOperand(_ body: (IRRef) -> Void) {
        if !a.isNone { body(a) }
        if !b.isNone { body(b) }
        if !c.isNone { body(c) }
    }
}

extension IROpcode {
    /// True when removing the operation (its result unused) would change what the trace does.
    var hasEffect: Bool {
        switch self {
        case .storeSlot, .storeWord, .storeIndexed, .rememberStore, .loopStart, .checkInterrupt, .jumpToStart, .leave,
             .residual, .callHelper:
            return true
        case .guardInt, .guardFloat, .guardObject, .guardNotObject, .guardEqual, .guardNotEqual,
             .guardTrue, .guardFalse, .guardFitsInt: return true
        case .intAdd, .intSub, .intMul, .intNeg, .intFloorDivide, .intModulo, .floatDivide: return true
        default: return false
        }
    }
}

/// A value of a peeled loop that each iteration of the body changes: `input`, computed before the
/// body, holds the value the body reads; at the back edge it takes the value `next` had.
struct LoopCarried: Equatable {
    var input: IRRef
    var next: IRRef
}

/// One recorded loop: its operations and the snapshots its exits resume from.
struct Trace {
    var instructions: [IRInstruction] = []
    var snapshots: [Snapshot] = []
    /// What running it asks of the interpreter's stacks: the deepest nesting of inlined calls and
    /// the frame slots (from the loop's frame's first) its frames may use.
    var inlinedDepth = 0
    var slotExtent = 0
    /// The snapshot of the safepoint check that ends an iteration (the interpreter continues at the loop header).
    var loopEnd = -1
    /// A peeled loop (LoopPeeling.swift): the second loopStart, where the loop body begins, and the
    /// values the body carries from one iteration to the next.
    var bodyStart = IRRef.none
    var loopCarried: [LoopCarried] = []
    /// For a peeled loop, the preamble's snapshot count: snapshot `s` of the preamble and `s + peeledSnapshots`
    /// of the body are twins (same instruction, frames and slots, same types), so one bridge serves both.
    var peeledSnapshots = 0

    /// The most values one exit leaves: the room an exit buffer needs.
    var largestSnapshot: Int { snapshots.reduce(0) { max($0, $1.exitValueCount) } }

    subscript(ref: IRRef) -> IRInstruction {
        get { instructions[Int(ref.index)] }
        set { instructions[Int(ref.index)] = newValue }
    }
    func type(of ref: IRRef) -> IRType { instructions[Int(ref.index)].type }

    @discardableResult
    mutating func append(_ instruction: IRInstruction) -> IRRef {
        instructions.append(instruction)
        return IRRef(instructions.count - 1)
    }
}
