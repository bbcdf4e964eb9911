// Methods of list, tuple and dict, and list sorting (a stable merge sort that
// calls key functions and __lt__ with every value rooted on a Python list).

extension VM {
    func installListMethods() {
        let list = TypeID.list
        defineMethod(list, "append") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "list.append", min: 1, max: 1)
            try vm.listAppend(ListView(arguments[0]), arguments[1]); return .none
        }
        quickNatives.listAppend = natives.count - 1
        defineMethod(list, "extend") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "list.extend", min: 1, max: 1)
            try vm.listExtend(ListView(arguments[0]), arguments[1]); return .none
        }
        defineMethod(list, "insert") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "insert", min: 2, max: 2)
            let view = ListView(arguments[0])
            var index = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            if index < 0 { index = max(0, index + view.count) }
            try vm.listInsert(view, at: min(index, view.count), arguments[2]); return .none
        }
        defineMethod(list, "pop") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "pop", min: 0, max: 1)
            let view = ListView(arguments[0])
            if view.count == 0 { throw vm.raise(vm.exceptionTypes.indexError, "pop from empty list") }
            var index = view.count - 1
            if arguments.count > 1 {
                index = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
                if index < 0 { index += view.count }
                if index < 0 || index >= view.count { throw vm.raise(vm.exceptionTypes.indexError, "pop index out of range") }
            }
            return vm.listRemove(view, at: index)
        }
        defineMethod(list, "remove") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "list.remove", min: 1, max: 1)
            let view = ListView(arguments[0])
            var index = 0
            while index < view.count {
                if try vm.isEqual(view[index], arguments[1]) { _ = vm.listRemove(view, at: index); return .none }
                index += 1
            }
            throw vm.raiseValueError("list.remove(x): x not in list")
        }
        defineMethod(list, "index", arguments: 1...3) { vm, arguments throws(Raised) in
            let view = ListView(arguments[0])
            let message = { "slice indices must be integers or have an __index__ method" }
            var index = arguments.count > 2 ? try vm.clampedIndexValue(arguments[2], message) : 0
            if index < 0 { index = max(0, index + view.count) }
            var stop = arguments.count > 3 ? try vm.clampedIndexValue(arguments[3], message) : view.count
            if stop < 0 { stop += view.count }
            while index < min(stop, view.count) {
                if try vm.isEqual(view[index], arguments[1]) { return Value(int: index) }
                index += 1
            }
            throw vm.raiseValueError("\(try vm.reprString(arguments[1])) is not in list")
        }
        defineMethod(list, "count", arguments: 1...1) { vm, arguments throws(Raised) in
            let view = ListView(arguments[0])
            var count = 0, index = 0
            while index < view.count { if try vm.isEqual(view[index], arguments[1]) { count += 1 }; index += 1 }
            return Value(int: count)
        }
        defineMethod(list, "reverse", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = ListView(arguments[0])
            var low = 0, high = view.count - 1
            while low < high { let t = view[low]; view[low] = view[high]; view[high] = t; low += 1; high -= 1 }
            return .none
        }
        defineMethod(list, "copy", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = ListView(arguments[0])
            return try vm.newList(UnsafeBufferPointer(start: view.count > 0 ? view.items : nil, count: view.count))
        }
        defineMethod(list, "clear", arguments: 0...0) { vm, arguments throws(Raised) in vm.listClear(ListView(arguments[0])); return .none }
        defineMethod(list, "sort") { vm, arguments throws(Raised) in
            if arguments.positionalCount > 1 { throw vm.raiseTypeError("sort() takes no positional arguments") }
            try vm.sortList(ListView(arguments[0]), key: arguments.keyword("key"), reverse: arguments.keyword("reverse"))
            return .none
        }
        defineMethod(TypeID.tuple, "index") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "index", min: 1, max: 3)
            let tuple = TupleView(arguments[0])
            let message = { "slice indices must be integers or have an __index__ method" }
            var start = arguments.count > 2 ? try vm.clampedIndexValue(arguments[2], message) : 0
            var stop = arguments.count > 3 ? try vm.clampedIndexValue(arguments[3], message) : tuple.count
            if start < 0 { start = max(0, start + tuple.count) }
            if stop < 0 { stop = max(0, stop + tuple.count) }
            var index = start
            while index < min(stop, TupleView(arguments[0]).count) {
                if try vm.isEqual(TupleView(arguments[0])[index], arguments[1]) { return Value(int: index) }
                index += 1
            }
            throw vm.raiseValueError("tuple.index(x): x not in tuple")
        }
        defineMethod(TypeID.tuple, "count", arguments: 1...1) { vm, arguments throws(Raised) in
            let tuple = TupleView(arguments[0])
            var count = 0
            for index in 0..<tuple.count where try vm.isEqual(tuple[index], arguments[1]) { count += 1 }
            return Value(int: count)
        }
    }

    /// Sorts in place, stably; `key` and `reverse` may be NULL or None.
    func sortList(_ list: ListView, key: Value, reverse: Value) throws(Raised) {
        let count = list.count
        if count < 2 { return }
        var descending = false
        if !reverse.isNull { descending = try isTrue(reverse) }
        let hasKey = !key.isNull && !key.isNone
        // keys[i] is the sort key of items[i]; both live in Python lists so they stay rooted.
        let items = try newList(UnsafeBufferPointer(start: list.items, count: count))
        try withRoots(items, list.ref.value) { () throws(Raised) in
            let keys = hasKey ? try newList(capacity: count) : ListView(items)
            try withRoots(keys.ref.value) { () throws(Raised) in
                if hasKey {
                    for index in 0..<count { try listAppend(keys, try call(key, ListView(items)[index])) }
                }
                // Positions into items/keys; reverse=True sorts the reversed list and reverses it back (stably).
                let order = UnsafeMutablePointer<Int>.allocate(capacity: count)
                defer { order.deallocate() }
                for index in 0..<count { order[index] = descending ? count - 1 - index : index }
                func less(_ a: Int, _ b: Int) throws(Raised) -> Bool {
                    let x = keys[a], y = keys[b]
                    if Value.bothInts(x, y) { return x.int < y.int }
                    if x.isFloat && y.isFloat { return x.double < y.double }
                    if isStr(x) && isStr(y) && typeID(of: x) == TypeID.str && typeID(of: y) == TypeID.str {
                        return StrView.compare(StrView(x), StrView(y)) < 0
                    }
                    return try isTrue(try richCompare(x, y, 2))
                }
                try StableSort.sort(order, count: count, by: less)
                if list.count != count { throw raiseValueError("list modified during sort") }
                let source = ListView(items)
                for index in 0..<count { list[index] = source[order[descending ? count - 1 - index : index]] }
            }
        }
    }

    func installDictMethods() {
        let dict = TypeID.dict
        defineMethod(dict, "get") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "get", min: 1, max: 2)
            let found = try vm.dictGet(DictView(arguments[0]), arguments[1])
            return found.isNull ? (arguments.count > 2 ? arguments[2] : .none) : found
        }
        quickNatives.dictGet = natives.count - 1
        for (name, id) in [("keys", TypeID.dictKeys), ("values", TypeID.dictValues), ("items", TypeID.dictItems)] {
            defineMethod(dict, name, arguments: 0...0) { vm, arguments throws(Raised) in
                let view = try vm.allocate(kind: .dictView, typeID: id, words: DictViewLayout.words)
                view[DictViewLayout.dict] = arguments[0]
                return view.value
            }
        }
        defineMethod(dict, "pop") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "pop", min: 1, max: 2)
            let removed = try vm.dictRemove(DictView(arguments[0]), arguments[1])
            if !removed.isNull { return removed }
            if arguments.count > 2 { return arguments[2] }
            throw vm.raise(exception: try vm.newException(vm.exceptionTypes.keyError, args: try vm.newTuple([arguments[1]])))
        }
        defineMethod(dict, "popitem", arguments: 0...0) { vm, arguments throws(Raised) in
            let view = DictView(arguments[0])
            var entry = view.used - 1
            while entry >= 0 && view.key(entry).isNull { entry -= 1 }
            if entry < 0 { throw vm.raise(vm.exceptionTypes.keyError, "popitem(): dictionary is empty") }
            let pair = try vm.newTuple(view.key(entry), view.value(entry))
            // Removed through its stored hash, as CPython does: no __hash__ or __eq__ runs (Python code
            // there could collect the pair, held only here).
            vm.dictRemoveEntry(view, entry: entry, slot: vm.dictSlot(of: entry, in: view, hash: Int(view.entries[entry * 3].int)))
            // As CPython: the entries end before the popped one, so popping again does not scan the
            // ones popped before (that made emptying a dict by popitem quadratic).
            view.used = entry
            return pair
        }
        defineMethod(dict, "setdefault", arguments: 1...2) { vm, arguments throws(Raised) in
            let view = DictView(arguments[0])
            let found = try vm.dictGet(view, arguments[1])
            if !found.isNull { return found }
            let value = arguments.count > 2 ? arguments[2] : Value.none
            try vm.dictSet(view, arguments[1], value)
            return value
        }
        defineMethod(dict, "update") { vm, arguments throws(Raised) in
            let view = DictView(arguments[0])
            if arguments.positionalCount > 1 { try vm.dictUpdate(view, arguments[1], rejectDuplicates: false) }
            if arguments.keywordCount > 0 {
                let names = TupleView(arguments.keywordNames)
                for index in 0..<names.count { try vm.dictSet(view, names[index], arguments[arguments.positionalCount + index]) }
            }
            return .none
        }
        defineMethod(dict, "copy", arguments: 0...0) { vm, arguments throws(Raised) in try vm.dictCopy(DictView(arguments[0])).ref.value }
        defineMethod(dict, "clear", arguments: 0...0) { vm, arguments throws(Raised) in try vm.dictClear(DictView(arguments[0])); return .none }
        defineClassMethod(dict, "fromkeys") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "fromkeys", min: 1, max: 2)
            let value = arguments.count > 2 ? arguments[2] : Value.none
            if arguments[0] != vm.types[TypeID.dict].object {
                // As CPython: a subclass's fromkeys makes `cls()` and sets each key through its __setitem__.
                let made = try vm.call(arguments[0])
                try vm.withRoots(made) { () throws(Raised) in
                    try vm.forEach(arguments[1]) { (key) throws(Raised) in try vm.setItem(made, key, value) }
                }
                return made
            }
            let result = try vm.newDict()
            try vm.withRoots(result.ref.value) { () throws(Raised) in
                try vm.forEach(arguments[1]) { (key) throws(Raised) in try vm.dictSet(result, key, value) }
            }
            return result.ref.value
        }
        defineMethod(TypeID.set, "add", arguments: 1...1) { vm, arguments throws(Raised) in try vm.setAdd(arguments[0], arguments[1]); return .none }
        defineMethod(TypeID.set, "discard", arguments: 1...1) { vm, arguments throws(Raised) in try vm.setDiscard(arguments[0], arguments[1]); return .none }
        defineMethod(TypeID.set, "remove", arguments: 1...1) { vm, arguments throws(Raised) in
            if !(try vm.setDiscard(arguments[0], arguments[1])) {
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.keyError, args: try vm.newTuple([arguments[1]])))
            }
            return .none
        }
        defineMethod(TypeID.set, "pop", arguments: 0...0) { vm, arguments throws(Raised) in
            let items = try vm.setItems(arguments[0])
            guard let first = items.first else { throw vm.raise(vm.exceptionTypes.keyError, "pop from an empty set") }
            try vm.setDiscard(arguments[0], first)
            return first
        }
        defineMethod(TypeID.set, "update") { vm, arguments throws(Raised) in
            for index in 1..<arguments.count { try vm.setUpdate(arguments[0], arguments[index]) }
            return .none
        }
        defineMethod(TypeID.set, "clear", arguments: 0...0) { vm, arguments throws(Raised) in try vm.setClear(arguments[0]); return .none }
        for id in [TypeID.set, TypeID.frozenset] {
            defineMethod(id, "copy", arguments: 0...0) { vm, arguments throws(Raised) in try vm.setCopy(arguments[0], typeID: id) }
            for (name, op) in [("union", BinaryOp.or), ("intersection", BinaryOp.and), ("difference", BinaryOp.sub), ("symmetric_difference", BinaryOp.xor)] {
                defineMethod(id, name) { vm, arguments throws(Raised) in
                    var result = arguments[0]
                    if arguments.count == 1 { return try vm.setCopy(result, typeID: id) }
                    for index in 1..<arguments.count {
                        let other = vm.isSetLike(arguments[index]) ? arguments[index] : try vm.newSetFrom(arguments[index])
                        result = try vm.setOperator(result, other, op, inPlace: false)
                    }
                    return result
                }
            }
            defineMethod(id, "issubset") { vm, arguments throws(Raised) in
                Value(bool: try vm.isSubset(arguments[0], vm.isSetLike(arguments[1]) ? arguments[1] : try vm.newSetFrom(arguments[1])))
            }
            defineMethod(id, "issuperset") { vm, arguments throws(Raised) in
                Value(bool: try vm.isSubset(vm.isSetLike(arguments[1]) ? arguments[1] : try vm.newSetFrom(arguments[1]), arguments[0]))
            }
            defineMethod(id, "isdisjoint") { vm, arguments throws(Raised) in
                try vm.withSetItems(arguments[0]) { items throws(Raised) in
                    for item in items where try vm.contains(arguments[1], item) { return .false }
                    return .true
                }
            }
        }
    }

    func newSetFrom(_ iterable: Value) throws(Raised) -> Value {
        let set = try newSet()
        try setUpdate(set, iterable)
        return set
    }

    /// dict.update / DICT_UPDATE / DICT_MERGE: from a dict, a mapping with keys(), or pairs.
    func dictUpdate(_ dict: DictView, _ source: Value, rejectDuplicates: Bool, callable: Value = .null) throws(Raised) {
        try withRoots(dict.ref.value, source) { () throws(Raised) in
            // As in CPython, a dict subclass that keeps dict's __iter__ is copied directly,
            // without its own keys() or __getitem__.
            let sourceType = typeID(of: source)
            if sourceType == TypeID.dict || (isInstance(source, typeID: TypeID.dict) && ObjectRef(source).kind == .dict
                                             && lookupInType(sourceType, names.iter) == lookupInType(TypeID.dict, names.iter)) {
                try dictForEach(DictView(source)) { (key, value) throws(Raised) in
                    if rejectDuplicates, !(try dictGet(dict, key)).isNull {
                        throw raiseTypeError("\(try functionNameForError(callable)) got multiple values for keyword argument '\(try strString(key))'")
                    }
                    try dictSet(dict, key, value)
                }
                return
            }
            let keysMethod = try getAttributeOrNull(source, intern("keys"))
            if !keysMethod.isNull {
                let keys = try listFrom(try call(keysMethod))
                try withRoots(keys) { () throws(Raised) in
                    let list = ListView(keys)
                    for index in 0..<list.count {
                        let key = list[index]
                        if rejectDuplicates, !(try dictGet(dict, key)).isNull {
                            throw raiseTypeError("\(try functionNameForError(callable)) got multiple values for keyword argument '\(try strString(key))'")
                        }
                        try dictSet(dict, key, try getItem(source, key))
                    }
                }
                return
            }
            if rejectDuplicates {
                throw raiseTypeError("\(try functionNameForError(callable)) argument after ** must be a mapping, not \(typeName(source))")
            }
            var position = 0
            try forEach(source) { (pair) throws(Raised) in
                let items = try listFrom(pair)
                if ListView(items).count != 2 {
                    throw raiseValueError("dictionary update sequence element #\(position) has length \(ListView(items).count); 2 is required")
                }
                try dictSet(dict, ListView(items)[0], ListView(items)[1])
                position += 1
            }
        }
    }

    private func functionNameForError(_ callable: Value) throws(Raised) -> String {
        if callable.isObject && ObjectRef(callable).kind == .function {
            // In CPython: the module-qualified name (_PyObject_FunctionStr).
            let module = ObjectRef(callable)[FunctionLayout.module]
            let prefix = isStr(module) && swiftString(module) != "builtins" ? swiftString(module) + "." : ""
            return prefix + functionQualifiedName(ObjectRef(callable)) + "()"
        }
        if callable.isObject && ObjectRef(callable).kind == .type { return swiftString(TypeView(callable).name) + "()" }
        return "function"
    }
}
