import TernSyntax

// The compiler's output: one CodeObject per module, class body, function,
// lambda and comprehension. It is plain Swift data; the VM turns it into heap
// objects when it loads the code, so nothing here is on the interpreter's hot path.

/// A constant of a code object's constant pool.
public indirect enum CodeConstant {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int64)
    /// An integer outside Int64, as decimal digits with an optional leading "-".
    case bigInt(String)
    case float(Double)
    /// A complex constant, made by imaginary literals such as `2j`.
    case complex(real: Double, imaginary: Double)
    case string(String)
    case bytes([UInt8])
    case tuple([CodeConstant])
    case code(CodeObject)
}

/// One row of the exception table (CPython 3.11 semantics): an exception raised by
/// an instruction in `start..<end` pops the value stack down to `depth` items,
/// pushes the offset of the raising instruction as an int if `pushLasti`, pushes
/// the exception, and jumps to `target`. Rows are sorted by `start`, never overlap.
public struct ExceptionTableEntry: Equatable {
    public var start: Int
    public var end: Int
    public var target: Int
    public var depth: Int
    public var pushLasti: Bool
    public init(start: Int, end: Int, target: Int, depth: Int, pushLasti: Bool) {
        self.start = start; self.end = end; self.target = target
        self.depth = depth; self.pushLasti = pushLasti
    }
}

/// Instructions from `start` up to the next entry's `start` come from source `line`,
/// and from the expression or statement spanning `line:column` to `endLine:endColumn`
/// (columns count characters from 0; -1 when unknown). Tracebacks draw CPython's
/// `~~^^` markers from the span. An entry starts wherever line or span changes.
public struct LineTableEntry: Equatable {
    // Int32: the table has about one entry per instruction and lives as long as its code, so it is kept small.
    private var storedStart: Int32
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedEndLine: Int32
    private var storedEndColumn: Int32
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    public var column: Int { Int(storedColumn) }
    public var endLine: Int { Int(storedEndLine) }
    public var endColumn: Int { Int(storedEndColumn) }
    public init(start: Int, line: Int, column: Int = -1, endLine: Int = -1, endColumn: Int = -1) {
        storedStart = Int32(clamping: start)
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedEndLine = Int32(clamping: endLine)
        storedEndColumn = Int32(clamping: endColumn)
    }
}

/// CodeObject flags, with CPython's values.
public struct CodeFlags: OptionSet {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Locals live in frame slots (functions, lambdas, comprehensions).
    public static let optimized = CodeFlags(rawValue: 0x0001)
    public static let newLocals = CodeFlags(rawValue: 0x0002)
    public static let varArgs = CodeFlags(rawValue: 0x0004)
    public static let varKeywords = CodeFlags(rawValue: 0x0008)
    public static let nested = CodeFlags(rawValue: 0x0010)
    public static let generator = CodeFlags(rawValue: 0x0020)
    public static let coroutine = CodeFlags(rawValue: 0x0080)
    public static let asyncGenerator = CodeFlags(rawValue: 0x0200)
}

