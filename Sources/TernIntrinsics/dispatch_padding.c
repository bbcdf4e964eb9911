// Padding linked in front of each copy of the interpreter loop (Sources/tern/text-order.txt
// puts each pad right before its loop, at the start of the executable's code).
//
// Why: every instruction the interpreter executes passes through one dispatch block
// (load the instruction, index the jump table, jump), about 50 bytes long. When that
// block straddles a 64-byte line the front end fetches it in two pieces, and whole
// benchmarks ran 10-25% slower (docs/performance.md); where it fell depended on the
// size of unrelated code linked before it. Pinned first and padded, the block's place
// depends only on the loop's own code. Tools/align_dispatch.py measures the built
// binary and rewrites the sizes below; Tests/release/check_release_build.sh checks them.

#define PAD(name, bytes) \
    __attribute__((naked, used, retain, section(".text." #name))) void name(void) { __asm__(".skip " #bytes ", 0xcc"); }

PAD(tern_dispatch_pad_run, 16)
PAD(tern_dispatch_pad_call_function, 32)
