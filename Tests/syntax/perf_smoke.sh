#!/bin/sh
# Release-build parsing speed: times the parse of a ~10 000-line file (the largest
# stdlib modules and a synthetic file). Usage: Tests/syntax/perf_smoke.sh [DUMPER]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
dumper=$1
work=$(mktemp -d)
if [ -z "$dumper" ]; then
    printf 'import Glibc\nexit(astDumpMain(arguments: Array(CommandLine.arguments.dropFirst())))\n' > "$work/main.swift"
    swiftc -O -wmo -Xllvm -sil-disable-pass=dead-store-elimination -module-name TernDump \
        "$root"/Sources/TernSyntax/*.swift "$work/main.swift" -o "$work/dump"
    dumper="$work/dump"
fi
stdlib=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
# A synthetic 10 000-line file: the stdlib's typing.py repeated.
python3 - "$stdlib/typing.py" "$work/large.py" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
lines = text.count("\n")
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(text * -(-10000 // lines))
PY
"$dumper" --time "$work/large.py" "$stdlib/_pydecimal.py" "$stdlib/test/test_descr.py"
python3 - "$work/large.py" <<'PY'
import sys, time
source = open(sys.argv[1], encoding="utf-8").read()
best = min((lambda t: (compile(source, "x", "exec", 0x400), time.perf_counter() - t)[1])(time.perf_counter()) for _ in range(5))
print("CPython ast.parse of the same synthetic file: %.1f ms" % (best * 1000))
PY
