// Jumps, calls, the stack and absolute-address transfers.
//
// Label jumps always use a rel32 displacement, so any of them can be re-aimed
// later (a guard's exit jump re-pointed at a bridge). Code reaches absolute
// addresses (runtime functions, other pieces) through r11, which is
// caller-saved and carries no argument in the System V convention.

extension X86Assembler {
    /// The scratch register absolute jumps and calls load their target into.
    static let scratch = Register.r11

    /// jmp label; returns the offset of the rel32 field.
    @discardableResult
    mutating func jmp(_ label: Label) -> Int {
        emit(0xE9)
        return emitRel32(to: label)
    }

    /// jcc label; returns the offset of the rel32 field.
    @discardableResult
    mutating func jump(if condition: Condition, to label: Label) -> Int {
        emit(0x0F)
        emit(0x80 | condition.rawValue)
        return emitRel32(to: label)
    }

    /// jmp register.
    mutating func jmp(_ target: Register) {
        emitRegisterForm(wide: false, opcode: 0xFF, reg: 4, rm: target.rawValue)
    }

    /// call register.
    mutating func call(_ target: Register) {
        emitRegisterForm(wide: false, opcode: 0xFF, reg: 2, rm: target.rawValue)
    }

    /// call qword [base + displacement]: through a table of entry points.
    mutating func call(base: Register, displacement: Int32 = 0) {
        emitMemoryForm(wide: false, opcode: 0xFF, reg: 2, memory: MemoryOperand(base: base, displacement: displacement))
    }

    /// mov r11, address; jmp r11. Returns the offset of the 8-byte address, for re-aiming.
    @discardableResult
    mutating func jump(toAddress address: UInt64) -> Int {
        let field = movabs(Self.scratch, address)
        jmp(Self.scratch)
        return field
    }

    /// mov r11, address; call r11. Returns the offset of the 8-byte address.
    @discardableResult
    mutating func call(address: UInt64) -> Int {
        let field = movabs(Self.scratch, address)
        call(Self.scratch)
        return field
    }

    /// ret.
    mutating func ret() { emit(0xC3) }

    /// push register.
    mutating func push(_ register: Register) {
        emitREX(wide: false, reg: 0, index: 0, base: register.rawValue)
        emit(0x50 | register.low3)
    }

    /// pop register.
    mutating func pop(_ register: Register) {
        emitREX(wide: false, reg: 0, index: 0, base: register.rawValue)
        emit(0x58 | register.low3)
    }

    /// int3, a breakpoint trap (padding that must never run).
    mutating func int3() { emit(0xCC) }

    /// The rel32 value that makes a jump whose field is at `fieldAddress` land on `target`, or nil when out of range.
    static func rel32(fieldAddress: UInt, target: UInt) -> Int32? {
        let displacement = Int64(bitPattern: UInt64(target) &- UInt64(fieldAddress + 4))
        return Int32(exactly: displacement)
    }
}
