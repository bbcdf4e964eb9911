// Attribute access: object.__getattribute__'s algorithm (data descriptors, then
// the instance's own attributes, then other class attributes, then __getattr__),
// type attribute lookup, and the inline caches that make the common cases a
// shape check plus a load.

extension VM {
    // MARK: Inline-cached fast paths

    @inline(__always) func instanceCacheKey(_ ref: ObjectRef) -> UInt64 {
        UInt64(ref.typeID) << 32 | UInt64(ref.word(InstanceLayout.shape)) | 1 << 31
    }

    /// The instance `object` is when `cache` holds its type, shape and type version (the check of
    /// every instance-attribute cache, and of the traces that compile one), else nil.
    /// `tag` (a key bit) picks out the entries of one kind beside slot entries: class attributes,
    /// property getters.
    @inline(__always) func instance(_ object: Value, hitting cache: UnsafeMutablePointer<InlineCache>, tag: UInt64 = 0) -> ObjectRef? {
        guard object.isObject else { return nil }
        let ref = ObjectRef(object)
        guard ref.kind == .instance, cache.pointee.key == instanceCacheKey(ref) | tag,
              cache.pointee.version == types[ref.typeID].version else { return nil }
        return ref
    }

    /// An instance attribute through the cache, or nil on a miss.
    @inline(__always) func cachedInstanceAttribute(_ object: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard let ref = instance(object, hitting: cache) else { return nil }
        return ValueArrayView(ref[InstanceLayout.slots]).items[Int(cache.pointee.index)]
    }

    /// A module attribute through the cache (In CPython: LOAD_ATTR_MODULE): the entry of the
    /// module's dict that held it, checked as LOAD_GLOBAL checks its entry (the dict's entries
    /// array and the key at the index; `value` holds the name). Bit 63 keeps the key apart
    /// from instance keys. Only exact modules: their type's attributes never change.
    @inline(__always) func moduleCacheKey(_ dict: DictView) -> UInt64 { dict.entriesValue.bits | 1 << 63 }

    @inline(__always) func cachedModuleAttribute(_ object: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard object.isObject, ObjectRef(object).typeID == TypeID.module else { return nil }
        let dict = DictView(ObjectRef(object)[ModuleLayout.dict])
        let index = Int(cache.pointee.index)
        guard cache.pointee.key == moduleCacheKey(dict), index < dict.used, dict.key(index) == cache.pointee.value else { return nil }
        return dict.value(index)
    }

    /// A class attribute read through an instance that does not shadow it (`self.TABLE`, a
    /// class-level default): cached by the instance's type, shape and type version, as an
    /// instance attribute is, with where the value is — the dict of the class in the MRO that
    /// holds it, and the entry — since rebinding plain data keeps the version
    /// (rebindPlainClassAttribute) and rebinds the entry in place. The key's bit 62 keeps these
    /// entries apart from slot entries, so that the inlined check and traces pass them by; the
    /// uncached path checks them (only in the primary entry: the extra ones keep no objects).
    static var classAttributeKeyBit: UInt64 { 1 << 62 }

    func cachedClassAttribute(_ object: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard instance(object, hitting: cache, tag: VM.classAttributeKeyBit) != nil else { return nil }
        return valueAtCachedLocation(cache, name)
    }

    /// Fills `cache` for class attribute `name` that reads as itself, when the object is an
    /// instance whose shape says which names it holds (not one kept in a dict).
    private func cacheClassAttribute(_ object: Value, _ name: Value, _ attribute: Value, _ id: Int,
                                     _ cache: UnsafeMutablePointer<InlineCache>) {
        let ref = ObjectRef(object)
        guard ref.kind == .instance, !types[id].flags.contains(.customGetattribute), readsAsItself(attribute),
              let store = attributeStore(ref), !store.isDict else { return }
        cacheLocation(cache, key: instanceCacheKey(ref) | VM.classAttributeKeyBit, id, name, attribute)
    }

    /// A class's own attribute read from the class (`Strength.REQUIRED`): cached by the class's
    /// id and version with where the value is (as for instances, above). Only classes whose
    /// metaclass is exactly `type`, which cannot change and defines none of the names cached.
    static var typeAttributeKeyBit: UInt64 { 1 << 60 }

    func cachedTypeAttribute(_ object: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard object.isObject else { return nil }
        let ref = ObjectRef(object)
        guard ref.kind == .type, ref.typeID == TypeID.type else { return nil }
        let id = TypeView(object).ownTypeID
        guard cache.pointee.key == UInt64(id) << 32 | VM.typeAttributeKeyBit, cache.pointee.version == types[id].version else { return nil }
        return valueAtCachedLocation(cache, name)
    }

