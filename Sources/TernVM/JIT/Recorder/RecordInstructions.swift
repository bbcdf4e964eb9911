import TernCompiler

// What each bytecode instruction records. An instruction the recorder does not
// know aborts the trace; the loop then stays with the interpreter for a while.

extension TraceRecorder {
    func recordInstruction(_ opcode: Opcode, _ argument: Int) -> Step {
        switch opcode {
        case .nop:
            break
        case .popTop:
            pop()
        case .copy:
            push(peek(argument))
        case .swap:
            let top = peek(1), other = peek(argument)
            let topSlot = stackSlot(1), otherSlot = stackSlot(argument)
            slots[topSlot] = other; dirty[topSlot] = true
            slots[otherSlot] = top; dirty[otherSlot] = true
        case .loadConst:
            push(constant(of: code.pointee.constants[argument]))
        case .loadFast:
            if base[argument].isNull { return .aborted("unbound local") }
            push(slotValue(frameOffset + argument))
        case .loadFastAndSeal:
            if base[argument].isNull { return .aborted("unbound local") }
            recordLoadAndSeal(argument)
        case .storeFast:
            setSlot(argument, pop())
        case .binaryOp:
            return recordBinary(argument)
        case .binaryOpIntoLocal:
            if argument & 15 == BinaryOp.add && vm.isExactType(concrete(2), TypeID.str) && vm.isExactType(concrete(1), TypeID.str) {
                return recordStrHelper(.strAppendIntoLocal, 0)
            }
            return recordBinary(argument)
        case .compareOp:
            return recordCompare(argument)
        case .unaryNegative:
            let value = concrete(1)
            if value.isInt {
                let ref = unboxed(pop(), value)
                push(emitLeaving(.intNeg, .int, ref))
            } else if value.isFloat {
                let ref = unboxed(pop(), value)
                push(emit(.floatNeg, .float, ref))
            } else {
                return .residual
            }
        case .unaryNot:
            guard hasTruthValue(concrete(1)) else { return .residual }
            push(emit(.intXor, .bool, truthValue(pop(), concrete(1))!, intConstant(1)))
        case .popJumpIfFalse, .popJumpIfTrue:
            let value = concrete(1)
            guard hasTruthValue(value) else { return .residual }
            let truth = truthValue(pop(), value)!
            let taken = isTruthy(value)
            emitLeaving(taken ? .guardTrue : .guardFalse, .none, truth)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
            // `a and b`, `a or b`: the value stays as the result when the jump is taken.
            let value = concrete(1)
            guard hasTruthValue(value) else { return .residual }
            let truth = truthValue(peek(1), value)!
            let taken = isTruthy(value)
            emitLeaving(taken ? .guardTrue : .guardFalse, .none, truth)
            if taken != (opcode == .jumpIfTrueOrPop) { pop() }
        case .popJumpIfNone, .popJumpIfNotNone:
            let value = concrete(1)
            let ref = pop()
            if trace.type(of: ref) == .value {
                emitLeaving(value.isNone ? .guardEqual : .guardNotEqual, .none, ref,
                            immediate: Int64(bitPattern: Value.none.bits))
            }
        case .jumpForward:
            break
        case .pushNull:
            push(constant(0, .value))
        case .kwNames:
            keywordNames = code.pointee.constants[argument]
        case .isOp:
            let right = boxed(pop()), left = boxed(pop())
            push(emit(.intCompare, .bool, left, right,
                      immediate: (argument == 0 ? CompareCondition.equal : CompareCondition.notEqual).rawValue))
        case .jumpBackward:
            // A loop of an inlined call is unrolled (RecordCalls.swift).
            if !inlinedFrames.isEmpty {
                unrolledLoop[unrolledLoop.count - 1] = true
                break
            }
            // To an enclosing loop's header: what that header holds decides (.loopHeader).
            if argument != headerPC { break }
            return closeLoop(into: nil)
        case .loopHeader:
            // A loop of an inlined call is unrolled: the interpreter does not enter its machine code while recording.
            if !inlinedFrames.isEmpty { break }
            // Another loop of the loop's frame: the trace goes on in its machine code, if it has some.
            let other = loopCode.pointee.loopSlots.unsafelyUnwrapped[argument].loop.map { CompiledLoop.from($0) }
            guard let other, other.doomed == nil else { return .aborted(TraceRecorder.loopNotCompiled) }
            return closeLoop(into: other === bridgeOrigin?.loop ? nil : other)
        case .getIter:
            return recordGetIter()
        case .forIter:
            return recordForIter()
        case .unpackSequence:
            return recordUnpack(argument)
        case .containsOp:
            let isDict = vm.isExactType(concrete(1), TypeID.dict)
            return recordLookup(isDict ? .dictContains : .setContains, negated: argument == 1)
        case .makeFunction:
            return recordMakeFunction(argument)
        case .loadClosure:
            push(slotValue(frameOffset + code.pointee.localCount + argument))
        case .buildTuple:
            // A new tuple, filled in the trace (the helper leaves its items NULL; nothing sees it before).
            guard argument > 0 && argument <= 16 else { return .residual }
            let tuple = emitLeaving(.callHelper, .value, constant(UInt64(argument), .word), immediate: TraceHelper.newTuple.rawValue)
            var items: [IRRef] = []
            for index in stride(from: argument - 1, through: 0, by: -1) {
                let item = pop()
                items.append(item)
                emit(.storeIndexed, .none, tuple, intConstant(Int64(index)), boxed(item), immediate: Int64(TupleLayout.items * 8))
            }
            guardedTypes[tuple] = TypeID.tuple
            knownItems[tuple] = items.reversed()
            push(tuple)
        case .buildList:
            guard argument == 0 else { return .residual }
            let list = emitLeaving(.callHelper, .value, immediate: TraceHelper.newList.rawValue)
            guardedTypes[list] = TypeID.list
            push(list)
        case .listAppend:
            // The list a comprehension builds (BUILD_LIST made it: exactly a list).
            guard concrete(argument + 1).isObject, ObjectRef(concrete(argument + 1)).typeID == TypeID.list else { return .residual }
            let item = pop()
            appendToList(peek(argument), item)
        case .binarySubscr:
            return recordSubscript()
        case .storeSubscr:
            return recordStoreSubscript()
        case .loadDeref:
            // The cell stays in its frame slot; its contents are read each time (a call may set them).
            let cellSlot = code.pointee.localCount + argument
            guard base[cellSlot].isObject, !ObjectRef(base[cellSlot])[CellLayout.contents].isNull else { return .residual }
            let contents = emit(.loadValue, .value, slotValue(frameOffset + cellSlot), immediate: Int64(CellLayout.contents * 8),
                                field: .cell)
            emitLeaving(.guardNotEqual, .none, contents, immediate: 0)
            push(contents)
        case .loadAttr:
            return recordLoadAttribute(argument)
        case .loadGlobal:
            return recordLoadGlobal(argument)
        case .loadMethod:
            return recordLoadMethod(argument)
        case .storeAttr:
            return recordStoreAttribute(argument)
        case .call:
            return recordCall(argument)
        case .returnValue:
            return recordReturn()
        default:
            return VM.isResidual(opcode) ? .residual : .aborted("\(opcode.name) is not traced yet")
        }
        return .recorded
    }

