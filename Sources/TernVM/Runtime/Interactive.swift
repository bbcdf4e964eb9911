#if canImport(Glibc)
import Glibc
#endif
import TernSyntax

// The interactive prompt: `>>>` and `...` prompts, expression values printed,
// exceptions reported without leaving the session.

extension VM {
    public func runInteractive() -> Int32 {
        prepareRootFrame()
        configureSys(arguments: [""], scriptDirectory: "")
        let interactive = isatty(0) != 0
        if interactive {
            writeStderr("Tern \(ternVersion) (Python 3.11 language)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
        }
        guard let module = try? newModule("__main__") else { return 1 }
        try? dictSet(DictView(modulesDict), names.main, module)
        permanentRoots.append(module)
        var lines: [String] = []
        while true {
            let prompt = lines.isEmpty ? ">>> " : "... "
            if interactive { writeStderr(prompt) }
            guard let line = readLine(strippingNewline: true) else {
                if interactive { writeStderr("\n") }
                flushStdout()
                return 0
            }
            lines.append(line)
            let joined = lines.joined(separator: "\n")
            if isIncompleteInput(joined) { continue }
            lines = []
            let source = joined + "\n"
            if source.allSatisfy({ $0 == "\n" || $0 == " " || $0 == "\t" }) { continue }
            do throws(Raised) {
                let code = try compileSource(source, filename: "<stdin>", mode: .single)
                try runModuleCode(code, module: module)
            } catch {
                let status = reportUncaughtInteractive()
                if let status { flushStdout(); return status }
            }
            flushStdout()
        }
    }

    /// Reports an exception at the prompt; returns an exit status only for SystemExit.
    private func reportUncaughtInteractive() -> Int32? {
        if isException(raisedException) && exceptionMatches(raisedException, exceptionTypes.systemExit) {
            return reportUncaught()
        }
        _ = reportUncaught()
        frameCount = 1
        depth = 0
        return nil
    }
}