    /// A property whose getter is native (frame.f_lineno, code.co_name, an instance's __dict__),
    /// cached by the object's type and type version (key bit 59): the next read calls the getter
    /// without the lookup in the type (In CPython: a getset descriptor's slot).
    static var nativeGetterKeyBit: UInt64 { 1 << 59 }

    func cachedNativeGetter(_ object: Value, _ cache: UnsafeMutablePointer<InlineCache>) throws(Raised) -> Value? {
        let id = typeID(of: object)
        guard cache.pointee.key == UInt64(id) << 32 | VM.nativeGetterKeyBit, cache.pointee.version == types[id].version else { return nil }
        var receiver = object
        return try callBuiltin(ObjectRef(cache.pointee.value), arguments: &receiver, count: 1, keywordNames: .null)
    }

    private func cacheNativeGetter(_ object: Value, _ id: Int, _ descriptor: Value, _ cache: UnsafeMutablePointer<InlineCache>) {
        // A class with its own __getattr__ turns the getter's AttributeError into a call of it.
        guard ObjectRef(descriptor).typeID == TypeID.property,
              !types[id].flags.contains(.customGetattr), !types[id].flags.contains(.customGetattribute) else { return }
        let getter = ObjectRef(descriptor)[PropertyLayout.getter]
        guard getter.isObject, ObjectRef(getter).kind == .builtinFunction else { return }
        fillCache(cache, InlineCache(key: UInt64(id) << 32 | VM.nativeGetterKeyBit, version: types[id].version, index: 0, value: getter))
    }

    /// Fills `cache` for attribute `name` of a class that typeGetAttribute returns as it is.
    private func cacheTypeAttribute(_ type: Value, _ name: Value, _ attribute: Value, _ cache: UnsafeMutablePointer<InlineCache>) {
        guard ObjectRef(type).typeID == TypeID.type, lookupInType(TypeID.type, name).isNull, readsAsItselfOnClass(attribute) else { return }
        let id = TypeView(type).ownTypeID
        cacheLocation(cache, key: UInt64(id) << 32 | VM.typeAttributeKeyBit, id, name, attribute)
    }

    /// Fills `cache` under `key` and class `id`'s version with where `attribute` is: the dict of
    /// the class in `id`'s MRO that holds it as `name`, and the entry (the index).
    private func cacheLocation(_ cache: UnsafeMutablePointer<InlineCache>, key: UInt64, _ id: Int, _ name: Value, _ attribute: Value) {
        let mro = TypeView(types[id].object).mro
        for index in 0..<mro.count {
            let dict = TypeView(mro[index]).dict
            let entry = dictFindStr(dict, name)
            guard entry >= 0 else { continue }
            if dict.value(entry) == attribute {
                fillCache(cache, InlineCache(key: key, version: types[id].version, index: Int32(entry), value: dict.ref.value))
            }
            return
        }
    }

    /// The value at the location a class or type attribute entry holds, if `name` is still there.
    private func valueAtCachedLocation(_ cache: UnsafeMutablePointer<InlineCache>, _ name: Value) -> Value? {
        let dict = DictView(cache.pointee.value), entry = Int(cache.pointee.index)
        guard dict.key(entry) == name else { return nil }
        return dict.value(entry)
    }

    /// Whether typeGetAttribute returns class attribute `attribute` as it is, for as long as the
    /// class is unchanged (functions come back unbound; a builtin type's `__get__` cannot appear later).
    private func readsAsItselfOnClass(_ attribute: Value) -> Bool {
        guard attribute.isObject else { return true }
        switch ObjectRef(attribute).kind {
        case .function, .builtinFunction, .property: return true
        case .staticMethod, .classMethod: return false
        default:
            let id = typeID(of: attribute)
            return !types[id].flags.contains(.heapType) && lookupInType(id, names.get).isNull
        }
    }

    /// STORE_ATTR through the cache: an existing slot, or (when the entry's value holds
    /// the next shape) adding the attribute the way the last miss did.
    @inline(__always) func storeCachedInstanceAttribute(_ object: Value, _ value: Value, _ cache: UnsafeMutablePointer<InlineCache>) -> Bool {
        guard let ref = instance(object, hitting: cache) else { return false }
        let slot = Int(cache.pointee.index)
        let nextShape = cache.pointee.value
        if nextShape.isNull {
            ValueArrayView(ref[InstanceLayout.slots])[slot] = value
            return true
        }
        let slots = ref[InstanceLayout.slots]
        guard !slots.isNull, ValueArrayView(slots).capacity > slot else { return false }
        ValueArrayView(slots)[slot] = value
        ref.setWord(InstanceLayout.shape, Int(nextShape.int))
        return true
    }