    /// Whether a branch on `value` can be decided in the trace (else the runtime decides it).
    func hasTruthValue(_ value: Value) -> Bool {
        value.isInt || value.isFloat || value.isBool || value.isNone
    }

    /// The truth of a value for which hasTruthValue holds.
    func isTruthy(_ value: Value) -> Bool {
        value == .true || (value.isInt && value.int != 0) || (value.isFloat && value.double != 0)
    }

    /// A bool ref for the truth of `ref` whose concrete value is `value`, or nil for objects.
    func truthValue(_ ref: IRRef, _ value: Value) -> IRRef? {
        switch trace.type(of: ref) {
        case .bool: return ref
        case .int: return emit(.intCompare, .bool, ref, intConstant(0), immediate: CompareCondition.notEqual.rawValue)
        case .float: return emit(.floatCompare, .bool, ref, constant(0.0.bitPattern, .float), immediate: CompareCondition.notEqual.rawValue)
        default:
            if value == .true || value == .false {
                emitLeaving(.guardEqual, .none, ref, immediate: Int64(bitPattern: value.bits))
                return value == .true ? constant(1, .bool) : constant(0, .bool)
            }
            if value.isNone {
                emitLeaving(.guardEqual, .none, ref, immediate: Int64(bitPattern: value.bits))
                return constant(0, .bool)
            }
            if value.isInt || value.isFloat { return truthValue(unboxed(ref, value), value) }
            return nil
        }
    }

