// 64-bit integer instructions: moves, loads and stores, arithmetic, shifts,
// division, and the flag readers setcc and cmov.

/// The arithmetic group sharing opcodes 00–3F and the /digit of 81 and 83.
private enum ArithmeticOperation: UInt8 {
    case add = 0, or = 1, and = 4, sub = 5, xor = 6, cmp = 7
}

/// The shift group's /digit in C1, D1 and D3.
private enum ShiftOperation: UInt8 {
    case shl = 4, shr = 5, sar = 7
}

extension X86Assembler {
    // MARK: Moves

    /// mov dst, src.
    mutating func mov(_ dst: Register, _ src: Register) {
        emitRegisterForm(opcode: 0x89, reg: src.rawValue, rm: dst.rawValue)
    }

    /// dst = value in the shortest form; leaves the flags alone (no xor for 0).
    mutating func mov(_ dst: Register, immediate value: Int64) {
        if UInt32(exactly: value) != nil {
            // A 32-bit mov zero-extends into the full register.
            emitREX(wide: false, reg: 0, index: 0, base: dst.rawValue)
            emit(0xB8 | dst.low3)
            emit32(Int32(bitPattern: UInt32(value)))
        } else if let value = Int32(exactly: value) {
            emitRegisterForm(opcode: 0xC7, reg: 0, rm: dst.rawValue)
            emit32(value)
        } else {
            movabs(dst, UInt64(bitPattern: value))
        }
    }

    /// mov dst, imm64 always in the 10-byte form; returns the offset of the 8-byte value, for patching.
    @discardableResult
    mutating func movabs(_ dst: Register, _ value: UInt64) -> Int {
        emitREX(wide: true, reg: 0, index: 0, base: dst.rawValue)
        emit(0xB8 | dst.low3)
        let field = offset
        emit64(value)
        return field
    }

    /// mov dst, [base + index * scale + displacement].
    mutating func load(_ dst: Register, base: Register, index: Register? = nil, scale: Scale = .one,
                       displacement: Int32 = 0) {
        let memory = MemoryOperand(base: base, index: index, scale: scale, displacement: displacement)
        emitMemoryForm(opcode: 0x8B, reg: dst.rawValue, memory: memory)
    }

    /// mov [base + index * scale + displacement], src.
    mutating func store(base: Register, index: Register? = nil, scale: Scale = .one,
                        displacement: Int32 = 0, _ src: Register) {
        let memory = MemoryOperand(base: base, index: index, scale: scale, displacement: displacement)
        emitMemoryForm(opcode: 0x89, reg: src.rawValue, memory: memory)
    }

    /// mov qword [base + displacement], imm32 sign-extended to 64 bits.
    mutating func store(base: Register, displacement: Int32 = 0, immediate32 value: Int32) {
        emitMemoryForm(opcode: 0xC7, reg: 0, memory: MemoryOperand(base: base, displacement: displacement))
        emit32(value)
    }

    /// movzx dst, byte [base + displacement] (a header's kind byte).
    mutating func loadByte(_ dst: Register, base: Register, displacement: Int32 = 0) {
        emitMemoryForm(opcode: 0x0FB6, reg: dst.rawValue, memory: MemoryOperand(base: base, displacement: displacement))
    }

    /// mov dst32, dword [base + displacement], zero-extended (a header's type id).
    mutating func load32(_ dst: Register, base: Register, displacement: Int32 = 0) {
        emitMemoryForm(wide: false, opcode: 0x8B, reg: dst.rawValue,
                       memory: MemoryOperand(base: base, displacement: displacement))
    }

    /// mov dword [base + displacement], src32 (a loop slot's generation stamp).
    mutating func store32(base: Register, displacement: Int32 = 0, _ src: Register) {
        emitMemoryForm(wide: false, opcode: 0x89, reg: src.rawValue, memory: MemoryOperand(base: base, displacement: displacement))
    }

    /// lea dst, [base + index * scale + displacement].
    mutating func lea(_ dst: Register, base: Register, index: Register? = nil, scale: Scale = .one,
                      displacement: Int32 = 0) {
        let memory = MemoryOperand(base: base, index: index, scale: scale, displacement: displacement)
        emitMemoryForm(opcode: 0x8D, reg: dst.rawValue, memory: memory)
    }

    // MARK: Arithmetic

