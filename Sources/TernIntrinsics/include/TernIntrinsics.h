// Machine operations Swift has no spelling for, as inline C the Swift compiler
// inlines at each use (the module is imported by TernVM).
#ifndef TERN_INTRINSICS_H
#define TERN_INTRINSICS_H

/// Starts loading the cache line at `address` for a write soon (the collector's
/// marking, which reads and then sets an object's header).
static inline void tern_prefetch_for_write(const void *address) { __builtin_prefetch(address, 1, 3); }

#endif