    /// Both operands as floats when one is a float and the other a float or an int.
    func floatOperands(_ left: IRRef, _ right: IRRef, _ a: Value, _ b: Value) -> (IRRef, IRRef)? {
        guard (a.isFloat || a.isInt) && (b.isFloat || b.isInt) && (a.isFloat || b.isFloat) else { return nil }
        let l = unboxed(left, a), r = unboxed(right, b)
        return (a.isInt ? emit(.intToFloat, .float, l) : l, b.isInt ? emit(.intToFloat, .float, r) : r)
    }

    func recordBinary(_ argument: Int) -> Step {
        let a = concrete(2), b = concrete(1)
        let operator_ = argument & 15
        let intOperators = [BinaryOp.add, BinaryOp.sub, BinaryOp.mul, BinaryOp.floordiv, BinaryOp.mod,
                            BinaryOp.and, BinaryOp.or, BinaryOp.xor, BinaryOp.truediv]
        let floatOperators = [BinaryOp.add, BinaryOp.sub, BinaryOp.mul, BinaryOp.truediv]
        let numbers = (a.isInt || a.isFloat) && (b.isInt || b.isFloat)
        if !numbers && a.isObject && ObjectRef(a).kind == .instance { return recordBinaryDunder(argument) }
        if numbers && operator_ == BinaryOp.pow { return recordSquare() }
        if operator_ == BinaryOp.add && vm.isExactType(a, TypeID.str) && vm.isExactType(b, TypeID.str) {
            return recordStrHelper(.strConcat, 0)
        }
        guard numbers, (Value.bothInts(a, b) ? intOperators : floatOperators).contains(operator_) else { return .residual }
        let right = pop(), left = pop()
        if Value.bothInts(a, b) {
            let l = unboxed(left, a), r = unboxed(right, b)
            switch argument & 15 {
            case BinaryOp.add: push(emitLeaving(.intAdd, .int, l, r))
            case BinaryOp.sub: push(emitLeaving(.intSub, .int, l, r))
            case BinaryOp.mul: push(emitLeaving(.intMul, .int, l, r))
            case BinaryOp.floordiv: push(emitLeaving(.intFloorDivide, .int, l, r))
            case BinaryOp.mod: push(emitLeaving(.intModulo, .int, l, r))
            case BinaryOp.and: push(emit(.intAnd, .int, l, r))
            case BinaryOp.or: push(emit(.intOr, .int, l, r))
            case BinaryOp.xor: push(emit(.intXor, .int, l, r))
            case BinaryOp.truediv:
                push(emitLeaving(.floatDivide, .float, emit(.intToFloat, .float, l), emit(.intToFloat, .float, r)))
            default: return .aborted("int operator \(argument & 15)")
            }
            return .recorded
        }
        if let (l, r) = floatOperands(left, right, a, b) {
            switch argument & 15 {
            case BinaryOp.add: push(emit(.floatAdd, .float, l, r))
            case BinaryOp.sub: push(emit(.floatSub, .float, l, r))
            case BinaryOp.mul: push(emit(.floatMul, .float, l, r))
            case BinaryOp.truediv: push(emitLeaving(.floatDivide, .float, l, r))
            default: return .aborted("float operator \(argument & 15)")
            }
            return .recorded
        }
        return .residual
    }