    /// add dst, src.
    mutating func add(_ dst: Register, _ src: Register) { arithmetic(.add, dst, src) }
    /// sub dst, src.
    mutating func sub(_ dst: Register, _ src: Register) { arithmetic(.sub, dst, src) }
    /// and dst, src.
    mutating func and(_ dst: Register, _ src: Register) { arithmetic(.and, dst, src) }
    /// or dst, src.
    mutating func or(_ dst: Register, _ src: Register) { arithmetic(.or, dst, src) }
    /// xor dst, src.
    mutating func xor(_ dst: Register, _ src: Register) { arithmetic(.xor, dst, src) }
    /// cmp dst, src (flags of dst - src).
    mutating func cmp(_ dst: Register, _ src: Register) { arithmetic(.cmp, dst, src) }

    /// add dst, imm (sign-extended).
    mutating func add(_ dst: Register, immediate: Int32) { arithmetic(.add, dst, immediate: immediate) }
    /// sub dst, imm (sign-extended).
    mutating func sub(_ dst: Register, immediate: Int32) { arithmetic(.sub, dst, immediate: immediate) }
    /// and dst, imm (sign-extended).
    mutating func and(_ dst: Register, immediate: Int32) { arithmetic(.and, dst, immediate: immediate) }
    /// or dst, imm (sign-extended).
    mutating func or(_ dst: Register, immediate: Int32) { arithmetic(.or, dst, immediate: immediate) }
    /// xor dst, imm (sign-extended).
    mutating func xor(_ dst: Register, immediate: Int32) { arithmetic(.xor, dst, immediate: immediate) }
    /// cmp dst, imm (sign-extended).
    mutating func cmp(_ dst: Register, immediate: Int32) { arithmetic(.cmp, dst, immediate: immediate) }

    /// add dst, [base + displacement].
    mutating func add(_ dst: Register, base: Register, displacement: Int32 = 0) {
        arithmetic(.add, dst, MemoryOperand(base: base, displacement: displacement))
    }
    /// sub dst, [base + displacement].
    mutating func sub(_ dst: Register, base: Register, displacement: Int32 = 0) {
        arithmetic(.sub, dst, MemoryOperand(base: base, displacement: displacement))
    }
    /// cmp dst, [base + displacement].
    mutating func cmp(_ dst: Register, base: Register, displacement: Int32 = 0) {
        arithmetic(.cmp, dst, MemoryOperand(base: base, displacement: displacement))
    }

    /// cmp qword [base + displacement], imm (sign-extended).
    mutating func cmp(base: Register, displacement: Int32 = 0, immediate: Int32) {
        let memory = MemoryOperand(base: base, displacement: displacement)
        if let small = Int8(exactly: immediate) {
            emitMemoryForm(opcode: 0x83, reg: ArithmeticOperation.cmp.rawValue, memory: memory)
            emit(UInt8(bitPattern: small))
        } else {
            emitMemoryForm(opcode: 0x81, reg: ArithmeticOperation.cmp.rawValue, memory: memory)
            emit32(immediate)
        }
    }

    /// test dst, src (flags of dst & src).
    mutating func test(_ dst: Register, _ src: Register) {
        emitRegisterForm(opcode: 0x85, reg: src.rawValue, rm: dst.rawValue)
    }

    /// test dst, imm32 (sign-extended; x86 has no imm8 form of a 64-bit test).
    mutating func test(_ dst: Register, immediate: Int32) {
        if dst == .rax {
            emitREX(wide: true, reg: 0, index: 0, base: 0)
            emit(0xA9)
        } else {
            emitRegisterForm(opcode: 0xF7, reg: 0, rm: dst.rawValue)
        }
        emit32(immediate)
    }

    /// imul dst, src (two-operand; OF and CF are set on signed overflow).
    mutating func imul(_ dst: Register, _ src: Register) {
        emitRegisterForm(opcode: 0x0FAF, reg: dst.rawValue, rm: src.rawValue)
    }

    /// neg register (two's complement; OF set for Int64.min).
    mutating func neg(_ register: Register) {
        emitRegisterForm(opcode: 0xF7, reg: 3, rm: register.rawValue)
    }

    /// not register (one's complement; flags unchanged).
    mutating func not(_ register: Register) {
        emitRegisterForm(opcode: 0xF7, reg: 2, rm: register.rawValue)
    }

