// Slots named like special methods (`__slots__ = "__setitem__", "__getitem__"`, chameleon's
// RepeatDict, which stores a dict's bound methods there). In CPython every slot is a member
// descriptor in the class's namespace, so such a class has the special method, and
// `self[key] = value` binds the descriptor and calls what the instance stores. Tern keeps slot
// values in the instance's attribute store and gives only these names a descriptor: a property
// whose native getter, setter and deleter reach that store.

extension VM {
    /// Puts a descriptor into a new class's namespace for each of its own `__slots__` names that
    /// is a special-method name (any dunder but __dict__ and __weakref__).
    func defineDunderSlotDescriptors(_ dict: DictView) throws(Raised) {
        let slots = dictGetStr(dict, intern("__slots__"))
        if slots.isNull { return }
        for text in try slotNames(slots)
        where text.count > 4 && text.hasPrefix("__") && text.hasSuffix("__") && text != "__dict__" && text != "__weakref__" {
            let name = intern(text)
            if !dictGetStr(dict, name).isNull { throw raiseValueError("'\(text)' in __slots__ conflicts with class variable") }
            let getter = newNative(text) { vm, arguments throws(Raised) in
                let value = arguments[0].isObject ? vm.instanceSlotValue(ObjectRef(arguments[0]), name) : .null
                if value.isNull { throw vm.raiseAttributeError(arguments[0], name) }
                return value
            }
            try withRoots(getter) { () throws(Raised) in
                let setter = newNative(text) { vm, arguments throws(Raised) in
                    try vm.expectMethodArguments(arguments, text, min: 1, max: 1)
                    try vm.setInstanceSlot(ObjectRef(arguments[0]), name, arguments[1])
                    return .none
                }
                try withRoots(setter) { () throws(Raised) in
                    let deleter = newNative(text) { vm, arguments throws(Raised) in
                        if !(try vm.deleteInstanceSlot(ObjectRef(arguments[0]), name)) { throw vm.raiseAttributeError(arguments[0], name) }
                        return .none
                    }
                    try withRoots(deleter) { () throws(Raised) in
                        let property = try allocate(kind: .property, typeID: TypeID.property, words: PropertyLayout.words)
                        property[PropertyLayout.getter] = getter
                        property[PropertyLayout.setter] = setter
                        property[PropertyLayout.deleter] = deleter
                        property[PropertyLayout.doc] = .none
                        try dictSet(dict, name, property.value)
                    }
                }
            }
        }
    }
}