    /// `x ** 2` (the constant 2) of an int or float is x * x: exact, as CPython's pow is for this
    /// exponent. An int square leaves past small ints; a float square that is not finite leaves (the
    /// interpreter raises OverflowError, or squares an infinity itself).
    func recordSquare() -> Step {
        let a = concrete(2)
        let exponent = peek(1)
        guard trace[exponent].opcode == .constant, trace.type(of: exponent) == .int, trace[exponent].immediate == 2 else {
            return .residual
        }
        pop()
        let base = unboxed(pop(), a)
        if a.isInt {
            push(emitLeaving(.intMul, .int, base, base))
            return .recorded
        }
        let square = emit(.floatMul, .float, base, base)
        let finite = emit(.floatCompare, .bool, emit(.floatSub, .float, square, square), constant(0.0.bitPattern, .float),
                          immediate: CompareCondition.equal.rawValue)
        emitLeaving(.guardTrue, .none, finite)
        push(square)
        return .recorded
    }

    func recordCompare(_ argument: Int) -> Step {
        let a = concrete(2), b = concrete(1)
        if vm.isExactType(a, TypeID.str) && vm.isExactType(b, TypeID.str) { return recordStrHelper(.strCompare, argument) }
        guard (a.isInt || a.isFloat) && (b.isInt || b.isFloat) else { return .residual }
        let right = pop(), left = pop()
        if Value.bothInts(a, b) {
            push(emit(.intCompare, .bool, unboxed(left, a), unboxed(right, b), immediate: Int64(argument)))
            return .recorded
        }
        if let (l, r) = floatOperands(left, right, a, b) {
            push(emit(.floatCompare, .bool, l, r, immediate: Int64(argument)))
            return .recorded
        }
        return .residual
    }

    func recordForIter() -> Step {
        let iterator = concrete(1)
        guard iterator.isObject else { return .residual }
        let ref = ObjectRef(iterator)
        let it = peek(1)
        let offset = { (word: Int) -> Int64 in Int64(word * 8) }
        switch ref.typeID {
        case TypeID.rangeIterator:
            if ref.word(IteratorLayout.limit) <= 0 { return loopEnds() }
            if !Value.fitsSmallInt(Int64(ref.word(IteratorLayout.index))) { return .aborted("range past small ints") }
            guardObject(it, TypeID.rangeIterator)
            let remaining = emit(.loadWord, .word, it, immediate: offset(IteratorLayout.limit), field: .iterator)
            emitLeaving(.guardTrue, .none, emit(.intCompare, .bool, remaining, constant(0, .word),
                                                   immediate: CompareCondition.greater.rawValue))
            let current = emit(.loadWord, .int, it, immediate: offset(IteratorLayout.index), field: .iterator)
            emitLeaving(.guardFitsInt, .none, current)
            let step = emit(.intOf, .int, emit(.loadValue, .value, it, immediate: offset(IteratorLayout.aux1), field: .iterator))
            emit(.storeWord, .none, it, emit(.wordAdd, .word, remaining, constant(UInt64(bitPattern: -1), .word)),
                 immediate: offset(IteratorLayout.limit), field: .iterator)
            emit(.storeWord, .none, it, emit(.wordAdd, .word, current, step), immediate: offset(IteratorLayout.index),
                 field: .iterator)
            push(current)
        case TypeID.listIterator, TypeID.tupleIterator:
            guard let (item, advance) = sequenceIteratorStep(it, ref) else {
                if case .residual = loopEnds() { return sequenceIteratorEnds(it, ref) }
                return loopEnds()
            }
            advance()
            push(item)
        case TypeID.enumerate:
            // enumerate() of a list or tuple: the count and the item, in a new tuple whose items UNPACK_SEQUENCE takes as they are.
            let inner = ObjectRef(ref[IteratorLayout.source])
            guard ref[IteratorLayout.aux1].isInt,
                  inner.typeID == TypeID.listIterator || inner.typeID == TypeID.tupleIterator else { return .residual }
            guardObject(it, TypeID.enumerate)
            let innerRef = emit(.loadValue, .value, it, immediate: offset(IteratorLayout.source), field: .iterator)
            guard let (item, advance) = sequenceIteratorStep(innerRef, inner) else { return loopEnds() }
            let countValue = emit(.loadValue, .value, it, immediate: offset(IteratorLayout.aux1), field: .iterator)
            let count = unboxed(countValue, ref[IteratorLayout.aux1])
            let next = emitLeaving(.intAdd, .int, count, intConstant(1))
            let pair = emitLeaving(.callHelper, .value, constant(2, .word), immediate: TraceHelper.newTuple.rawValue)
            // Every guard and allocation came first: leaving before here redoes the FOR_ITER.
            advance()
            emit(.storeWord, .none, it, boxed(next), immediate: offset(IteratorLayout.aux1), field: .iterator)
            emit(.storeIndexed, .none, pair, intConstant(0), boxed(count), immediate: Int64(TupleLayout.items * 8))
            emit(.storeIndexed, .none, pair, intConstant(1), item, immediate: Int64(TupleLayout.items * 8))
            guardedTypes[pair] = TypeID.tuple
            knownItems[pair] = [count, item]
            push(pair)
        default:
            // An iterator over a dict or set: a helper steps it, and leaves when it ends or raises.
            guard let ends = vm.containerIteratorEnds(ref) else { return .residual }
            if ends { return loopEnds() }
            guardObject(it, ref.typeID)
            push(emitLeaving(.callHelper, .value, it, immediate: TraceHelper.iteratorNext.rawValue))
        }
        return .recorded
    }

