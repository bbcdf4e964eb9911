import XCTest
@testable import TernCompiler
import TernSyntax

// Disassembly snapshots of representative constructs. Each expected listing
// was checked by hand against CPython 3.11's `dis` for the same source,
// allowing for Tern's documented differences (NULL after the callable, no
// RESUME/PRECALL, LOOP_HEADER, absolute jump targets, inline cache indices).

final class CompilerSnapshotTests: XCTestCase {
    func listing(_ source: String, mode: SourceMode = .exec) throws -> String {
        disassemble(try compileForTest(source, mode: mode))
    }

    func testTryExceptElseFinally() throws {
        let source = """
def f():
    try:
        a()
    except ValueError as e:
        b(e)
    except (TypeError, KeyError):
        c()
    else:
        d()
    finally:
        g()
"""
        let expected = """
Disassembly of <module> (<test>, line 1):
  flags=0 stack=1 args=0 posonly=0 kwonly=0 loops=0 caches=0
   1        0 LOAD_CONST               0 (<code object f, line 1>)
            1 MAKE_FUNCTION            0
            2 STORE_NAME               0 (f)
            3 LOAD_CONST               1 (None)
            4 RETURN_VALUE             0

Disassembly of f (<test>, line 1):
  flags=OPTIMIZED|NEWLOCALS stack=4 args=0 posonly=0 kwonly=0 loops=0 caches=15
  varnames: e
   3        0 LOAD_GLOBAL              0 (a) [cache 0]
            2 PUSH_NULL                0
            3 CALL                     0 [cache 1]
            5 POP_TOP                  0

   9        6 LOAD_GLOBAL              1 (d) [cache 2]
            8 PUSH_NULL                0
            9 CALL                     0 [cache 3]
           11 POP_TOP                  0
           12 JUMP_FORWARD            55 (to 55)
      >>   13 PUSH_EXC_INFO            0

   4       14 LOAD_GLOBAL              2 (ValueError) [cache 4]
           16 CHECK_EXC_MATCH          0
           17 POP_JUMP_IF_FALSE       35 (to 35)
           18 STORE_FAST               0 (e)

   5       19 LOAD_GLOBAL              3 (b) [cache 5]
           21 PUSH_NULL                0
           22 LOAD_FAST                0 (e)
           23 CALL                     1 [cache 6]
           25 POP_TOP                  0
           26 POP_EXCEPT               0
           27 LOAD_CONST               0 (None)
           28 STORE_FAST               0 (e)
           29 DELETE_FAST              0 (e)
           30 JUMP_FORWARD            55 (to 55)
      >>   31 LOAD_CONST               0 (None)
           32 STORE_FAST               0 (e)
           33 DELETE_FAST              0 (e)
           34 RERAISE                  1

   6  >>   35 LOAD_GLOBAL              4 (TypeError) [cache 7]
           37 LOAD_GLOBAL              5 (KeyError) [cache 8]
           39 BUILD_TUPLE              2
           40 CHECK_EXC_MATCH          0
           41 POP_JUMP_IF_FALSE       51 (to 51)
           42 POP_TOP                  0

   7       43 LOAD_GLOBAL              6 (c) [cache 9]
           45 PUSH_NULL                0
           46 CALL                     0 [cache 10]
           48 POP_TOP                  0
           49 POP_EXCEPT               0
           50 JUMP_FORWARD            55 (to 55)
      >>   51 RERAISE                  0
      >>   52 COPY                     3
           53 POP_EXCEPT               0
           54 RERAISE                  1

  11  >>   55 LOAD_GLOBAL              7 (g) [cache 11]
           57 PUSH_NULL                0
           58 CALL                     0 [cache 12]
           60 POP_TOP                  0
           61 JUMP_FORWARD            73 (to 73)
      >>   62 PUSH_EXC_INFO            0
           63 LOAD_GLOBAL              7 (g) [cache 13]
           65 PUSH_NULL                0
           66 CALL                     0 [cache 14]
           68 POP_TOP                  0
           69 RERAISE                  0
      >>   70 COPY                     3
           71 POP_EXCEPT               0
           72 RERAISE                  1
      >>   73 LOAD_CONST               0 (None)
           74 RETURN_VALUE             0
ExceptionTable:
  0 to 6 -> 13 [0]
  6 to 13 -> 62 [0]
  13 to 19 -> 52 [1] lasti
  19 to 26 -> 31 [1] lasti
  26 to 31 -> 62 [0]
  31 to 49 -> 52 [1] lasti
  49 to 51 -> 62 [0]
  51 to 52 -> 52 [1] lasti
  52 to 55 -> 62 [0]
  62 to 70 -> 70 [1] lasti
"""
        XCTAssertEqual(try listing(source), expected + "\n")
    }

