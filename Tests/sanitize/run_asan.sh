#!/bin/bash
# Builds Tern with AddressSanitizer (in .build-asan, git-ignored) and runs the
# differential corpus and the call fuzzer on it. Tern manages its own heap, so
# ASan sees the Swift side: buffers, arrays, stacks, and the chunks and large
# objects Tern maps (use after free of a returned chunk, overflow of a Swift
# buffer). The build takes several times longer than a release build.
#
# usage: Tests/sanitize/run_asan.sh [--no-build] [corpus patterns ...]
# Ends with the corpus runner's and the fuzzer's `N passed, N failed` lines.
set -u
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [ "${1:-}" = "--no-build" ]; then
    shift
else
    swift build -c release -Xswiftc -sanitize=address --scratch-path .build-asan || { echo "0 passed, 1 failed"; exit 1; }
fi
tern="$root/.build-asan/release/tern"
# Leaks are not errors here (the VM frees its heap at exit by unmapping it);
# stop at the first real error and say where.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:halt_on_error=1:print_summary=1"
status=0
python3 Tests/run_corpus.py --impl "$tern" --jobs 2 --timeout 300 --pending Tests/corpus/pending.txt "$@" || status=1
python3 Tests/fuzz/run_fuzz.py "$tern" --modes plain,stress7 --timeout 900 || status=1
exit $status
