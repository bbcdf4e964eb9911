// What CPython's command-line options and PYTHON* variables set, as far as Tern
// has the concept (the `tern` command fills it in; README, "The command line").

public struct CommandLineSettings {
    /// -O / -OO (PYTHONOPTIMIZE): 1 drops asserts and makes `__debug__` False, 2 also drops docstrings.
    public var optimize = 0
    /// -u (PYTHONUNBUFFERED): standard output is written at every write.
    public var unbuffered = false
    /// -B (PYTHONDONTWRITEBYTECODE): sys.dont_write_bytecode, imports write no code cache files (still read them).
    public var dontWriteBytecode = false
    /// PYTHONPYCACHEPREFIX (-X pycache_prefix=PATH overrides it): sys.pycache_prefix, where code cache files go.
    public var pycachePrefix: String?
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
