// The optimizer's passes, run in order on a recorded trace. Each pass reads and
// writes trace IR only (no interpreter state), so each is tested on IR alone.

/// Optimizes `trace`; a root trace that loops to its own start is first peeled (`peeling`).
func optimize(_ trace: inout Trace, peeling: Bool = false) {
    let peeled = peeling && peelLoop(&trace)
    foldConstants(&trace)
    let replacement = removeRedundantOperations(&trace)
    if peeled { trace.loopCarried = loopCarriedValues(trace, replacement: replacement) }
    removeUnusedAllocations(&trace)
    removeDeadOperations(&trace)
}