    /// One step of the list or tuple iterator `it` (concretely `ref`): guards that it has an item, and
    /// returns the item and what advances it (emitted after any other guard of the instruction);
    /// nil when the concrete iterator is exhausted.
    func sequenceIteratorStep(_ it: IRRef, _ ref: ObjectRef) -> (IRRef, () -> Void)? {
        let offset = { (word: Int) -> Int64 in Int64(word * 8) }
        let isList = ref.typeID == TypeID.listIterator
        let source = ref[IteratorLayout.source]
        if source.isNull { return nil }
        let count = isList ? ListView(source).count : TupleView(source).count
        if ref.word(IteratorLayout.index) >= count { return nil }
        guardObject(it, ref.typeID)
        let index = emit(.loadWord, .int, it, immediate: offset(IteratorLayout.index), field: .iterator)
        let sequence = emit(.loadValue, .value, it, immediate: offset(IteratorLayout.source), field: .iterator)
        if isList { emitLeaving(.guardNotEqual, .none, sequence, immediate: 0) }
        let (items, length) = itemsAndCount(sequence, isList: isList)
        emitLeaving(.guardTrue, .none, emit(.intCompare, .bool, index, length, immediate: CompareCondition.less.rawValue))
        let item = emit(.loadIndexed, .value, items.0, index, immediate: items.1)
        return (item, {
            // Below the sequence's length, the next index is a small int too.
            self.emit(.storeWord, .none, it, self.emit(.wordAdd, .int, index, self.constant(1, .word)),
                      immediate: offset(IteratorLayout.index), field: .iterator)
        })
    }

    /// FOR_ITER of a list or tuple iterator that ends where the trace goes on (a bridge, a loop of an
    /// inlined call): guards that no item is left and takes the iterator off the stack; a list iterator
    /// lets go of its list, as the interpreter's does.
    func sequenceIteratorEnds(_ it: IRRef, _ ref: ObjectRef) -> Step {
        let isList = ref.typeID == TypeID.listIterator
        let sourceOffset = Int64(IteratorLayout.source * 8)
        guardObject(it, ref.typeID)
        let sequence = emit(.loadValue, .value, it, immediate: sourceOffset, field: .iterator)
        if isList && ref[IteratorLayout.source].isNull {
            emitLeaving(.guardEqual, .none, sequence, immediate: 0)
        } else {
            if isList { emitLeaving(.guardNotEqual, .none, sequence, immediate: 0) }
            let index = emit(.loadWord, .int, it, immediate: Int64(IteratorLayout.index * 8), field: .iterator)
            let length = itemsAndCount(sequence, isList: isList).1
            emitLeaving(.guardFalse, .none, emit(.intCompare, .bool, index, length, immediate: CompareCondition.less.rawValue))
            if isList { emit(.storeWord, .none, it, constant(0, .value), immediate: sourceOffset, field: .iterator) }
        }
        pop()
        return .recorded
    }

    /// FOR_ITER of an exhausted iterator: a loop's trace ends with its iteration, but a bridge goes on
    /// after the loop (the runtime ends the iterator, as the interpreter does) towards the header of
    /// an enclosing loop, or its own, and so does a trace after a loop of an inlined call.
    func loopEnds() -> Step {
        bridgeOrigin == nil && inlinedFrames.isEmpty ? .aborted(TraceRecorder.loopEnded) : .residual
    }

