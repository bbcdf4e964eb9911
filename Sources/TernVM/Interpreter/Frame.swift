import TernCompiler

// Frames live in one preallocated array (VM.frames) and their slots in one value
// stack (VM.stackBase): a call pushes a Frame whose `base` points just past the
// caller's arguments' start, so arguments become the callee's first locals
// without copying. Everything the collector must see is reachable from here:
// each frame's function, globals, namespace and the values in base..<sp.

/// A code object as the interpreter sees it: raw pointers only, never moved,
/// allocated when the code is loaded and freed by the collection that finds its
/// heap code object dead (see CodeLoading.swift).
struct CodeInfo {
    var instructions: UnsafeMutablePointer<UInt32>
    var instructionCount: Int
    var constants: UnsafeMutablePointer<Value>
    var constantCount: Int
    /// Interned str for each entry of CodeObject.names.
    var names: UnsafeMutablePointer<Value>
    var nameCount: Int
    /// Interned str for each entry of CodeObject.varNames (for keyword binding).
    var varNames: UnsafeMutablePointer<Value>
    var caches: UnsafeMutablePointer<InlineCache>
    var cacheCount: Int
    /// Bytes this code holds outside the heap (counted in Heap.bytecodeBytes).
    var ownedBytes = 0
    /// Three more entries per cache slot for polymorphic sites (PolymorphicCaches.swift); never hold heap references.
    var extraCaches: UnsafeMutablePointer<InlineCache>? = nil
    var cellParameter: UnsafeMutablePointer<Int>
    var localCount: Int
    var cellCount: Int
    var freeCount: Int
    /// localCount + cellCount + freeCount.
    var slotCount: Int
    var stackSize: Int
    var argCount: Int
    var positionalOnlyCount: Int
    var keywordOnlyCount: Int
    var flags: Int
    /// Index in VM.codeObjects / VM.codes (reused once this code is freed).
    var index: Int
    /// True when parameters are exactly `argCount` positional ones (no *, **, kw-only, cells).
    var simpleArguments: Bool
    var isGenerator: Bool
    /// For a generator's code: whether some YIELD_VALUE lies inside an exception handler's range
    /// (only then can closing it run code: Generators.swift).
    var yieldsInsideHandlers = false
    /// The code object as a heap value (for function.__code__ and generators).
    var codeValue: Value
    /// The interned name and qualified name (MAKE_FUNCTION runs often: lambdas, genexprs).
    var nameValue: Value = .null
    var qualifiedNameValue: Value = .null
    /// co_filename, interned when first read (logging reads it for every record).
    var filenameValue: Value = .null
    /// One slot per LOOP_HEADER (JIT/WarmUp/LoopSlot.swift), then the function entry's (at `loopCount`).
    var loopSlots: UnsafeMutablePointer<LoopSlot>? = nil
    var loopCount = 0
    /// A function whose calls count towards compiling its entry (not a generator, nor one that starts with a loop).
    var tracesEntry = false
    /// Set when recording aborted inside an inlined call of this code: traces leave its calls to the runtime.
    var neverInlined = false
}

/// One inline-cache slot (docs/design.md, decision 5): what an instruction saw last time.
struct InlineCache {
    /// The type id (or shape id) the entry is valid for; 0 when empty.
    var key: UInt64 = 0
    /// The type version the entry was filled under.
    var version: UInt32 = 0
    var index: Int32 = 0
    var value: Value = .null
}

struct Frame {
    var code: UnsafeMutablePointer<CodeInfo>
    /// Offset of the next instruction to run in this frame (saved on calls).
    var pc: Int
    /// Offset of the instruction that is running (for tracebacks and handlers).
    var currentInstruction: Int
    var base: UnsafeMutablePointer<Value>
    var sp: UnsafeMutablePointer<Value>
    var function: Value
    var globals: Value
    /// The namespace dict of module and class-body code; NULL in functions.
    var namespace: Value
    /// The generator this frame runs for, or NULL.
    var generator: Value
    /// When true, returning from this frame returns to the Swift caller of `run`.
    var isEntry: Bool
    /// An `__init__` run for a class call by CALL (ClassCalls.swift): its return value must
    /// be None, and the caller's stack already holds the new instance as the call's result.
    var isConstructor: Bool = false
    /// For a binary dunder run by BINARY_OP (OperatorCalls.swift): the operator, else -1.
    /// Its operands stay on the caller's stack until it returns.
    var binaryOperator: Int8 = -1
    /// For a __setitem__ run by STORE_SUBSCR: its return value is dropped.
    var discardsResult = false
}
