// The _string module behind string.Formatter: format strings taken apart the way
// str.format reads them (nextFormatChunk, splitFormatFieldRest in StrFormatMethod.swift).

extension VM {
    func installStringModule(_ module: Value) throws(Raised) {
        try defineModuleFunction(module, "formatter_parser") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "formatter_parser", min: 1, max: 1)
            let text = vm.scalars(try vm.argument(arguments[0], TypeID.str, "formatter_parser() argument"))
            let chunks = try vm.newList()
            try vm.withRoots(chunks.ref.value) { () throws(Raised) in
                var index = 0
                while let chunk = try vm.nextFormatChunk(text, &index) {
                    let literal = try vm.newStr(scalars: chunk.literal)
                    let item: Value = try vm.withRoots(literal) { () throws(Raised) in
                        guard let name = chunk.name else { return try vm.newTuple([literal, .none, .none, .none]) }
                        let nameValue = try vm.newStr(scalars: name)
                        return try vm.withRoots(nameValue) { () throws(Raised) in
                            let spec = try vm.newStr(scalars: chunk.spec)
                            return try vm.withRoots(spec) { () throws(Raised) in
                                let conversion = chunk.conversion == 0 ? Value.none : try vm.newStr(scalars: [chunk.conversion])
                                return try vm.newTuple([literal, nameValue, spec, conversion])
                            }
                        }
                    }
                    try vm.listAppend(chunks, item)
                }
            }
            return try vm.getIterator(chunks.ref.value)
        }
        try defineModuleFunction(module, "formatter_field_name_split") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "formatter_field_name_split", min: 1, max: 1)
            let field = vm.scalars(try vm.argument(arguments[0], TypeID.str, "formatter_field_name_split() argument"))
            var cut = 0
            while cut < field.count && field[cut] != 46 && field[cut] != 91 { cut += 1 }
            let rest = try vm.splitFormatFieldRest(field, from: cut)
            let parts = try vm.newList()
            return try vm.withRoots(parts.ref.value) { () throws(Raised) in
                for (isAttribute, key) in rest {
                    let keyValue = isAttribute ? try vm.newStr(scalars: key) : try vm.formatFieldKey(key)
                    try vm.listAppend(parts, try vm.withRoots(keyValue) { () throws(Raised) in try vm.newTuple([Value(bool: isAttribute), keyValue]) })
                }
                let first = Array(field[..<cut])
                let firstValue = first.isEmpty ? try vm.newStr(scalars: first) : try vm.formatFieldKey(first)
                return try vm.withRoots(firstValue) { () throws(Raised) in
                    try vm.newTuple([firstValue, try vm.getIterator(parts.ref.value)])
                }
            }
        }
    }
}
