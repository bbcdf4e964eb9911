#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The compiler walks the AST recursively, and a long operator chain
// (`a + b + ... ` two thousand terms long, which CPython accepts) nests that
// deep. Debug builds use kilobytes of stack per level, so compilation runs on
// its own thread with a large stack (only the pages touched become resident) —
// unless the calling thread already has that much stack left (Tern's VM thread
// does), since a new thread per compile() costs its creation and the page
// faults of a fresh stack, measured at a tenth of compiling a small module.

/// Stack reserved for the compiling thread.
let compilerStackBytes = 512 << 20

/// Deepest AST nesting the compiler accepts before reporting RecursionError, as CPython does.
let maximumCompileDepth = 20_000

/// The work handed to the compiling thread.
private final class StackWork {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// The one thread known to have a large stack, and the lowest address of that stack.
nonisolated(unsafe) private var largeStackThread: pthread_t? = nil
nonisolated(unsafe) private var largeStackLow = 0

/// Declares that the calling thread, just started, has `bytes` of stack: compiling
/// on it needs no thread of its own while enough of that stack is left.
public func registerLargeStackThread(bytes: Int) {
    var marker = 0
    let here = withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
    // The thread has used a little of its stack already; leave a megabyte for that.
    largeStackLow = here - bytes + (1 << 20)
    largeStackThread = pthread_self()
}

/// Bytes of stack left below the caller, or 0 when this is not the registered thread.
private func remainingStackBytes() -> Int {
    guard let thread = largeStackThread, pthread_equal(thread, pthread_self()) != 0 else { return 0 }
    var marker = 0
    return withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) } - largeStackLow
}

/// Runs `body` with at least `compilerStackBytes` of stack (on a new thread
/// when the current one has less) and returns its result.
func withLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
    if remainingStackBytes() >= compilerStackBytes { return try body() }
    var result: Result<T, Error>? = nil
    let work = StackWork { result = Result { try body() } }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, compilerStackBytes)
    let context = Unmanaged.passRetained(work).toOpaque()
    #if os(Linux)
    var thread = pthread_t()
    #else
    var thread: pthread_t? = nil
    #endif
    let status = pthread_create(&thread, &attributes, { raw in
        Unmanaged<StackWork>.fromOpaque(raw!).takeRetainedValue().run()
        return nil
    }, context)
    if status != 0 {
        Unmanaged<StackWork>.fromOpaque(context).release()
        return try body()
    }
    #if os(Linux)
    pthread_join(thread, nil)
    #else
    pthread_join(thread!, nil)
    #endif
    return try result!.get()
}