    func testWithReturnAndBreakThroughFinally() throws {
        let source = """
def f(m):
    with m as x, n():
        return x
def g(xs):
    for x in xs:
        try:
            if x: break
            continue
        finally:
            h()
"""
        let expected = """
Disassembly of <module> (<test>, line 1):
  flags=0 stack=1 args=0 posonly=0 kwonly=0 loops=0 caches=0
   1        0 LOAD_CONST               0 (<code object f, line 1>)
            1 MAKE_FUNCTION            0
            2 STORE_NAME               0 (f)

   4        3 LOAD_CONST               1 (<code object g, line 4>)
            4 MAKE_FUNCTION            0
            5 STORE_NAME               1 (g)
            6 LOAD_CONST               2 (None)
            7 RETURN_VALUE             0

Disassembly of f (<test>, line 1):
  flags=OPTIMIZED|NEWLOCALS stack=7 args=1 posonly=0 kwonly=0 loops=0 caches=5
  varnames: m, x
   2        0 LOAD_FAST                0 (m)
            1 BEFORE_WITH              0
            2 STORE_FAST               1 (x)
            3 LOAD_GLOBAL              0 (n) [cache 0]
            5 PUSH_NULL                0
            6 CALL                     0 [cache 1]
            8 BEFORE_WITH              0
            9 POP_TOP                  0

   3       10 LOAD_FAST                1 (x)

   2       11 SWAP                     2
           12 LOAD_CONST               0 (None)
           13 LOAD_CONST               0 (None)
           14 LOAD_CONST               0 (None)
           15 CALL                     2 [cache 2]
           17 POP_TOP                  0
           18 SWAP                     2
           19 LOAD_CONST               0 (None)
           20 LOAD_CONST               0 (None)
           21 LOAD_CONST               0 (None)
           22 CALL                     2 [cache 3]
           24 POP_TOP                  0

   3       25 RETURN_VALUE             0

   2  >>   26 PUSH_EXC_INFO            0
           27 WITH_EXCEPT_START        0
           28 POP_JUMP_IF_TRUE        33 (to 33)
           29 RERAISE                  2
      >>   30 COPY                     3
           31 POP_EXCEPT               0
           32 RERAISE                  1
      >>   33 POP_TOP                  0
           34 POP_EXCEPT               0
           35 POP_TOP                  0
           36 POP_TOP                  0
           37 LOAD_CONST               0 (None)
           38 LOAD_CONST               0 (None)
           39 LOAD_CONST               0 (None)
           40 CALL                     2 [cache 4]
           42 POP_TOP                  0
           43 JUMP_FORWARD            55 (to 55)
      >>   44 PUSH_EXC_INFO            0
           45 WITH_EXCEPT_START        0
           46 POP_JUMP_IF_TRUE        51 (to 51)
           47 RERAISE                  2
      >>   48 COPY                     3
           49 POP_EXCEPT               0
           50 RERAISE                  1
      >>   51 POP_TOP                  0
           52 POP_EXCEPT               0
           53 POP_TOP                  0
           54 POP_TOP                  0
      >>   55 LOAD_CONST               0 (None)
           56 RETURN_VALUE             0
ExceptionTable:
  2 to 9 -> 44 [1] lasti
  9 to 11 -> 26 [2] lasti
  11 to 18 -> 44 [1] lasti
  26 to 30 -> 30 [4] lasti
  30 to 33 -> 44 [1] lasti
  33 to 34 -> 30 [4] lasti
  34 to 37 -> 44 [1] lasti
  44 to 48 -> 48 [3] lasti
  51 to 52 -> 48 [3] lasti

Disassembly of g (<test>, line 4):
  flags=OPTIMIZED|NEWLOCALS stack=5 args=1 posonly=0 kwonly=0 loops=1 caches=7
  varnames: xs, x
   5        0 LOAD_FAST                0 (xs)
            1 GET_ITER                 0
      >>    2 LOOP_HEADER              0 (loop 0)
            3 FOR_ITER                34 (to 34) [cache 0]
            5 STORE_FAST               1 (x)

   7        6 LOAD_FAST                1 (x)
            7 POP_JUMP_IF_FALSE       16 (to 16)

  10        8 LOAD_GLOBAL              0 (h) [cache 1]
           10 PUSH_NULL                0
           11 CALL                     0 [cache 2]
           13 POP_TOP                  0

   7       14 POP_TOP                  0
           15 JUMP_FORWARD            34 (to 34)

  10  >>   16 LOAD_GLOBAL              0 (h) [cache 3]
           18 PUSH_NULL                0
           19 CALL                     0 [cache 4]
           21 POP_TOP                  0

   8       22 JUMP_BACKWARD            2 (to 2)

  10  >>   23 PUSH_EXC_INFO            0
           24 LOAD_GLOBAL              0 (h) [cache 5]
           26 PUSH_NULL                0
           27 CALL                     0 [cache 6]
           29 POP_TOP                  0
           30 RERAISE                  0
      >>   31 COPY                     3
           32 POP_EXCEPT               0
           33 RERAISE                  1

   5  >>   34 LOAD_CONST               0 (None)
           35 RETURN_VALUE             0
ExceptionTable:
  6 to 8 -> 23 [1]
  23 to 31 -> 31 [2] lasti
"""
        XCTAssertEqual(try listing(source), expected + "\n")
    }

