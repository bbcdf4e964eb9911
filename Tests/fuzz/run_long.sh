#!/bin/bash
# A long seeded run of the call fuzzer, for hunting crashes outside the test
# suite's bounded slice: Tests/fuzz/run_long.sh SEED CALLS [TERN] [MODES]
# e.g. Tests/fuzz/run_long.sh 7 200000, or with modes plain,stress7.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
seed="${1:?usage: run_long.sh SEED CALLS [TERN] [MODES]}"
calls="${2:?usage: run_long.sh SEED CALLS [TERN] [MODES]}"
tern="${3:-$here/../../.build/release/tern}"
modes="${4:-plain,stress7}"
exec python3 "$here/run_fuzz.py" "$tern" --seed "$seed" --calls "$calls" --modes "$modes" --timeout 36000
