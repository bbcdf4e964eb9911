import TernCompiler

// Python calls inlined into the trace. A CALL of a plain Python function (its
// arguments bind in place: its positional parameters, the last ones possibly
// left to their defaults; not a generator) is recorded by guarding
// the callee and its code and going on recording inside it; its RETURN_VALUE
// takes the recorder back to the caller. A loop of the callee is unrolled: the
// trace follows its iterations as they run, with guards that the next call
// iterates as often (a call that iterates too long for one trace is blamed
// and left to the runtime, where its loop gets its own trace). A class call
// whose __init__ is such a function is a runtime helper allocating the
// instance (Residual/TraceHelpers.swift) and __init__ inlined. The callee's frame
// exists only in the trace: a guard inside it names the frame in its snapshot,
// and leaving builds it (Deopt/InlinedFrames.swift), as does a residual
// instruction run inside it. Other calls are left to the runtime.

extension TraceRecorder {
    /// Calls nested deeper than this are left to the runtime (a recursive function inlines this far).
    static let maxInlinedCalls = 8

    func recordCall(_ argument: Int) -> Step {
        let callable = concrete(argument + 2)
        let hasSelf = !concrete(argument + 1).isNull
        guard keywordNames.isNull, inlinedFrames.count < TraceRecorder.maxInlinedCalls, callable.isObject else {
            return .residual
        }
        if ObjectRef(callable).kind == .builtinFunction { return recordBuiltinCall(callable, argument) }
        if callable == vm.types[TypeID.int].object && argument == 1 && !hasSelf && (concrete(1).isFloat || concrete(1).isInt) {
            return recordIntOfNumber(callable)
        }
        if callable == vm.types[TypeID.str].object && argument == 1 && !hasSelf && (concrete(1).isInt || vm.isExactType(concrete(1), TypeID.str)) {
            return recordStrOf(callable)
        }
        if ObjectRef(callable).kind == .function {
            let count = hasSelf ? argument + 1 : argument
            guard isInlinable(callable, argumentCount: count) else { return .residual }
            let calleeBase = stackSlot(argument + 2) + (hasSelf ? 1 : 2)
            if let closure = madeFunctions[slots[stackSlot(argument + 2)]] {
                // A function this trace made (a comprehension, a lambda): its code and closure are known.
                guard count == vm.codeInfo(ofFunction: callable).pointee.argCount else { return .residual }
                return enterCall(callable, argument, count, calleeBase: calleeBase, isConstructor: false, madeWith: closure)
            }
            guardIdentity(stackSlot(argument + 2), callable)
            guardCallee(callable, count)
            return enterCall(callable, argument, count, calleeBase: calleeBase, isConstructor: false)
        }
        // A class with object.__new__ and a Python __init__: the runtime allocates the instance, __init__ is inlined.
        guard !hasSelf, let initializer = vm.plainConstructorInitializer(callable),
              isInlinable(initializer, argumentCount: argument + 1) else { return .residual }
        let typeID = TypeView(callable).ownTypeID
        guardIdentity(stackSlot(argument + 2), callable)
        guardTypeVersion(typeID, vm.types[typeID].version)
        // Every guard of the call comes before the instance exists: leaving there redoes the CALL.
        guardCallee(initializer, argument + 1)
        let removable = vm.types[typeID].layout == .instance && !vm.types[typeID].flags.contains(.hasFinalizer)
        let instance = emitLeaving(.callHelper, .value, constant(UInt64(typeID), .word),
                                   immediate: (removable ? TraceHelper.newInstance : .newKeptInstance).rawValue)
        guardedTypes[instance] = typeID
        // As CALL leaves it: the instance replaces the class and is __init__'s self.
        for slot in [stackSlot(argument + 2), stackSlot(argument + 1)] {
            slots[slot] = instance
            dirty[slot] = true
        }
        return enterCall(initializer, argument, argument + 1, calleeBase: stackSlot(argument + 1), isConstructor: true)
    }

