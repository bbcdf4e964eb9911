// The x86-64 assembler's byte buffer, labels and the REX/ModRM/SIB encoder that
// every instruction goes through. Instructions live in X86Integer.swift,
// X86ControlFlow.swift and X86SSE.swift.

/// Builds x86-64 machine code into a byte buffer.
struct X86Assembler {
    /// The code emitted so far.
    private(set) var bytes: [UInt8] = []
    /// The bound offset of each label, indexed by label id (nil until bound).
    private var labelOffsets: [Int?] = []
    /// The rel32 fields waiting for labels to be bound, each chained to the next waiting for the same
    /// label (-1 ends a chain): one array for all labels, not one per label.
    private var pendingFields: [(field: Int, next: Int)] = []
    /// The first of each label's waiting fields (an index in `pendingFields`, or -1), by label id.
    private var pendingHeads: [Int] = []
    private var pendingJumpCount = 0

    init() {
        bytes.reserveCapacity(256)
    }

    /// The offset the next instruction will be emitted at.
    var offset: Int { bytes.count }

    /// Returns the finished code; every label a jump names must be bound.
    func finish() -> [UInt8] {
        precondition(pendingJumpCount == 0, "a jump names a label that was never bound")
        return bytes
    }

    // MARK: Labels

    /// A fresh, unbound label.
    mutating func newLabel() -> Label {
        labelOffsets.append(nil)
        pendingHeads.append(-1)
        return Label(id: labelOffsets.count - 1)
    }

    /// Binds `label` to the current offset and resolves the jumps already aimed at it.
    mutating func bind(_ label: Label) {
        precondition(labelOffsets[label.id] == nil, "label bound twice")
        labelOffsets[label.id] = offset
        var pending = pendingHeads[label.id]
        while pending >= 0 {
            patchRel32(at: pendingFields[pending].field, target: offset)
            pendingJumpCount -= 1
            pending = pendingFields[pending].next
        }
        pendingHeads[label.id] = -1
    }

    /// The offset `label` is bound to, or nil while it is unbound.
    func offset(of label: Label) -> Int? { labelOffsets[label.id] }

    /// Emits a rel32 field aimed at `label` (now if bound, else when it is bound); returns the field's offset.
    mutating func emitRel32(to label: Label) -> Int {
        let field = offset
        emit32(0)
        if let target = labelOffsets[label.id] {
            patchRel32(at: field, target: target)
        } else {
            pendingFields.append((field, pendingHeads[label.id]))
            pendingHeads[label.id] = pendingFields.count - 1
            pendingJumpCount += 1
        }
        return field
    }

    /// Re-aims the rel32 field at `field` at offset `target` of this buffer.
    mutating func patchRel32(at field: Int, target: Int) {
        let displacement = UInt32(bitPattern: Int32(target - (field + 4)))
        for index in 0..<4 { bytes[field + index] = UInt8(truncatingIfNeeded: displacement >> (8 * index)) }
    }

    // MARK: Raw bytes

    /// Appends one byte.
    mutating func emit(_ byte: UInt8) { bytes.append(byte) }

    /// Appends a little-endian 32-bit value.
    mutating func emit32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a little-endian 64-bit value.
    mutating func emit64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    // MARK: Instruction encoding

    /// Emits a REX prefix when any bit is needed or `force` asks for one (byte registers spl–dil).
    mutating func emitREX(wide: Bool, reg: UInt8, index: UInt8, base: UInt8, force: Bool = false) {
        let rex: UInt8 = 0x40 | (wide ? 8 : 0) | (reg >> 3 & 1) << 2 | (index >> 3 & 1) << 1 | (base >> 3 & 1)
        if rex != 0x40 || force { emit(rex) }
    }

    /// Emits a one-byte opcode, or a two-byte one written as 0x0Fxx.
    mutating func emitOpcode(_ opcode: UInt16) {
        if opcode > 0xFF { emit(UInt8(opcode >> 8)) }
        emit(UInt8(truncatingIfNeeded: opcode))
    }

    /// Emits `[prefix] [REX] opcode ModRM` with a register as the r/m operand; `reg` is a register number or an opcode extension.
    mutating func emitRegisterForm(prefix: UInt8? = nil, wide: Bool = true, opcode: UInt16,
                                   reg: UInt8, rm: UInt8, forceREX: Bool = false) {
        if let prefix { emit(prefix) }
        emitREX(wide: wide, reg: reg, index: 0, base: rm, force: forceREX)
        emitOpcode(opcode)
        emit(0xC0 | (reg & 7) << 3 | (rm & 7))
    }

    /// Emits `[prefix] [REX] opcode ModRM [SIB] [displacement]` with a memory r/m operand.
    mutating func emitMemoryForm(prefix: UInt8? = nil, wide: Bool = true, opcode: UInt16,
                                 reg: UInt8, memory: MemoryOperand) {
        if let prefix { emit(prefix) }
        emitREX(wide: wide, reg: reg, index: memory.index?.rawValue ?? 0, base: memory.base.rawValue)
        emitOpcode(opcode)
        emitAddress(reg: reg, memory: memory)
    }

    /// Emits the ModRM, SIB and displacement bytes of a memory operand.
    private mutating func emitAddress(reg: UInt8, memory: MemoryOperand) {
        let base = memory.base.low3
        let displacement = memory.displacement
        // Mode 00 with base 101 means rip-relative (no base), so rbp and r13 take a disp8 of 0.
        let mode: UInt8
        if displacement == 0 && base != 5 {
            mode = 0
        } else if Int8(exactly: displacement) != nil {
            mode = 1
        } else {
            mode = 2
        }
        // r/m 100 means "a SIB byte follows", so rsp and r12 as a base need one.
        if memory.index == nil && base != 4 {
            emit(mode << 6 | (reg & 7) << 3 | base)
        } else {
            emit(mode << 6 | (reg & 7) << 3 | 4)
            let index = memory.index?.low3 ?? 4  // index 100 without REX.X: no index
            emit(memory.scale.rawValue << 6 | index << 3 | base)
        }
        if mode == 1 {
            emit(UInt8(bitPattern: Int8(displacement)))
        } else if mode == 2 {
            emit32(displacement)
        }
    }
}
