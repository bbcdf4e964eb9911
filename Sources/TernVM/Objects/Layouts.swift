// Word offsets of the fixed-layout objects. Every layout puts its raw (non-Value)
// words first and its Value words after them, so the collector traces a fixed
// layout knowing only two numbers (see `fixedLayout(of:)`).

enum FunctionLayout {
    static let code = 1          // raw: address of the code's CodeInfo (hot path: no lookup)
    static let globals = 2
    static let name = 3
    static let qualifiedName = 4
    static let defaults = 5      // tuple or NULL
    static let keywordDefaults = 6  // dict or NULL
    static let closure = 7       // tuple of cells or NULL
    static let dict = 8          // attribute dict or NULL
    static let module = 9
    static let doc = 10
    static let codeObject = 11   // the heap code object: keeps the CodeInfo alive
    static let words = 12
}

enum BuiltinFunctionLayout {
    static let native = 1        // raw: index into VM.natives
    static let name = 2
    static let boundSelf = 3     // module or NULL
    static let words = 4
}

enum BoundMethodLayout {
    static let function = 1
    static let receiver = 2
    static let words = 3
}

enum CellLayout {
    static let contents = 1
    static let words = 2
}

enum CodeLayout {
    static let info = 1          // raw: address of its CodeInfo (freed with this object)
    static let words = 2
}

enum TypeLayout {
    static let ownTypeID = 1     // raw
    static let name = 2
    static let qualifiedName = 3
    static let bases = 4         // tuple
    static let mro = 5           // tuple
    static let dict = 6
    static let solidBase = 7     // the builtin type whose layout instances use
    static let words = 8
}

/// Instances of user classes (and of builtin classes without their own layout).
enum InstanceLayout {
    static let shape = 1         // raw: shape id
    static let slots = 2         // valueArray of attribute values, or NULL
    static let payload = 3       // the builtin value of a subclass of int, str, ...: only in instances
                                 // made with it (header smallData `hasPayload`), a word longer
    static let words = 3
    static let wordsWithPayload = 4
    static let hasPayload = 1
}

extension ObjectRef {
    /// An instance's builtin value (of a subclass of int, str, ...), or NULL.
    @inline(__always) var instancePayload: Value {
        smallData & InstanceLayout.hasPayload != 0 ? self[InstanceLayout.payload] : .null
    }
}

/// BaseException and subclasses: an instance plus the exception fields.
enum ExceptionLayout {
    static let suppressContext = 4  // True, or NULL/False (see ObjectRef.suppressesContext)
    static let args = 5
    static let traceback = 6     // the first entry of the traceback (Builtins/Tracebacks.swift), or NULL
    static let cause = 7
    static let context = 8
    static let words = 9
}

enum ModuleLayout {
    static let dict = 1
    static let name = 2
    static let words = 3
}

enum GeneratorLayout {
    static let code = 1          // raw: address of the code's CodeInfo
    static let pc = 2            // raw: where to resume
    static let stackDepth = 3    // raw: items on the value stack when suspended
    static let state = 4         // raw: GeneratorState
    static let frameValues = 5   // valueArray: local slots, cells, then the value stack
    static let function = 6
    static let globals = 7
    static let name = 8
    static let qualifiedName = 9
    static let codeObject = 10   // the heap code object: keeps the CodeInfo alive
    static let words = 11
}

/// A frame object (`sys._getframe()`): which interpreter frame it shows, and
/// what that frame held when the object was made, for once the frame is gone.
enum FrameObjectLayout {
    static let index = 1         // raw: index in VM.frames
    static let base = 2          // raw: that frame's base address (to tell it is still the same frame)
    static let instruction = 3   // raw: the instruction that frame was running when the object was made
    static let code = 4
    static let globals = 5
    /// The locals when the object was made: a dict, or a tuple of the frame's local and cell
    /// slots, made into the dict the first time `f_locals` is read after the frame has returned.
    static let locals = 6
    static let line = 7          // int, or NULL for the line of `instruction`
    static let words = 8
}

/// One entry of an exception's traceback (Builtins/Tracebacks.swift): the frame the
/// exception passed through, where, and the entry for the frame it came from.
enum TracebackLayout {
    static let offset = 1        // raw: the instruction's word offset
    static let frameIndex = 2    // raw: the frame's index in VM.frames (its frame object is live while it runs)
    static let frameBase = 3     // raw: that frame's base address (to tell it is still the same frame)
    static let code = 4
    static let globals = 5
    static let next = 6          // the entry of the frame called from this one, or NULL
    static let frame = 7         // the frame object, made when tb_frame is first read, or NULL
    static let words = 8
}

