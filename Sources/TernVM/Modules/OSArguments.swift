#if canImport(Glibc)
import Glibc
#endif

// How os functions take their arguments and report failures, as CPython's posix
// module does: paths as str, bytes, os.PathLike or (where allowed) a file
// descriptor; OSError subclasses carrying errno, strerror and the file names.

/// A path argument converted for a system call.
struct PathArgument {
    /// What the caller passed (after __fspath__): the file name an OSError reports.
    let value: Value
    /// The path, empty when a descriptor was given.
    let path: String
    /// The descriptor, when an int was given to a function that takes one.
    let descriptor: Int32?
    /// Whether the path was bytes (results such as names are then bytes too).
    let isBytes: Bool
}

extension VM {
    /// OSError (or the subclass CPython picks for errno) with errno, strerror and the file names.
    func raiseOSError(_ code: Int32, filename: Value = .null, filename2: Value = .null) -> Raised {
        let type = osErrorSubclass(Int(code)) ?? exceptionTypes.osError
        do throws(Raised) {
            let message = try newStr(String(cString: strerror(code)))
            let exception = try newException(type, args: try newTuple([Value(int: Int(code)), message]))
            let ref = ObjectRef(exception)
            try setInstanceSlot(ref, intern("errno"), Value(int: Int(code)))
            try setInstanceSlot(ref, intern("strerror"), message)
            try setInstanceSlot(ref, intern("filename"), filename.isNull ? .none : filename)
            if !filename2.isNull { try setInstanceSlot(ref, intern("filename2"), filename2) }
            return raise(exception: exception)
        } catch {
            return error
        }
    }

    /// os.fspath (PEP 519): str and bytes as they are, anything else through its __fspath__.
    func fspath(_ path: Value) throws(Raised) -> Value {
        if isInstance(path, typeID: TypeID.str) || isInstance(path, typeID: TypeID.bytes) { return path }
        let method = lookupInType(typeID(of: path), intern("__fspath__"))
        guard !method.isNull else { throw raiseTypeError("expected str, bytes or os.PathLike object, not \(typeName(path))") }
        return try fspathResult(path, try callSpecial(method, path))
    }

    private func fspathResult(_ path: Value, _ result: Value) throws(Raised) -> Value {
        guard isInstance(result, typeID: TypeID.str) || isInstance(result, typeID: TypeID.bytes) else {
            throw raiseTypeError("expected \(typeName(path)).__fspath__() to return str or bytes, not \(typeName(result))")
        }
        return result
    }

    /// `value` as a path for `function`'s parameter `name`: str, bytes, an os.PathLike's
    /// __fspath__(), or an int descriptor when `allowDescriptor`.
    func pathArgument(_ value: Value, _ function: String, _ name: String = "path",
                      allowDescriptor: Bool = false, allowNone: Bool = false) throws(Raised) -> PathArgument {
        if allowDescriptor && (value.isInt || value.isBool || isInstance(value, typeID: TypeID.int)) {
            let descriptor = try cIntValue(value) { "an integer is required" }
            return PathArgument(value: value, path: "", descriptor: Int32(descriptor), isBytes: false)
        }
        var path = value
        if !isInstance(path, typeID: TypeID.str) && !isInstance(path, typeID: TypeID.bytes) {
            let method = lookupInType(typeID(of: path), intern("__fspath__"))
            guard !method.isNull else {
                let kinds = allowDescriptor ? (allowNone ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer")
                    : (allowNone ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike")
                throw raiseTypeError("\(function): \(name) should be \(kinds), not \(typeName(value))")
            }
            path = try fspathResult(value, try callSpecial(method, value))
        }
        let isBytes = isInstance(path, typeID: TypeID.bytes)
        let text = isBytes ? String(decoding: bytesContents(builtinSelf(path)), as: UTF8.self) : try strString(path)
        if text.utf8.contains(0) { throw raiseValueError("embedded null byte") }
        return PathArgument(value: path, path: text, descriptor: nil, isBytes: isBytes)
    }

    /// A name from the file system as str, or bytes when the path asked in bytes.
    func fileSystemName(_ name: String, bytes: Bool) throws(Raised) -> Value {
        bytes ? try newBytes(Array(name.utf8)) : try newStr(name)
    }

    /// A `dir_fd` keyword: AT_FDCWD when absent or None.
    func directoryDescriptor(_ value: Value) throws(Raised) -> Int32 {
        if value.isNull || value.isNone { return AT_FDCWD }
        return Int32(try cIntValue(value) { "argument should be integer or None, not \(typeName(value))" })
    }

    /// A descriptor argument (an int, through __index__).
    func descriptorArgument(_ value: Value) throws(Raised) -> Int32 {
        Int32(try cIntValue(value) { "'\(typeName(value))' object cannot be interpreted as an integer" })
    }

    /// A boolean keyword such as follow_symlinks, `defaultValue` when absent.
    func flagArgument(_ value: Value, _ defaultValue: Bool) throws(Raised) -> Bool {
        value.isNull ? defaultValue : try isTrue(value)
    }
}
