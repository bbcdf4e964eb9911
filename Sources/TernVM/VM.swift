#if canImport(Glibc)
import Glibc
#endif
import TernCompiler
import TernSyntax

/// Thrown by runtime code when a Python exception is being raised. It carries
/// nothing: the exception object itself waits in `VM.raisedException` (a GC root),
/// so throwing costs no allocation.
public struct Raised: Error {
    public init() {}
}

/// Python-visible state of one type, kept beside its heap type object so the
/// interpreter reaches it with one indexed load from the type id in a header.
struct TypeInfo {
    /// The heap type object.
    var object: Value
    /// The layout of this type's instances.
    var layout: ObjectKind
    /// Bumped whenever the type or one of its bases changes, so caches can check it.
    var version: UInt32
    var flags: TypeFlags
    /// The most attributes an instance of this type has held in its slot array so far
    /// (at most `VM.slotHintLimit`): the size of the next instance's first slot array.
    var slotCountHint: Int32 = 0
    /// The version and lookup epoch at which this type's `__hash__` was found to be a builtin
    /// one it inherits (epoch 0 is never current): object's when `hashesByIdentity`, else that
    /// of tuple or str, whose layout a subclass's instance has (namedtuples as dict keys), or
    /// that of int, float or str hashing the value an instance carries (enum members).
    var nativeHashVersion: UInt32 = 0
    var nativeHashEpoch: UInt32 = 0
    var hashesByIdentity = false
    /// One past the version at which this type was found to define neither `__bool__` nor
    /// `__len__` (its instances are true); 0 when unknown.
    var alwaysTrueVersion: UInt32 = 0
}

struct TypeFlags: OptionSet {
    let rawValue: UInt32
    static let heapType = TypeFlags(rawValue: 1)
    static let baseException = TypeFlags(rawValue: 2)
    /// The type (or a base) defines __getattr__ / __getattribute__ / __setattr__ / __delattr__.
    static let customGetattr = TypeFlags(rawValue: 4)
    static let customGetattribute = TypeFlags(rawValue: 8)
    static let customSetattr = TypeFlags(rawValue: 16)
    static let acceptsBaseSubclass = TypeFlags(rawValue: 32)
    /// The type (or a base) defines __del__: its instances are registered for finalization.
    static let hasFinalizer = TypeFlags(rawValue: 64)
    /// Matched by sequence or mapping patterns (CPython's Py_TPFLAGS_SEQUENCE / _MAPPING);
    /// classes inherit them along their MRO (Runtime/PatternMatching.swift).
    static let patternSequence = TypeFlags(rawValue: 128)
    static let patternMapping = TypeFlags(rawValue: 256)
    /// In CPython: a type without Py_TPFLAGS_BASETYPE, which no class may name as a base.
    static let final = TypeFlags(rawValue: 512)
    /// In CPython a module's C type has a tp_name with the module in it ('array.array'),
    /// which its messages show; its __name__ has no module.
    static let namedWithModule = TypeFlags(rawValue: 1 << 18)
}

/// One Tern virtual machine: heap, types, modules and the interpreter's stacks.
/// Runtime code is written as extensions of this class across the VM's folders;
/// `self` travels in a register, so calling runtime methods costs no ARC traffic.
public final class VM {
    var heap = Heap()
    /// The tracing JIT: its settings, compiled loops and code memory (JIT/).
    let jit = JIT()
    var types: UnsafeMutablePointer<TypeInfo>
    var typeCount = 0
    /// Ids of collected classes, reused by the next classes created.
    var freeTypeIDs: [Int] = []
    /// Ids of classes created since the last collection.
    var youngTypes: [Int] = []
    /// For each type id, the ids of the classes that name it as a direct base
    /// (collected classes are removed): a change bumps just these versions.
    var subclassIDs: [[Int]] = []
    var typeCapacity = 256

    /// The exception being raised (thrown as `Raised`), or NULL.
    var raisedException = Value.null
    /// The exception being handled by an `except` block (sys.exc_info()), or NULL.
    var handledException = Value.null

    /// Values that Swift runtime code keeps alive across calls into Python.
    var tempRoots: UnsafeMutablePointer<Value>
    var tempRootCount = 0
    var tempRootCapacity = 1 << 12

    /// Extra roots: well-known objects that live as long as the VM.
    var permanentRoots: [Value] = []
    var interned: [String: Value] = [:]
    /// Of those, what the next minor collection must mark: interned since the last collection,
    /// and permanent roots from this index on.
    var internedSinceCollection: [Value] = []
    var permanentRootsMarked = 0