    /// `len(x)` of a list, tuple or str is its count word, `d.get(key)` of a dict the lookup helper, `math.sqrt(x)` of a float or int an SSE square root
    /// (a negative or NaN x leaves: the interpreter raises or answers), `list.append` of a list the
    /// append helper, after guards on the function and the argument's type; other builtins are left
    /// to the runtime.
    func recordBuiltinCall(_ callable: Value, _ argument: Int) -> Step {
        if argument == 1, concrete(2).isNull, concrete(1).isFloat || concrete(1).isInt, callable == vm.jit.mathSqrt {
            let x = concrete(1)
            var operand = unboxed(takeOneArgumentCall(callable).argument, x)
            if x.isInt { operand = emit(.intToFloat, .float, operand) }
            let nonNegative = emit(.floatCompare, .bool, operand, constant(0.0.bitPattern, .float),
                                   immediate: CompareCondition.greaterOrEqual.rawValue)
            emitLeaving(.guardTrue, .none, nonNegative)
            push(emit(.floatSqrt, .float, operand))
            return .recorded
        }
        if argument == 2, concrete(3).isNull, callable == vm.dictGetStr(DictView(vm.builtinsDict), vm.intern("isinstance")) {
            return recordIsInstance(callable)
        }
        if argument == 1, concrete(2).isObject, ObjectRef(concrete(2)).typeID == TypeID.list,
           callable == vm.lookupInType(TypeID.list, vm.intern("append")) {
            // `items.append(x)` of a list (exactly): the append helper; the call's result is None.
            let (item, list) = takeOneArgumentCall(callable)
            appendToList(list, item)
            push(constant(Value.none.bits, .value))
            return .recorded
        }
        if argument == 0, vm.isExactType(concrete(1), TypeID.list),
           callable == vm.lookupInType(TypeID.list, vm.intern("pop")) {
            return recordListPop(callable)
        }
        if argument == 1 || argument == 2, vm.isExactType(concrete(argument + 1), TypeID.dict), vm.nativeHash(concrete(argument)) != nil,
           callable == vm.lookupInType(TypeID.dict, vm.intern("get")) {
            return recordDictGetMethod(callable, argument)
        }
        guard argument == 1, concrete(2).isNull, concrete(1).isObject,
              callable == vm.dictGetStr(DictView(vm.builtinsDict), vm.names.lenFunction) else { return .residual }
        let typeID = ObjectRef(concrete(1)).typeID
        guard [TypeID.list, TypeID.tuple, TypeID.str].contains(typeID) else { return .residual }
        let sequence = takeOneArgumentCall(callable).argument
        guardObject(sequence, typeID)
        if typeID == TypeID.str {
            push(emit(.loadWord, .int, sequence, immediate: Int64(StrLayout.length * 8), field: .unknown))
        } else {
            push(itemsAndCount(sequence, isList: typeID == TypeID.list).1)
        }
        return .recorded
    }

    /// `str(x)` of an int (its digits, by a helper) or of a str (exactly: itself).
    func recordStrOf(_ callable: Value) -> Step {
        let x = concrete(1)
        let argument = takeOneArgumentCall(callable).argument
        if x.isInt {
            push(emitLeaving(.callHelper, .value, boxed(unboxed(argument, x)), immediate: TraceHelper.intToStr.rawValue))
        } else {
            guardObject(argument, TypeID.str)
            push(argument)
        }
        return .recorded
    }

    /// `items.pop()` of a list (exactly): the pop helper, which leaves when the list is empty.
    func recordListPop(_ callable: Value) -> Step {
        guardIdentity(stackSlot(2), callable)
        let list = pop()
        pop()
        guardObject(list, TypeID.list)
        push(emitLeaving(.callHelper, .value, list, immediate: TraceHelper.listPop.rawValue))
        return .recorded
    }

