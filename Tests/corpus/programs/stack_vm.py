"""An assembler and stack virtual machine: labels, calls, a data stack and a call stack."""


class AssemblyError(Exception):
    pass


class VMError(Exception):
    def __init__(self, message, pc, instruction):
        super().__init__(f"{message} at pc={pc} ({instruction})")


OPCODES = {
    "push": 1, "pop": 0, "dup": 0, "swap": 0, "over": 0,
    "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0, "neg": 0,
    "eq": 0, "lt": 0, "gt": 0, "not": 0,
    "jmp": 1, "jz": 1, "jnz": 1, "call": 1, "ret": 0,
    "load": 1, "store": 1, "print": 0, "halt": 0,
}


def assemble(source):
    """Two passes: collect label addresses, then encode (opcode, operand) pairs."""
    lines = []
    labels = {}
    for number, raw in enumerate(source.splitlines(), 1):
        text = raw.split(";", 1)[0].strip()
        if not text:
            continue
        if text.endswith(":"):
            label = text[:-1]
            if label in labels:
                raise AssemblyError(f"line {number}: duplicate label {label!r}")
            labels[label] = len(lines)
            continue
        parts = text.split()
        name = parts[0].lower()
        if name not in OPCODES:
            raise AssemblyError(f"line {number}: unknown instruction {name!r}")
        if len(parts) - 1 != OPCODES[name]:
            raise AssemblyError(f"line {number}: {name} takes {OPCODES[name]} operand(s)")
        lines.append((number, name, parts[1] if len(parts) > 1 else None))
    program = []
    for number, name, operand in lines:
        if operand is None:
            program.append((name, None))
        elif name in ("jmp", "jz", "jnz", "call"):
            if operand not in labels:
                raise AssemblyError(f"line {number}: undefined label {operand!r}")
            program.append((name, labels[operand]))
        elif name in ("load", "store"):
            program.append((name, operand))
        else:
            program.append((name, int(operand)))
    return program


class VM:
    def __init__(self, program, max_steps=100000):
        self.program = program
        self.stack = []
        self.frames = []
        self.variables = {}
        self.output = []
        self.max_steps = max_steps
        self.steps = 0

    def pop(self, pc, instruction):
        if not self.stack:
            raise VMError("stack underflow", pc, instruction)
        return self.stack.pop()

    def run(self):
        pc = 0
        binary = {
            "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
            "eq": lambda a, b: int(a == b), "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b),
        }
        while pc < len(self.program):
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step limit exceeded", pc, self.program[pc][0])
            name, operand = self.program[pc]
            pc += 1
            if name == "push":
                self.stack.append(operand)
            elif name == "pop":
                self.pop(pc - 1, name)
            elif name == "dup":
                value = self.pop(pc - 1, name)
                self.stack += [value, value]
            elif name == "swap":
                b, a = self.pop(pc - 1, name), self.pop(pc - 1, name)
                self.stack += [b, a]
            elif name == "over":
                b, a = self.pop(pc - 1, name), self.pop(pc - 1, name)
                self.stack += [a, b, a]
            elif name in binary:
                b, a = self.pop(pc - 1, name), self.pop(pc - 1, name)
                self.stack.append(binary[name](a, b))
            elif name in ("div", "mod"):
                b, a = self.pop(pc - 1, name), self.pop(pc - 1, name)
                if b == 0:
                    raise VMError("division by zero", pc - 1, name)
                self.stack.append(a // b if name == "div" else a % b)
            elif name == "neg":
                self.stack.append(-self.pop(pc - 1, name))
            elif name == "not":
                self.stack.append(int(not self.pop(pc - 1, name)))
            elif name == "jmp":
                pc = operand
            elif name == "jz":
                if self.pop(pc - 1, name) == 0:
                    pc = operand
            elif name == "jnz":
                if self.pop(pc - 1, name) != 0:
                    pc = operand
            elif name == "call":
                self.frames.append(pc)
                pc = operand
            elif name == "ret":
                if not self.frames:
                    raise VMError("return outside call", pc - 1, name)
                pc = self.frames.pop()
            elif name == "load":
                if operand not in self.variables:
                    raise VMError(f"unknown variable {operand}", pc - 1, name)
                self.stack.append(self.variables[operand])
            elif name == "store":
                self.variables[operand] = self.pop(pc - 1, name)
            elif name == "print":
                self.output.append(self.pop(pc - 1, name))
            elif name == "halt":
                break
        return self.output


FACTORIALS = """
    push 1
    store n
loop:
    load n
    call factorial
    print
    load n
    push 1
    add
    dup
    store n
    push 15
    gt
    jz loop
    halt
factorial:          ; ( n -- n! ) iteratively
    push 1
    swap
fact_loop:
    dup
    jz fact_done
    dup
    store k
    mul
    load k
    push 1
    sub
    jmp fact_loop
fact_done:
    pop
    ret
"""

PRIMES = """
    push 2
    store candidate
next_candidate:
    push 2
    store divisor
try_divisor:
    load divisor
    dup
    mul
    load candidate
    gt
    jnz is_prime          ; divisor * divisor > candidate
    load candidate
    load divisor
    mod
    jz not_prime
    load divisor
    push 1
    add
    store divisor
    jmp try_divisor
is_prime:
    load candidate
    print
not_prime:
    load candidate
    push 1
    add
    dup
    store candidate
    push 60
    lt
    jnz next_candidate
"""

program = assemble(FACTORIALS)
print(len(program), "instructions")
vm = VM(program)
print(vm.run())
print("steps:", vm.steps)
vm = VM(assemble(PRIMES))
print(vm.run(), vm.steps)
print(VM(assemble("push 7\npush 3\nover\nover\nmod\nprint\ndiv\nprint\npush -5\nneg\nnot\nprint")).run())
for source in ["push 1\nadd", "push 1\npush 0\ndiv", "ret", "load x", "spin:\njmp spin"]:
    try:
        VM(assemble(source), max_steps=1000).run()
    except VMError as error:
        print("VMError:", error)
for source in ["bogus 1", "push", "jmp nowhere", "a:\na:\nhalt"]:
    try:
        assemble(source)
    except AssemblyError as error:
        print("AssemblyError:", error)
