// A str grown in place by `s += t` (BINARY_OP_INTO_LOCAL, see TernCompiler/AppendIntoLocal.swift).
//
// In CPython `s += t` resizes s in place when the local is its only reference, so a loop
// of appends takes linear time. Tern has no reference counts; instead the compiler makes
// every load of such a local other than the append's own a LOAD_FAST_AND_SEAL. A str that
// an append made with room to spare is *growing* (a header flag): its only references are
// the local's slot and, between the append's LOAD_FAST and its STORE_FAST, the value
// stack. The next append writes into the spare room and returns the same object; any other
// way the str can be seen first seals it (an ordinary str from then on): a sealing load,
// `locals()` and `frame.f_locals` (frameLocals), a zero-argument `super()`, an operand of
// another type (binaryOpIntoLocal). Compiled
// traces seal at their sealing loads too (Recorder: recordLoadAndSeal).
//
// While growing, the hash word holds the capacity in code points (a growing str is never
// hashed: hashing needs a reference the append does not have). The spare room stays with
// the str once it is sealed: at most a third of its cell.

extension StrView {
    /// In header bits 24–31 (free for kind-specific flags).
    static let growingFlag: UInt64 = 1 << 24
    @inline(__always) var isGrowing: Bool { ref.header & StrView.growingFlag != 0 }
}

extension VM {
    /// Strs shorter than this are appended by copying (a growing str's spare room is then
    /// not worth its memory).
    static let smallestGrowingStr = 64

    /// Makes a growing str an ordinary one; anything else is left alone.
    @inline(__always) func sealGrowingStr(_ value: Value) {
        guard value.isObject else { return }
        let ref = ObjectRef(value)
        if ref.header & StrView.growingFlag != 0 {
            ref.header &= ~StrView.growingFlag
            ref.setWord(StrLayout.hash, 0)
        }
    }

    /// BINARY_OP_INTO_LOCAL past the interpreter's int and float paths.
    func binaryOpIntoLocal(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        if op & 15 == BinaryOp.add && isExactType(left, TypeID.str) && isExactType(right, TypeID.str) {
            return try appendIntoLocal(left, right)
        }
        // A growing str meeting another type: a dunder (`__radd__`) may keep it.
        sealGrowingStr(left)
        return try binaryOp(left, right, op)
    }

    /// `left + right` of two exact strs whose result replaces `left` in its local
    /// (BINARY_OP_INTO_LOCAL): in place when `left` is growing and has room, else a new str,
    /// growing when long enough.
    func appendIntoLocal(_ left: Value, _ right: Value) throws(Raised) -> Value {
        let a = StrView(left), b = StrView(right)
        let total = a.count + b.count
        if a.isGrowing && total <= a.ref.word(StrLayout.hash) && (!a.isASCII || b.isASCII) {
            copyCodePoints(of: b, into: a, at: a.count)
            a.ref.setWord(StrLayout.length, total)
            return left
        }
        if total < VM.smallestGrowingStr { return try concatenateStrs(left, right) }
        let capacity = total + total / 2
        let ref = try allocateStr(count: capacity, width: a.isASCII && b.isASCII ? 1 : 4)
        let result = StrView(ref.value)
        copyCodePoints(of: a, into: result, at: 0)
        copyCodePoints(of: b, into: result, at: a.count)
        ref.setWord(StrLayout.length, total)
        ref.setWord(StrLayout.hash, capacity)
        ref.header |= StrView.growingFlag
        return ref.value
    }

    /// Writes `source`'s code points into `target` from `position` (target's width is at least source's).
    @inline(__always) func copyCodePoints(of source: StrView, into target: StrView, at position: Int) {
        if target.isASCII {
            (target.asciiBytes + position).update(from: source.asciiBytes, count: source.count)
        } else if source.isASCII {
            let bytes = source.asciiBytes, wide = target.wideScalars + position
            for index in 0..<source.count { wide[index] = UInt32(bytes[index]) }
        } else {
            (target.wideScalars + position).update(from: source.wideScalars, count: source.count)
        }
    }
}
