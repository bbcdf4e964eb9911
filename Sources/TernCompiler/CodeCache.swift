// The code cache's file format: what the VM's importer writes to
// `__pycache__/NAME.tern-311.pyc` (Sources/TernVM/Modules/CodeCacheFiles.swift) so that
// a module imported again is loaded instead of parsed and compiled. One file holds a
// module's CodeObject and every code object nested in it.
//
// Header, little-endian: magic "tern-pyc", format version (u32), then the key it is
// valid for — optimize level (u32), source size (u64), source mtime in ns (i64), and the
// identity of the Tern build that wrote it (u8 length + bytes) — then the payload's
// length (u64) and checksum (u64). The payload: a table of the distinct short strings
// (names, most constants), then the code objects depth first. Numbers are LEB128 varints (signed ones zigzagged)
// except instruction words and floats, which are stored raw. Filenames are not stored:
// the loader gives every code object the path the source was found at, so a moved
// folder with its __pycache__ still shows the right paths. Compiler warnings are not
// stored either: as in CPython, they are printed when a module is compiled, not loaded.

/// What a cache file must match to be used: a different source, -O level or Tern build
/// makes it stale.
public struct CodeCacheKey: Equatable {
    public var optimize: Int
    public var sourceSize: Int
    /// The source's modification time in nanoseconds (CPython keys on whole seconds).
    public var sourceModified: Int64
    /// Identifies the Tern build (opcode numbering, layouts and the compiler change between builds).
    public var buildIdentity: [UInt8]

    public init(optimize: Int, sourceSize: Int, sourceModified: Int64, buildIdentity: [UInt8]) {
        self.optimize = optimize
        self.sourceSize = sourceSize
        self.sourceModified = sourceModified
        self.buildIdentity = Array(buildIdentity.prefix(255))
    }
}

public enum CodeCache {
    /// Raised when the encoding itself changes.
    public static let formatVersion: UInt32 = 1
    static let magic: [UInt8] = Array("tern-pyc".utf8)
    /// Nested tuples and code objects deeper than this are not expected from the
    /// compiler; a file claiming them is treated as damaged (no unbounded recursion).
    static let maximumNesting = 1000
    /// Strings longer than this many UTF-8 bytes are written in place, not in the table.
    static let longString = 40

    /// The cache file for `code` (a module's code object) compiled under `key`.
    public static func encode(_ code: CodeObject, key: CodeCacheKey) -> [UInt8] {
        var body = CacheWriter()
        body.code(code)
        var payload = CacheWriter()
        payload.unsigned(body.strings.count)
        for string in body.strings {
            payload.unsigned(string.utf8.count)
            payload.bytes.append(contentsOf: string.utf8)
        }
        payload.bytes.append(contentsOf: body.bytes)
        var file = CacheWriter()
        file.bytes.reserveCapacity(payload.bytes.count + 64 + key.buildIdentity.count)
        file.bytes.append(contentsOf: magic)
        file.fixed(UInt64(formatVersion), size: 4)
        file.header(key)
        file.fixed(UInt64(payload.bytes.count), size: 8)
        file.fixed(payload.bytes.withUnsafeBytes(checksum), size: 8)
        file.bytes.append(contentsOf: payload.bytes)
        return file.bytes
    }

    /// The code in a cache file, with `filename` as every code object's filename; nil when
    /// the file is for another key or format, truncated or damaged.
    public static func decode(_ file: UnsafeRawBufferPointer, key: CodeCacheKey, filename: String) -> CodeObject? {
        var reader = CacheReader(file)
        do {
            guard try reader.raw(magic.count).elementsEqual(magic),
                  try reader.fixed(4) == UInt64(formatVersion) else { return nil }
            var expected = CacheWriter()
            expected.header(key)
            guard try reader.raw(expected.bytes.count).elementsEqual(expected.bytes) else { return nil }
            let length = try reader.fixed(8)
            let sum = try reader.fixed(8)
            guard length == UInt64(reader.remaining) else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: file[reader.position...])
            guard checksum(payload) == sum else { return nil }
            let stringCount = try reader.count()
            reader.strings.reserveCapacity(stringCount)
            for _ in 0..<stringCount {
                let utf8 = try reader.raw(try reader.count())
                reader.strings.append(String(decoding: utf8, as: UTF8.self))
            }
            let code = try reader.code(filename: filename, depth: 0)
            return reader.remaining == 0 ? code : nil
        } catch {
            return nil
        }
    }

    /// A 64-bit checksum of `bytes` (8 bytes per step), to tell a damaged file from a valid one.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
        return mix(mix(hash, tail), 0)
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return mixed ^ (mixed >> 29)
    }
}

