// Leaving through an exit that names instances the trace kept in values
// (Optimizer/VirtualInstances.swift): they are made here, as the interpreter would
// have them at that point — type, shape and slot array, items from the exit buffer
// or other instances made here — and written to the slots that hold them. All are
// allocated before any is filled, so instances may hold each other. No collection
// runs until the next safepoint, so the objects need no other roots meanwhile.

extension VM {
    /// Builds the virtual instances exit `header` of `piece` names and writes them to their frame
    /// slots (from `base`). False when the heap has no room: MemoryError is pending and the slots hold None.
    func materializeVirtuals(_ piece: TracePiece, _ header: UnsafeMutablePointer<ExitHeader>,
                             _ base: UnsafeMutablePointer<Value>) -> Bool {
        let exits = piece.exits
        let virtuals = exits.virtuals + Int(header.pointee.firstVirtual)
        let count = Int(header.pointee.virtualCount)
        let entries = exits.entries + Int(header.pointee.firstEntry) + Int(header.pointee.entryCount)
        jit.statistics.instancesMadeAtExits &+= count
        return withUnsafeTemporaryAllocation(of: Value.self, capacity: count) { made in
            made.initialize(repeating: .none)
            do {
                for number in 0..<count { made[number] = try newInstance(Int(virtuals[number].typeID), refusingAbstract: false) }
                for number in 0..<count {
                    let virtual = virtuals[number], instance = ObjectRef(made[number])
                    instance.setWord(InstanceLayout.shape, Int(virtual.shape))
                    guard virtual.itemCount >= 0 else { continue }
                    try growSlotArray(instance, slotsWord: InstanceLayout.slots, toHold: max(0, Int(virtual.itemCount) - 1))
                    let slots = ValueArrayView(instance[InstanceLayout.slots]).items
                    for index in 0..<Int(virtual.itemCount) {
                        let item = exits.items[Int(virtual.firstItem) + index]
                        slots[index] = item.position >= 0 ? taggedValue(piece.exitValues[Int(item.position)], item.type)
                            : item.position == -1 ? .null : made[Int(-2 - item.position)]
                    }
                }
            } catch {
                made.update(repeating: .none)
                writeVirtualEntries(entries, Int(header.pointee.virtualEntryCount), made, base)
                return false
            }
            writeVirtualEntries(entries, Int(header.pointee.virtualEntryCount), made, base)
            return true
        }
    }

    private func writeVirtualEntries(_ entries: UnsafeMutablePointer<ExitEntry>, _ count: Int,
                                     _ made: UnsafeMutableBufferPointer<Value>, _ base: UnsafeMutablePointer<Value>) {
        for index in 0..<count { base[Int(entries[index].slot)] = made[Int(entries[index].virtual)] }
    }
}
