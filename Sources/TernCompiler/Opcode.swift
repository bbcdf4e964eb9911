// Tern's instruction set: the one place that names every opcode, says what it
// does to the value stack, and whether it owns an inline-cache slot. The enum,
// the disassembler and docs/bytecode.md are all derived from `Opcode.specs`
// (`tern --dump-bytecode-doc > docs/bytecode.md` regenerates the doc).
//
// Encoding: each instruction is one 32-bit word, `opcode | argument << 8`
// (argument 0..<2^24). An opcode with `cached: true` is followed by one more
// word holding the index of its inline-cache slot (0..<cacheCount, assigned by
// the compiler in order). Jump targets are absolute word offsets.
// Semantics follow CPython 3.11's instructions of the same name unless the
// meaning column says otherwise. Stack effects read (before -- after), top at right.
// NULL is the empty word the VM uses for "no value".

public struct OpcodeSpec {
    public let opcode: Opcode
    public let cached: Bool
    public let stack: String
    public let meaning: String
}

public enum Opcode: UInt8, CaseIterable {
    case nop
    case popTop
    case pushNull
    case copy
    case swap
    case loadConst
    case loadFast
    case storeFast
    case deleteFast
    case loadDeref
    case storeDeref
    case deleteDeref
    case loadClosure
    case loadClassDeref
    case loadGlobal
    case storeGlobal
    case deleteGlobal
    case loadName
    case storeName
    case deleteName
    case loadAttr
    case storeAttr
    case deleteAttr
    case loadMethod
    case kwNames
    case call
    case callFunctionEx
    case makeFunction
    case returnValue
    case loadBuildClass
    case unaryPositive
    case unaryNegative
    case unaryNot
    case unaryInvert
    case binaryOp
    case compareOp
    case isOp
    case containsOp
    case binarySubscr
    case storeSubscr
    case deleteSubscr
    case buildSlice
    case buildTuple
    case buildList
    case buildSet
    case buildMap
    case buildConstKeyMap
    case buildString
    case listAppend
    case setAdd
    case mapAdd
    case listExtend
    case setUpdate
    case dictUpdate
    case dictMerge
    case listToTuple
    case formatValue
    case unpackSequence
    case unpackEx
    case jumpForward
    case jumpBackward
    case loopHeader
    case popJumpIfFalse
    case popJumpIfTrue
    case popJumpIfNone
    case popJumpIfNotNone
    case jumpIfFalseOrPop
    case jumpIfTrueOrPop
    case getIter
    case forIter
    case raiseVarargs
    case reraise
    case pushExcInfo
    case popExcept
    case checkExcMatch
    case beforeWith
    case withExceptStart
    case loadAssertionError
    case yieldValue
    case getYieldFromIter
    case send
    case importName
    case importFrom
    case importStar
    case setupAnnotations
    case printExpr
    case checkEgMatch
    case prepReraiseStar
    case beforeAsyncWith
    case getAiter
    case getAnext
    case endAsyncFor
    case matchSequence
    case matchMapping
    case getLen
    case matchKeys
    case matchClass
    case loadFastAndSeal
    case binaryOpIntoLocal

    public var spec: OpcodeSpec { Opcode.specs[Int(rawValue)] }
    public var name: String { Opcode.names[Int(rawValue)] }
    /// `name` per opcode, made once: spelling it out takes thousands of instructions.
    private static let names: [String] = allCases.map { opcode in
        // camelCase -> CPython-style UPPER_SNAKE_CASE, e.g. loadFast -> LOAD_FAST.
        // CPython spells this one without the second underscore.
        if opcode == .loadClassDeref { return "LOAD_CLASSDEREF" }
        var out = ""
        for ch in "\(opcode)" {
            if ch.isUppercase { out.append("_") }
            out.append(contentsOf: ch.uppercased())
        }
        return out
    }
    public var cached: Bool { Opcode.cachedFlags[Int(rawValue)] }
    /// `cached` per opcode, apart from the specs: reading it copies no strings.
    static let cachedFlags: [Bool] = specs.map(\.cached)

