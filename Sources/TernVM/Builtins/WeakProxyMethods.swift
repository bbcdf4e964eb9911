// Weak proxies (`_weakref.proxy`): every operation on a proxy applies to its referent,
// with proxy operands unwrapped, and raises ReferenceError once the referent has died
// (In CPython: Objects/weakrefobject.c, the proxy_* functions). Proxies are unhashable;
// CallableProxyType adds calling.

extension VM {
    func installWeakProxyMethods() {
        for id in [WeakReferenceTypeIDs.proxy, WeakReferenceTypeIDs.callableProxy] {
            installWeakProxyMethods(id)
        }
        defineMethod(WeakReferenceTypeIDs.callableProxy, "__call__") { vm, arguments throws(Raised) in
            let referent = try vm.proxyReferent(arguments[0])
            return try vm.call(referent, arguments: arguments.base + 1, count: arguments.count - 1, keywordNames: arguments.keywordNames)
        }
    }

    private func installWeakProxyMethods(_ id: Int) {
        try! dictSet(TypeView(types[id].object).dict, names.hash, .none)
        defineMethod(id, "__getattribute__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.getAttribute(try vm.proxyReferent(arguments[0]), vm.attributeName(arguments[1]))
        }
        defineMethod(id, "__setattr__", arguments: 2...2) { vm, arguments throws(Raised) in
            try vm.setAttribute(try vm.proxyReferent(arguments[0]), vm.attributeName(arguments[1]), arguments[2])
            return .none
        }
        defineMethod(id, "__delattr__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.deleteAttribute(try vm.proxyReferent(arguments[0]), vm.attributeName(arguments[1]))
            return .none
        }
        defineMethod(id, "__repr__") { vm, arguments throws(Raised) in
            let proxy = arguments[0]
            let referent = vm.weakReferent(proxy)
            let target = referent.isNull ? Value.none : referent
            return try vm.newStr("<weakproxy at 0x\(String(proxy.bits, radix: 16)) to \(vm.typeName(target)) at 0x\(String(target.bits, radix: 16))>")
        }
        defineMethod(id, "__str__") { vm, arguments throws(Raised) in try vm.str(try vm.proxyReferent(arguments[0])) }
        defineMethod(id, "__bool__") { vm, arguments throws(Raised) in
            Value(bool: try vm.isTrue(try vm.proxyReferent(arguments[0])))
        }
        defineMethod(id, "__len__") { vm, arguments throws(Raised) in
            Value(int: try vm.length(of: try vm.proxyReferent(arguments[0])))
        }
        defineMethod(id, "__iter__") { vm, arguments throws(Raised) in try vm.getIterator(try vm.proxyReferent(arguments[0])) }
        defineMethod(id, "__getitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.getItem(try vm.proxyReferent(arguments[0]), try vm.unwrappingProxy(arguments[1]))
        }
        defineMethod(id, "__setitem__", arguments: 2...2) { vm, arguments throws(Raised) in
            try vm.setItem(try vm.proxyReferent(arguments[0]), try vm.unwrappingProxy(arguments[1]), try vm.unwrappingProxy(arguments[2]))
            return .none
        }
        defineMethod(id, "__delitem__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.deleteItem(try vm.proxyReferent(arguments[0]), try vm.unwrappingProxy(arguments[1]))
            return .none
        }
        defineMethod(id, "__contains__", arguments: 1...1) { vm, arguments throws(Raised) in
            Value(bool: try vm.contains(try vm.proxyReferent(arguments[0]), try vm.unwrappingProxy(arguments[1])))
        }
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            defineMethod(id, name, arguments: 1...1) { vm, arguments throws(Raised) in
                try vm.richCompare(try vm.unwrappingProxy(arguments[0]), try vm.unwrappingProxy(arguments[1]), op)
            }
        }
        for op in 0..<names.binary.count {
            defineMethod(id, swiftString(names.binary[op]), arguments: 1...1) { vm, arguments throws(Raised) in
                try vm.binaryOp(try vm.unwrappingProxy(arguments[0]), try vm.unwrappingProxy(arguments[1]), op)
            }
            defineMethod(id, swiftString(names.reflected[op]), arguments: 1...1) { vm, arguments throws(Raised) in
                try vm.binaryOp(try vm.unwrappingProxy(arguments[1]), try vm.unwrappingProxy(arguments[0]), op)
            }
            defineMethod(id, swiftString(names.inPlace[op]), arguments: 1...1) { vm, arguments throws(Raised) in
                try vm.binaryOp(try vm.unwrappingProxy(arguments[0]), try vm.unwrappingProxy(arguments[1]), op + 16)
            }
        }
        defineMethod(id, "__neg__") { vm, arguments throws(Raised) in try vm.unaryNegative(try vm.proxyReferent(arguments[0])) }
        defineMethod(id, "__pos__") { vm, arguments throws(Raised) in try vm.unaryPositive(try vm.proxyReferent(arguments[0])) }
        defineMethod(id, "__invert__") { vm, arguments throws(Raised) in try vm.unaryInvert(try vm.proxyReferent(arguments[0])) }
        // The rest call the builtin of the same meaning on the referent.
        for (name, builtin) in [("__abs__", "abs"), ("__int__", "int"), ("__float__", "float"), ("__bytes__", "bytes"),
                                ("__reversed__", "reversed"), ("__next__", "next")] {
            defineMethod(id, name, arguments: 0...0) { vm, arguments throws(Raised) in
                try vm.call(vm.dictGetStr(DictView(vm.builtinsDict), vm.intern(builtin)), try vm.proxyReferent(arguments[0]))
            }
        }
        defineMethod(id, "__index__") { vm, arguments throws(Raised) in
            let referent = try vm.proxyReferent(arguments[0])
            return try vm.newInt(Int64(try vm.indexValue(referent) { "'\(vm.typeName(referent))' object cannot be interpreted as an integer" }))
        }
        defineMethod(id, "__divmod__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.call(vm.dictGetStr(DictView(vm.builtinsDict), vm.intern("divmod")), try vm.proxyReferent(arguments[0]), try vm.unwrappingProxy(arguments[1]))
        }
        defineMethod(id, "__rdivmod__", arguments: 1...1) { vm, arguments throws(Raised) in
            try vm.call(vm.dictGetStr(DictView(vm.builtinsDict), vm.intern("divmod")), try vm.unwrappingProxy(arguments[1]), try vm.proxyReferent(arguments[0]))
        }
    }
}