    /// UNPACK_SEQUENCE of a tuple or list (exactly those types) of `count` items: the first item ends on top.
    func recordUnpack(_ count: Int) -> Step {
        let sequence = concrete(1)
        guard sequence.isObject else { return .residual }
        let typeID = ObjectRef(sequence).typeID
        guard typeID == TypeID.tuple || typeID == TypeID.list else { return .residual }
        let isList = typeID == TypeID.list
        guard (isList ? ListView(sequence).count : TupleView(sequence).count) == count else { return .residual }
        if let items = knownItems[peek(1)], items.count == count {
            // A tuple the trace made and filled: its items are trace values already.
            pop()
            for item in items.reversed() { push(item) }
            return .recorded
        }
        let ref = pop()
        guardObject(ref, typeID)
        let (items, length) = itemsAndCount(ref, isList: isList)
        emitLeaving(.guardEqual, .none, length, immediate: Int64(count))
        for index in stride(from: count - 1, through: 0, by: -1) {
            push(emit(.loadIndexed, .value, items.0, intConstant(Int64(index)), immediate: items.1))
        }
        return .recorded
    }

    /// `dict[key]`, and `key in container` / `not in` of a dict, set or frozenset (exactly those types,
    /// so that no `__missing__` runs), with a key that hashes and compares without Python code
    /// (VM.nativeHash): a lookup helper, which leaves when `dict[key]` misses (the interpreter raises
    /// KeyError) or the lookup would need Python code.
    func recordLookup(_ helper: TraceHelper, negated: Bool = false) -> Step {
        let isGet = helper == .dictGet
        let key = concrete(isGet ? 1 : 2), container = concrete(isGet ? 2 : 1)
        let typeID = vm.typeID(of: container)
        let expected = helper == .setContains ? [TypeID.set, TypeID.frozenset] : [TypeID.dict]
        guard container.isObject, expected.contains(typeID), vm.nativeHash(key) != nil else { return .residual }
        let top = pop(), below = pop()
        let (containerRef, keyRef) = isGet ? (below, top) : (top, below)
        guardObject(containerRef, typeID)
        push(emitLeaving(.callHelper, .value, containerRef, boxed(keyRef), constant(negated ? 1 : 0, .word),
                         immediate: helper.rawValue))
        return .recorded
    }

    /// `dict[key] = value` of a dict (exactly) and a key as recordLookup takes: a helper that sets it,
    /// or leaves with the dict unchanged.
    func recordDictStore() -> Step {
        guard vm.nativeHash(concrete(1)) != nil else { return .residual }
        let key = pop(), dict = pop(), value = pop()
        guardObject(dict, TypeID.dict)
        emitLeaving(.callHelper, .value, dict, boxed(key), boxed(value), immediate: TraceHelper.dictSet.rawValue)
        return .recorded
    }

    /// LOAD_FAST_AND_SEAL: a str the trace sees there is sealed by a helper. The value's type is
    /// guarded whatever it is, so that no growing str (made by a bridge's append, say) passes a
    /// load recorded with a value of another type unsealed.
    func recordLoadAndSeal(_ slot: Int) {
        let value = base[slot]
        let ref = slotValue(frameOffset + slot)
        if trace.type(of: ref) == .value {
            if !value.isObject {
                emitLeaving(.guardNotObject, .none, ref)
            } else {
                guardObject(ref, ObjectRef(value).typeID)
                if ObjectRef(value).kind == .str { emitLeaving(.callHelper, .value, ref, immediate: TraceHelper.sealStr.rawValue) }
            }
        }
        push(ref)
    }

    /// A comparison or concatenation of two strs (exactly, so that no method of a subclass runs) by `helper`.
    func recordStrHelper(_ helper: TraceHelper, _ argument: Int) -> Step {
        let right = pop(), left = pop()
        guardObject(left, TypeID.str)
        guardObject(right, TypeID.str)
        push(emitLeaving(.callHelper, .value, left, right, constant(UInt64(argument), .word), immediate: helper.rawValue))
        return .recorded
    }