    /// cqo: sign-extend rax into rdx:rax before idiv.
    mutating func cqo() {
        emit(0x48)
        emit(0x99)
    }

    /// idiv divisor: rax = rdx:rax / divisor, rdx = remainder (truncating; traps on 0 and on Int64.min / -1).
    mutating func idiv(_ divisor: Register) {
        emitRegisterForm(opcode: 0xF7, reg: 7, rm: divisor.rawValue)
    }

    // MARK: Shifts

    /// shl register, count.
    mutating func shl(_ register: Register, immediate count: UInt8) { shift(.shl, register, count) }
    /// shr register, count (logical).
    mutating func shr(_ register: Register, immediate count: UInt8) { shift(.shr, register, count) }
    /// sar register, count (arithmetic).
    mutating func sar(_ register: Register, immediate count: UInt8) { shift(.sar, register, count) }
    /// shl register, cl.
    mutating func shlByCL(_ register: Register) { shiftByCL(.shl, register) }
    /// shr register, cl (logical).
    mutating func shrByCL(_ register: Register) { shiftByCL(.shr, register) }
    /// sar register, cl (arithmetic).
    mutating func sarByCL(_ register: Register) { shiftByCL(.sar, register) }

    // MARK: Reading flags

    /// setcc register8: the register's low byte = 1 if condition holds, else 0; the upper bytes are kept.
    mutating func setcc(_ condition: Condition, _ register: Register) {
        // Without a REX prefix, byte registers 4–7 are ah, ch, dh, bh instead of spl, bpl, sil, dil.
        emitRegisterForm(wide: false, opcode: 0x0F90 | UInt16(condition.rawValue), reg: 0,
                         rm: register.rawValue, forceREX: register.rawValue >= 4)
    }

    /// movzx dst, src8: zero-extend the low byte of src to 64 bits.
    mutating func movzxByte(_ dst: Register, _ src: Register) {
        // REX.W is always present, so src's low byte is never ah–bh.
        emitRegisterForm(opcode: 0x0FB6, reg: dst.rawValue, rm: src.rawValue)
    }

    /// cmovcc dst, src: dst = src if condition holds.
    mutating func cmov(_ condition: Condition, _ dst: Register, _ src: Register) {
        emitRegisterForm(opcode: 0x0F40 | UInt16(condition.rawValue), reg: dst.rawValue, rm: src.rawValue)
    }

    // MARK: Encodings shared by a group

    private mutating func arithmetic(_ operation: ArithmeticOperation, _ dst: Register, _ src: Register) {
        emitRegisterForm(opcode: UInt16(operation.rawValue << 3 | 0x01), reg: src.rawValue, rm: dst.rawValue)
    }

    private mutating func arithmetic(_ operation: ArithmeticOperation, _ dst: Register, _ src: MemoryOperand) {
        emitMemoryForm(opcode: UInt16(operation.rawValue << 3 | 0x03), reg: dst.rawValue, memory: src)
    }

    private mutating func arithmetic(_ operation: ArithmeticOperation, _ dst: Register, immediate: Int32) {
        if let small = Int8(exactly: immediate) {
            emitRegisterForm(opcode: 0x83, reg: operation.rawValue, rm: dst.rawValue)
            emit(UInt8(bitPattern: small))
        } else if dst == .rax {
            // The accumulator has a form one byte shorter, which GNU as picks too.
            emitREX(wide: true, reg: 0, index: 0, base: 0)
            emit(operation.rawValue << 3 | 0x05)
            emit32(immediate)
        } else {
            emitRegisterForm(opcode: 0x81, reg: operation.rawValue, rm: dst.rawValue)
            emit32(immediate)
        }
    }

    private mutating func shift(_ operation: ShiftOperation, _ register: Register, _ count: UInt8) {
        precondition(count < 64, "shift count out of range")
        if count == 1 {
            emitRegisterForm(opcode: 0xD1, reg: operation.rawValue, rm: register.rawValue)
        } else {
            emitRegisterForm(opcode: 0xC1, reg: operation.rawValue, rm: register.rawValue)
            emit(count)
        }
    }

    private mutating func shiftByCL(_ operation: ShiftOperation, _ register: Register) {
        emitRegisterForm(opcode: 0xD3, reg: operation.rawValue, rm: register.rawValue)
    }
}
