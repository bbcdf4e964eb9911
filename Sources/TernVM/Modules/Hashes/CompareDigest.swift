// `_operator._compare_digest`, which hmac.py imports as compare_digest when there is no
// `_hashlib`: equality of two ASCII strs or two bytes-like objects, in time that depends
// on the lengths only, not on where they differ.

extension VM {
    func installOperatorModule(_ module: Value) throws(Raised) {
        try installOperatorLengthHint(module)
        try installOperatorGetters(module)
        try defineModuleFunction(module, "_compare_digest") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "_compare_digest", min: 2, max: 2)
            let a = vm.builtinSelf(arguments[0]), b = vm.builtinSelf(arguments[1])
            if vm.isStr(a) && vm.isStr(b) {
                let left = StrView(a), right = StrView(b)
                guard left.isASCII && right.isASCII else {
                    throw vm.raiseTypeError("comparing strings with non-ASCII characters is not supported")
                }
                return Value(bool: VM.sameBytes(UnsafeBufferPointer(start: left.asciiBytes, count: left.count),
                                                UnsafeBufferPointer(start: right.asciiBytes, count: right.count)))
            }
            let refusal = {
                vm.raiseTypeError("unsupported operand types(s) or combination of types: '\(vm.typeName(arguments[0]))' and '\(vm.typeName(arguments[1]))'")
            }
            if vm.isStr(a) || vm.isStr(b) { throw refusal() }
            return try vm.withReadableBuffer(arguments[0], refusal: refusal) { (left) throws(Raised) in
                try vm.withReadableBuffer(arguments[1], refusal: refusal) { right in Value(bool: VM.sameBytes(left, right)) }
            }
        }
    }

    /// Compares every byte of `given` whatever it finds (when the lengths differ, against itself).
    private static func sameBytes(_ given: UnsafeBufferPointer<UInt8>, _ expected: UnsafeBufferPointer<UInt8>) -> Bool {
        let other = given.count == expected.count ? expected : given
        var difference: UInt8 = given.count == expected.count ? 0 : 1
        for index in 0..<given.count { difference |= given[index] ^ other[index] }
        return difference == 0
    }
}
