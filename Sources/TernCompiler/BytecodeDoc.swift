// Renders docs/bytecode.md from `Opcode.specs`, so the document can never
// disagree with the instruction set. Regenerate with
// `tern --dump-bytecode-doc > docs/bytecode.md` (or the BytecodeDocTests test).

/// The Markdown text of docs/bytecode.md.
public func bytecodeDocMarkdown() -> String {
    var text = """
    <!-- Generated from Sources/TernCompiler/Opcode.swift by bytecodeDocMarkdown(); do not edit by hand. -->
    # Tern bytecode

    Tern compiles each module, class body, function, lambda and comprehension to a
    `CodeObject` (Sources/TernCompiler/CodeObject.swift). The instruction set follows
    CPython 3.11 closely; where an instruction has CPython's name it has CPython's
    meaning unless the table below says otherwise.

    ## Encoding

    - One instruction is one 32-bit word: `opcode | argument << 8`, the argument in 0..<2^24.
      There is no EXTENDED_ARG.
    - An instruction marked *cached* is followed by one extra word holding the index of
      its inline-cache slot. Slots are numbered 0, 1, 2, … in order of emission within a
      code object; `cacheCount` is their number.
    - Jump arguments are **absolute** word offsets of the target instruction. Forward
      jumps are JUMP_FORWARD, backward ones JUMP_BACKWARD.
    - Every loop starts with `LOOP_HEADER k` (k = 0, 1, … per code object, `loopCount` in
      all): before the test of a `while`, before the FOR_ITER of a `for` and of each
      comprehension clause. A loop's `continue` and its closing jump are JUMP_BACKWARD to
      its LOOP_HEADER. The only other backward jump is the internal loop of `yield from`
      and `await` (`SEND`, `YIELD_VALUE`, `JUMP_BACKWARD` to the SEND), which has no header.
    - Conditional jumps (POP_JUMP_IF_*, JUMP_IF_*_OR_POP, FOR_ITER, SEND) only go forward.
    - There is no RESUME, PRECALL, CACHE, RETURN_GENERATOR, MAKE_CELL, COPY_FREE_VARS,
      EXTENDED_ARG or SETUP_*/POP_BLOCK in the final code.

    ## Frame layout

    Frame slots ("localsplus"): `varNames` (parameters first: positional-only and
    positional, keyword-only, `*args`, `**kwargs`; then other locals in order of first
    use), then `cellVars` (parameters that are cells in parameter order, then the other
    cells sorted, as CPython 3.11), then `freeVars` (sorted), then the value stack of
    `stackSize` slots. LOAD_DEREF and friends index `cellVars + freeVars`. On entry the VM
    makes a fresh cell for every cell variable, initialised from parameter slot
    `cellParameter[i]` when that is not -1, and copies the function's closure cells into
    the free-variable slots. A function whose code has the GENERATOR flag returns a
    generator when called; its first resumption starts at offset 0 with nothing pushed
    (there is no POP_TOP of the first sent value). `constants[0]` of a function is its
    docstring when it is a str (lambdas always have None there). Class bodies use
    LOAD_CLASSDEREF k, whose name is `(cellVars + freeVars)[k]`.

    ## Calling convention

    The stack before `CALL n` is `callable, self_or_null, arg_1 … arg_n`. A plain call
    `f(x)` is `LOAD f; PUSH_NULL; LOAD x; CALL 1`. A method call `o.m(x)` is
    `LOAD o; LOAD_METHOD m; LOAD x; CALL 1` (LOAD_METHOD leaves `function, o` or
    `attribute, NULL`). When self_or_null is not NULL it is passed as the first argument,
    whatever the callable is: the compiler uses this for comprehensions (`function,
    iterator, CALL 0` passes the iterator as `.0`) and for `__exit__` (`exit, None, None,
    None, CALL 2` is `exit(None, None, None)`), as CPython 3.11 does. Keyword arguments
    come last; `KW_NAMES k` (a tuple constant of their names) immediately precedes the
    CALL. Calls with `*args` or `**kwargs`: `callable, NULL, args tuple, [kwargs dict],
    CALL_FUNCTION_EX flags` — the compiler builds a fresh tuple and dict, except that
    `f(*x)` passes `x` itself, which the VM must turn into a tuple (CPython 3.11 does the same).
    Decorators are `LOAD d; PUSH_NULL` before the function is made, then `CALL 1` after.
    `class C(B, metaclass=M)` is `LOAD_BUILD_CLASS; PUSH_NULL; MAKE_FUNCTION body;
    LOAD_CONST 'C'; LOAD B; LOAD M; KW_NAMES ('metaclass',); CALL 3`. The class body
    returns its `__class__` cell (also stored as `__classcell__`) or None.

    ## Generators and coroutines

    A code object with GENERATOR, COROUTINE or ASYNC_GENERATOR is a generator body:
    calling the function creates the generator without running anything, and the
    first `send(None)`/`next()` starts at offset 0 with nothing pushed. YIELD_VALUE
    suspends; the value sent on resumption is pushed. `yield from x` is
    `GET_YIELD_FROM_ITER; LOAD_CONST None; SEND end; YIELD_VALUE; JUMP_BACKWARD SEND`;
    as in CPython 3.11, `throw()` and `close()` on a generator suspended at that
    YIELD_VALUE must be forwarded to the receiver below it. `await x` has the same
    shape: in COROUTINE and ASYNC_GENERATOR code GET_YIELD_FROM_ITER applies await
    semantics (`__await__`, coroutines stay themselves). `async for` is GET_AITER,
    then per item GET_ANEXT and an await under a handler whose END_ASYNC_FOR ends
    the loop on StopAsyncIteration. A comprehension with an `async for` clause, an
    `await`, or an asynchronous list, set or dict comprehension in its body is
    asynchronous: its code is COROUTINE (ASYNC_GENERATOR for a generator
    expression), its clauses are `async for` loops where written, and GET_AITER
    replaces GET_ITER on its outermost iterable when the first clause is `async for`.
    A list, set or dict comprehension's `CALL 0` is then followed by an await of its
    result (`GET_YIELD_FROM_ITER 0; LOAD_CONST None; SEND ...`), allowed only in an
    `async def` or another comprehension; an asynchronous generator expression is
    returned unawaited and may be made anywhere. In ASYNC_GENERATOR code
    YIELD_VALUE yields its value to the async generator's `asend()` machinery
    without any wrapping instruction.

    ## Exception table

    CPython 3.11's zero-cost scheme: `exceptionTable` rows `start..<end -> target [depth]
    lasti`, sorted by start and never overlapping. When an instruction in `start..<end`
    raises, the VM pops the value stack down to `depth` items, pushes the offset of the
    raising instruction (as an int) if `lasti`, pushes the exception and jumps to
    `target`. No row means the exception leaves the frame. Handler shapes:

    - `try`/`except`: handler `[exc]` → PUSH_EXC_INFO `[previous, exc]` → CHECK_EXC_MATCH /
      POP_JUMP_IF_FALSE per clause → body → POP_EXCEPT. `except E as e` stores `e` and
      deletes it on every way out. A cleanup row (`lasti`) around each handler body runs
      `COPY 3; POP_EXCEPT; RERAISE 1` to restore the previously handled exception.
    - `try`/`except*`: handler `[previous, original, [], exc]` (PUSH_EXC_INFO, COPY 1,
      BUILD_LIST 0, SWAP 2); per clause CHECK_EG_MATCH `[..., rest, match]`, POP_JUMP_IF_NONE,
      then the body under a row whose handler appends what it raises to the list
      (LIST_APPEND 3); at the end LIST_APPEND 1 adds what is left, PREP_RERAISE_STAR makes
      the exception to re-raise (or None), and POP_EXCEPT; RERAISE 0 raises it.
    - `finally`: the final body is compiled twice: inline on the normal path, and in a
      handler `[previous, exc]` ending in RERAISE 0. `return`, `break` and `continue`
      inside `try`/`with` emit the final body or the `__exit__` call before leaving.
    - `with`: BEFORE_WITH `[exit, value]`; the body's row has depth = (depth of `exit`)
      and `lasti`; the handler is PUSH_EXC_INFO, WITH_EXCEPT_START, POP_JUMP_IF_TRUE
      (suppress: pop four items), else RERAISE 2.
    - RERAISE n > 0 takes the offset below the exception (n items down) to set the
      frame's current instruction before re-raising, for tracebacks.

    ## How the compiler produces it

    `compile(_:filename:mode:)` (Sources/TernCompiler/Compile.swift) runs on a thread with
    a large stack, because it recurses on the AST. SymbolTableBuilder and ScopeAnalysis
    resolve every name (CPython's symtable.c); one CompilerUnit per code object collects
    instructions with symbolic labels, SETUP markers for protected ranges and the block
    stack that `return`/`break`/`continue` unwind (Compile*.swift follow compile.c);
    the Assembler drops unreachable code and jumps to the next instruction, computes
    stack depths by flow analysis (StackDepth.swift), lays out words and cache slots, and
    builds the line and exception tables. Constant folding covers what CPython's AST
    optimizer folds when the result is exact in Int64/Double (plus tuples of constants,
    `x in [...]` and `for x in [...]` as tuples, `'%s' % (a,)` as an f-string, and
    `a, b = b, a` as SWAP). `disassemble(_:)` prints any code object.

    ## Opcodes

    Stack effects read (before -- after), top at right.

    | # | name | cached | stack | meaning |
    |---|------|--------|-------|---------|

    """
    for spec in Opcode.specs {
        let meaning = spec.meaning.replacingPipes()
        text += "| \(spec.opcode.rawValue) | `\(spec.opcode.name)` | \(spec.cached ? "yes" : "") | `\(spec.stack.replacingPipes())` | \(meaning) |\n"
    }
    return text
}

private extension String {
    /// Escapes `|` so that a table cell stays one cell.
    func replacingPipes() -> String {
        var result = ""
        for character in self {
            if character == "|" { result += "\\|" } else { result.append(character) }
        }
        return result
    }
}
