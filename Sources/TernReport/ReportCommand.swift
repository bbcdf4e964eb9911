// `tern report` and `tern record`. (Placeholder until the report lands.)

/// Runs `tern report ARGS...`; returns the process exit code.
public func runReportCommand(arguments: [String]) -> Int32 {
    print("tern report: not yet implemented")
    return 2
}

/// Runs `tern record ARGS...`; returns the process exit code.
public func runRecordCommand(arguments: [String]) -> Int32 {
    print("tern record: not yet implemented")
    return 2
}