    var natives: [NativeEntry] = []
    /// Loaded code, by index (nil once freed): the interpreter's view and the compiler's object.
    var codes: [UnsafeMutablePointer<CodeInfo>?] = []
    var codeObjects: [CodeObject?] = []
    /// Indices of freed code, reused by the next loads.
    var freeCodeIndices: [Int] = []
    /// Indices of code loaded since the last collection: young code objects.
    var youngCodes: [Int] = []
    /// Inline caches given a young object since the last collection (fillCache): a minor
    /// collection's only roots among the caches of loaded code.
    var youngCaches: [UnsafeMutablePointer<InlineCache>] = []
    var singleCharacterStrings: [Value] = []
    /// Parsed % formats and format specs, found by their text (Objects/StrParseCache.swift).
    let percentFormatCache = StrParseCache<[PercentPiece]>()
    let formatSpecCache = StrParseCache<FormatSpec>()
    let strFormatCache = StrParseCache<[VM.FormatChunk]>()
    var exceptionTypeIDs: [String: Int] = [:]
    var shapes = ShapeTable()
    var files: [FileState?] = []
    /// Indices of `files` whose object died, for the next open; the file objects of opened
    /// paths, not roots: a collection closes and forgets the ones it found dead.
    var freeFileIndices: [Int] = []
    var openedFiles: [Value] = []
    /// gc.enable() / gc.disable(), as gc.isenabled() reports it; collections run either way.
    var collectorEnabled = true
    /// Objects whose class defines __del__ that have not been found dead yet (not roots).
    var finalizable: [Value] = []
    /// Dead objects whose __del__ is about to run (roots until it has run).
    var finalizationQueue: [Value] = []
    /// The next entry of `finalizationQueue` to run (entries stay, rooted, until the queue is done).
    var finalizationHead = 0
    var runningFinalizers = false
    /// Every weak reference, by referent (Heap/WeakReferenceClearing.swift).
    var weakReferences = WeakReferenceRegistry()
    /// Cleared weak references whose callbacks are about to run (roots until they have run).
    var weakCallbackQueue: [Value] = []
    /// The next entry of `weakCallbackQueue` to run (as finalizationHead).
    var weakCallbackHead = 0
    /// atexit's registered functions: a list of (function, arguments, keyword names) tuples, once imported.
    var atexitCallbacks = Value.null
    /// sys.set_asyncgen_hooks's hooks and the origin tracking depth (CoroutineHooks.swift).
    var asyncGeneratorHooks = Value.null
    var coroutineOriginTrackingDepth = 0
    /// The telemetry log, when one is open (Telemetry/EventLog.swift).
    var eventLog: EventLog? = nil
    /// The slot members (interned names) a class's own __slots__ declare, for classes that declare any (ClassSlots.swift).
    var classSlotMembers: [Int: [Value]] = [:]
    /// Mersenne Twister generators of `_random.Random` instances.
    var twisters: [MersenneTwister] = []
    /// The classes of `_sre` (Modules/Regex/RegexModule.swift), made when it is first imported.
    var regexTypes = RegexTypeIDs()
    var regexBuffers = RegexBuffers()
    /// The `_struct` module's classes and its cache of parsed formats.
    var structModule = StructModuleState()
    /// binascii.Error, once the module is imported.
    var binasciiErrorType = 0
    /// The hash objects' classes by HashAlgorithm.all index (-1 until their module is imported).
    var hashTypeIDs: [Int] = []
    /// operator.itemgetter, attrgetter and methodcaller (0 until `_operator` is imported).
    var operatorGetterTypes = OperatorGetterTypes()
    /// functools.partial (0 until `_functools` is imported).
    var partialTypeID = 0
    /// array.array and its iterator (0 until `array` is imported).
    var arrayTypeID = 0
    var arrayIteratorTypeID = 0
    /// collections.deque and its iterators (0 until `_deque` is imported).
    var dequeTypeID = 0
    var dequeIteratorTypeID = 0
    var dequeReverseIteratorTypeID = 0
    /// io.BytesIO (0 until `_iobuffers` is imported).
    var bytesIOTypeID = 0
    /// io.StringIO (0 until `_iobuffers` is imported).
    var stringIOTypeID = 0
    /// _abc's per-ABC data (0 until `_abc` is imported), and its cache token.
    var abcDataTypeID = 0
    var abcInvalidationCounter = 0
    /// memoryview and its iterator (0 until a program first names memoryview).
    var memoryviewTypeID = 0
    var memoryviewIteratorTypeID = 0
    /// The struct module's description of each native format character memoryview reads.
    var memoryviewStructItems = [StructItem?](repeating: nil, count: 128)
    /// Exports of bytearrays to memoryviews (Objects/BufferExports.swift).
    var bufferExports = BufferExports()
    /// functools._lru_cache_wrapper (0 until `_functools` is imported), and the object its
    /// cache keys put between positional and keyword arguments.
    var lruCacheTypeID = 0
    var keywordMark = Value.null
    /// functools.KeyWrapper, what `_functools.cmp_to_key` returns (-1 until `_functools` is imported).
    var keyWrapperTypeID = -1
    /// `_decimal`'s class, its Python half and the names it reads (empty until `_decimal` is imported).
    var decimalModule = DecimalModuleState()
    /// `_asyncio`'s classes and the asyncio objects it calls (empty until `_asyncio` is imported).
    var asyncio = AsyncioModuleState()
    /// The names `_context_run` reads (ContextRunModule.swift).
    var contextRunNames = ContextRunNames()
    /// Source text of loaded files, by filename, for tracebacks.
    var sources: [String: [Substring]] = [:]

