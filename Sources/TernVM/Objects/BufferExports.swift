// Exports pin a bytearray: while a memoryview of a bytearray (or of an array.array,
// whose items live in a bytearray) is alive and not released, resizing that bytearray
// raises BufferError, as in CPython, since the view points into its buffer.
//
// CPython releases a view the moment its last reference goes; Tern's views die at a
// collection. Each view over a bytearray counts once on it until release() or until the
// collection that finds the view dead (a view kept by a finalizer still counts), so no
// count outlives the views that are reachable. A view dropped without release() keeps the
// bytearray fixed until the next collection, as in PyPy, whose views decrement the count
// from a finalizer; `with memoryview(b) as m:` and release() end the export at once.

struct BufferExports {
    /// Storage address → (exports, whether the exporter is an array.array).
    var counts: [UInt: (count: Int, fromArray: Bool)] = [:]
    /// Views that counted an export and were not released when last looked at (not roots).
    var views: [Value] = []
}

extension VM {
    func addBufferExport(_ view: Value, storage: Value, fromArray: Bool) {
        let key = UInt(bitPattern: ObjectRef(storage).address)
        bufferExports.counts[key, default: (0, fromArray)].count += 1
        bufferExports.views.append(view)
    }

    func removeBufferExport(storage: Value) {
        let key = UInt(bitPattern: ObjectRef(storage).address)
        guard let entry = bufferExports.counts[key] else { return }
        bufferExports.counts[key] = entry.count > 1 ? (entry.count - 1, entry.fromArray) : nil
    }

    /// BufferError when `storage` (a bytearray) has live exports and would change length.
    @inline(__always) func checkResizable(_ storage: ByteArrayView, to newCount: Int) throws(Raised) {
        if bufferExports.counts.isEmpty || newCount == storage.count { return }
        try checkResizableSlow(storage)
    }

    private func checkResizableSlow(_ storage: ByteArrayView) throws(Raised) {
        guard let entry = bufferExports.counts[UInt(bitPattern: storage.ref.address)] else { return }
        if entry.fromArray { throw raise(exceptionTypeIDs["BufferError"]!, "cannot resize an array that is exporting buffers") }
        throw exportedByteArrayResize()
    }

    /// The BufferError of resizing a bytearray that exports its buffer (in CPython also
    /// `b += b`: the right operand's buffer is held while the left one grows).
    func exportedByteArrayResize() -> Raised {
        raise(exceptionTypeIDs["BufferError"]!, "Existing exports of data: object cannot be re-sized")
    }

    /// After marking (and after finalizers kept what they reach): the views found dead end
    /// their exports; released ones leave the list.
    func forgetDeadBufferExports() {
        if bufferExports.views.isEmpty { return }
        var alive: [Value] = []
        for view in bufferExports.views {
            let fields = memoryviewFields(view)
            if fields.released { continue }
            if ObjectRef(view).header & GCFlag.mark == 0 {
                removeBufferExport(storage: fields.storage)
                continue
            }
            alive.append(view)
        }
        bufferExports.views = alive
    }
}
