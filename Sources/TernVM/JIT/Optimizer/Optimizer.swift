// The optimizer's passes, run in order on a recorded trace. Each pass reads and
// writes trace IR only (no interpreter state), so each is tested on IR alone.

func optimize(_ trace: inout Trace) {
    foldConstants(&trace)
    removeRedundantOperations(&trace)
    removeUnusedAllocations(&trace)
    removeDeadOperations(&trace)
}