    // MARK: Loading

    func loadAttribute(_ object: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) throws(Raised) -> Value {
        let value = try lookupAttribute(object, name, cache: cache)
        if value.isNull { throw raiseAttributeError(object, name) }
        return value
    }

    func getAttribute(_ object: Value, _ name: Value) throws(Raised) -> Value {
        let value = try lookupAttribute(object, name, cache: nil)
        if value.isNull { throw raiseAttributeError(object, name) }
        return value
    }

    /// getattr through an inline cache the caller keeps, as LOAD_ATTR does: for native code that
    /// reads the same attribute of like objects over and over (a decimal context's settings).
    func getAttribute(_ object: Value, _ name: Value, cache: UnsafeMutablePointer<InlineCache>) throws(Raised) -> Value {
        if let value = cachedInstanceAttribute(object, cache) { return value }
        return try loadAttribute(object, name, cache)
    }

    /// getattr(object, name) with AttributeError turned into NULL (also one raised by
    /// __getattribute__ or __getattr__). Other errors propagate.
    func getAttributeOrNull(_ object: Value, _ name: Value, cache: UnsafeMutablePointer<InlineCache>? = nil) throws(Raised) -> Value {
        do throws(Raised) {
            return try lookupAttribute(object, name, cache: cache)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.attributeError) { throw error }
            raisedException = .null
            return .null
        }
    }

    /// The attribute, or NULL when the generic lookup finds nothing; an AttributeError
    /// raised by a __getattribute__ or __getattr__ hook propagates with its own message.
    private func lookupAttribute(_ object: Value, _ name: Value, cache: UnsafeMutablePointer<InlineCache>?) throws(Raised) -> Value {
        let id = typeID(of: object)
        let flags = types[id].flags
        if flags.contains(.customGetattribute) {
            let method = lookupInType(id, names.getattribute)
            if method.isObject && (ObjectRef(method).kind == .function || ObjectRef(method).kind == .builtinFunction) {
                do throws(Raised) {
                    return try call(method, object, name)
                } catch {
                    if !exceptionMatches(raisedException, exceptionTypes.attributeError) { throw error }
                    if !flags.contains(.customGetattr) { throw error }
                    raisedException = .null
                    return try callGetattrHook(object, name)
                }
            }
        }
        if !flags.contains(.customGetattr) { return try genericGetAttribute(object, name, id, cache: cache) }
        // In CPython an AttributeError from the generic lookup (a property's getter) goes on to __getattr__.
        let value: Value
        do throws(Raised) {
            value = try genericGetAttribute(object, name, id, cache: cache)
        } catch {
            if !exceptionMatches(raisedException, exceptionTypes.attributeError) { throw error }
            raisedException = .null
            return try callGetattrHook(object, name)
        }
        if value.isNull { return try callGetattrHook(object, name) }
        return value
    }

    private func callGetattrHook(_ object: Value, _ name: Value) throws(Raised) -> Value {
        let hook = lookupInType(typeID(of: object), names.getattr)
        if hook.isNull { return .null }
        do throws(Raised) {
            return try call(hook, object, name)
        } catch {
            if exceptionMatches(raisedException, exceptionTypes.attributeError) {
                // Keep the hook's own AttributeError (its message is the user's).
                throw error
            }
            throw error
        }
    }

    func genericGetAttribute(_ object: Value, _ name: Value, _ id: Int, cache: UnsafeMutablePointer<InlineCache>?) throws(Raised) -> Value {
        if object.isObject && ObjectRef(object).kind == .type {
            let attribute = try typeGetAttribute(object, name)
            if let cache, !attribute.isNull { cacheTypeAttribute(object, name, attribute, cache) }
            return attribute
        }
        let descriptor = lookupInType(id, name)
        if !descriptor.isNull && isDataDescriptor(descriptor) {
            if isMemberDescriptor(descriptor) { return try memberValue(descriptor, object, cache: cache) }
            if let cache { cacheNativeGetter(object, id, descriptor, cache) }
            return try descriptorGet(descriptor, object, typeObject(id))
        }
        if object.isObject {
            let ref = ObjectRef(object)
            let found = ownAttribute(ref, name, cache: cache)
            if !found.isNull { return found }
            switch ref.kind {
            case .module:
                let dict = DictView(ref[ModuleLayout.dict])
                let entry = dictFindStr(dict, name)
                if entry >= 0 {
                    if let cache, ref.typeID == TypeID.module {
                        fillCache(cache, InlineCache(key: moduleCacheKey(dict), version: 0, index: Int32(entry), value: dict.key(entry)))
                    }
                    return dict.value(entry)
                }
                if descriptor.isNull {
                    let interned = internedName(name)
                    if interned == names.spec || interned == names.loader { return try moduleSpecAttribute(object, interned) }
                    let getattrHook = dictGetStr(DictView(ref[ModuleLayout.dict]), names.getattr)
                    if !getattrHook.isNull { return try call(getattrHook, name) }
                }
            case .function:
                let dict = ref[FunctionLayout.dict]
                if !dict.isNull {
                    let found = dictGetStr(DictView(dict), name)
                    if !found.isNull { return found }
                }
            case .boundMethod:
                // In CPython: what the method type does not define is read from the function.
                if descriptor.isNull { return try getAttributeOrNull(ref[BoundMethodLayout.function], name) }
            default:
                break
            }
        }
        if descriptor.isNull { return .null }
        if let cache, object.isObject { cacheClassAttribute(object, name, descriptor, id, cache) }
        return try bindDescriptor(descriptor, object, typeObject(id))
    }

    /// The object's own attribute `name` (interned), or NULL; a read from a slot array fills
    /// `cache` for an instance, so that the next read of that shape is a load.
    @inline(__always) func ownAttribute(_ ref: ObjectRef, _ name: Value, cache: UnsafeMutablePointer<InlineCache>?) -> Value {
        guard let store = attributeStore(ref) else { return .null }
        if let slot = shapes.slot(of: name, in: store.shape) {
            if let cache, ref.kind == .instance {
                fillCache(cache, InlineCache(key: instanceCacheKey(ref), version: types[ref.typeID].version, index: Int32(slot), value: .null))
            }
            return ValueArrayView(store.slots).items[slot]
        }
        return store.isDict ? dictGetStr(DictView(store.slots), name) : .null
    }

    /// Attribute lookup on a class object: its MRO, then its metaclass.
    func typeGetAttribute(_ type: Value, _ name: Value) throws(Raised) -> Value {
        let metatype = typeID(of: type)
        let metaDescriptor = lookupInType(metatype, name)
        if !metaDescriptor.isNull && isDataDescriptor(metaDescriptor) {
            return try descriptorGet(metaDescriptor, type, typeObject(metatype))
        }
        let attribute = lookupInType(TypeView(type).ownTypeID, name)
        if !attribute.isNull {
            guard attribute.isObject else { return attribute }
            switch ObjectRef(attribute).kind {
            case .function, .builtinFunction: return attribute
            case .staticMethod: return ObjectRef(attribute)[WrapperLayout.function]
            case .classMethod: return try newBoundMethod(ObjectRef(attribute)[WrapperLayout.function], type)
            case .property: return attribute
            default:
                let getter = lookupInType(typeID(of: attribute), names.get)
                if getter.isNull { return attribute }
                return try call(getter, attribute, .none, type)
            }
        }
        if !metaDescriptor.isNull { return try bindDescriptor(metaDescriptor, type, typeObject(metatype)) }
        if types[metatype].flags.contains(.customGetattr) {
            let hook = lookupInType(metatype, names.getattr)
            if !hook.isNull { return try call(hook, type, name) }
        }
        return .null
    }

    /// Whether a class attribute is a data descriptor (it defines __set__ or __delete__).
    func isDataDescriptor(_ descriptor: Value) -> Bool {
        guard descriptor.isObject else { return false }
        let kind = ObjectRef(descriptor).kind
        if kind == .property { return true }
        if kind == .function || kind == .builtinFunction || kind == .str || kind == .staticMethod || kind == .classMethod {
            return false
        }
        let id = typeID(of: descriptor)
        if !types[id].flags.contains(.heapType) { return id == RuntimeTypeIDs.memberDescriptor }
        return !lookupInType(id, names.set).isNull || !lookupInType(id, names.delete).isNull
    }

    /// descriptor.__get__(object, owner) for data descriptors.
    /// CPython's AttributeError for a property without its getter, setter or deleter (`role`),
    /// named when __set_name__ gave it its name.
    func propertyLacks(_ property: Value, _ role: String, _ object: Value) -> Raised {
        let name = ObjectRef(property)[PropertyLayout.name]
        let named = isStr(name) ? " '\(swiftString(name))'" : ""
        let owner = ObjectRef(typeOf(object))[TypeLayout.qualifiedName]
        return raise(exceptionTypes.attributeError, "property\(named) of '\(isStr(owner) ? swiftString(owner) : typeName(object))' object has no \(role)")
    }

    private func descriptorGet(_ descriptor: Value, _ object: Value, _ owner: Value) throws(Raised) -> Value {
        // A subclass of property may have its own __get__: only property itself is read directly.
        if ObjectRef(descriptor).typeID == TypeID.property {
            let getter = ObjectRef(descriptor)[PropertyLayout.getter]
            if getter.isNull || getter.isNone { throw propertyLacks(descriptor, "getter", object) }
            return try call(getter, object)
        }
        let getter = lookupInType(typeID(of: descriptor), names.get)
        if getter.isNull { return descriptor }
        return try call(getter, descriptor, object, owner)
    }

    /// Whether bindDescriptor gives `attribute` back unchanged without calling anything, now
    /// and for as long as the owning class is unchanged: no method binding, no `__get__`, and
    /// not an instance of a class (whose `__get__` could be added later).
    func readsAsItself(_ attribute: Value) -> Bool {
        guard attribute.isObject else { return true }
        let ref = ObjectRef(attribute)
        switch ref.kind {
        case .function, .builtinFunction: return !bindsAsMethod(ref)
        case .staticMethod, .classMethod, .property, .superObject: return false
        default:
            let id = typeID(of: attribute)
            return id != RuntimeTypeIDs.memberDescriptor && !types[id].flags.contains(.heapType)
        }
    }

    /// Binds a non-data class attribute found for an instance: functions become bound methods.
    func bindDescriptor(_ descriptor: Value, _ object: Value, _ owner: Value) throws(Raised) -> Value {
        guard descriptor.isObject else { return descriptor }
        switch ObjectRef(descriptor).kind {
        case .function, .builtinFunction:
            return bindsAsMethod(ObjectRef(descriptor)) ? try newBoundMethod(descriptor, object) : descriptor
        case .staticMethod:
            return ObjectRef(descriptor)[WrapperLayout.function]
        case .classMethod:
            return try newBoundMethod(ObjectRef(descriptor)[WrapperLayout.function], owner)
        case .property:
            return try descriptorGet(descriptor, object, owner)
        case .superObject:
            // super.__get__ binds an unbound super (`super(C)` kept on a class) to the instance.
            return try call(lookupInType(typeID(of: descriptor), names.get), descriptor, object, owner)
        case .str, .tuple, .list, .dict, .type, .bigInt, .module:
            // A subclass may define __get__ (html5lib's MethodDispatcher, a dict): go on below.
            if !types[typeID(of: descriptor)].flags.contains(.heapType) { return descriptor }
            fallthrough
        default:
            let id = typeID(of: descriptor)
            if id == RuntimeTypeIDs.memberDescriptor {
                let value = try memberValue(descriptor, object, cache: nil)
                if value.isNull { throw raiseAttributeError(object, memberName(descriptor)) }
                return value
            }
            if !types[id].flags.contains(.heapType) { return descriptor }
            let getter = lookupInType(id, names.get)
            if getter.isNull { return descriptor }
            return try call(getter, descriptor, object, owner)
        }
    }

    func newBoundMethod(_ function: Value, _ receiver: Value) throws(Raised) -> Value {
        let ref = try allocate(kind: .boundMethod, typeID: TypeID.method, words: BoundMethodLayout.words)
        ref[BoundMethodLayout.function] = function
        ref[BoundMethodLayout.receiver] = receiver
        return ref.value
    }

    /// LOAD_METHOD: (function, self) when the attribute is a plain method, else (attribute, NULL).
    func loadMethod(_ object: Value, _ name: Value, _ cache: UnsafeMutablePointer<InlineCache>) throws(Raised) -> (Value, Value) {
        let id = typeID(of: object)
        let isInstance = object.isObject && ObjectRef(object).kind == .instance
        let key: UInt64 = isInstance ? instanceCacheKey(ObjectRef(object)) : UInt64(id) << 32
        if cache.pointee.key == key && cache.pointee.version == types[id].version {
            return (cache.pointee.value, object)
        }
        let flags = types[id].flags
        if !flags.contains(.customGetattribute) && !(object.isObject && ObjectRef(object).kind == .type) {
            let descriptor = lookupInType(id, name)
            if descriptor.isObject {
                if bindsAsMethod(ObjectRef(descriptor)) {
                    var shadowed = false
                    if object.isObject {
                        let ref = ObjectRef(object)
                        if let store = attributeStore(ref) { shadowed = shapes.slot(of: name, in: store.shape) != nil }
                        switch ref.kind {
                        case .module: shadowed = true
                        case .function: shadowed = !ref[FunctionLayout.dict].isNull
                        default: break
                        }
                    }
                    if !shadowed {
                        let kind = object.isObject ? ObjectRef(object).kind : .free
                        if kind != .exception && kind != .module && kind != .function {
                            fillCache(cache, InlineCache(key: key, version: types[id].version, index: 0, value: descriptor))
                        }
                        return (descriptor, object)
                    }
                }
            }
        }
        if isInstance && !flags.contains(.customGetattribute) {
            // An instance's own attribute (`self.write = file.write`, a common speed idiom): cached
            // in a form the method check never takes for a method (see instanceAttributeMethodBit).
            let ref = ObjectRef(object)
            let descriptor = lookupInType(id, name)
            if descriptor.isNull || !isDataDescriptor(descriptor) || isOwnSlotMember(descriptor, name, of: id),
               let store = attributeStore(ref), let slot = shapes.slot(of: name, in: store.shape) {
                fillCache(cache, InlineCache(key: key | VM.instanceAttributeMethodBit, version: types[id].version,
                                             index: Int32(slot), value: .none))
                return (storedAttribute(store, name), .null)
            }
        }
        return (try getAttribute(object, name), .null)
    }

    /// Marks a LOAD_METHOD cache entry that holds an instance's own attribute (its slot), not a
    /// method: such keys never equal an instance's key (shapes stay below 2^30), so the inlined
    /// method check misses them and the out-of-line path reads the slot.
    static let instanceAttributeMethodBit: UInt64 = 1 << 30

    /// LOAD_METHOD of an instance's own attribute through a cache entry filled by loadMethod, or nil.
    @inline(__always) func cachedInstanceAttributeMethod(_ object: Value, _ entry: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard object.isObject else { return nil }
        let ref = ObjectRef(object)
        guard ref.kind == .instance, entry.pointee.key == instanceCacheKey(ref) | VM.instanceAttributeMethodBit,
              entry.pointee.version == types[ref.typeID].version else { return nil }
        return ValueArrayView(ref[InstanceLayout.slots]).items[Int(entry.pointee.index)]
    }

    // MARK: Storing and deleting

    func storeAttribute(_ object: Value, _ name: Value, _ value: Value, _ cache: UnsafeMutablePointer<InlineCache>?) throws(Raised) {
        let id = typeID(of: object)
        if types[id].flags.contains(.customSetattr) {
            let hook = lookupInType(id, names.setattr)
            if isAttributeHook(hook, id) {
                _ = try call(hook, object, name, value)
                return
            }
        }
        try genericSetAttribute(object, name, value, cache: cache)
    }

    /// Whether a __setattr__/__delattr__ found on a class with `.customSetattr` replaces the
    /// generic algorithm: a Python function, or a native one of a builtin type (weak proxies).
    private func isAttributeHook(_ hook: Value, _ id: Int) -> Bool {
        let kind = ObjectRef(hook).kind
        return kind == .function || (kind == .builtinFunction && !types[id].flags.contains(.heapType))
    }

    func setAttribute(_ object: Value, _ name: Value, _ value: Value) throws(Raised) {
        try storeAttribute(object, name, value, nil)
    }

    /// object.__setattr__'s algorithm.
    func genericSetAttribute(_ object: Value, _ name: Value, _ value: Value, cache: UnsafeMutablePointer<InlineCache>?) throws(Raised) {
        let id = typeID(of: object)
        if id == TypeID.function, try setFunctionAttribute(ObjectRef(object), name, value) { return }
        let descriptor = lookupInType(id, name)
        if !descriptor.isNull && isDataDescriptor(descriptor) {
            if isMemberDescriptor(descriptor) { return try setMember(descriptor, object, value, cache: cache) }
            if ObjectRef(descriptor).kind == .property {
                let setter = ObjectRef(descriptor)[PropertyLayout.setter]
                if setter.isNull || setter.isNone { throw propertyLacks(descriptor, "setter", object) }
                _ = try call(setter, object, value)
                return
            }
            let setter = lookupInType(typeID(of: descriptor), names.set)
            if setter.isNull { throw raise(exceptionTypes.attributeError, "__set__") }
            _ = try call(setter, descriptor, object, value)
            return
        }
        if object.isObject {
            let ref = ObjectRef(object)
            // Without an instance dict only the slots' members (above) store attributes.
            if attributeStore(ref) != nil && !(ref.kind == .instance && (id == TypeID.object || !types[id].flags.contains(.heapType))),
               !types[id].flags.contains(.withoutInstanceDict) || instanceHasOwn(ref, internedName(name)) {
                try storeOwnAttribute(ref, internedName(name), value, cache: cache)
                return
            }
            switch ref.kind {
            case .type:
                let typeView = TypeView(object)
                if !types[typeView.ownTypeID].flags.contains(.heapType) {
                    throw raiseTypeError("cannot set '\(swiftString(name))' attribute of immutable type '\(swiftString(typeView.name))'")
                }
                let interned = internedName(name)
                if rebindPlainClassAttribute(typeView.dict, interned, value) { return }
                try dictSet(typeView.dict, interned, value)
                noteTypeAttributeChange(typeView.ownTypeID, name)
                return
            case .module:
                try dictSet(DictView(ref[ModuleLayout.dict]), internedName(name), value)
                return
            case .function:
                if ref[FunctionLayout.dict].isNull { ref[FunctionLayout.dict] = try newDict().ref.value }
                if StrView(name).string == "__name__" { ref[FunctionLayout.name] = value; return }
                if StrView(name).string == "__doc__" { ref[FunctionLayout.doc] = value; return }
                try dictSet(DictView(ref[FunctionLayout.dict]), internedName(name), value)
                return
            default:
                break
            }
        }
        if descriptor.isNull {
            throw raise(exceptionTypes.attributeError, "'\(typeName(id: id))' object has no attribute '\(swiftString(name))'")
        }
        throw raise(exceptionTypes.attributeError, "'\(typeName(id: id))' object attribute '\(swiftString(name))' is read-only")
    }

    /// Stores the object's own attribute `name` (interned); for an instance, fills `cache` so that
    /// the next store to that shape (or adding the name to it) needs no lookup.
    func storeOwnAttribute(_ ref: ObjectRef, _ name: Value, _ value: Value, cache: UnsafeMutablePointer<InlineCache>?) throws(Raised) {
        let keyBefore = ref.kind == .instance ? instanceCacheKey(ref) : 0
        let shapeBefore = ref.kind == .instance ? ref.word(InstanceLayout.shape) : 0
        try setInstanceSlot(ref, name, value)
        if let cache, ref.kind == .instance, let slot = shapes.slot(of: name, in: ref.word(InstanceLayout.shape)) {
            let shapeAfter = ref.word(InstanceLayout.shape)
            let version = types[ref.typeID].version
            if shapeAfter == shapeBefore {
                fillCache(cache, InlineCache(key: keyBefore, version: version, index: Int32(slot), value: .null))
            } else if shapeBefore != ShapeTable.dictShape {
                // Remember the transition so the next instance adds this attribute from the cache.
                fillCache(cache, InlineCache(key: keyBefore, version: version, index: Int32(slot), value: Value(int: shapeAfter)))
            }
        }
    }

    /// The writable special attributes of functions; false for other names.
    private func setFunctionAttribute(_ function: ObjectRef, _ name: Value, _ value: Value) throws(Raised) -> Bool {
        switch swiftString(name) {
        case "__name__", "__qualname__":
            guard isStr(value) else { throw raiseTypeError("\(swiftString(name)) must be set to a string object") }
            function[swiftString(name) == "__name__" ? FunctionLayout.name : FunctionLayout.qualifiedName] = value
        case "__doc__": function[FunctionLayout.doc] = value
        case "__module__": function[FunctionLayout.module] = value
        case "__defaults__": function[FunctionLayout.defaults] = value.isNone ? .null : value
        case "__kwdefaults__": function[FunctionLayout.keywordDefaults] = value.isNone ? .null : value
        case "__dict__":
            guard typeID(of: value) == TypeID.dict else { throw raiseTypeError("__dict__ must be set to a dictionary, not a '\(typeName(value))'") }
            function[FunctionLayout.dict] = value
        default: return false
        }
        return true
    }

    func deleteAttribute(_ object: Value, _ name: Value) throws(Raised) {
        let id = typeID(of: object)
        if types[id].flags.contains(.customSetattr) {
            let hook = lookupInType(id, names.delattr)
            if !hook.isNull && isAttributeHook(hook, id) {
                _ = try call(hook, object, name)
                return
            }
        }
        try genericDeleteAttribute(object, name)
    }

    /// object.__delattr__'s algorithm (no __delattr__ hook).
    func genericDeleteAttribute(_ object: Value, _ name: Value) throws(Raised) {
        let id = typeID(of: object)
        let descriptor = lookupInType(id, name)
        if !descriptor.isNull && isDataDescriptor(descriptor) {
            if isMemberDescriptor(descriptor) { return try deleteMember(descriptor, object) }
            if ObjectRef(descriptor).kind == .property {
                let deleter = ObjectRef(descriptor)[PropertyLayout.deleter]
                if deleter.isNull || deleter.isNone { throw propertyLacks(descriptor, "deleter", object) }
                _ = try call(deleter, object)
                return
            }
            let deleter = lookupInType(typeID(of: descriptor), names.delete)
            if !deleter.isNull { _ = try call(deleter, descriptor, object); return }
        }
        if object.isObject {
            let ref = ObjectRef(object)
            if attributeStore(ref) != nil, try deleteInstanceSlot(ref, internedName(name)) { return }
            switch ref.kind {
            case .type:
                let typeView = TypeView(object)
                if !types[typeView.ownTypeID].flags.contains(.heapType) {
                    throw raiseTypeError("cannot set '\(swiftString(name))' attribute of immutable type '\(swiftString(typeView.name))'")
                }
                if !(try dictRemove(typeView.dict, name)).isNull {
                    noteTypeAttributeChange(typeView.ownTypeID, name)
                    return
                }
                throw raise(exceptionTypes.attributeError, "type object '\(swiftString(typeView.name))' has no attribute '\(swiftString(name))'")
            case .module:
                if !(try dictRemove(DictView(ref[ModuleLayout.dict]), name)).isNull { return }
            case .function:
                if !ref[FunctionLayout.dict].isNull, !(try dictRemove(DictView(ref[FunctionLayout.dict]), name)).isNull { return }
            default:
                break
            }
        }
        throw raiseAttributeError(object, name)
    }

    /// `Counter.count += 1`: a class attribute holding plain data (a number, a str, a builtin
    /// container, None) rebound to plain data keeps the class's version. What is keyed on the
    /// version — the type lookup cache (which remembers where a name is, not its value), the
    /// instance-attribute and method caches, the traces' guards — depends only on which names
    /// exist and which are descriptors or methods, none of which such a store changes; bumping
    /// the version made every cache of the class and its subclasses miss after each store.
    private func rebindPlainClassAttribute(_ dict: DictView, _ name: Value, _ value: Value) -> Bool {
        guard isPlainClassValue(value) else { return false }
        let view = StrView(name)
        if view.count >= 2 && view[0] == 0x5F && view[1] == 0x5F { return false }
        let entry = dictFindStr(dict, name)
        guard entry >= 0, isPlainClassValue(dict.value(entry)) else { return false }
        dict.setValue(entry, value)
        return true
    }

    /// A value of a builtin type that is no descriptor and no method: what a class attribute holding it cannot bind.
    private func isPlainClassValue(_ value: Value) -> Bool {
        guard value.isObject else { return true }
        switch ObjectRef(value).kind {
        case .str, .bigInt, .tuple, .list, .dict, .set, .bytes:
            return !types[ObjectRef(value).typeID].flags.contains(.heapType)
        default:
            return false
        }
    }

    /// A class attribute changed: caches keyed on any type's version must refill.
    func noteTypeAttributeChange(_ id: Int, _ name: Value) {
        let text = swiftString(name)
        // Flags such as "defines __getattr__" are inherited: recompute them down the tree.
        if text.hasPrefix("__") { for affected in [id] + descendants(of: id) { updateTypeFlags(affected) } }
        typeChanged(id)
    }

    /// The interned str with the same text as `name`.
    func internedName(_ name: Value) -> Value {
        if StrView(name).isInterned { return name }
        if let existing = interned[StrView(name).string] { return existing }
        return intern(StrView(name).string)
    }

    func raiseAttributeError(_ object: Value, _ name: Value) -> Raised {
        if raisedException != .null && exceptionMatches(raisedException, exceptionTypes.attributeError) {
            // A __getattr__ hook raised its own AttributeError: keep it.
        }
        let text = swiftString(name)
        if isType(object) {
            return raise(exceptionTypes.attributeError, "type object '\(swiftString(TypeView(object).name))' has no attribute '\(text)'")
        }
        if isModule(object) {
            let moduleName = dictGetStr(DictView(ObjectRef(object)[ModuleLayout.dict]), names.name)
            if isStr(moduleName) {
                return raise(exceptionTypes.attributeError, "module '\(swiftString(moduleName))' has no attribute '\(text)'")
            }
        }
        return raise(exceptionTypes.attributeError, "'\(typeName(object))' object has no attribute '\(text)'")
    }
}