    func testImportsClassesClosures() throws {
        let source = """
import a.b.c
import a.b.c as d
from ..x import y as z, w
from m import *
@dec
class C(B, metaclass=M):
    "doc"
    x: int = 1
    def m(self):
        return super().m() + __class__.x
    def __p(self, __q):
        return self.__r
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return [v + i for i in range(3) if i]
    return inner
"""
        let expected = """
Disassembly of <module> (<test>, line 1):
  flags=0 stack=8 args=0 posonly=0 kwonly=0 loops=0 caches=2
   1        0 LOAD_CONST               0 (0)
            1 LOAD_CONST               1 (None)
            2 IMPORT_NAME              0 (a.b.c)
            3 STORE_NAME               1 (a)

   2        4 LOAD_CONST               0 (0)
            5 LOAD_CONST               1 (None)
            6 IMPORT_NAME              0 (a.b.c)
            7 IMPORT_FROM              2 (b)
            8 SWAP                     2
            9 POP_TOP                  0
           10 IMPORT_FROM              3 (c)
           11 STORE_NAME               4 (d)
           12 POP_TOP                  0

   3       13 LOAD_CONST               2 (2)
           14 LOAD_CONST               3 (('y', 'w'))
           15 IMPORT_NAME              5 (x)
           16 IMPORT_FROM              6 (y)
           17 STORE_NAME               7 (z)
           18 IMPORT_FROM              8 (w)
           19 STORE_NAME               8 (w)
           20 POP_TOP                  0

   4       21 LOAD_CONST               0 (0)
           22 LOAD_CONST               4 (('*',))
           23 IMPORT_NAME              9 (m)
           24 IMPORT_STAR              0

   5       25 LOAD_NAME               10 (dec)
           26 PUSH_NULL                0

   6       27 LOAD_BUILD_CLASS         0
           28 PUSH_NULL                0
           29 LOAD_CONST               5 (<code object C, line 5>)
           30 MAKE_FUNCTION            0
           31 LOAD_CONST               6 ('C')
           32 LOAD_NAME               11 (B)
           33 LOAD_NAME               12 (M)
           34 KW_NAMES                 7 (('metaclass',))
           35 CALL                     4 [cache 0]

   5       37 CALL                     1 [cache 1]

   6       39 STORE_NAME              13 (C)

  13       40 LOAD_CONST               8 (<code object outer, line 13>)
           41 MAKE_FUNCTION            0
           42 STORE_NAME              14 (outer)
           43 LOAD_CONST               1 (None)
           44 RETURN_VALUE             0

Disassembly of C (<test>, line 5):
  flags=0 stack=3 args=0 posonly=0 kwonly=0 loops=0 caches=0
  cellvars: __class__
   5        0 LOAD_NAME                0 (__name__)
            1 STORE_NAME               1 (__module__)
            2 LOAD_CONST               0 ('C')
            3 STORE_NAME               2 (__qualname__)
            4 SETUP_ANNOTATIONS        0

   7        5 LOAD_CONST               1 ('doc')
            6 STORE_NAME               3 (__doc__)

   8        7 LOAD_CONST               2 (1)
            8 STORE_NAME               4 (x)
            9 LOAD_NAME                5 (int)
           10 LOAD_NAME                6 (__annotations__)
           11 LOAD_CONST               3 ('x')
           12 STORE_SUBSCR             0

   9       13 LOAD_CLOSURE             0 (__class__)
           14 BUILD_TUPLE              1
           15 LOAD_CONST               4 (<code object m, line 9>)
           16 MAKE_FUNCTION            8 (closure)
           17 STORE_NAME               7 (m)

  11       18 LOAD_CONST               5 (<code object __p, line 11>)
           19 MAKE_FUNCTION            0
           20 STORE_NAME               8 (_C__p)
           21 LOAD_CLOSURE             0 (__class__)
           22 COPY                     1
           23 STORE_NAME               9 (__classcell__)
           24 RETURN_VALUE             0

Disassembly of outer (<test>, line 13):
  flags=OPTIMIZED|NEWLOCALS stack=2 args=0 posonly=0 kwonly=0 loops=0 caches=0
  varnames: inner
  cellvars: v
  14        0 LOAD_CONST               1 (1)
            1 STORE_DEREF              0 (v)

  15        2 LOAD_CLOSURE             0 (v)
            3 BUILD_TUPLE              1
            4 LOAD_CONST               2 (<code object inner, line 15>)
            5 MAKE_FUNCTION            8 (closure)
            6 STORE_FAST               0 (inner)

  19        7 LOAD_FAST                0 (inner)
            8 RETURN_VALUE             0

Disassembly of C.m (<test>, line 9):
  flags=OPTIMIZED|NEWLOCALS stack=2 args=1 posonly=0 kwonly=0 loops=0 caches=6
  varnames: self
  freevars: __class__
  10        0 LOAD_GLOBAL              0 (super) [cache 0]
            2 PUSH_NULL                0
            3 CALL                     0 [cache 1]
            5 LOAD_METHOD              1 (m) [cache 2]
            7 CALL                     0 [cache 3]
            9 LOAD_DEREF               0 (__class__)
           10 LOAD_ATTR                2 (x) [cache 4]
           12 BINARY_OP                0 (+) [cache 5]
           14 RETURN_VALUE             0

Disassembly of C.__p (<test>, line 11):
  flags=OPTIMIZED|NEWLOCALS stack=1 args=2 posonly=0 kwonly=0 loops=0 caches=1
  varnames: self, _C__q
  12        0 LOAD_FAST                0 (self)
            1 LOAD_ATTR                0 (_C__r) [cache 0]
            3 RETURN_VALUE             0

Disassembly of outer.<locals>.inner (<test>, line 15):
  flags=OPTIMIZED|NEWLOCALS|NESTED stack=4 args=0 posonly=0 kwonly=0 loops=0 caches=4
  freevars: v
  17        0 LOAD_DEREF               0 (v)
            1 LOAD_CONST               1 (1)
            2 BINARY_OP               16 (+=) [cache 0]
            4 STORE_DEREF              0 (v)

  18        5 LOAD_CLOSURE             0 (v)
            6 BUILD_TUPLE              1
            7 LOAD_CONST               2 (<code object <listcomp>, line 18>)
            8 MAKE_FUNCTION            8 (closure)
            9 LOAD_GLOBAL              0 (range) [cache 1]
           11 PUSH_NULL                0
           12 LOAD_CONST               3 (3)
           13 CALL                     1 [cache 2]
           15 GET_ITER                 0
           16 CALL                     0 [cache 3]
           18 RETURN_VALUE             0

Disassembly of outer.<locals>.inner.<locals>.<listcomp> (<test>, line 18):
  flags=OPTIMIZED|NEWLOCALS|NESTED stack=4 args=1 posonly=0 kwonly=0 loops=1 caches=2
  varnames: .0, i
  freevars: v
  18        0 BUILD_LIST               0
            1 LOAD_FAST                0 (.0)
      >>    2 LOOP_HEADER              0 (loop 0)
            3 FOR_ITER                14 (to 14) [cache 0]
            5 STORE_FAST               1 (i)
            6 LOAD_FAST                1 (i)
            7 POP_JUMP_IF_FALSE       13 (to 13)
            8 LOAD_DEREF               0 (v)
            9 LOAD_FAST                1 (i)
           10 BINARY_OP                0 (+) [cache 1]
           12 LIST_APPEND              2
      >>   13 JUMP_BACKWARD            2 (to 2)
      >>   14 RETURN_VALUE             0
"""
        XCTAssertEqual(try listing(source), expected + "\n")
    }

