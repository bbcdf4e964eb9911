// Attributes of function objects: __name__, __qualname__, __doc__, __module__,
// __defaults__, __kwdefaults__, __annotations__, __closure__, __code__, __globals__.
// A function's annotations live in its attribute dict under "__annotations__"
// (MAKE_FUNCTION puts them there), so they also appear in `f.__dict__`.

extension VM {
    func installFunctionAttributes() {
        let function = TypeID.function
        for (name, slot) in [("__name__", FunctionLayout.name), ("__qualname__", FunctionLayout.qualifiedName)] {
            defineProperty(function, name, get: { vm, value throws(Raised) in ObjectRef(value)[slot] },
                           set: { vm, value, new throws(Raised) in
                guard vm.isStr(new) else { throw vm.raiseTypeError("\(name) must be set to a string object") }
                ObjectRef(value)[slot] = new
            })
        }
        for (name, slot) in [("__doc__", FunctionLayout.doc), ("__module__", FunctionLayout.module)] {
            defineProperty(function, name, get: { vm, value throws(Raised) in
                let found = ObjectRef(value)[slot]
                return found.isNull ? .none : found
            }, set: { vm, value, new throws(Raised) in ObjectRef(value)[slot] = new })
        }
        defineProperty(function, "__defaults__", get: { vm, value throws(Raised) in
            let defaults = ObjectRef(value)[FunctionLayout.defaults]
            return defaults.isNull ? .none : defaults
        }, set: { vm, value, new throws(Raised) in
            guard new.isNone || vm.typeID(of: new) == TypeID.tuple else {
                throw vm.raiseTypeError("__defaults__ must be set to a tuple object")
            }
            ObjectRef(value)[FunctionLayout.defaults] = new.isNone || TupleView(new).count == 0 ? .null : new
        })
        defineProperty(function, "__kwdefaults__", get: { vm, value throws(Raised) in
            let defaults = ObjectRef(value)[FunctionLayout.keywordDefaults]
            return defaults.isNull ? .none : defaults
        }, set: { vm, value, new throws(Raised) in
            guard new.isNone || vm.typeID(of: new) == TypeID.dict else {
                throw vm.raiseTypeError("__kwdefaults__ must be set to a dict object")
            }
            ObjectRef(value)[FunctionLayout.keywordDefaults] = new.isNone ? .null : new
        })
        defineProperty(function, "__annotations__", get: { vm, value throws(Raised) in
            let dict = try vm.attributeDict(value)
            let found = vm.dictGetStr(DictView(dict), vm.intern("__annotations__"))
            if !found.isNull { return found }
            let fresh = try vm.newDict().ref.value
            try vm.dictSet(DictView(dict), vm.intern("__annotations__"), fresh)
            return fresh
        }, set: { vm, value, new throws(Raised) in
            guard vm.typeID(of: new) == TypeID.dict else { throw vm.raiseTypeError("__annotations__ must be set to a dict object") }
            try vm.dictSet(DictView(try vm.attributeDict(value)), vm.intern("__annotations__"), new)
        })
        defineGetter(function, "__closure__") { vm, value throws(Raised) in
            let closure = ObjectRef(value)[FunctionLayout.closure]
            return closure.isNull ? .none : closure
        }
        defineProperty(function, "__code__", get: { vm, value throws(Raised) in ObjectRef(value)[FunctionLayout.codeObject] },
                       set: { vm, value, new throws(Raised) in try vm.assignCode(value, new) })
        defineGetter(function, "__globals__") { vm, value throws(Raised) in ObjectRef(value)[FunctionLayout.globals] }
        defineGetter(TypeID.cell, "cell_contents") { vm, value throws(Raised) in
            let contents = ObjectRef(value)[CellLayout.contents]
            if contents.isNull { throw vm.raiseValueError("Cell is empty") }
            return contents
        }
    }
}