    /// `d.get(key)` and `d.get(key, default)` of a dict (exactly) and a key as recordLookup takes:
    /// the lookup helper, with the default (None when not given) as its answer for a missing key.
    func recordDictGetMethod(_ callable: Value, _ argument: Int) -> Step {
        guardIdentity(stackSlot(argument + 2), callable)
        let fallback = argument == 2 ? boxed(pop()) : constant(Value.none.bits, .value)
        let key = pop(), dict = pop()
        pop()
        guardObject(dict, TypeID.dict)
        push(emitLeaving(.callHelper, .value, dict, boxed(key), fallback, immediate: TraceHelper.dictGet.rawValue))
        return .recorded
    }

    /// The operands of a CALL of `callable` with one argument, taken off the stack after a guard that the
    /// callable is the one recorded: the argument, and what lies below it (the receiver of a method, or NULL).
    func takeOneArgumentCall(_ callable: Value) -> (argument: IRRef, below: IRRef) {
        guardIdentity(stackSlot(3), callable)
        let argument = pop(), below = pop()
        pop()
        return (argument, below)
    }

    /// Appends `item` to `list`, a list (exactly), with the append helper.
    func appendToList(_ list: IRRef, _ item: IRRef) {
        guardObject(list, TypeID.list)
        emitLeaving(.callHelper, .value, list, boxed(item), immediate: TraceHelper.listAppend.rawValue)
    }

    /// `int(x)` of a float (truncated toward zero; leaving when the result is past small ints, or x is
    /// infinite or NaN) or of an int (itself).
    func recordIntOfNumber(_ callable: Value) -> Step {
        let x = concrete(1)
        let operand = unboxed(takeOneArgumentCall(callable).argument, x)
        if x.isInt {
            push(operand)
            return .recorded
        }
        let truncated = emit(.floatToInt, .int, operand)
        emitLeaving(.guardFitsInt, .none, truncated)
        push(truncated)
        return .recorded
    }

    /// `isinstance(x, C)` of a class C whose metaclass has no Python `__instancecheck__`, and an x that is an
    /// int, a float or an object: the answer is a constant of the trace, after guards on C, on x's type
    /// and on both types' versions (`__bases__` can be assigned).
    func recordIsInstance(_ callable: Value) -> Step {
        let value = concrete(2), classInfo = concrete(1)
        guard vm.isType(classInfo), value.isInt || value.isFloat || value.isObject else { return .residual }
        let metaclass = vm.typeID(of: classInfo)
        if vm.types[metaclass].flags.contains(.heapType) && !vm.lookupInType(metaclass, vm.names.instancecheck).isNull {
            return .residual
        }
        let classID = TypeView(classInfo).ownTypeID, valueType = vm.typeID(of: value)
        guardIdentity(stackSlot(4), callable)
        guardIdentity(stackSlot(1), classInfo)
        guardTypeVersion(classID, vm.types[classID].version)
        guardTypeVersion(metaclass, vm.types[metaclass].version)
        let ref = peek(2)
        if value.isObject {
            guardObject(ref, ObjectRef(value).typeID)
            guardTypeVersion(valueType, vm.types[valueType].version)
        } else {
            _ = unboxed(ref, value)
        }
        pop()
        pop()
        pop()
        pop()
        push(constant(vm.isSubtype(valueType, classID) ? 1 : 0, .bool))
        return .recorded
    }

    /// Whether `function` can run inlined with `argumentCount` positional arguments: they bind in place
    /// (its positional parameters, the last ones possibly left to their defaults; no *args or
    /// keywords), and it is not a generator.
    func isInlinable(_ function: Value, argumentCount: Int) -> Bool {
        let info = vm.codeInfo(ofFunction: function).pointee
        guard info.simpleArguments, !info.isGenerator,
              !info.neverInlined, argumentCount <= info.argCount else { return false }
        let defaults = ObjectRef(function)[FunctionLayout.defaults]
        return argumentCount == info.argCount
            || (!defaults.isNull && argumentCount >= info.argCount - TupleView(defaults).count)
    }

    /// Guards that slot `slot` holds the object `value` (unless the trace knows it as that constant).
    func guardIdentity(_ slot: Int, _ value: Value) {
        let ref = slotValue(slot)
        if !(trace[ref].opcode == .constant && UInt64(bitPattern: trace[ref].immediate) == value.bits) {
            emitLeaving(.guardEqual, .none, ref, immediate: Int64(bitPattern: value.bits))
        }
    }

