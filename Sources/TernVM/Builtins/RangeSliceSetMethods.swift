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
    }

    private func installRangeMethods() {
        let range = TypeID.range
        defineMethod(range, "index") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "index", min: 1, max: 1)
            let value = arguments[1]
            if vm.isIntLike(value), try vm.rangeContains(arguments[0], value) {
                let ref = ObjectRef(arguments[0])
                let offset = vm.bigIntValue(value) - BigInt(ref.word(RangeLayout.start))
                let (quotient, _) = offset.floorDivMod(BigInt(ref.word(RangeLayout.step)))
                return try vm.newInt(quotient)
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
            if vm.isIntLike(value) { return Value(int: try vm.rangeContains(arguments[0], value) ? 1 : 0) }
            var count = 0
            try vm.forEach(arguments[0]) { (item) throws(Raised) in if try vm.isEqual(item, value) { count += 1 } }
            return Value(int: count)
        }
        defineMethod(range, "__len__") { vm, arguments throws(Raised) in Value(int: ObjectRef(arguments[0]).word(RangeLayout.length)) }
        defineMethod(range, "__getitem__") { vm, arguments throws(Raised) in
            try vm.expectMethodArguments(arguments, "__getitem__", min: 1, max: 1)
            return try vm.sequenceGetItem(arguments[0], arguments[1], TypeID.range)
        }
        defineMethod(range, "__contains__") { vm, arguments throws(Raised) in Value(bool: try vm.rangeContains(arguments[0], arguments[1])) }
        defineMethod(range, "__iter__") { vm, arguments throws(Raised) in try vm.getIterator(arguments[0]) }
        defineMethod(range, "__reversed__") { vm, arguments throws(Raised) in
            let ref = ObjectRef(arguments[0])
            let length = ref.word(RangeLayout.length), step = ref.word(RangeLayout.step)
            let last = ref.word(RangeLayout.start) + (length - 1) * step
            return try vm.newIterator(TypeID.rangeIterator, source: .null, index: last, limit: length, aux1: Value(int: -step))
        }
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
