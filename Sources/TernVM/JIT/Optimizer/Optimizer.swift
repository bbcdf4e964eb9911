// The optimizer's passes, run in order on a recorded trace. Each pass reads and
// writes trace IR only (no interpreter state), so each is tested on IR alone.

/// Optimizes `trace`; a root trace that loops to its own start is first peeled (`peeling`).
func optimize(_ trace: inout Trace, peeling: Bool = false) {
    let peeled = peeling && peelLoop(&trace)
    foldConstants(&trace)
    // Before redundant operations: a peeled body's operations still name only the body's values,
    // and loads and guards the stores into removed instances would have kept are found repeated.
    removeInstanceAllocations(&trace)
    let replacement = removeRedundantOperations(&trace)
    if peeled { trace.loopCarried = loopCarriedValues(trace, replacement: replacement) }
    // Loads forwarded from stores leave guards on constants.
    foldConstants(&trace)
    removeUnusedAllocations(&trace)
    removeDeadOperations(&trace)
}