    /// Guards that `callable` runs the code it ran while recording (`__code__` can be assigned) and,
    /// when parameters are left to their defaults, with the same defaults (`__defaults__` too).
    func guardCallee(_ callable: Value, _ count: Int) {
        let function = ObjectRef(callable)
        let functionRef = constant(callable.bits, .value)
        let codeWord = emit(.loadWord, .word, functionRef, immediate: Int64(FunctionLayout.code * 8), field: .function)
        emitLeaving(.guardEqual, .none, codeWord, immediate: Int64(function.word(FunctionLayout.code)))
        if count < vm.codeInfo(ofFunction: callable).pointee.argCount {
            let defaults = emit(.loadValue, .value, functionRef, immediate: Int64(FunctionLayout.defaults * 8), field: .function)
            emitLeaving(.guardEqual, .none, defaults, immediate: Int64(bitPattern: function[FunctionLayout.defaults].bits))
        }
    }

    /// Goes on recording inside `function`, called by the CALL being recorded (`argument` on the stack,
    /// `count` positional arguments for the function), whose first local is slot `calleeBase`. A
    /// constructor's caller keeps the instance on its stack. A function the trace made (`madeWith` its
    /// closure) stays in the callable's slot, where leaving finds it for the frame it builds.
    func enterCall(_ callable: Value, _ argument: Int, _ count: Int, calleeBase: Int, isConstructor: Bool,
                   madeWith madeClosure: IRRef? = nil) -> Step {
        let function = ObjectRef(callable)
        let callee = vm.codeInfo(ofFunction: callable)
        let info = callee.pointee
        // Leaving before the callee's frame exists redoes the CALL: its snapshot comes first.
        _ = snapshotForInstruction()
        // The caller continues below the call's operands; the arguments become the callee's first locals.
        let callableSlot = stackSlot(argument + 2)
        let callerDepth = depth - argument - 2 + (isConstructor ? 1 : 0)
        let kept = isConstructor || madeClosure != nil ? 1 : 0
        for slot in (callableSlot + kept)..<calleeBase { slots[slot] = .none; dirty[slot] = false }
        let cached = ResidualPacking.cachedOpcodes[Int(Opcode.call.rawValue)]
        enterFrame(InlinedFrame(function: madeClosure == nil ? callable.bits : 0,
                                codeObject: function[FunctionLayout.codeObject].bits,
                                code: UInt(bitPattern: callee), base: Int32(calleeBase),
                                callPC: Int32(instructionPC), returnPC: Int32(instructionPC + (cached ? 2 : 1)),
                                callerDepth: Int32(callerDepth), isConstructor: isConstructor,
                                functionSlot: madeClosure == nil ? -1 : Int32(callableSlot)), code: callee)
        if count < info.argCount {
            // Parameters left to their defaults take them from the tuple guardCallee guarded.
            let defaults = function[FunctionLayout.defaults]
            let firstDefault = info.argCount - TupleView(defaults).count
            for parameter in count..<info.argCount { setSlot(parameter, constant(of: TupleView(defaults)[parameter - firstDefault])) }
        }
        initializeLocals(of: function, info, after: info.argCount, madeClosure: madeClosure)
        return .recorded
    }

    /// The slots of the callee entered last past its first `bound` (its arguments), as pushFunctionFrame
    /// leaves them: other locals unbound (NULL), cells new (holding their parameter's value), free
    /// variables the closure's cells (`madeClosure`: the closure of a function the trace made).
    func initializeLocals(of function: ObjectRef, _ info: CodeInfo, after bound: Int, madeClosure: IRRef?) {
        for local in bound..<info.localCount { setSlot(local, constant(0, .value)) }
        for index in 0..<info.cellCount {
            let parameter = info.cellParameter[index]
            let contents = parameter >= 0 ? boxed(slotValue(frameOffset + parameter)) : constant(0, .value)
            setSlot(info.localCount + index, emitLeaving(.callHelper, .value, contents, immediate: TraceHelper.newCell.rawValue))
        }
        for index in 0..<info.freeCount {
            let cell: IRRef
            if let madeClosure {
                cell = emit(.loadIndexed, .value, madeClosure, intConstant(Int64(index)), immediate: Int64(TupleLayout.items * 8))
            } else {
                // A function's closure cannot be replaced: its cells are constants of the trace.
                cell = constant(TupleView(function[FunctionLayout.closure])[index].bits, .value)
            }
            setSlot(info.localCount + info.cellCount + index, cell)
        }
    }

