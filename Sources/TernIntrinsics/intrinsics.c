// Everything is in include/TernIntrinsics.h (inline); a C target needs one source file.
