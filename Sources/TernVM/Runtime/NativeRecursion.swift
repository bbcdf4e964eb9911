import TernIntrinsics

// Swift code that recurses over a Python value's structure (repr of nested lists,
// comparisons of nested tuples, JSON) has no Python frames to count, so it counts
// its own levels with the Python calls against the recursion limit, as CPython does.
// A raised limit must still not let an input overflow the Swift stack: below
// `nativeStackReserve` bytes of stack left, every limit is reached.

extension VM {
    /// Bytes of stack kept free for what runs after the deepest native level refuses.
    static let nativeStackReserve = 256 << 10

    /// Enters one level of Swift-side recursion or raises RecursionError, CPython's
    /// message followed by `context` (" while getting the repr of an object"). The
    /// caller leaves the level with `nativeDepth -= 1`.
    @inline(__always)
    func enterNativeRecursion(_ context: @autoclosure () -> String) throws(Raised) {
        if depth + nativeDepth >= recursionLimit || nativeStackExhausted() {
            throw raise(exceptionTypes.recursionError, "maximum recursion depth exceeded" + context())
        }
        nativeDepth += 1
    }

    /// Raises RecursionError when the stack is nearly used, for Swift recursion that
    /// CPython does not count against the limit (hashing nested tuples).
    @inline(__always)
    func checkNativeStack() throws(Raised) {
        if nativeStackExhausted() { throw raise(exceptionTypes.recursionError, "maximum recursion depth exceeded") }
    }

    @inline(__always) private func nativeStackExhausted() -> Bool {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < nativeStackFloor
    }

    /// The lowest stack address native recursion may reach on the calling thread.
    static func stackFloorOfCurrentThread() -> UInt {
        let low = tern_current_thread_stack_low()
        return low == 0 ? 0 : UInt(low) + UInt(nativeStackReserve)
    }
}