    func testGeneratorsCallsUnpackingFormatting() throws {
        let source = """
def gen(x):
    y = yield x
    yield from y
    return (i for i in x)
async def co(a):
    return await a
def calls(f, a, k):
    f(*a, 1, **k, z=2)
    f(1, *a)
    a, *b, c = f
    x = f"{a!r:>{k}} and {b}"
    assert 1 < a <= 3, "msg"
    return {1: a, **k}, {a, *b}, lambda q=1: q
"""
        let expected = """
Disassembly of <module> (<test>, line 1):
  flags=0 stack=1 args=0 posonly=0 kwonly=0 loops=0 caches=0
   1        0 LOAD_CONST               0 (<code object gen, line 1>)
            1 MAKE_FUNCTION            0
            2 STORE_NAME               0 (gen)

   5        3 LOAD_CONST               1 (<code object co, line 5>)
            4 MAKE_FUNCTION            0
            5 STORE_NAME               1 (co)

   7        6 LOAD_CONST               2 (<code object calls, line 7>)
            7 MAKE_FUNCTION            0
            8 STORE_NAME               2 (calls)
            9 LOAD_CONST               3 (None)
           10 RETURN_VALUE             0

Disassembly of gen (<test>, line 1):
  flags=OPTIMIZED|NEWLOCALS|GENERATOR stack=2 args=1 posonly=0 kwonly=0 loops=0 caches=1
  varnames: x, y
   2        0 LOAD_FAST                0 (x)
            1 YIELD_VALUE              0
            2 STORE_FAST               1 (y)

   3        3 LOAD_FAST                1 (y)
            4 GET_YIELD_FROM_ITER      0
            5 LOAD_CONST               0 (None)
      >>    6 SEND                     9 (to 9)
            7 YIELD_VALUE              0
            8 JUMP_BACKWARD            6 (to 6)
      >>    9 POP_TOP                  0

   4       10 LOAD_CONST               1 (<code object <genexpr>, line 4>)
           11 MAKE_FUNCTION            0
           12 LOAD_FAST                0 (x)
           13 GET_ITER                 0
           14 CALL                     0 [cache 0]
           16 RETURN_VALUE             0

Disassembly of co (<test>, line 5):
  flags=OPTIMIZED|NEWLOCALS|COROUTINE stack=2 args=1 posonly=0 kwonly=0 loops=0 caches=0
  varnames: a
   6        0 LOAD_FAST                0 (a)
            1 GET_YIELD_FROM_ITER      0
            2 LOAD_CONST               0 (None)
      >>    3 SEND                     6 (to 6)
            4 YIELD_VALUE              0
            5 JUMP_BACKWARD            3 (to 3)
      >>    6 RETURN_VALUE             0

Disassembly of calls (<test>, line 7):
  flags=OPTIMIZED|NEWLOCALS stack=6 args=3 posonly=0 kwonly=0 loops=0 caches=3
  varnames: f, a, k, b, c, x
   8        0 LOAD_FAST                0 (f)
            1 PUSH_NULL                0
            2 BUILD_LIST               0
            3 LOAD_FAST                1 (a)
            4 LIST_EXTEND              1
            5 LOAD_CONST               1 (1)
            6 LIST_APPEND              1
            7 LIST_TO_TUPLE            0
            8 BUILD_MAP                0
            9 LOAD_FAST                2 (k)
           10 DICT_MERGE               1
           11 LOAD_CONST               2 ('z')
           12 LOAD_CONST               3 (2)
           13 BUILD_MAP                1
           14 DICT_MERGE               1
           15 CALL_FUNCTION_EX         1
           16 POP_TOP                  0

   9       17 LOAD_FAST                0 (f)
           18 PUSH_NULL                0
           19 LOAD_CONST               1 (1)
           20 BUILD_LIST               1
           21 LOAD_FAST                1 (a)
           22 LIST_EXTEND              1
           23 LIST_TO_TUPLE            0
           24 CALL_FUNCTION_EX         0
           25 POP_TOP                  0

  10       26 LOAD_FAST                0 (f)
           27 UNPACK_EX              257 (1 before, 1 after)
           28 STORE_FAST               1 (a)
           29 STORE_FAST               3 (b)
           30 STORE_FAST               4 (c)

  11       31 LOAD_FAST                1 (a)
           32 LOAD_CONST               4 ('>')
           33 LOAD_FAST                2 (k)
           34 FORMAT_VALUE             0
           35 BUILD_STRING             2
           36 FORMAT_VALUE             6 (repr, with format)
           37 LOAD_CONST               5 (' and ')
           38 LOAD_FAST                3 (b)
           39 FORMAT_VALUE             0
           40 BUILD_STRING             3
           41 STORE_FAST               5 (x)

  12       42 LOAD_CONST               1 (1)
           43 LOAD_FAST                1 (a)
           44 SWAP                     2
           45 COPY                     2
           46 COMPARE_OP               2 (<) [cache 0]
           48 POP_JUMP_IF_FALSE       54 (to 54)
           49 LOAD_CONST               6 (3)
           50 COMPARE_OP               3 (<=) [cache 1]
           52 POP_JUMP_IF_TRUE        61 (to 61)
           53 JUMP_FORWARD            55 (to 55)
      >>   54 POP_TOP                  0
      >>   55 LOAD_ASSERTION_ERROR     0
           56 PUSH_NULL                0
           57 LOAD_CONST               7 ('msg')
           58 CALL                     1 [cache 2]
           60 RAISE_VARARGS            1 (exception)

  13  >>   61 LOAD_CONST               1 (1)
           62 LOAD_FAST                1 (a)
           63 BUILD_MAP                1
           64 LOAD_FAST                2 (k)
           65 DICT_UPDATE              1
           66 LOAD_FAST                1 (a)
           67 BUILD_SET                1
           68 LOAD_FAST                3 (b)
           69 SET_UPDATE               1
           70 LOAD_CONST               8 ((1,))
           71 LOAD_CONST               9 (<code object <lambda>, line 13>)
           72 MAKE_FUNCTION            1 (defaults)
           73 BUILD_TUPLE              3
           74 RETURN_VALUE             0

Disassembly of gen.<locals>.<genexpr> (<test>, line 4):
  flags=OPTIMIZED|NEWLOCALS|NESTED|GENERATOR stack=2 args=1 posonly=0 kwonly=0 loops=1 caches=1
  varnames: .0, i
   4        0 LOAD_FAST                0 (.0)
      >>    1 LOOP_HEADER              0 (loop 0)
            2 FOR_ITER                 9 (to 9) [cache 0]
            4 STORE_FAST               1 (i)
            5 LOAD_FAST                1 (i)
            6 YIELD_VALUE              0
            7 POP_TOP                  0
            8 JUMP_BACKWARD            1 (to 1)
      >>    9 LOAD_CONST               0 (None)
           10 RETURN_VALUE             0

Disassembly of calls.<locals>.<lambda> (<test>, line 13):
  flags=OPTIMIZED|NEWLOCALS|NESTED stack=1 args=1 posonly=0 kwonly=0 loops=0 caches=0
  varnames: q
  13        0 LOAD_FAST                0 (q)
            1 RETURN_VALUE             0
"""
        XCTAssertEqual(try listing(source), expected + "\n")
    }

    /// Prints the listing of $TERN_PRINT_SNAPSHOT (a one-line default when unset) for a
    /// reviewer to compare with CPython's `dis`, and checks that it passes the verifier;
    /// the comparison itself is the reviewer's.
    func testListingPrintedForReviewVerifies() throws {
        let source = ProcessInfo.processInfo.environment["TERN_PRINT_SNAPSHOT"] ?? "print(x[1] + y)\n"
        let code = try compileForTest(source, mode: .exec)
        XCTAssertEqual(verifyCode(code), [])
        print(disassemble(code))
    }
}
