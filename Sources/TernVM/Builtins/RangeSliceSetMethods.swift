// Methods of range (index, count and the sequence dunders), slice.indices, and
// the in-place set methods (intersection_update, ...).

extension VM {
    func installSequenceObjectMethods() {
        installRangeMethods()
        defineMethod(TypeID.slice, "indices") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "indices", min: 1, max: 1)
            let length = try vm.indexValue(arguments[1]) { "'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer" }
            if length < 0 { throw vm.raiseValueError("length should not be negative") }
            let (start, stop, step, _) = try vm.sliceIndices(arguments[0], length: length)
            return try vm.newTuple([Value(int: start), Value(int: stop), Value(int: step)])
        }
        try! dictSet(TypeView(types[TypeID.slice].object).dict, names.hash, .none)
        installSetUpdateMethods()
        // In CPython: (type, (list of the items,), state), the state as __getstate__ gives it (the
        // attributes of a subclass's instance), so copy, deepcopy and pickle rebuild the same set.
        for id in [TypeID.set, TypeID.frozenset] {
            defineMethod(id, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
                let items = try vm.listFrom(arguments[0])
                return try vm.withRoots(items) { () throws(Raised) in
                    let state = try vm.call(try vm.getAttribute(arguments[0], vm.intern("__getstate__")))
                    return try vm.withRoots(state) { () throws(Raised) in
                        try vm.newTuple([vm.typeOf(arguments[0]), try vm.newTuple([items]), state])
                    }
                }
            }
        }
    }

    private func installRangeMethods() {
        let range = TypeID.range
        defineMethod(range, "index") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "index", min: 1, max: 1)
            let value = arguments[1]
            if vm.isIntLike(value), let position = vm.bigRangeIndex(arguments[0], vm.bigIntValue(value)) {
                return try vm.newInt(position)
            }
            if !vm.isIntLike(value) {
                var position = 0
                var found = -1
                try vm.forEach(arguments[0]) { (item) throws(Raised) in
                    if found < 0, try vm.isEqual(item, value) { found = position }
                    position += 1
                }
                if found >= 0 { return Value(int: found) }
            }
            throw vm.raiseValueError("\(try vm.reprString(value)) is not in range")
        }
        defineMethod(range, "count") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "count", min: 1, max: 1)
            let value = arguments[1]
            if vm.isIntLike(value) { return Value(int: vm.bigRangeIndex(arguments[0], vm.bigIntValue(value)) == nil ? 0 : 1) }
            var count = 0
            try vm.forEach(arguments[0]) { (item) throws(Raised) in if try vm.isEqual(item, value) { count += 1 } }
            return Value(int: count)
        }
        // In CPython: a range pickles and copies as range(start, stop, step), and so does a slice.
        // (Allocation never collects, so the bounds need no rooting between the allocations.)
        defineMethod(range, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let bounds = try vm.newTuple([try vm.rangeAttribute(arguments[0], RangeLayout.start),
                                          try vm.rangeAttribute(arguments[0], RangeLayout.stop),
                                          try vm.rangeAttribute(arguments[0], RangeLayout.step)])
            return try vm.newTuple([vm.typeObject(TypeID.range), bounds])
        }
        defineMethod(TypeID.slice, "__reduce__", arguments: 0...0) { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            let bounds = try vm.newTuple([ref[SliceLayout.start], ref[SliceLayout.stop], ref[SliceLayout.step]])
            return try vm.newTuple([vm.typeObject(TypeID.slice), bounds])
        }
        defineMethod(range, "__len__") { vm, arguments throws(Raised) in try vm.newInt(Int64(try vm.length(of: arguments[0]))) }
        defineMethod(range, "__getitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__getitem__", min: 1, max: 1)
            return try vm.sequenceGetItem(arguments[0], arguments[1], TypeID.range)
        }
        defineMethod(range, "__contains__") { vm, arguments throws(Raised) in Value(bool: try vm.rangeContains(arguments[0], arguments[1])) }
        defineMethod(range, "__iter__") { vm, arguments throws(Raised) in try vm.getIterator(arguments[0]) }
        defineMethod(range, "__reversed__") { vm, arguments throws(Raised) in try vm.rangeReversedIterator(arguments[0]) }
    }

    private func installSetUpdateMethods() {
        for (name, op) in [("intersection_update", BinaryOp.and), ("difference_update", BinaryOp.sub),
                           ("symmetric_difference_update", BinaryOp.xor)] {
            defineMethod(TypeID.set, name) { vm, arguments throws(Raised) in
                if op == BinaryOp.xor { try vm.expectMethodArguments(arguments, name, min: 1, max: 1) }
                for index in 1..<arguments.count {
                    let other = vm.isSetLike(arguments[index]) ? arguments[index] : try vm.newSetFrom(arguments[index])
                    try vm.withRoots(other) { () throws(Raised) in
                        _ = try vm.setOperator(arguments[0], other, op, inPlace: true)
                    }
                }
                return .none
            }
        }
    }
}
