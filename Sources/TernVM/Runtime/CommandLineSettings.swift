// What CPython's command-line options and PYTHON* variables set, as far as Tern
// has the concept (the `tern` command fills it in; README, "The command line").

public struct CommandLineSettings {
    /// -O / -OO (PYTHONOPTIMIZE): 1 drops asserts and makes `__debug__` False, 2 also drops docstrings.
    public var optimize = 0
    /// -u (PYTHONUNBUFFERED): standard output is written at every write.
    public var unbuffered = false
    /// -B (PYTHONDONTWRITEBYTECODE): shown as sys.dont_write_bytecode; Tern never writes bytecode files.
    public var dontWriteBytecode = false
    /// -I: the script's folder is not put on sys.path (and the environment is ignored).
    public var isolated = false
    /// -W options (after PYTHONWARNINGS's), as sys.warnoptions.
    public var warnOptions: [String] = []
    /// -X options, as sys._xoptions.
    public var xOptions: [String] = []
    /// PYTHONPATH's folders, put on sys.path after the script's folder.
    public var pythonPath: [String] = []

    public init() {}
}