    /// MAKE_FUNCTION of a code constant, with a closure or none (defaults, keyword defaults or
    /// annotations are left to the runtime): the newFunction helper, with the frame's globals.
    func recordMakeFunction(_ flags: Int) -> Step {
        let codeRef = peek(1)
        let globals = (recordedFrame + inlinedFrames.count).pointee.globals
        guard flags & ~8 == 0, trace[codeRef].opcode == .constant, globals.isObject else { return .residual }
        pop()
        let closure = flags & 8 != 0 ? pop() : constant(0, .value)
        let function = emitLeaving(.callHelper, .value, codeRef, closure, guardedGlobalsDict(globals),
                                   immediate: TraceHelper.newFunction.rawValue)
        madeFunctions[function] = closure
        guardedTypes[function] = TypeID.function
        push(function)
        return .recorded
    }

    /// BINARY_OP whose left operand's class defines the operator in Python (`a + b` of vectors): the
    /// forward dunder inlined as the interpreter runs it (inlineBinaryDunder), with the operands left
    /// on the caller's stack and copied as the callee's arguments. Only when the right operand is of the
    /// same class, an int or a float, so that the guards decide no reflected method goes first.
    func recordBinaryDunder(_ argument: Int) -> Step {
        let left = concrete(2), right = concrete(1)
        guard inlinedFrames.count < TraceRecorder.maxInlinedCalls, let forward = vm.inlineBinaryDunder(left, right, argument),
              isInlinable(forward, argumentCount: 2), vm.codeInfo(ofFunction: forward).pointee.argCount == 2
        else { return .residual }
        let leftType = ObjectRef(left).typeID
        guard right.isInt || right.isFloat || (right.isObject && ObjectRef(right).typeID == leftType) else { return .residual }
        let rightRef = peek(1), leftRef = peek(2)
        guardObject(leftRef, leftType)
        guardTypeVersion(leftType, vm.types[leftType].version)
        if right.isObject { guardObject(rightRef, leftType) } else { _ = unboxed(rightRef, right) }
        guardCallee(forward, 2)
        let callee = vm.codeInfo(ofFunction: forward)
        let cached = ResidualPacking.cachedOpcodes[Int(Opcode.binaryOp.rawValue)]
        enterFrame(InlinedFrame(function: forward.bits, codeObject: ObjectRef(forward)[FunctionLayout.codeObject].bits,
                                code: UInt(bitPattern: callee), base: Int32(stackSlot(0)), callPC: Int32(instructionPC),
                                returnPC: Int32(instructionPC + (cached ? 2 : 1)), callerDepth: Int32(depth),
                                binaryOperator: Int8(argument)), code: callee)
        setSlot(0, leftRef)
        setSlot(1, rightRef)
        initializeLocals(of: ObjectRef(forward), callee.pointee, after: 2, madeClosure: nil)
        return .recorded
    }

    /// Makes the inlined `call` (running `callee`) the frame being recorded, its stack empty.
    func enterFrame(_ call: InlinedFrame, code callee: UnsafeMutablePointer<CodeInfo>) {
        inlinedFrames.append(call)
        unrolledLoop.append(false)
        callerCode.append(code)
        code = callee
        slotCount = callee.pointee.slotCount
        frameOffset = Int(call.base)
        depth = 0
        let extent = frameOffset + callee.pointee.slotCount + callee.pointee.stackSize
        if slots.count < extent {
            slots.append(contentsOf: repeatElement(.none, count: extent - slots.count))
            dirty.append(contentsOf: repeatElement(false, count: extent - dirty.count))
        }
        trace.inlinedDepth = max(trace.inlinedDepth, inlinedFrames.count)
        trace.slotExtent = max(trace.slotExtent, extent)
    }

