// Heap objects named by machine code — constants, and the objects guards compare
// against (a globals dict, its entry array, a key) — are weak references: they do
// not keep the objects alive. A loop whose object died is freed in the collection
// that found it dead, before the memory can hold a new object at the same address
// that a guard would mistake for the old one. Holding them strongly instead would
// let a module's loops keep its globals, and through them its code, alive: the
// code could never die and take its loops with it.

extension Trace {
    /// The heap objects this trace's machine code names.
    var heapReferences: [Value] {
        var references: [Value] = []
        for instruction in instructions {
            let bits = Value(bits: UInt64(bitPattern: instruction.immediate))
            switch instruction.opcode {
            case .constant where instruction.type == .value:
                if bits.isObject { references.append(bits) }
            case .guardEqual, .guardNotEqual:
                if instruction.a != .none, type(of: instruction.a) == .value, bits.isObject { references.append(bits) }
            default:
                break
            }
        }
        // The functions and code objects of inlined calls, which leaving builds frames for.
        for snapshot in snapshots {
            for frame in snapshot.frames {
                if frame.function != 0 { references.append(Value(bits: frame.function)) }
                references.append(Value(bits: frame.codeObject))
            }
        }
        // Each once: every collection walks them (snapshots repeat their calls' frames).
        var seen = Set<UInt64>()
        return references.filter { seen.insert($0.bits).inserted }
    }
}

extension VM {
    /// After marking (minor or major): frees the loops that name an object left unmarked.
    /// Old objects keep their mark between collections, so unmarked means dead in both kinds.
    func releaseLoopsWithDeadReferences() {
        for loop in jit.loops.values where loop.doomed == nil {
            for index in 0..<loop.heapReferenceCount
            where ObjectRef(loop.heapReferences[index]).header & GCFlag.mark == 0 {
                freeLoop(loop, .deadReference)
                break
            }
        }
    }
}
