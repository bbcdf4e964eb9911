#!/bin/sh
# Parses every .py file of CPython's standard library with Tern and compares the
# AST dump (or the SyntaxError) with CPython's. Usage:
#   Tests/syntax/compare_stdlib.sh [DUMPER]
# DUMPER is a program running TernSyntax's astDumpMain (e.g. `tern --dump-ast`
# wrapped in a script); by default one is compiled from Sources/TernSyntax with swiftc.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
dumper=$1
if [ -z "$dumper" ]; then
    build=$(mktemp -d)
    printf 'import Glibc\nexit(astDumpMain(arguments: Array(CommandLine.arguments.dropFirst())))\n' > "$build/main.swift"
    swiftc -O -wmo -Xllvm -sil-disable-pass=dead-store-elimination -module-name TernDump \
        "$root"/Sources/TernSyntax/*.swift "$build/main.swift" -o "$build/dump"
    dumper="$build/dump"
fi
stdlib=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
exec python3 "$root/Tests/syntax/compare_dumps.py" "$dumper" "$stdlib" --no-site-packages --show "${SHOW:-10}"
