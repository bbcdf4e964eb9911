// SSE2 scalar double instructions. Their mandatory prefix (66 or F2) goes
// before the REX prefix, which emitRegisterForm and emitMemoryForm keep.

extension X86Assembler {
    /// movq xmm, r64: the register's bits as a double.
    mutating func movq(_ dst: XMMRegister, _ src: Register) {
        emitRegisterForm(prefix: 0x66, opcode: 0x0F6E, reg: dst.rawValue, rm: src.rawValue)
    }

    /// movq r64, xmm: the double's bits into a register.
    mutating func movq(_ dst: Register, _ src: XMMRegister) {
        emitRegisterForm(prefix: 0x66, opcode: 0x0F7E, reg: src.rawValue, rm: dst.rawValue)
    }

    /// movsd xmm, [base + index * scale + displacement] (the upper half is zeroed).
    mutating func movsd(_ dst: XMMRegister, base: Register, index: Register? = nil, scale: Scale = .one,
                        displacement: Int32 = 0) {
        let memory = MemoryOperand(base: base, index: index, scale: scale, displacement: displacement)
        emitMemoryForm(prefix: 0xF2, wide: false, opcode: 0x0F10, reg: dst.rawValue, memory: memory)
    }

    /// movsd [base + index * scale + displacement], xmm.
    mutating func movsd(base: Register, index: Register? = nil, scale: Scale = .one,
                        displacement: Int32 = 0, _ src: XMMRegister) {
        let memory = MemoryOperand(base: base, index: index, scale: scale, displacement: displacement)
        emitMemoryForm(prefix: 0xF2, wide: false, opcode: 0x0F11, reg: src.rawValue, memory: memory)
    }

    /// movapd dst, src: copies the whole register (no dependency on dst, unlike movsd reg-reg).
    mutating func movapd(_ dst: XMMRegister, _ src: XMMRegister) { sse(0x66, 0x0F28, dst, src) }

    /// addsd dst, src.
    mutating func addsd(_ dst: XMMRegister, _ src: XMMRegister) { sse(0xF2, 0x0F58, dst, src) }
    /// subsd dst, src.
    mutating func subsd(_ dst: XMMRegister, _ src: XMMRegister) { sse(0xF2, 0x0F5C, dst, src) }
    /// mulsd dst, src.
    mutating func mulsd(_ dst: XMMRegister, _ src: XMMRegister) { sse(0xF2, 0x0F59, dst, src) }
    /// divsd dst, src.
    mutating func divsd(_ dst: XMMRegister, _ src: XMMRegister) { sse(0xF2, 0x0F5E, dst, src) }
    /// sqrtsd dst, src.
    mutating func sqrtsd(_ dst: XMMRegister, _ src: XMMRegister) { sse(0xF2, 0x0F51, dst, src) }
    /// xorpd dst, src (xorpd x, x zeroes x).
    mutating func xorpd(_ dst: XMMRegister, _ src: XMMRegister) { sse(0x66, 0x0F57, dst, src) }

    /// ucomisd a, b: ZF, PF, CF as for an unsigned compare of a with b; unordered (NaN) sets all three.
    mutating func ucomisd(_ a: XMMRegister, _ b: XMMRegister) { sse(0x66, 0x0F2E, a, b) }

    /// cvtsi2sd xmm, r64: the signed integer as the nearest double.
    mutating func cvtsi2sd(_ dst: XMMRegister, _ src: Register) {
        emitRegisterForm(prefix: 0xF2, opcode: 0x0F2A, reg: dst.rawValue, rm: src.rawValue)
    }

    /// cvttsd2si r64, xmm: the double truncated toward zero; NaN and out-of-range give Int64.min.
    mutating func cvttsd2si(_ dst: Register, _ src: XMMRegister) {
        emitRegisterForm(prefix: 0xF2, opcode: 0x0F2C, reg: dst.rawValue, rm: src.rawValue)
    }

    private mutating func sse(_ prefix: UInt8, _ opcode: UInt16, _ dst: XMMRegister, _ src: XMMRegister) {
        emitRegisterForm(prefix: prefix, wide: false, opcode: opcode, reg: dst.rawValue, rm: src.rawValue)
    }
}