/// Builds the encoding; strings go to a table and are written as their index in it.
private struct CacheWriter {
    var bytes: [UInt8] = []
    var strings: [String] = []
    private var stringIndex: [ExactString: Int] = [:]

    mutating func fixed(_ value: UInt64, size: Int) {
        for index in 0..<size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func unsigned(_ value: Int) { unsigned(UInt64(max(0, value))) }

    mutating func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    mutating func signed(_ value: Int) { signed(Int64(value)) }

    /// A string: its index in the table plus one; or 0 and the string in place when it is
    /// long (docstrings, rarely repeated: hashing them for the table cost more than it saved).
    mutating func string(_ value: String) {
        if value.utf8.count > CodeCache.longString {
            unsigned(0)
            unsigned(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
            return
        }
        if let index = stringIndex[ExactString(value)] { return unsigned(index + 1) }
        stringIndex[ExactString(value)] = strings.count
        strings.append(value)
        unsigned(strings.count)
    }

    mutating func strings(_ values: [String]) {
        unsigned(values.count)
        for value in values { string(value) }
    }

    mutating func header(_ key: CodeCacheKey) {
        fixed(UInt64(max(0, key.optimize)), size: 4)
        fixed(UInt64(max(0, key.sourceSize)), size: 8)
        fixed(UInt64(bitPattern: key.sourceModified), size: 8)
        bytes.append(UInt8(key.buildIdentity.count))
        bytes.append(contentsOf: key.buildIdentity)
    }

    mutating func code(_ code: CodeObject) {
        string(code.name)
        string(code.qualifiedName)
        signed(code.firstLine)
        unsigned(code.flags.rawValue)
        unsigned(code.argCount)
        unsigned(code.positionalOnlyCount)
        unsigned(code.keywordOnlyCount)
        strings(code.varNames)
        strings(code.cellVars)
        strings(code.freeVars)
        unsigned(code.cellParameter.count)
        for parameter in code.cellParameter { signed(parameter) }
        strings(code.names)
        unsigned(code.code.count)
        code.code.withUnsafeBytes { bytes.append(contentsOf: $0) }
        unsigned(code.lineTableBytes.count)
        bytes.append(contentsOf: code.lineTableBytes)
        unsigned(code.exceptionTable.count)
        for entry in code.exceptionTable {
            unsigned(entry.start)
            unsigned(entry.end)
            unsigned(entry.target)
            unsigned(entry.depth)
            bytes.append(entry.pushLasti ? 1 : 0)
        }
        unsigned(code.cacheCount)
        unsigned(code.loopCount)
        unsigned(code.stackSize)
        unsigned(code.constants.count)
        for constant in code.constants { self.constant(constant) }
    }

    mutating func constant(_ constant: CodeConstant) {
        bytes.append(ConstantTag(constant).rawValue)
        switch constant {
        case .none, .ellipsis, .bool: break
        case .int(let value): signed(value)
        case .bigInt(let digits): string(digits)
        case .float(let value): fixed(value.bitPattern, size: 8)
        case .complex(let real, let imaginary):
            fixed(real.bitPattern, size: 8)
            fixed(imaginary.bitPattern, size: 8)
        case .string(let value): string(value)
        case .bytes(let value):
            unsigned(value.count)
            bytes.append(contentsOf: value)
        case .tuple(let items):
            unsigned(items.count)
            for item in items { self.constant(item) }
        case .code(let nested): code(nested)
        }
    }
}

/// A string compared and hashed by its UTF-8 bytes: String's own == holds canonically
/// equivalent strings equal ("é" and "e\u{301}"), which Python keeps apart.
private struct ExactString: Hashable {
    let string: String
    init(_ string: String) { self.string = string }

    static func == (a: ExactString, b: ExactString) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

private enum ConstantTag: UInt8 {
    case none, ellipsis, falseValue, trueValue, int, bigInt, float, complex, string, bytes, tuple, code

    init(_ constant: CodeConstant) {
        switch constant {
        case .none: self = .none
        case .ellipsis: self = .ellipsis
        case .bool(let value): self = value ? .trueValue : .falseValue
        case .int: self = .int
        case .bigInt: self = .bigInt
        case .float: self = .float
        case .complex: self = .complex
        case .string: self = .string
        case .bytes: self = .bytes
        case .tuple: self = .tuple
        case .code: self = .code
        }
    }
}

/// The file does not hold a valid encoding.
private struct DamagedCache: Error {}

/// Reads the encoding; every read is bounds-checked, so damage gives DamagedCache, never a trap.
private struct CacheReader {
    let file: UnsafeRawBufferPointer
    var position = 0
    var strings: [String] = []

    init(_ file: UnsafeRawBufferPointer) { self.file = file }

    var remaining: Int { file.count - position }

    mutating func raw(_ count: Int) throws(DamagedCache) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= remaining else { throw DamagedCache() }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: file[position..<position + count])
    }

    mutating func byte() throws(DamagedCache) -> UInt8 {
        guard position < file.count else { throw DamagedCache() }
        defer { position += 1 }
        return file[position]
    }

    mutating func fixed(_ size: Int) throws(DamagedCache) -> UInt64 {
        let bytes = try raw(size)
        var value: UInt64 = 0
        for index in 0..<size { value |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return value
    }

    mutating func unsigned() throws(DamagedCache) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard shift < 64 else { throw DamagedCache() }
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
    }

    /// A non-negative Int (a count, index or size).
    mutating func natural() throws(DamagedCache) -> Int {
        let value = try unsigned()
        guard value <= UInt64(Int32.max) else { throw DamagedCache() }
        return Int(value)
    }

    /// A count of items that take at least a byte each, so no larger than what is left.
    mutating func count() throws(DamagedCache) -> Int {
        let value = try natural()
        guard value <= remaining else { throw DamagedCache() }
        return value
    }

    mutating func signed() throws(DamagedCache) -> Int64 {
        let value = try unsigned()
        return Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
    }

    mutating func signedInt() throws(DamagedCache) -> Int {
        let value = try signed()
        guard value >= Int64(Int32.min), value <= Int64(Int32.max) else { throw DamagedCache() }
        return Int(value)
    }

    mutating func string() throws(DamagedCache) -> String {
        let index = try natural()
        if index == 0 { return String(decoding: try raw(try count()), as: UTF8.self) }
        guard index <= strings.count else { throw DamagedCache() }
        return strings[index - 1]
    }

    mutating func stringList() throws(DamagedCache) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func code(filename: String, depth: Int) throws(DamagedCache) -> CodeObject {
        guard depth < CodeCache.maximumNesting else { throw DamagedCache() }
        let name = try string()
        let code = CodeObject(name: name, qualifiedName: try string(), filename: filename, firstLine: try signedInt())
        code.flags = CodeFlags(rawValue: try natural())
        code.argCount = try natural()
        code.positionalOnlyCount = try natural()
        code.keywordOnlyCount = try natural()
        code.varNames = try stringList()
        code.cellVars = try stringList()
        code.freeVars = try stringList()
        let parameterCount = try count()
        code.cellParameter.reserveCapacity(parameterCount)
        for _ in 0..<parameterCount { code.cellParameter.append(try signedInt()) }
        code.names = try stringList()
        let wordCount = try natural()
        let words = try raw(wordCount &* 4)
        code.code = Array(unsafeUninitializedCapacity: wordCount) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: words)
            initialized = wordCount
        }
        code.lineTableBytes = Array(try raw(try count()))
        let entryCount = try count()
        code.exceptionTable.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            code.exceptionTable.append(ExceptionTableEntry(
                start: try natural(), end: try natural(), target: try natural(), depth: try natural(),
                pushLasti: try byte() != 0))
        }
        code.cacheCount = try natural()
        code.loopCount = try natural()
        code.stackSize = try natural()
        let constantCount = try count()
        code.constants.reserveCapacity(constantCount)
        for _ in 0..<constantCount { code.constants.append(try constant(filename: filename, depth: depth)) }
        return code
    }

    mutating func constant(filename: String, depth: Int) throws(DamagedCache) -> CodeConstant {
        guard let tag = ConstantTag(rawValue: try byte()) else { throw DamagedCache() }
        switch tag {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .falseValue: return .bool(false)
        case .trueValue: return .bool(true)
        case .int: return .int(try signed())
        case .bigInt: return .bigInt(try string())
        case .float: return .float(Double(bitPattern: try fixed(8)))
        case .complex: return .complex(real: Double(bitPattern: try fixed(8)), imaginary: Double(bitPattern: try fixed(8)))
        case .string: return .string(try string())
        case .bytes: return .bytes(Array(try raw(try count())))
        case .tuple:
            guard depth + 1 < CodeCache.maximumNesting else { throw DamagedCache() }
            let count = try count()
            var items: [CodeConstant] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try constant(filename: filename, depth: depth + 1)) }
            return .tuple(items)
        case .code: return .code(try code(filename: filename, depth: depth + 1))
        }
    }
}
