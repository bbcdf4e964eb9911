#if canImport(Glibc)
import Glibc
#endif
import TernCompiler

// The compiled-code cache of imported modules, as CPython's __pycache__/*.pyc: the code
// of `pkg/mod.py` is kept in `pkg/__pycache__/mod.tern-311.pyc` (`.opt-1`/`.opt-2` under
// -O/-OO; under sys.pycache_prefix, a mirror of the source's folder there instead), in
// the format of Sources/TernCompiler/CodeCache.swift. A file is used only when it was
// written for the same source size and mtime, -O level and Tern build; otherwise the
// module is compiled and the file (re)written, unless sys.dont_write_bytecode (-B,
// PYTHONDONTWRITEBYTECODE) says not to. Failing to write (read-only folder, no
// permission) is silently ignored, as in CPython. Only imported modules are cached:
// not the main script, -c, exec() or compile().

/// sys.implementation.cache_tag: names cache files; importlib.util.cache_from_source agrees.
let codeCacheTag = "tern-311"

/// The running executable's GNU build ID (a hash of the linked binary, so any rebuild
/// that changes code changes it, and identical builds share caches); when the binary
/// has none, its size and mtime. Read once per process, at the first import from source.
let ternBuildIdentity: [UInt8] = {
    let descriptor = open("/proc/self/exe", O_RDONLY)
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
    if let buildID = elfBuildID(descriptor) { return buildID }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return [] }
    var identity: [UInt8] = []
    for value in [Int64(status.st_size), Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec)] {
        withUnsafeBytes(of: value.littleEndian) { identity.append(contentsOf: $0) }
    }
    return identity
}()

/// The NT_GNU_BUILD_ID note of the 64-bit ELF file open at `descriptor`, from its PT_NOTE segments.
private func elfBuildID(_ descriptor: Int32) -> [UInt8]? {
    func read(_ count: Int, at offset: Int) -> [UInt8]? {
        guard count > 0, count <= 1 << 16 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return got == count ? bytes : nil
    }
    func field(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> Int {
        var value = 0
        for index in 0..<size where offset + index < bytes.count { value |= Int(bytes[offset + index]) << (8 * index) }
        return value
    }
    guard let header = read(64, at: 0), header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), header[4] == 2 else { return nil }
    let tableOffset = field(header, 32, 8), entrySize = field(header, 54, 2), entryCount = field(header, 56, 2)
    guard entrySize >= 56, let table = read(entrySize * entryCount, at: tableOffset) else { return nil }
    for entry in 0..<entryCount where field(table, entry * entrySize, 4) == 4 {   // PT_NOTE
        let base = entry * entrySize
        guard let notes = read(field(table, base + 32, 8), at: field(table, base + 8, 8)) else { continue }
        var position = 0
        while position + 12 <= notes.count {
            let nameSize = field(notes, position, 4), descriptionSize = field(notes, position + 4, 4)
            let type = field(notes, position + 8, 4)
            let description = position + 12 + (nameSize + 3) & ~3
            guard description + descriptionSize <= notes.count else { break }
            if type == 3, nameSize == 4, notes[position + 12..<position + 15].elementsEqual(Array("GNU".utf8)) {
                return Array(notes[description..<description + descriptionSize])
            }
            position = description + (descriptionSize + 3) & ~3
        }
    }
    return nil
}

extension VM {
    /// The code of the module source file `filename`: from its cache file when that is
    /// valid, else compiled (printing the compiler's warnings) and cached.
    func moduleCode(filename: String) throws(Raised) -> CodeObject {
        let descriptor = open(filename, O_RDONLY)
        guard descriptor >= 0 else { throw raiseOSError(errno, filename: try newStr(filename)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw raiseOSError(errno, filename: try newStr(filename)) }
        let key = CodeCacheKey(optimize: commandLine.optimize, sourceSize: Int(status.st_size),
                               sourceModified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec),
                               buildIdentity: ternBuildIdentity)
        let cachePath = codeCachePath(filename)
        if let cachePath, let cached = readFile(cachePath, { CodeCache.decode($0, key: key, filename: filename) }) {
            sources[filename] = nil   // read again if a traceback needs a line, as CPython's linecache does
            return cached
        }
        let code = try compileSource(readTextFile(descriptor) ?? "", filename: filename, mode: .exec, fromFile: true)
        let dontWrite = dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("dont_write_bytecode"))
        let writing = dontWrite.isNull ? true : !(try isTrue(dontWrite))
        if let cachePath, writing {
            writeFileAtomically(cachePath, CodeCache.encode(code, key: key), mode: (status.st_mode | 0o200) & 0o666)
        }
        return code
    }

    /// Where the cache of source file `filename` is (importlib.util.cache_from_source's
    /// answer); nil for a file not named `*.py`.
    func codeCachePath(_ filename: String) -> String? {
        guard filename.hasSuffix(".py") else { return nil }
        let slash = filename.lastIndex(of: "/")
        let folder = slash.map { String(filename[..<$0]) } ?? ""
        let stem = filename[(slash.map { filename.index(after: $0) } ?? filename.startIndex)...].dropLast(3)
        let name = stem + "." + codeCacheTag + (commandLine.optimize > 0 ? ".opt-\(commandLine.optimize)" : "") + ".pyc"
        let prefix = dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("pycache_prefix"))
        guard isStr(prefix) else { return (folder.isEmpty ? "" : folder + "/") + "__pycache__/" + name }
        var absolute = folder
        if !folder.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: 4096)
            guard getcwd(&buffer, buffer.count) != nil else { return nil }
            absolute = String(cString: buffer) + (folder.isEmpty ? "" : "/" + folder)
        }
        return swiftString(prefix) + absolute + "/" + name
    }

    /// Reads the whole regular file at `path` and hands its bytes to `body`; nil when it cannot be read.
    private func readFile<T>(_ path: String, _ body: (UnsafeRawBufferPointer) -> T?) -> T? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size < 1 << 31 else { return nil }
        let size = Int(status.st_size)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, size), alignment: 8)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < size {
            let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
            if count <= 0 { return nil }
            filled += count
        }
        return body(UnsafeRawBufferPointer(rebasing: buffer[0..<size]))
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it there, so a reader
    /// never sees half a file; creates missing folders; gives up silently on any failure.
    private func writeFileAtomically(_ path: String, _ bytes: [UInt8], mode: mode_t) {
        guard let slash = path.lastIndex(of: "/") else { return }
        makeFolders(String(path[..<slash]))
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { return }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count <= 0 { break }
            written += count
        }
        if close(descriptor) != 0 || written < bytes.count || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// mkdir -p, ignoring failures (the write that follows then fails and is skipped).
    private func makeFolders(_ folder: String) {
        if folder.isEmpty || mkdir(folder, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { return }
        makeFolders(String(folder[..<slash]))
        _ = mkdir(folder, 0o777)
    }
}
