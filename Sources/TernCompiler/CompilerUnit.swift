import TernSyntax

// Per-code-object compiler state: the instruction buffer with symbolic labels,
// the constant and name pools, the stack of active exception handlers and the
// stack of control blocks (loops, try, with) that break/continue/return unwind.

/// A jump target; bound to an instruction index with `CompilerUnit.bind`.
struct Label: Equatable { let id: Int }

/// An instruction before assembly, kept small (the assembler passes over every one
/// several times). A setup marker (`opcode == nil`) starts an exception handler's
/// protected range (CPython's SETUP_* pseudo instruction): it emits no word but
/// tells flow analysis the stack depth the handler sees.
struct PendingInstruction {
    var argument: Int32
    /// A `Label` id, or -1.
    var targetID: Int32
    /// Index in `CompilerUnit.positions` of the line and span the instruction comes from.
    var position: Int32
    /// Index in `CompilerUnit.handlers` of the handler covering this instruction, or -1.
    var handler: Int32
    var opcode: Opcode?

    init(opcode: Opcode?, argument: Int, target: Label?, position: Int, handler: Int) {
        self.argument = Int32(clamping: argument)
        targetID = Int32(target?.id ?? -1)
        self.position = Int32(position)
        self.handler = Int32(handler)
        self.opcode = opcode
    }

    var isSetupMarker: Bool { opcode == nil }
    var hasTarget: Bool { targetID >= 0 }
}

/// Where an instruction comes from: its line and the expression or statement
/// (for traceback markers). Consecutive instructions mostly share one.
struct InstructionPosition: Equatable {
    var line: Int
    var span: SourceLocation
}

/// An exception handler: where it jumps and how the VM prepares the stack.
struct HandlerInfo {
    let label: Label
    let pushLasti: Bool
    /// Added to the depth at the setup point (-1 for `with`, whose __enter__ result is not kept).
    let depthAdjustment: Int
    /// Index of the setup pseudo instruction.
    var setupIndex: Int
}

/// A control block the compiler is inside, as CPython's fblockinfo.
enum FrameBlock {
    case whileLoop(header: Label, exit: Label)
    case forLoop(header: Label, exit: Label)
    /// The body of `try` with handlers.
    case tryExcept
    /// The body of `try` with `finally`: unwinding runs the final body.
    case finallyTry(body: [Stmt])
    /// Inside the `finally` body reached by an exception (exception and previous on the stack).
    case finallyEnd
    /// Inside a `with` body; `line` is the with statement's line for the __exit__ call
    /// (awaited for `async with`).
    case with(line: Int, isAsync: Bool)
    /// Inside an `except` clause; `name` is the `as` target to delete.
    case handlerCleanup(name: String?)
    /// The exception dispatch code of a try statement.
    case exceptionHandler
    /// Inside an `except*` clause, which break, continue and return may not leave.
    case exceptStarHandler
    /// A value (the return value being carried) sits on the stack.
    case popValue
}

/// What kind of code object a unit produces; decides name-operation flavours.
enum UnitKind { case module, classBody, function, lambda, comprehension }

/// The state of one code object while it is being compiled.
final class CompilerUnit {
    let scope: Scope
    let kind: UnitKind
    let code: CodeObject
    var privateName: String?

    var instructions: [PendingInstruction] = []
    var positions: [InstructionPosition] = []
    var labelPositions: [Int] = []
    var handlers: [HandlerInfo] = []
    var handlerStack: [Int] = []
    var blocks: [FrameBlock] = []

    var constants: [CodeConstant] = []
    /// The key of every constant, in step with `constants` (code objects get unique keys).
    var constantKeys = Pool<ConstantKey>()
    var names = NamePool()
    var varNames = NamePool()
    var cellAndFree: [String: Int] = [:]

    var line: Int
    /// The innermost expression or statement being compiled; see `PendingInstruction.span`.
    var span: SourceLocation
    var loopCount = 0

    init(scope: Scope, kind: UnitKind, code: CodeObject, privateName: String?) {
        self.scope = scope
        self.kind = kind
        self.code = code
        self.privateName = privateName
        self.line = code.firstLine
        self.span = SourceLocation(line: code.firstLine, column: -1)
        // Most units take a few dozen instructions: growing from empty would copy them five times.
        instructions.reserveCapacity(64)
        positions.reserveCapacity(32)
        labelPositions.reserveCapacity(16)
        for name in scope.parameters { _ = localIndex(name) }
        for (index, name) in (scope.cellVariables + scope.freeVariables).enumerated() {
            cellAndFree[name] = index
        }
    }

    // MARK: pools

    func constantIndex(_ constant: CodeConstant) -> Int {
        let next = constants.count
        let index = constantKeys.add(constantKey(constant) ?? .unique(next))
        if index == next { constants.append(constant) }
        return index
    }