/// A weak reference or weak proxy (Objects/WeakReference.swift). The referent is a
/// raw word: the marker does not follow it, so it does not keep the referent alive.
enum WeakReferenceLayout {
    static let referent = 1      // raw: the referent's address, 0 once the collector has cleared it
    static let hash = 2          // raw: the referent's hash once computed, else -1 (never a Python hash)
    static let next = 3          // raw: the next weak reference to the same referent, or 0 (Heap/WeakReferenceClearing.swift)
    static let callback = 4      // called with this object when the referent dies, or NULL
    static let words = 5
}

enum RangeLayout {
    static let start = 1, stop = 2, step = 3, length = 4  // all raw Int
    /// NULL, or for a range past Int (BigRanges.swift) the tuple (start, stop, step, length) of Python ints.
    static let big = 5
    static let words = 6
}

enum SliceLayout {
    static let start = 1, stop = 2, step = 3
    static let words = 4
}

/// Iterators of every builtin kind; the type id says which.
enum IteratorLayout {
    static let index = 1         // raw
    static let limit = 2         // raw
    static let source = 3
    static let aux1 = 4
    static let aux2 = 5
    static let words = 6
}

enum DictViewLayout {
    static let dict = 1
    static let words = 2
}

enum PropertyLayout {
    /// `name` is what __set_name__ gave (null before), for the messages of a missing function.
    static let getter = 1, setter = 2, deleter = 3, doc = 4, name = 5
    static let words = 6
}

/// staticmethod and classmethod.
enum WrapperLayout {
    static let function = 1
    static let words = 2
}

enum SuperLayout {
    static let thisClass = 1, object = 2, objectType = 3
    static let words = 4
}

enum FileLayout {
    static let index = 1         // raw: index into VM.files
    static let name = 2
    static let words = 3
}

enum SetLayout {
    static let count = 1         // raw: live keys
    static let fill = 2          // raw: live + deleted
    static let mask = 3          // raw: table size - 1
    static let table = 4         // valueArray of (hash, key) pairs
    static let words = 5
}

/// For fixed layouts: (raw words after the header, Value words after those).
/// nil for variable layouts, which the collector handles one by one.
@inline(__always) func fixedLayout(of kind: ObjectKind) -> (raw: Int, values: Int)? {
    switch kind {
    case .function: return (1, FunctionLayout.words - 2)
    case .builtinFunction: return (1, BuiltinFunctionLayout.words - 2)
    case .boundMethod: return (0, BoundMethodLayout.words - 1)
    case .cell: return (0, 1)
    case .type: return (1, TypeLayout.words - 2)
    case .instance: return (1, InstanceLayout.words - 2)
    case .exception: return (1, ExceptionLayout.words - 2)
    case .module: return (0, ModuleLayout.words - 1)
    case .generator: return (4, GeneratorLayout.words - 5)
    case .range: return (4, 1)
    case .slice: return (0, 3)
    case .iterator: return (2, 3)
    case .dictView: return (0, 1)
    case .property: return (0, PropertyLayout.words - 1)
    case .staticMethod, .classMethod: return (0, 1)
    case .superObject: return (0, 3)
    case .file: return (1, 1)
    case .byteArray: return (1, 1)
    case .complex: return (2, 0)
    case .frame: return (3, FrameObjectLayout.words - 4)
    case .traceback: return (3, TracebackLayout.words - 4)
    case .weakref: return (3, WeakReferenceLayout.words - 4)
    case .list: return (1, 1)
    case .dict: return (2, 2)
    case .set: return (3, 1)
    default: return nil
    }
}

/// Word index of the attribute extension (shape, then slot array) of an instance of a
/// subclass of a builtin type with its own layout: right after that layout.
@inline(__always) func attributeExtensionOffset(_ ref: ObjectRef) -> Int {
    switch ref.kind {
    case .list: return ListLayout.words
    case .dict: return DictLayout.words
    case .set: return SetLayout.words
    case .tuple: return TupleLayout.items + ref.word(TupleLayout.count)
    case .weakref: return WeakReferenceLayout.words
    case .staticMethod, .classMethod: return WrapperLayout.words
    case .property: return PropertyLayout.words
    default: return InstanceLayout.shape
    }
}
