// Machine operations Swift has no spelling for, as inline C the Swift compiler
// inlines at each use (the module is imported by TernVM).
#ifndef TERN_INTRINSICS_H
#define TERN_INTRINSICS_H

#include <stddef.h>
#include <stdio.h>

/// Starts loading the cache line at `address` for a write soon (the collector's
/// marking, which reads and then sets an object's header).
static inline void tern_prefetch_for_write(const void *address) { __builtin_prefetch(address, 1, 3); }

/// C's snprintf of one double as `%.<precision><conversion>` (Swift reaches the
/// variadic snprintf only through a va_list of boxed arguments, which costs more
/// than the formatting itself).
static inline int tern_format_double(char *buffer, size_t capacity, char conversion, int precision, double value) {
    char format[5] = {'%', '.', '*', conversion, 0};
    return snprintf(buffer, capacity, format, precision, value);
}

/// The lowest address of the calling thread's stack (0 when the system does not say);
/// glibc's pthread_getattr_np needs _GNU_SOURCE, which Swift's Glibc module lacks.
size_t tern_current_thread_stack_low(void);

#endif
