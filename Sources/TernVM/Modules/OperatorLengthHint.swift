// `_operator.length_hint`, which CPython's operator.py imports in place of its Python
// version: len(obj) when obj has a length, else its __length_hint__(), else the
// default, with the messages of CPython's C version.

extension VM {
    func installOperatorLengthHint(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "length_hint") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "length_hint", min: 1, max: 2)
            var fallback = 0
            if arguments.count == 2 {
                guard vm.isIntLike(arguments[1]) else {
                    throw vm.raiseTypeError("'\(vm.typeName(arguments[1]))' object cannot be interpreted as an integer")
                }
                fallback = try vm.indexValue(arguments[1]) { "" }
            }
            return try vm.newInt(Int64(try vm.lengthHint(arguments[0], fallback: fallback)))
        }
    }

    /// PEP 424's estimate of how many items `object` will give.
    func lengthHint(_ object: Value, fallback: Int) throws(Raised) -> Int {
        do throws(Raised) {
            return try length(of: object)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.typeError) { throw error }
            raisedException = .null
        }
        let hint = lookupInType(typeID(of: object), names.lengthHint)
        if hint.isNull { return fallback }
        let result: Value
        do throws(Raised) {
            result = try callSpecial(hint, object)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.typeError) { throw error }
            raisedException = .null
            return fallback
        }
        if result == notImplemented { return fallback }
        guard isIntLike(result) else { throw raiseTypeError("__length_hint__ must be an integer, not \(typeName(result))") }
        let count = try indexValue(result) { "" }
        if count < 0 { throw raiseValueError("__length_hint__() should return >= 0") }
        return count
    }
}
