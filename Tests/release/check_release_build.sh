#!/usr/bin/env bash
# Checks on the release binary itself (docs/design.md, rules for the hot path):
#  1. the dead-store-elimination workaround is in effect (tern --self-check);
#  2. the README's first command prints what the README shows;
#  3. the interpreter loop `VM.run()` contains no ARC or exclusivity calls:
#     swift_retain/swift_release/swift_beginAccess/isUniquelyReferenced there mean
#     an object or an exclusivity check leaked onto the hot path;
#  4. each interpreter loop's dispatch block lies within one 64-byte line
#     (Tools/align_dispatch.py pads the loops; docs/performance.md says why).
# Usage: check_release_build.sh PATH/TO/tern    Ends with "N passed, N failed".
set -u
tern="${1:?usage: check_release_build.sh PATH/TO/tern}"
passed=0; failed=0
if "$tern" --self-check; then passed=$((passed + 1)); else echo "FAIL: store elimination self-check"; failed=$((failed + 1)); fi
# The README's first command must keep working as shown.
readme_output=$("$tern" -c 'print("hello from", __import__("sys").implementation.name)' 2>&1)
if [ "$readme_output" = "hello from tern" ]; then passed=$((passed + 1)); else echo "FAIL: README command printed: $readme_output"; failed=$((failed + 1)); fi
if command -v objdump >/dev/null; then
    body=$(objdump -d --no-show-raw-insn "$tern" | awk '/^[0-9a-f]+ <\$s6TernVM0B0C3runAA5ValueVyAA6RaisedVYKF>:/{f=1} f&&/^$/{exit} f')
    if [ -z "$body" ]; then
        echo "FAIL: VM.run() not found in $tern"; failed=$((failed + 1))
    else
        leaks=$(printf '%s\n' "$body" | grep -E 'call.*(swift_retain|swift_release|swift_beginAccess|isUniquelyReferenced)' || true)
        if [ -n "$leaks" ]; then
            echo "FAIL: ARC or exclusivity calls in the interpreter loop:"; echo "$leaks"; failed=$((failed + 1))
        else
            echo "interpreter loop: no retain/release/beginAccess ($(printf '%s\n' "$body" | wc -l) instructions)"; passed=$((passed + 1))
        fi
    fi
    here=$(cd "$(dirname "$0")" && pwd)
    if python3 "$here/../../Tools/align_dispatch.py" --check "$tern"; then passed=$((passed + 1)); else echo "FAIL: dispatch alignment"; failed=$((failed + 1)); fi
else
    echo "FAIL: objdump not found"; failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
