// `list[int]` and `int | str`: the builtin side of types.GenericAlias and
// types.UnionType, whose behaviour lives in lib/_generic_alias.py.

extension VM {
    /// The builtin classes that are generic (`__class_getitem__`), as in CPython 3.11.
    static let genericBuiltinTypes = [TypeID.list, TypeID.dict, TypeID.tuple, TypeID.set, TypeID.frozenset, TypeID.enumerate]

    func installGenericAliases() {
        for id in VM.genericBuiltinTypes {
            defineClassMethod(id, "__class_getitem__") { vm, arguments throws(Raised) in
                try vm.genericAlias(arguments[0], arguments[1])
            }
        }
        defineMethod(TypeID.type, "__or__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.callLibraryFunction("_generic_alias", "union", arguments[0], arguments[1])
        }
        defineMethod(TypeID.type, "__ror__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.callLibraryFunction("_generic_alias", "union", arguments[1], arguments[0])
        }
    }

    /// types.GenericAlias(origin, arguments).
    func genericAlias(_ origin: Value, _ arguments: Value) throws(Raised) -> Value {
        try callLibraryFunction("_generic_alias", "GenericAlias", origin, arguments)
    }
}
