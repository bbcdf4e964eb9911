// Most of the module is inline in include/TernIntrinsics.h; what needs _GNU_SOURCE is here.
#define _GNU_SOURCE
#include <pthread.h>
#include "TernIntrinsics.h"

size_t tern_current_thread_stack_low(void) {
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
    void *low = NULL;
    size_t size = 0;
    int status = pthread_attr_getstack(&attributes, &low, &size);
    pthread_attr_destroy(&attributes);
    return status == 0 ? (size_t)low : 0;
}
