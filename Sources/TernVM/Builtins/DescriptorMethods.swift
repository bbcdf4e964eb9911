// The descriptor protocol spelled out as methods (`__get__`, `__set__`, `__delete__`) on
// functions, property, classmethod and staticmethod. Attribute lookup does not go through
// them (Attributes.swift binds these kinds directly); code that asks for them does —
// enum tells members from methods by `hasattr(value, '__get__')`.

extension VM {
    func installDescriptorMethods() {
        defineMethod(TypeID.function, "__get__", arguments: 1...2) { vm, arguments throws(Raised) in
            arguments[1].isNone ? arguments[0] : try vm.newBoundMethod(arguments[0], arguments[1])
        }
        defineMethod(TypeID.staticMethod, "__get__", arguments: 1...2) { vm, arguments throws(Raised) in
            ObjectRef(arguments[0])[WrapperLayout.function]
        }
        // Since 3.10 a staticmethod object is callable where it stands (lib/_codecs.py's codec
        // functions are: classes keep them as attributes without binding them).
        defineMethod(TypeID.staticMethod, "__call__") { vm, arguments throws(Raised) in
            try vm.call(ObjectRef(arguments[0])[WrapperLayout.function], arguments: arguments.base + 1,
                        count: arguments.count - 1, keywordNames: arguments.keywordNames)
        }
        // `f.__call__(...)` of a function, builtin or bound method calls it (calls themselves never look it up).
        for typeID in [TypeID.function, TypeID.builtinFunction, TypeID.method] {
            defineMethod(typeID, "__call__") { vm, arguments throws(Raised) in
                try vm.call(arguments[0], arguments: arguments.base + 1, count: arguments.count - 1,
                            keywordNames: arguments.keywordNames)
            }
        }
        defineMethod(TypeID.classMethod, "__get__", arguments: 1...2) { vm, arguments throws(Raised) in
            let owner = arguments.count > 2 && !arguments[2].isNone ? arguments[2] : vm.typeOf(arguments[1])
            return try vm.newBoundMethod(ObjectRef(arguments[0])[WrapperLayout.function], owner)
        }
        defineMethod(TypeID.property, "__get__", arguments: 1...2) { vm, arguments throws(Raised) in
            if arguments[1].isNone { return arguments[0] }
            let getter = ObjectRef(arguments[0])[PropertyLayout.getter]
            if getter.isNone { throw vm.propertyLacks(arguments[0], "getter", arguments[1]) }
            return try vm.call(getter, arguments[1])
        }
        defineMethod(TypeID.property, "__set__", arguments: 2...2) { vm, arguments throws(Raised) in
            let setter = ObjectRef(arguments[0])[PropertyLayout.setter]
            if setter.isNone { throw vm.propertyLacks(arguments[0], "setter", arguments[1]) }
            _ = try vm.call(setter, arguments[1], arguments[2])
            return .none
        }
        defineMethod(TypeID.property, "__set_name__", arguments: 2...2) { vm, arguments throws(Raised) in
            ObjectRef(arguments[0])[PropertyLayout.name] = arguments[2]
            return .none
        }
        defineMethod(TypeID.property, "__delete__", arguments: 1...1) { vm, arguments throws(Raised) in
            let deleter = ObjectRef(arguments[0])[PropertyLayout.deleter]
            if deleter.isNone { throw vm.propertyLacks(arguments[0], "deleter", arguments[1]) }
            _ = try vm.call(deleter, arguments[1])
            return .none
        }
    }
}