    /// GET_ITER of a list, tuple or range (exactly those types): a new iterator, which FOR_ITER takes apart.
    func recordGetIter() -> Step {
        let iterable = concrete(1)
        guard iterable.isObject else { return .residual }
        let typeID = ObjectRef(iterable).typeID
        guard typeID == TypeID.list || typeID == TypeID.tuple || typeID == TypeID.range else { return .residual }
        let sequence = pop()
        guardObject(sequence, typeID)
        push(emitLeaving(.callHelper, .value, sequence, immediate: TraceHelper.iterate.rawValue))
        return .recorded
    }

    /// `sequence[index]` for a list or tuple (exactly those types) and an index in range, and `text[index]` of a str.
    func recordSubscript() -> Step {
        let container = concrete(2), key = concrete(1)
        if vm.isExactType(container, TypeID.dict) { return recordLookup(.dictGet) }
        if vm.isExactType(container, TypeID.str) && key.isInt {
            // One character: the runtime's subscript, which leaves when the index is out of range.
            let index = boxed(unboxed(pop(), key)), string = pop()
            guardObject(string, TypeID.str)
            push(emitLeaving(.callHelper, .value, string, index, immediate: TraceHelper.strItem.rawValue))
            return .recorded
        }
        guard key.isInt, key.int >= 0, container.isObject else { return .residual }
        let typeID = ObjectRef(container).typeID
        guard typeID == TypeID.list || typeID == TypeID.tuple else { return .residual }
        let count = typeID == TypeID.list ? ListView(container).count : TupleView(container).count
        guard Int(key.int) < count else { return .residual }
        let index = unboxed(pop(), key), sequence = pop()
        guardObject(sequence, typeID)
        push(loadItem(sequence, index, isList: typeID == TypeID.list))
        return .recorded
    }

    /// Guards 0 <= index < len(sequence) and loads the item.
    func loadItem(_ sequence: IRRef, _ index: IRRef, isList: Bool) -> IRRef {
        let (items, countWord) = itemsAndCount(sequence, isList: isList)
        guardIndex(index, countWord)
        return emit(.loadIndexed, .value, items.0, index, immediate: items.1)
    }

    func itemsAndCount(_ sequence: IRRef, isList: Bool) -> ((IRRef, Int64), IRRef) {
        if isList {
            let count = emit(.loadWord, .int, sequence, immediate: Int64(ListLayout.count * 8), field: .list)
            return ((emit(.loadValue, .value, sequence, immediate: Int64(ListLayout.storage * 8), field: .list), 16), count)
        }
        let count = emit(.loadWord, .int, sequence, immediate: Int64(TupleLayout.count * 8), field: .tuple)
        return ((sequence, Int64(TupleLayout.items * 8)), count)
    }

    func guardIndex(_ index: IRRef, _ count: IRRef) {
        emitLeaving(.guardTrue, .none, emit(.intCompare, .bool, index, intConstant(0), immediate: CompareCondition.greaterOrEqual.rawValue))
        emitLeaving(.guardTrue, .none, emit(.intCompare, .bool, index, count, immediate: CompareCondition.less.rawValue))
    }

    /// `list[index] = value` for a list (exactly) and an index in range; `dict[key] = value` (recordDictStore).
    func recordStoreSubscript() -> Step {
        let container = concrete(2), key = concrete(1)
        if vm.isExactType(container, TypeID.dict) { return recordDictStore() }
        guard key.isInt, key.int >= 0, container.isObject,
              ObjectRef(container).typeID == TypeID.list, Int(key.int) < ListView(container).count
        else { return .residual }
        let index = unboxed(pop(), key), list = pop(), item = pop()
        guardObject(list, TypeID.list)
        let (items, count) = itemsAndCount(list, isList: true)
        guardIndex(index, count)
        storeItem(items.0, index, item)
        return .recorded
    }

    /// Stores `item` as item `index` of the value array `array`, with the write barrier when it may be an object.
    func storeItem(_ array: IRRef, _ index: IRRef, _ item: IRRef) {
        emit(.storeIndexed, .none, array, index, boxed(item), immediate: TraceHelper.arrayItemsOffset)
        if trace.type(of: item) == .value { emit(.rememberStore, .none, array, index) }
    }
}