    public static let specs: [OpcodeSpec] = {
        let table: [(Opcode, Bool, String, String)] = [
            (.nop, false, "( -- )", "Does nothing."),
            (.popTop, false, "(x -- )", "Discards the top of stack."),
            (.pushNull, false, "( -- NULL)", "Pushes NULL; used as the self slot of a plain call."),
            (.copy, false, "(x_n ... x_1 -- x_n ... x_1 x_n)", "Pushes a copy of the n-th item from the top (n >= 1)."),
            (.swap, false, "(x_n ... x_1 -- x_1 ... x_n)", "Swaps the top with the n-th item (n >= 2)."),
            (.loadConst, false, "( -- value)", "Pushes constants[arg]."),
            (.loadFast, false, "( -- value)", "Pushes local slot arg; UnboundLocalError if it is unbound."),
            (.storeFast, false, "(value -- )", "Stores into local slot arg."),
            (.deleteFast, false, "( -- )", "Unbinds local slot arg; UnboundLocalError if already unbound."),
            (.loadDeref, false, "( -- value)", "Pushes the contents of cell arg (cellVars + freeVars); NameError/UnboundLocalError if empty."),
            (.storeDeref, false, "(value -- )", "Stores into cell arg."),
            (.deleteDeref, false, "( -- )", "Empties cell arg."),
            (.loadClosure, false, "( -- cell)", "Pushes cell arg itself (to build a closure tuple)."),
            (.loadClassDeref, false, "( -- value)", "In a class body: the name (cellVars + freeVars)[arg] looked up in the class namespace, then the contents of cell arg."),
            (.loadGlobal, true, "( -- value)", "Pushes global names[arg], else builtin; NameError if neither."),
            (.storeGlobal, false, "(value -- )", "Stores global names[arg]."),
            (.deleteGlobal, false, "( -- )", "Deletes global names[arg]."),
            (.loadName, false, "( -- value)", "Looks names[arg] up in the frame's namespace, globals, builtins."),
            (.storeName, false, "(value -- )", "Stores names[arg] into the frame's namespace."),
            (.deleteName, false, "( -- )", "Deletes names[arg] from the frame's namespace."),
            (.loadAttr, true, "(obj -- value)", "getattr(obj, names[arg])."),
            (.storeAttr, true, "(value obj -- )", "setattr(obj, names[arg], value)."),
            (.deleteAttr, false, "(obj -- )", "delattr(obj, names[arg])."),
            (.loadMethod, true, "(obj -- method obj | attr NULL)", "Looks names[arg] up for a call: an unbound method and its self, or the bound attribute and NULL."),
            (.kwNames, false, "( -- )", "Makes constants[arg] (a tuple of str) the keyword names of the next CALL."),
            (.call, true, "(callable self_or_null arg_1 ... arg_n -- result)", "Calls with n arguments (self first when not NULL); the last len(kwnames) arguments are keywords."),
            (.callFunctionEx, false, "(callable NULL args [kwargs] -- result)", "callable(*args, **kwargs); kwargs (a dict) present when arg & 1. args is a tuple, except for a call with a single *iterable argument, where it is that iterable: the VM converts it to a tuple (TypeError \"f() argument after * must be an iterable, not T\" as CPython)."),
            (.makeFunction, false, "([defaults] [kwdefaults] [annotations] [closure] code -- function)", "Builds a function; arg bits: 1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple, 8 closure tuple of cells."),
            (.returnValue, false, "(value -- )", "Returns value to the caller (or finishes a generator)."),
            (.loadBuildClass, false, "( -- __build_class__)", "Pushes builtins.__build_class__."),
            (.unaryPositive, false, "(x -- +x)", "+x"),
            (.unaryNegative, false, "(x -- -x)", "-x"),
            (.unaryNot, false, "(x -- not x)", "not x"),
            (.unaryInvert, false, "(x -- ~x)", "~x"),
            (.binaryOp, true, "(a b -- result)", "a op b; arg is a BinaryOperator raw value, +16 for the in-place form (a op= b)."),
            (.compareOp, true, "(a b -- result)", "a op b; arg is 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >= (CompareOperator raw values)."),
            (.isOp, false, "(a b -- bool)", "a is b; a is not b when arg is 1."),
            (.containsOp, false, "(a b -- bool)", "a in b; a not in b when arg is 1."),
            (.binarySubscr, true, "(container key -- value)", "container[key]"),
            (.storeSubscr, false, "(value container key -- )", "container[key] = value"),
            (.deleteSubscr, false, "(container key -- )", "del container[key]"),
            (.buildSlice, false, "(start stop [step] -- slice)", "slice(start, stop[, step]); arg is 2 or 3."),
            (.buildTuple, false, "(x_1 ... x_n -- tuple)", "Builds a tuple of n items."),
            (.buildList, false, "(x_1 ... x_n -- list)", "Builds a list of n items."),
            (.buildSet, false, "(x_1 ... x_n -- set)", "Builds a set of n items."),
            (.buildMap, false, "(k_1 v_1 ... k_n v_n -- dict)", "Builds a dict of n pairs."),
            (.buildConstKeyMap, false, "(v_1 ... v_n keys -- dict)", "Builds a dict from a tuple of n keys and n values."),
            (.buildString, false, "(s_1 ... s_n -- str)", "Concatenates n strings."),
            (.listAppend, false, "(list ... value -- list ...)", "Appends value to the list arg items below it (after popping value)."),
            (.setAdd, false, "(set ... value -- set ...)", "Adds value to the set arg items below it."),
            (.mapAdd, false, "(dict ... key value -- dict ...)", "Sets dict[key] = value, the dict being arg items below (after popping both)."),
            (.listExtend, false, "(list ... iterable -- list ...)", "list.extend(iterable), the list arg items below."),
            (.setUpdate, false, "(set ... iterable -- set ...)", "set.update(iterable), the set arg items below."),
            (.dictUpdate, false, "(dict ... mapping -- dict ...)", "dict.update(mapping), the dict arg items below."),
            (.dictMerge, false, "(dict ... mapping -- dict ...)", "Like DICT_UPDATE but a repeated key raises TypeError (for f(**a, **b))."),
            (.listToTuple, false, "(list -- tuple)", "tuple(list)"),
            (.formatValue, false, "(value [spec] -- str)", "f-string field: arg & 3 is the conversion (0 none, 1 str, 2 repr, 3 ascii); arg & 4 means a format spec is on the stack."),
            (.unpackSequence, false, "(seq -- x_n ... x_1)", "Unpacks exactly n items, the first on top."),
            (.unpackEx, false, "(seq -- after... list before...)", "Star unpacking: arg & 0xFF items before the star, arg >> 8 after; first item on top."),
            (.jumpForward, false, "( -- )", "Jumps to arg."),
            (.jumpBackward, false, "( -- )", "Jumps back to arg: the LOOP_HEADER of a loop, or the SEND of a yield-from/await loop."),
            (.loopHeader, false, "( -- )", "Marks the start of loop arg: a safepoint, and where the JIT counts loop entries."),
            (.popJumpIfFalse, false, "(x -- )", "Jumps to arg if x is false."),
            (.popJumpIfTrue, false, "(x -- )", "Jumps to arg if x is true."),
            (.popJumpIfNone, false, "(x -- )", "Jumps to arg if x is None."),
            (.popJumpIfNotNone, false, "(x -- )", "Jumps to arg if x is not None."),
            (.jumpIfFalseOrPop, false, "(x -- x | )", "If x is false jumps to arg keeping x, else pops x."),
            (.jumpIfTrueOrPop, false, "(x -- x | )", "If x is true jumps to arg keeping x, else pops x."),
            (.getIter, false, "(iterable -- iterator)", "iter(iterable)"),
            (.forIter, true, "(iterator -- iterator next)", "Pushes next(iterator); when exhausted pops the iterator and jumps to arg."),
            (.raiseVarargs, false, "([exc [cause]] -- )", "arg 0: re-raise the exception being handled; 1: raise exc; 2: raise exc from cause."),
            (.reraise, false, "(... exc -- )", "Re-raises exc; when arg > 0 the item arg below exc is the offset of the original instruction (for the traceback line)."),
            (.pushExcInfo, false, "(exc -- previous exc)", "Enters a handler: saves the exception being handled and makes exc current."),
            (.popExcept, false, "(previous -- )", "Leaves a handler: restores the exception being handled."),
            (.checkExcMatch, false, "(exc type -- exc bool)", "isinstance-style match of an exception against a class or tuple of classes."),
            (.beforeWith, false, "(manager -- exit result)", "Pushes the bound __exit__ and the result of __enter__()."),
            (.withExceptStart, false, "(exit lasti previous exc -- exit lasti previous exc result)", "Calls exit(type(exc), exc, tb)."),
            (.loadAssertionError, false, "( -- AssertionError)", "Pushes AssertionError."),
            (.yieldValue, false, "(value -- sent)", "Suspends the generator yielding value; resumes with the sent value on top."),
            (.getYieldFromIter, false, "(iterable -- iterator)", "iter() for yield from (a generator stays itself)."),
            (.send, false, "(receiver value -- receiver result | value)", "Sends value into receiver; result is what it yields. When it returns, pops receiver, pushes the return value and jumps to arg."),
            (.importName, false, "(level fromlist -- module)", "__import__(names[arg], fromlist, level)."),
            (.importFrom, false, "(module -- module value)", "Pushes module.names[arg] (ImportError if missing)."),
            (.importStar, false, "(module -- )", "from module import *"),
            (.setupAnnotations, false, "( -- )", "Creates __annotations__ in the namespace if missing."),
            (.printExpr, false, "(value -- )", "Interactive prompt: prints repr(value) unless None and stores it in builtins._."),
            (.checkEgMatch, false, "(exc type -- rest match)", "except*: splits exc (a group, or one exception, wrapped in a group) by type; either part is None when empty. A match becomes the exception being handled."),
            (.prepReraiseStar, false, "(original raised -- exc)", "End of except*: what to re-raise from the original exception and the list of what the clauses raised and what none matched, or None."),
            (.beforeAsyncWith, false, "(manager -- aexit awaitable)", "async with: pushes the bound __aexit__ and what __aenter__() returned, to be awaited."),
            (.getAiter, false, "(iterable -- aiterator)", "async for: iterable.__aiter__()."),
            (.getAnext, false, "(aiterator -- aiterator awaitable)", "async for: pushes the awaitable aiterator.__anext__() returned."),
            (.endAsyncFor, false, "(aiterator exc -- )", "Handler of async for's GET_ANEXT and await: StopAsyncIteration ends the loop (both popped), anything else is re-raised."),
            (.matchSequence, false, "(subject -- subject bool)", "match: whether subject's type is a sequence for patterns (list, tuple, range and their subclasses; not str, bytes, bytearray)."),
            (.matchMapping, false, "(subject -- subject bool)", "match: whether subject's type is a mapping for patterns (dict and its subclasses)."),
            (.getLen, false, "(obj -- obj len)", "Pushes len(obj)."),
            (.matchKeys, false, "(subject keys -- subject keys values)", "match: the tuple of subject.get(key, sentinel) for each key, or None if one is missing; a repeated key raises ValueError."),
            (.matchClass, false, "(subject type names -- attributes)", "match: if isinstance(subject, type), the tuple of the arg positional attributes (named by type.__match_args__, or the subject itself for bool, int, str, ... with one) and the attributes named by the tuple names; else, or if one is missing, None."),
            (.loadFastAndSeal, false, "( -- value)", "LOAD_FAST of a local that some BINARY_OP_INTO_LOCAL of the code stores to: a str being grown in place there is sealed first (an ordinary str from then on: the pushed reference may be kept)."),
            (.binaryOpIntoLocal, true, "(a b -- result)", "BINARY_OP (+ or +=) whose a was loaded from a local by LOAD_FAST and whose result the next STORE_FAST puts back there (`s += t`, `s = s + t`): a str result may be grown in place, with room for more."),
        ]
        precondition(table.count == Opcode.allCases.count)
        return table.enumerated().map { index, row in
            precondition(Int(row.0.rawValue) == index, "spec table out of order at \(row.0)")
            return OpcodeSpec(opcode: row.0, cached: row.1, stack: row.2, meaning: row.3)
        }
    }()

    /// Offset added to a BinaryOperator raw value for the in-place (augmented) form.
    public static let inPlaceOffset: UInt32 = 16

    /// Encodes one instruction word.
    @inlinable public static func encode(_ opcode: Opcode, _ argument: Int) -> UInt32 {
        precondition(argument >= 0 && argument < (1 << 24), "instruction argument out of range")
        return UInt32(opcode.rawValue) | UInt32(argument) << 8
    }
}