    /// The inlined callee to blame when recording aborts inside a call: the innermost for an instruction
    /// it could not record; the outermost when the trace was mostly left to the runtime inside calls
    /// (the whole call left to it costs less than what it leaves); when the trace grew too long, the
    /// outermost whose loop it unrolled, else the outermost. Not the calls when the loop's own
    /// instructions were (cold caches, say).
    func calleeToBlame(for reason: String) -> UnsafeMutablePointer<CodeInfo>? {
        // A bridge that starts inside inlined calls blames only the calls it entered itself.
        guard inlinedFrames.count > bridgeStartFrames else { return nil }
        var blamed = bridgeStartFrames
        if reason == TraceRecorder.mostlyResidual && inlinedResidualCount * 2 <= residualCount { return nil }
        if reason == TraceRecorder.tooLong, let unrolling = unrolledLoop[bridgeStartFrames...].firstIndex(of: true) {
            blamed = unrolling
        }
        let whole = reason == TraceRecorder.tooLong || reason == TraceRecorder.mostlyResidual
        return whole ? UnsafeMutablePointer<CodeInfo>(bitPattern: inlinedFrames[blamed].code) : code
    }

    /// RETURN_VALUE of an inlined call: its frame goes, the caller gets the result.
    func recordReturn() -> Step {
        guard let call = inlinedFrames.last else {
            return isFunctionEntry ? closeAtReturn() : .aborted(TraceRecorder.frameReturned)
        }
        let result = pop()
        if call.binaryOperator >= 0 && trace.type(of: result) == .value {
            // NotImplemented goes on to the reflected method: the interpreter's return does that.
            emitLeaving(.guardNotEqual, .none, result, immediate: Int64(bitPattern: vm.notImplemented.bits))
        }
        if call.isConstructor {
            // __init__ returns None (else the interpreter raises TypeError); the instance is the call's result.
            guard trace.type(of: result) == .value else { return .aborted("__init__ returned a number") }
            emitLeaving(.guardEqual, .none, result, immediate: Int64(bitPattern: Value.none.bits))
        }
        for slot in frameOffset..<(frameOffset + slotCount + code.pointee.stackSize) {
            slots[slot] = .none
            dirty[slot] = false
        }
        if call.functionSlot >= 0 {
            slots[Int(call.functionSlot)] = .none
            dirty[Int(call.functionSlot)] = false
        }
        inlinedFrames.removeLast()
        unrolledLoop.removeLast()
        code = callerCode.removeLast()
        slotCount = code.pointee.slotCount
        frameOffset = inlinedFrames.last.map { Int($0.base) } ?? 0
        depth = Int(call.callerDepth)
        if call.binaryOperator >= 0 {
            // The operands the caller kept give way to the result.
            pop()
            pop()
        }
        if !call.isConstructor { push(result) }
        return .recorded
    }

    /// LOAD_METHOD whose inline cache (primary or polymorphic entry) holds the method for the
    /// receiver's type (and shape, for instances): the method is a constant of the trace, after the guards the cache check makes.
    func recordLoadMethod(_ argument: Int) -> Step {
        let object = concrete(1)
        guard object.isObject else { return .residual }
        let ref = ObjectRef(object)
        guard let method = vm.cachedMethod(object, code.pointee.names[argument], code.pointee.caches + cacheIndex,
                                           vm.extraCacheEntries(code, cacheIndex)), !method.isNull else { return .residual }
        let receiver = pop()
        guardObject(receiver, ref.typeID)
        if ref.kind == .instance { guardShape(receiver, ref) }
        guardTypeVersion(ref.typeID, vm.types[ref.typeID].version)
        push(constant(method.bits, .value))
        push(receiver)
        return .recorded
    }
}
