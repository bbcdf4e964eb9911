// UnicodeEncodeError and UnicodeDecodeError with CPython's five attributes (encoding,
// object, start, end, reason) and the messages built from them; the codecs raise them
// this way too, so error handlers and callers can read where a codec failed.

extension VM {
    static let unicodeErrorFields = ["encoding", "object", "start", "end", "reason"]

    func installUnicodeErrorMethods() {
        for (id, isEncode) in [(exceptionTypes.unicodeEncodeError, true), (exceptionTypes.unicodeDecodeError, false)] {
            defineMethod(id, "__init__") { vm, arguments throws(Raised) in
                let exception = ObjectRef(arguments[0])
                exception[ExceptionLayout.args] = try vm.newTuple(UnsafeBufferPointer(start: arguments.base + 1, count: arguments.positionalCount - 1))
                guard arguments.positionalCount == 6 else {
                    throw vm.raiseTypeError("function takes exactly 5 arguments (\(arguments.positionalCount - 1) given)")
                }
                let encoding = try vm.argument(arguments[1], TypeID.str, "argument 1")
                var object = arguments[2]
                if isEncode {
                    object = try vm.argument(object, TypeID.str, "argument 2")
                } else if !vm.isBytesLike(object) {
                    throw vm.raiseTypeError("a bytes-like object is required, not '\(vm.typeName(object))'")
                } else if vm.typeID(of: object) != TypeID.bytes {
                    object = try vm.newBytes(vm.bytesLikeContents(object)!)
                }
                let start = try vm.argument(arguments[3], TypeID.int, "argument 3")
                let end = try vm.argument(arguments[4], TypeID.int, "argument 4")
                let reason = try vm.argument(arguments[5], TypeID.str, "argument 5")
                for (field, value) in zip(VM.unicodeErrorFields, [encoding, object, start, end, reason]) {
                    try vm.setInstanceSlot(exception, vm.intern(field), value)
                }
                return .none
            }
            defineMethod(id, "__str__") { vm, arguments throws(Raised) in
                let exception = ObjectRef(arguments[0])
                let fields = VM.unicodeErrorFields.map { vm.instanceSlotValue(exception, vm.intern($0)) }
                guard !fields.contains(where: { $0.isNull }), let start = vm.smallIntValue(fields[2]),
                      let end = vm.smallIntValue(fields[3]) else {
                    return try vm.newStr(try vm.exceptionString(arguments[0]))
                }
                let encoding = try vm.strString(fields[0]), reason = try vm.strString(fields[4])
                let length = isEncode ? StrView(vm.builtinSelf(fields[1])).count : vm.bytesLikeContents(fields[1])!.count
                guard start >= 0 && start < length else {
                    return try vm.newStr("'\(encoding)' codec can't \(isEncode ? "encode" : "decode") \(isEncode ? "characters" : "bytes") in position \(start)-\(end - 1): \(reason)")
                }
                if end == start + 1 {
                    let what = isEncode ? "character '\(vm.codecCharacter(StrView(vm.builtinSelf(fields[1])).scalars[Int(start)], printable: false))'"
                        : "byte 0x\(vm.hexByte(vm.bytesLikeContents(fields[1])![Int(start)]))"
                    return try vm.newStr("'\(encoding)' codec can't \(isEncode ? "encode" : "decode") \(what) in position \(start): \(reason)")
                }
                return try vm.newStr("'\(encoding)' codec can't \(isEncode ? "encode characters" : "decode bytes") in position \(start)-\(end - 1): \(reason)")
            }
        }
    }

    /// Raises UnicodeEncodeError(encoding, text, start, end, reason) or UnicodeDecodeError.
    func raiseUnicodeError(encode: Bool, _ encoding: String, _ object: Value, _ start: Int, _ end: Int, _ reason: String) -> Raised {
        do throws(Raised) {
            let type = typeObject(encode ? exceptionTypes.unicodeEncodeError : exceptionTypes.unicodeDecodeError)
            let exception = try withRoots(object) { () throws(Raised) in
                try call(type, try newStr(encoding), object, Value(int: start), Value(int: end), try newStr(reason))
            }
            return raise(exception: exception)
        } catch {
            return error
        }
    }
}
