// Operand names for the x86-64 assembler: registers, condition codes, labels.

/// A 64-bit general-purpose register; the raw value is its hardware number.
enum Register: UInt8, CaseIterable, Sendable {
    case rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15

    /// The three bits that go in a ModRM or SIB field.
    var low3: UInt8 { rawValue & 7 }
}

/// An SSE register; the raw value is its hardware number.
enum XMMRegister: UInt8, CaseIterable, Sendable {
    case xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7
    case xmm8, xmm9, xmm10, xmm11, xmm12, xmm13, xmm14, xmm15
}

/// The 16 x86 condition codes; the raw value is the `cc` nibble of Jcc, SETcc and CMOVcc.
enum Condition: UInt8, CaseIterable, Sendable {
    case overflow, noOverflow, below, aboveOrEqual, equal, notEqual, belowOrEqual, above
    case sign, notSign, parity, noParity, less, greaterOrEqual, lessOrEqual, greater

    /// The opposite condition: x86 pairs them so that flipping the low bit negates.
    var negated: Condition { Condition(rawValue: rawValue ^ 1)! }
}

/// The factor an index register is multiplied by in a memory operand.
enum Scale: UInt8, Sendable {
    case one = 0, two = 1, four = 2, eight = 3
}

/// A position in the code that jumps can name before it is bound.
struct Label: Hashable, Sendable {
    let id: Int
}

/// A memory operand `[base + index * scale + displacement]`.
struct MemoryOperand: Sendable {
    var base: Register
    var index: Register?
    var scale: Scale
    var displacement: Int32

    init(base: Register, index: Register? = nil, scale: Scale = .one, displacement: Int32 = 0) {
        // The SIB encoding for "index 100" means no index, so rsp cannot be one.
        precondition(index != .rsp, "rsp cannot be an index register")
        self.base = base
        self.index = index
        self.scale = scale
        self.displacement = displacement
    }
}
