#if canImport(Glibc)
import Glibc
#endif
import TernReport

// `tern report ...` and `tern record ...` land here: the `tern` executable execs
// this sibling binary so that the VM itself never loads Foundation.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "report": exit(runReportCommand(arguments: Array(arguments.dropFirst())))
case "record": exit(runRecordCommand(arguments: Array(arguments.dropFirst())))
default:
    fputs("usage: tern-report report LOG... -o FILE | tern-report record -o LOG -- COMMAND [ARGS...]\n", stderr)
    exit(2)
}
