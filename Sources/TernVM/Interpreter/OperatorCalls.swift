// Binary operators on instances of Python classes run their dunder in the
// interpreter loop. `a + b` on two Vectors used to reach Vector.__add__ through
// binaryOp → dunderBinary → call → a nested `run` (Runtime/Operators.swift); now
// BINARY_OP pushes __add__'s frame like a call when the order of the protocol
// allows it: the left operand's class (plain, no builtin base) defines the
// forward method as a Python function, and the right operand's class does not
// take priority (a subclass overriding the reflected method is tried first, so
// that case keeps the general path). When the frame returns NotImplemented, the
// rest of the protocol — the reflected method, then the TypeError — continues in
// binaryOpAfterForwardDeclined. In-place operators keep the general path.
// Subscripts likewise: `v[i]` and `v[i] = x` on an instance of a plain Python
// class whose __getitem__/__setitem__ is a Python function push its frame; and so
// does `v.name` when `name` is a property whose getter is a Python function.

extension VM {
    /// The class of `value` when it is an instance of a class written in Python with plain
    /// instance layout (its dunders may run as frames of the loop), else nil.
    @inline(__always) private func plainInstanceType(_ value: Value) -> Int? {
        guard value.isObject, ObjectRef(value).kind == .instance else { return nil }
        let type = ObjectRef(value).typeID
        guard types[type].layout == .instance, types[type].flags.contains(.heapType) else { return nil }
        return type
    }

    /// `type`'s `name` when it is a Python function that is no generator (it can run as a frame), else nil.
    @inline(__always) private func dunderFunction(_ type: Int, _ name: Value) -> Value? {
        let method = lookupInType(type, name)
        guard method.isObject, ObjectRef(method).kind == .function,
              !codeInfo(ofFunction: method).pointee.isGenerator else { return nil }
        return method
    }

    /// The forward dunder BINARY_OP `op` can run as a frame for these operands, else nil.
    @inline(__always) func inlineBinaryDunder(_ left: Value, _ right: Value, _ op: Int) -> Value? {
        guard op < 16, let leftType = plainInstanceType(left),
              TypeView(ObjectRef(types[leftType].object)[TypeLayout.solidBase]).ownTypeID == TypeID.object,
              let forward = dunderFunction(leftType, names.binary[op]) else { return nil }
        let rightType = typeID(of: right)
        if rightType != leftType && isSubtype(rightType, leftType) && !lookupInType(rightType, names.reflected[op]).isNull {
            return nil
        }
        return forward
    }

    /// The Python function a subscript of `container` (an instance of a plain Python class) runs as
    /// a frame — its class's `name` (__getitem__ or __setitem__) — else nil.
    @inline(__always) func inlineItemDunder(_ container: Value, _ name: Value) -> Value? {
        guard let type = plainInstanceType(container) else { return nil }
        return dunderFunction(type, name)
    }

    /// The getter LOAD_ATTR `name` on `object` runs as a frame: the Python function of the
    /// property (exactly `property`, a data descriptor, so it wins over the instance's own
    /// attributes) that the class of a plain instance finds first; nil when there is none or
    /// the class has its own __getattribute__ or __getattr__ (an AttributeError from the
    /// getter goes on to __getattr__ in CPython).
    /// The getter found is cached in LOAD_ATTR's entry by the instance's type, shape and type
    /// version (key bit 61), so that the next read of the property skips the class lookup; the
    /// getter's code is checked again (`fget.__code__` may since have become a generator's).
    @inline(__always) func inlinePropertyGetter(_ object: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Value? {
        if instance(object, hitting: cache, tag: VM.propertyKeyBit) != nil {
            let getter = cache.pointee.value
            return codeInfo(ofFunction: getter).pointee.isGenerator ? nil : getter
        }
        return propertyGetterFillingCache(object, name, cache)
    }

    static var propertyKeyBit: UInt64 { 1 << 61 }

    private func propertyGetterFillingCache(_ object: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard let type = plainInstanceType(object), !types[type].flags.contains(.customGetattr),
              !types[type].flags.contains(.customGetattribute) else { return nil }
        let descriptor = lookupInType(type, name)
        guard descriptor.isObject, ObjectRef(descriptor).kind == .property, ObjectRef(descriptor).typeID == TypeID.property else { return nil }
        let getter = ObjectRef(descriptor)[PropertyLayout.getter]
        guard getter.isObject, ObjectRef(getter).kind == .function, !codeInfo(ofFunction: getter).pointee.isGenerator else { return nil }
        if ObjectRef(object).kind == .instance {
            fillCache(cache, InlineCache(key: instanceCacheKey(ObjectRef(object)) | VM.propertyKeyBit,
                                         version: types[type].version, index: 0, value: getter))
        }
        return getter
    }

    /// BINARY_OP after the forward dunder returned NotImplemented: the reflected dunder
    /// of a different right type, else the TypeError (as dunderBinary and binaryOp do).
    func binaryOpAfterForwardDeclined(_ left: Value, _ right: Value, _ op: Int) throws(Raised) -> Value {
        let leftType = typeID(of: left), rightType = typeID(of: right)
        if leftType != rightType {
            let reflected = lookupInType(rightType, names.reflected[op])
            if !reflected.isNull {
                let result = try callSpecial(reflected, right, left)
                if result != notImplemented { return result }
            }
        }
        throw raiseUnsupportedBinary(left, right, op, inPlace: false)
    }
}
