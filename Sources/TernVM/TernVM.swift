// The VM: values, heap, objects, interpreter. (Being written.)
