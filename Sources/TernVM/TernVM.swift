// The VM: values, heap, objects, interpreter, runtime and telemetry — everything on
// the hot path, in one module so that it inlines across files (docs/design.md).
