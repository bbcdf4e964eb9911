/// A code object's instruction words (`opcode | argument << 8`), allocated once at
/// their exact size and never changed. The interpreter runs them in place
/// (`CodeInfo.instructions` points at `base`), so loaded code holds one copy of its
/// bytecode instead of one for the compiler and one for the interpreter.
public final class CodeWords: RandomAccessCollection {
    public let base: UnsafeMutablePointer<UInt32>
    public let count: Int

    public init(_ words: [UInt32]) {
        count = words.count
        base = .allocate(capacity: Swift.max(1, words.count))
        base.initialize(from: words, count: words.count)
    }

    /// Words read from `bytes` (native byte order, as `withUnsafeBytes` gives them).
    public init(copying bytes: UnsafeRawBufferPointer) {
        count = bytes.count / 4
        base = .allocate(capacity: Swift.max(1, count))
        UnsafeMutableRawPointer(base).copyMemory(from: bytes.baseAddress!, byteCount: count * 4)
    }

    deinit { base.deallocate() }

    public static let empty = CodeWords([])

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> UInt32 { base[position] }

    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count * 4))
    }
}
