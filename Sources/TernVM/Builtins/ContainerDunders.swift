// The dunder methods of list, tuple, dict, set and frozenset (`[1].__eq__(x)`,
// `t.__len__()`, `super().__setitem__` in a dict subclass). They work on the
// object's kind, not its exact type, so instances of subclasses (which share the
// builtin layout) go through them without recursing into the generic protocol.

extension VM {
    func installContainerDunders() {
        installListDunders()
        installTupleDunders()
        installDictDunders()
        installSetDunders()
        for id in [TypeID.list, TypeID.dict, TypeID.set] {
            try! dictSet(TypeView(types[id].object).dict, names.hash, .none)
        }
        defineStaticMethod(TypeID.noneType, "__new__") { vm, arguments throws(Raised) in
            if arguments.count > 1 { throw vm.raiseTypeError("NoneType takes no arguments") }
            return .none
        }
    }

    /// Whether `value` has the builtin layout `kind` (the exact type or a subclass).
    @inline(__always) private func hasKind(_ value: Value, _ kind: ObjectKind) -> Bool {
        value.isObject && ObjectRef(value).kind == kind
    }

    /// Defines the six rich comparisons of a container type from one Swift comparison.
    private func defineComparisons(_ typeID: Int, kind: ObjectKind, ordered: Bool,
                                   _ compare: @escaping (VM, Value, Value, Int) throws(Raised) -> Bool) {
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            defineMethod(typeID, name) { vm, arguments throws(Raised) in
                try vm.expectMethodArguments(arguments, name, min: 1, max: 1)
                guard vm.hasKind(arguments[1], kind), ordered || op <= 1 else { return vm.notImplemented }
                return Value(bool: try compare(vm, arguments[0], arguments[1], op))
            }
        }
    }

    private func installListDunders() {
        let list = TypeID.list
        defineMethod(list, "__len__") { vm, arguments throws(Raised) in Value(int: ListView(arguments[0]).count) }
        defineMethod(list, "__getitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__getitem__", min: 1, max: 1)
            return try vm.sequenceGetItem(arguments[0], arguments[1], TypeID.list)
        }
        defineMethod(list, "__setitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__setitem__", min: 2, max: 2)
            try vm.listSetItem(ListView(arguments[0]), arguments[1], arguments[2])
            return .none
        }
        defineMethod(list, "__delitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__delitem__", min: 1, max: 1)
            try vm.listDeleteItem(ListView(arguments[0]), arguments[1])
            return .none
        }
        defineMethod(list, "__contains__", arguments: 1...1) { vm, arguments throws(Raised) in
            let view = ListView(arguments[0])
            var index = 0
            while index < view.count {
                if try vm.isEqual(view[index], arguments[1]) { return .true }
                index += 1
            }
            return .false
        }
        defineMethod(list, "__iter__") { vm, arguments throws(Raised) in try vm.newIterator(TypeID.listIterator, source: arguments[0]) }
        defineMethod(list, "__reversed__") { vm, arguments throws(Raised) in
            try vm.newIterator(TypeID.listReverseIterator, source: arguments[0], index: ListView(arguments[0]).count - 1)
        }
        defineMethod(list, "__repr__") { vm, arguments throws(Raised) in
            let view = ListView(arguments[0])
            return try vm.repr(try vm.newList(UnsafeBufferPointer(start: view.count > 0 ? view.items : nil, count: view.count)))
        }
        defineComparisons(list, kind: .list, ordered: true) { vm, left, right, op throws(Raised) in try vm.compareLists(left, right, op) }
        defineMethod(list, "__add__") { vm, arguments throws(Raised) in
            guard vm.hasKind(arguments[1], .list) else { return vm.notImplemented }
            let result = try vm.newList(capacity: ListView(arguments[0]).count + ListView(arguments[1]).count)
            try vm.listExtend(result, arguments[0])
            try vm.listExtend(result, arguments[1])
            return result.ref.value
        }
        defineMethod(list, "__iadd__") { vm, arguments throws(Raised) in
            try vm.listExtend(ListView(arguments[0]), arguments[1])
            return arguments[0]
        }
        for name in ["__mul__", "__rmul__", "__imul__"] {
            defineMethod(list, name) { vm, arguments throws(Raised) in
                // The count as an int first: binaryOp on a non-int count would come back here.
                guard let count = try vm.numberIndex(arguments[1]) else { return vm.notImplemented }
                let times = try vm.checkHugeRepeat(arguments[0], count) ?? count
                let plain = try vm.newList(UnsafeBufferPointer(start: ListView(arguments[0]).items, count: ListView(arguments[0]).count))
                let repeated = try vm.withRoots(plain) { () throws(Raised) in try vm.binaryOp(plain, times, BinaryOp.mul) }
                if name != "__imul__" { return repeated }
                vm.listClear(ListView(arguments[0]))
                try vm.listExtend(ListView(arguments[0]), repeated)
                return arguments[0]
            }
        }
    }

    private func installTupleDunders() {
        let tuple = TypeID.tuple
        defineMethod(tuple, "__len__") { vm, arguments throws(Raised) in Value(int: TupleView(arguments[0]).count) }
        defineMethod(tuple, "__getitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__getitem__", min: 1, max: 1)
            return try vm.sequenceGetItem(arguments[0], arguments[1], TypeID.tuple)
        }
        defineMethod(tuple, "__contains__", arguments: 1...1) { vm, arguments throws(Raised) in
            let view = TupleView(arguments[0])
            for index in 0..<view.count where try vm.isEqual(view[index], arguments[1]) { return .true }
            return .false
        }
        defineMethod(tuple, "__iter__") { vm, arguments throws(Raised) in try vm.newIterator(TypeID.tupleIterator, source: arguments[0]) }
        defineMethod(tuple, "__hash__") { vm, arguments throws(Raised) in try vm.newInt(Int64(try vm.tupleHash(TupleView(arguments[0])))) }
        defineMethod(tuple, "__repr__") { vm, arguments throws(Raised) in
            let view = TupleView(arguments[0])
            return try vm.repr(try vm.newTuple(UnsafeBufferPointer(start: view.items, count: view.count)))
        }
        defineComparisons(tuple, kind: .tuple, ordered: true) { vm, left, right, op throws(Raised) in
            let plainLeft = try vm.newList(UnsafeBufferPointer(start: TupleView(left).items, count: TupleView(left).count))
            return try vm.withRoots(plainLeft) { () throws(Raised) in
                let plainRight = try vm.newList(UnsafeBufferPointer(start: TupleView(right).items, count: TupleView(right).count))
                return try vm.withRoots(plainRight) { () throws(Raised) in try vm.compareLists(plainLeft, plainRight, op) }
            }
        }
        defineMethod(tuple, "__add__") { vm, arguments throws(Raised) in
            guard vm.hasKind(arguments[1], .tuple) else { return vm.notImplemented }
            let a = TupleView(arguments[0]), b = TupleView(arguments[1])
            let result = try vm.allocateTuple(count: a.count + b.count)
            for index in 0..<a.count { result[index] = a[index] }
            for index in 0..<b.count { result[a.count + index] = b[index] }
            return result.ref.value
        }
        for name in ["__mul__", "__rmul__"] {
            defineMethod(tuple, name) { vm, arguments throws(Raised) in
                guard vm.isIntLike(arguments[1]) else { return vm.notImplemented }
                let times = try vm.checkHugeRepeat(arguments[0], arguments[1]) ?? arguments[1]
                let plain = try vm.newTuple(UnsafeBufferPointer(start: TupleView(arguments[0]).items, count: TupleView(arguments[0]).count))
                return try vm.withRoots(plain) { () throws(Raised) in try vm.binaryOp(plain, times, BinaryOp.mul) }
            }
        }
    }

    private func installDictDunders() {
        let dict = TypeID.dict
        defineMethod(dict, "__getitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__getitem__", min: 1, max: 1)
            return try vm.dictSubscript(arguments[0], arguments[1])
        }
        defineMethod(dict, "__setitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__setitem__", min: 2, max: 2)
            try vm.dictSet(DictView(arguments[0]), arguments[1], arguments[2])
            return .none
        }
        defineMethod(dict, "__delitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__delitem__", min: 1, max: 1)
            if try vm.dictRemove(DictView(arguments[0]), arguments[1]).isNull {
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.keyError, args: try vm.newTuple([arguments[1]])))
            }
            return .none
        }
        defineMethod(dict, "__contains__", arguments: 1...1) { vm, arguments throws(Raised) in
            Value(bool: !(try vm.dictGet(DictView(arguments[0]), arguments[1])).isNull)
        }
        defineMethod(dict, "__len__") { vm, arguments throws(Raised) in Value(int: DictView(arguments[0]).count) }
        defineMethod(dict, "__iter__") { vm, arguments throws(Raised) in
            try vm.newIterator(TypeID.dictKeyIterator, source: arguments[0], limit: DictView(arguments[0]).count)
        }
        defineMethod(dict, "__reversed__") { vm, arguments throws(Raised) in
            let keys = try vm.listFrom(try vm.newIterator(TypeID.dictKeyIterator, source: arguments[0], limit: DictView(arguments[0]).count))
            return try vm.newIterator(TypeID.listReverseIterator, source: keys, index: ListView(keys).count - 1)
        }
        defineMethod(dict, "__repr__") { vm, arguments throws(Raised) in
            try vm.repr(try vm.dictCopy(DictView(arguments[0])).ref.value)
        }
        defineComparisons(dict, kind: .dict, ordered: false) { vm, left, right, op throws(Raised) in
            let plainLeft = try vm.dictCopy(DictView(left)).ref.value
            return try vm.withRoots(plainLeft) { () throws(Raised) in
                let plainRight = try vm.dictCopy(DictView(right)).ref.value
                return try vm.withRoots(plainRight) { () throws(Raised) in try vm.builtinCompare(plainLeft, plainRight, op) ?? false }
            }
        }
        for (name, inPlace) in [("__or__", false), ("__ror__", false), ("__ior__", true)] {
            defineMethod(dict, name) { vm, arguments throws(Raised) in
                if inPlace {
                    try vm.dictUpdate(DictView(arguments[0]), arguments[1], rejectDuplicates: false)
                    return arguments[0]
                }
                guard vm.hasKind(arguments[1], .dict) else { return vm.notImplemented }
                let (first, second) = name == "__or__" ? (arguments[0], arguments[1]) : (arguments[1], arguments[0])
                let result = try vm.dictCopy(DictView(first))
                try vm.withRoots(result.ref.value) { () throws(Raised) in try vm.dictUpdate(result, second, rejectDuplicates: false) }
                return result.ref.value
            }
        }
    }

    /// d[key] for a dict or a dict subclass: a missing key goes to the class's __missing__.
    func dictSubscript(_ dict: Value, _ key: Value) throws(Raised) -> Value {
        let value = try dictGet(DictView(dict), key)
        if !value.isNull { return value }
        let id = typeID(of: dict)
        if id != TypeID.dict {
            let missing = lookupInType(id, names.missing)
            if !missing.isNull { return try call(missing, dict, key) }
        }
        throw raise(exception: try newException(exceptionTypes.keyError, args: try newTuple([key])))
    }

    private func installSetDunders() {
        for id in [TypeID.set, TypeID.frozenset] {
            defineMethod(id, "__len__") { vm, arguments throws(Raised) in Value(int: vm.setCount(arguments[0])) }
            defineMethod(id, "__contains__", arguments: 1...1) { vm, arguments throws(Raised) in Value(bool: try vm.setContains(arguments[0], arguments[1])) }
            defineMethod(id, "__iter__") { vm, arguments throws(Raised) in
                try vm.newIterator(TypeID.setIterator, source: arguments[0], limit: vm.setCount(arguments[0]))
            }
            defineComparisons(id, kind: .set, ordered: true) { vm, left, right, op throws(Raised) in try vm.compareSets(left, right, op) }
            for (stem, op) in [("or", BinaryOp.or), ("and", BinaryOp.and), ("sub", BinaryOp.sub), ("xor", BinaryOp.xor)] {
                defineMethod(id, "__\(stem)__") { vm, arguments throws(Raised) in
                    guard vm.isSetLike(arguments[1]) else { return vm.notImplemented }
                    return try vm.setOperator(arguments[0], arguments[1], op, inPlace: false)
                }
                defineMethod(id, "__r\(stem)__") { vm, arguments throws(Raised) in
                    guard vm.isSetLike(arguments[1]) else { return vm.notImplemented }
                    return try vm.setOperator(arguments[1], arguments[0], op, inPlace: false)
                }
                if id == TypeID.set {
                    defineMethod(id, "__i\(stem)__") { vm, arguments throws(Raised) in
                        guard vm.isSetLike(arguments[1]) else { return vm.notImplemented }
                        return try vm.setOperator(arguments[0], arguments[1], op, inPlace: true)
                    }
                }
            }
        }
    }
}