/// A compiled unit of code.
///
/// Frame slot layout ("localsplus", as in CPython 3.11): `varNames` first
/// (positional-only and positional parameters, then keyword-only parameters, then
/// `*args`, then `**kwargs`, then the other locals), then `cellVars`, then
/// `freeVars`, then the value stack. LOAD_DEREF and friends index
/// `cellVars + freeVars` (0 is the first cell variable). On entry the VM creates
/// a fresh cell for every cell variable, initialised from parameter slot
/// `cellParameter[i]` when that is not -1, and copies the function's closure
/// cells into the free-variable slots.
public final class CodeObject {
    public var name: String
    public var qualifiedName: String
    public var filename: String
    public var firstLine: Int
    public var flags: CodeFlags
    /// Positional parameters, including positional-only ones.
    public var argCount: Int
    public var positionalOnlyCount: Int
    public var keywordOnlyCount: Int
    public var varNames: [String]
    public var cellVars: [String]
    public var freeVars: [String]
    /// For each cell variable, the index in `varNames` of the parameter it starts from, or -1.
    public var cellParameter: [Int]
    /// Names used by the *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_* instructions.
    public var names: [String]
    public var constants: [CodeConstant]
    /// Instruction words: `opcode | argument << 8`. See Opcode.swift and docs/bytecode.md.
    public var code: [UInt32]
    /// The line table, encoded (LineTableEncoding.swift); `lineTable` decodes it.
    public internal(set) var lineTableBytes: [UInt8] = [] { didSet { lineStarts = nil } }
    /// Each line-table entry's first instruction and line, decoded at the first query of a
    /// line (tracebacks, f_lineno): programs that ask ask again, at the same places mostly
    /// (logging's caller lookup, warnings), and each query decoded the table from its start.
    private var lineStarts: [(start: Int32, line: Int32)]? = nil
    public var exceptionTable: [ExceptionTableEntry]
    /// Number of inline-cache slots used by this code's instructions.
    public var cacheCount: Int
    /// Number of loop headers; LOOP_HEADER's argument is below this.
    public var loopCount: Int
    /// Maximum depth of the value stack.
    public var stackSize: Int
    /// The compiler's SyntaxWarnings for the whole source (on the module's code object only).
    public var warnings: [CompilerWarning] = []

    public init(name: String, qualifiedName: String, filename: String, firstLine: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        self.flags = []
        self.argCount = 0
        self.positionalOnlyCount = 0
        self.keywordOnlyCount = 0
        self.varNames = []
        self.cellVars = []
        self.freeVars = []
        self.cellParameter = []
        self.names = []
        self.constants = []
        self.code = []
        self.exceptionTable = []
        self.cacheCount = 0
        self.loopCount = 0
        self.stackSize = 0
    }

    /// Set once the VM has loaded this code and holds its instructions, names and
    /// constants itself (`releaseLoadedTables`): a loaded code object keeps only what
    /// the VM does not (line and exception tables, cell and free variable names).
    public private(set) var tablesReleased = false

    /// Empties the instructions, names and constants after loading.
    public func releaseLoadedTables() {
        code = []; names = []; varNames = []; constants = []
        tablesReleased = true
    }

    /// A copy to change before loading it again (code.replace()).
    public func copy() -> CodeObject {
        let copy = CodeObject(name: name, qualifiedName: qualifiedName, filename: filename, firstLine: firstLine)
        copy.flags = flags
        copy.argCount = argCount; copy.positionalOnlyCount = positionalOnlyCount; copy.keywordOnlyCount = keywordOnlyCount
        copy.varNames = varNames; copy.cellVars = cellVars; copy.freeVars = freeVars; copy.cellParameter = cellParameter
        copy.names = names; copy.constants = constants; copy.code = code; copy.lineTableBytes = lineTableBytes
        copy.exceptionTable = exceptionTable; copy.cacheCount = cacheCount; copy.loopCount = loopCount
        copy.stackSize = stackSize
        return copy
    }

    /// The source line of the instruction at word offset `offset`.
    public func line(at offset: Int) -> Int {
        if lineStarts == nil {
            var entries = LineTableDecoder(lineTableBytes)
            var starts: [(start: Int32, line: Int32)] = []
            while let entry = entries.next() { starts.append((Int32(truncatingIfNeeded: entry.start), Int32(truncatingIfNeeded: entry.line))) }
            lineStarts = starts
        }
        // The last entry starting at or before `offset`.
        let starts = lineStarts!
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle].start) <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? firstLine : Int(starts[low - 1].line)
    }

    /// The line-table entry covering the instruction at word offset `offset`.
    public func position(at offset: Int) -> LineTableEntry {
        var found = LineTableEntry(start: 0, line: firstLine)
        var entries = LineTableDecoder(lineTableBytes)
        while let entry = entries.next(), entry.start <= offset { found = entry }
        return found
    }

    /// The line table's entries, in instruction order.
    public var lineTable: [LineTableEntry] {
        get { Array(IteratorSequence(LineTableDecoder(lineTableBytes))) }
        set {
            var encoder = LineTableEncoder(capacity: newValue.count * 6)
            for entry in newValue { encoder.append(entry) }
            lineTableBytes = encoder.bytes.withUnsafeBufferPointer { Array($0) }
        }
    }
}