    func nameIndex(_ name: String) -> Int {
        names.add(name)
    }

    func localIndex(_ name: String) -> Int {
        varNames.add(name)
    }

    /// Index of a cell or free variable in `cellVars + freeVars`.
    func derefIndex(_ name: String) -> Int {
        guard let index = cellAndFree[name] else {
            fatalError("compiler bug: '\(name)' is not a cell or free variable of \(code.qualifiedName)")
        }
        return index
    }

    // MARK: emission

    func emit(_ opcode: Opcode, _ argument: Int = 0) {
        if opcode == .buildTuple, foldTupleOfConstants(argument) { return }
        append(opcode, argument, target: nil)
    }

    private func append(_ opcode: Opcode?, _ argument: Int, target: Label?) {
        let count = positions.count
        if count == 0 || positions[count - 1].line != line || positions[count - 1].span != span {
            positions.append(InstructionPosition(line: line, span: span))
        }
        instructions.append(PendingInstruction(opcode: opcode, argument: argument, target: target,
                                               position: positions.count - 1, handler: handlerStack.last ?? -1))
    }

    /// Replaces `LOAD_CONST x1 ... LOAD_CONST xn` just emitted by one LOAD_CONST of the
    /// tuple, when no label points between them; returns whether it did.
    private func foldTupleOfConstants(_ count: Int) -> Bool {
        let start = instructions.count - count
        guard start >= 0 else { return false }
        var items: [CodeConstant] = []
        for instruction in instructions[start...] {
            guard instruction.opcode == .loadConst else { return false }
            if case .code = constants[Int(instruction.argument)] { return false }
            items.append(constants[Int(instruction.argument)])
        }
        if labelPositions.contains(where: { $0 > start && $0 <= instructions.count }) { return false }
        if handlers.contains(where: { $0.setupIndex > start }) { return false }
        instructions.removeLast(count)
        emitConstant(.tuple(items))
        return true
    }

    func emitJump(_ opcode: Opcode, _ target: Label) {
        append(opcode, 0, target: target)
    }

    func emitConstant(_ constant: CodeConstant) {
        emit(.loadConst, constantIndex(constant))
    }

    func newLabel() -> Label {
        labelPositions.append(-1)
        return Label(id: labelPositions.count - 1)
    }

    func bind(_ label: Label) {
        labelPositions[label.id] = instructions.count
    }

    func newLoopIndex() -> Int {
        loopCount += 1
        return loopCount - 1
    }

    /// Starts a protected range whose exceptions go to `label` (CPython's SETUP_FINALLY,
    /// SETUP_CLEANUP and SETUP_WITH differ only in `pushLasti` and `depthAdjustment`).
    func pushHandler(_ label: Label, pushLasti: Bool, depthAdjustment: Int = 0) {
        handlers.append(HandlerInfo(label: label, pushLasti: pushLasti, depthAdjustment: depthAdjustment,
                                    setupIndex: instructions.count))
        append(nil, handlers.count - 1, target: label)
        handlerStack.append(handlers.count - 1)
    }

    /// Ends the innermost protected range (CPython's POP_BLOCK).
    func popHandler() {
        handlerStack.removeLast()
    }
}

/// A dictionary key identifying equal constants of the same type (1, 1.0 and True
/// stay distinct, as do 0.0 and -0.0: floats compare by bit pattern).
enum ConstantKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int64)
    case bigInt(String)
    case float(UInt64)
    case complex(UInt64, UInt64)
    case string(String)
    /// Non-ASCII text by its bytes: Swift calls canonically equivalent strings equal ("\u00e9" and "e\u0301").
    case text([UInt8])
    case bytes([UInt8])
    case tuple([ConstantKey])
    /// A constant never shared (a code object): its index.
    case unique(Int)
}

/// The key of a constant; nil for code objects, which are never shared.
func constantKey(_ constant: CodeConstant) -> ConstantKey? {
    switch constant {
    case .none: return ConstantKey.none
    case .ellipsis: return .ellipsis
    case .bool(let value): return .bool(value)
    case .int(let value): return .int(value)
    case .bigInt(let digits): return .bigInt(digits)
    case .float(let value): return .float(value.bitPattern)
    case .complex(let real, let imaginary): return .complex(real.bitPattern, imaginary.bitPattern)
    case .string(let value): return value.utf8.allSatisfy({ $0 < 0x80 }) ? .string(value) : .text(Array(value.utf8))
    case .bytes(let value): return .bytes(value)
    case .tuple(let items):
        var keys: [ConstantKey] = []
        keys.reserveCapacity(items.count)
        for item in items {
            guard let key = constantKey(item) else { return nil }
            keys.append(key)
        }
        return .tuple(keys)
    case .code: return nil
    }
}