    // Well-known objects, filled by bootstrap.
    var builtinsDict = Value.null
    var modulesDict = Value.null
    var sysModule = Value.null
    var emptyTuple = Value.null
    var notImplemented = Value.null
    var ellipsis = Value.null
    var memoryErrorInstance = Value.null
    /// The natives CALL answers without a native call (Runtime/Calls.swift, quickBuiltinCall).
    var quickNatives = QuickNatives()
    var names = WellKnownNames()
    var exceptionTypes = ExceptionTypes()

    // Interpreter state (see Interpreter/Frame.swift).
    /// Empty extra cache entries, read (never written) for code that has none yet
    /// (PolymorphicCaches.swift); a stored property, as a lazy global costs a swift_once per read.
    let emptyExtraCaches: UnsafeMutablePointer<InlineCache> = {
        let block = UnsafeMutablePointer<InlineCache>.allocate(capacity: VM.extraCacheWays)
        block.initialize(repeating: InlineCache(), count: VM.extraCacheWays)
        return block
    }()
    var frames: UnsafeMutablePointer<Frame>
    var frameCount = 0
    var frameCapacity: Int
    var stackBase: UnsafeMutablePointer<Value>
    var stackLimit: UnsafeMutablePointer<Value>
    var recursionLimit = 1000
    /// Python-level call depth, checked against `recursionLimit`.
    var depth = 0
    /// Nesting of Swift-side recursion (repr of nested lists, comparisons), counted
    /// against the same limit so that no input can exhaust the Swift stack.
    var nativeDepth = 0
    /// Lowest stack address native recursion reaches (Runtime/NativeRecursion.swift).
    let nativeStackFloor: UInt
    /// Builtin functions running inside one another (see `call`), at most `nativeCallLimit`.
    var nativeCallDepth = 0
    static let nativeCallLimit = 1000
    /// dict's own __getitem__ and __setitem__ once looked up (Runtime/Subscripts.swift).
    var dictOwnSubscripts: (get: Value, set: Value) = (.null, .null)

    // Options.
    var gcStressEvery = 0
    var gcStressCounter = 0
    var verifyHeap = false
    public var argv: [String] = []
    public var mainPath: String? = nil
    var stdoutBuffer: [UInt8] = []
    /// The command line's CPython options (-O, -u, -B, -I, -W, -X, PYTHONPATH).
    public var commandLine = CommandLineSettings()
    /// The main module's file when run by `-m` (tracebacks show CPython's runpy frames below it).
    var runModuleMainFile: String? = nil
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    var reprInProgress = Set<UInt64>()
    /// A KW_NAMES constant handed from the recording loop back to the plain one (runRecording).
    var pendingKeywordNames = Value.null
    /// True while RERAISE propagates: the traceback already has this frame.
    var reraising = false
    /// Details of a SyntaxError raised by compilation, for CPython-style printing.
    var pendingSyntaxError: SyntaxErrorInfo? = nil
    /// The exception raised with those details: a program may catch it (`eval('')` in a
    /// try), so the details print only when this very exception ends the program. A root:
    /// were it freed, a later exception could take its address.
    var pendingSyntaxErrorException = Value.null
    /// sys.get_int_max_str_digits(): the most decimal digits int() parses and str() writes (0: no limit).
    var intMaxStrDigits = VM.defaultIntMaxStrDigits

    public init() {
        types = .allocate(capacity: typeCapacity)
        tempRoots = .allocate(capacity: tempRootCapacity)
        nativeStackFloor = VM.stackFloorOfCurrentThread()
        frameCapacity = 1 << 17
        frames = VM.mapMemory(count: frameCapacity, of: Frame.self)
        let stackWords = 1 << 23
        stackBase = VM.mapMemory(count: stackWords, of: Value.self)
        stackLimit = stackBase + stackWords - 1024
        bootstrap()
    }

    /// Reserves zeroed memory that the system commits only when it is touched.
    static func mapMemory<T>(count: Int, of type: T.Type) -> UnsafeMutablePointer<T> {
        let bytes = count * MemoryLayout<T>.stride
        let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)!
        precondition(raw != MAP_FAILED, "cannot reserve \(bytes) bytes for the interpreter stacks")
        return raw.bindMemory(to: T.self, capacity: count)
    }
}
