#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The compiler walks the AST recursively, and a long operator chain
// (`a + b + ... ` two thousand terms long, which CPython accepts) nests that
// deep. Debug builds use kilobytes of stack per level, so compilation runs on
// its own thread with a large stack (only the pages touched become resident).

/// Stack reserved for the compiling thread.
let compilerStackBytes = 512 << 20

/// Deepest AST nesting the compiler accepts before reporting RecursionError, as CPython does.
let maximumCompileDepth = 20_000

/// The work handed to the compiling thread.
private final class StackWork {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// Runs `body` on a thread with a `compilerStackBytes` stack and returns its result.
func withLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
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
