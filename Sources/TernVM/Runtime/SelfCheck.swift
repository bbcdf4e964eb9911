// Checks the release build runs in CI (`tern --self-check`): properties of the
// compiled VM itself rather than of Python programs.

/// Swift 6.3.1 at -O can drop a store through a pointer at a negative offset that
/// is followed by a store at offset 0 (swiftlang/swift#77558) — the exact shape of
/// a stack-machine opcode. Package.swift disables the faulty pass; this check
/// fails loudly if a toolchain or flag change brings the bug back.
@inline(never)
public func storeEliminationSelfCheck(_ seed: Int) -> Bool {
    let buffer = UnsafeMutablePointer<Value>.allocate(capacity: 8)
    defer { buffer.deallocate() }
    buffer.initialize(repeating: .null, count: 8)
    var sp = buffer + 4
    sp[-1] = Value(int: seed)
    sp[0] = Value(int: seed + 1)
    sp += 1
    (sp - 2).pointee = Value(int: seed + 2)
    sp[0] = Value(int: seed + 3)
    return buffer[3] == Value(int: seed + 2) && buffer[4] == Value(int: seed + 1) && buffer[5] == Value(int: seed + 3)
}
