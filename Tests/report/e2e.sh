#!/usr/bin/env bash
# End-to-end test of `tern record` and `tern report`.
#
# usage: Tests/report/e2e.sh PATH/TO/tern
#
# Runs the phased program Tests/report/phased.py twice (two sizes) — under Tern
# with --log once the VM can run it, else under CPython with `tern record` — and
# a third time under CPython as the baseline; builds the report; renders it in
# headless Chromium; checks from the rendered DOM that both charts, every phase
# label and the legend are there. The screenshot is kept in
# Tests/artifacts/report/ (git-ignored). Ends with "N passed, N failed".

set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 PATH/TO/tern" >&2
    exit 2
fi
TERN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
REPO=$(cd "$(dirname "$0")/../.." && pwd)
PROGRAM=$REPO/Tests/report/phased.py
ARTIFACTS=$REPO/Tests/artifacts/report
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tern-report-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$ARTIFACTS"
PHASES="annotate rtype backendopt database_c source_c compile_c"

passed=0
failed=0
check() {  # check DESCRIPTION COMMAND...: runs the command, counts and prints the result
    local description=$1
    shift
    if "$@" >/dev/null 2>&1; then
        passed=$((passed + 1))
        echo "ok: $description"
    else
        failed=$((failed + 1))
        echo "FAILED: $description"
    fi
}

# 1. Two logged runs of the phased program.
if TERN_LOG="$WORK/probe.log" "$TERN" --log "$WORK/probe.log" -c "pass" >/dev/null 2>&1 \
    && grep -q '"source":"tern"' "$WORK/probe.log" 2>/dev/null; then
    echo "mode: phased.py runs under tern --log"
    run_logged() { TERN_LOG="$1" "$TERN" --log "$1" "$PROGRAM" --scale "$2"; }
else
    echo "mode: the VM cannot run phased.py with --log yet; recording CPython with tern record"
    run_logged() { "$TERN" record -o "$1" -- python3 "$PROGRAM" --scale "$2"; }
fi
check "first run (scale 1.0) exits 0" run_logged "$WORK/small.log" 1.0
check "second run (scale 1.6) exits 0" run_logged "$WORK/large.log" 1.6
check "baseline recorded with tern record exits 0" \
    "$TERN" record -o "$WORK/cpython.log" -- python3 "$PROGRAM" --scale 0.7
for log in small large cpython; do
    check "$log.log has 6 phase_start and 6 phase_end events" \
        test "$(grep -c '"ev":"phase_start"' "$WORK/$log.log")$(grep -c '"ev":"phase_end"' "$WORK/$log.log")" = 66
    check "$log.log has a header, samples and a footer" \
        sh -c "grep -q '\"ev\":\"header\"' '$WORK/$log.log' && grep -q '\"ev\":\"sample\"' '$WORK/$log.log' && grep -q '\"ev\":\"footer\"' '$WORK/$log.log'"
done
check "tern record forwards the exit status" sh -c "'$TERN' record -o '$WORK/exit.log' -- sh -c 'exit 5'; test \$? = 5"

# 2. The text summary and the report.
"$TERN" report --summary "$WORK/small.log" "$WORK/large.log" --baseline "$WORK/cpython.log" >"$WORK/summary.txt" 2>"$WORK/summary.err"
check "--summary exits 0 without warnings" test $? = 0 -a ! -s "$WORK/summary.err"
for name in $PHASES "wall time" "peak RSS" "(baseline)"; do
    check "--summary shows '$name'" grep -qF -- "$name" "$WORK/summary.txt"
done
check "tern report writes the HTML page" "$TERN" report "$WORK/small.log" "$WORK/large.log" \
    --baseline "$WORK/cpython.log" --title "phased.py: two sizes and a CPython baseline" -o "$WORK/report.html"
check "the page loads nothing from the network and runs no script" \
    sh -c "! grep -qiE '<script|<link|src=\"http|url\\(http' '$WORK/report.html'"

# 3. Usage errors and bad logs.
"$TERN" report >/dev/null 2>"$WORK/usage.err"
check "tern report without arguments exits 2" test $? = 2
check "the usage error is one line on stderr" test "$(wc -l <"$WORK/usage.err")" = 1
"$TERN" report --summary "$WORK/missing.log" >/dev/null 2>"$WORK/missing.err"
check "a missing log exits 2 with one line on stderr" test $? = 2 -a "$(wc -l <"$WORK/missing.err")" = 1
head -c -20 "$WORK/small.log" | head -n 40 >"$WORK/crashed.log"
printf '{"ev":"mystery","t":1}\n{"ev":"sample","t":12' >>"$WORK/crashed.log"
: >"$WORK/empty.log"
"$TERN" report "$WORK/crashed.log" "$WORK/empty.log" -o "$WORK/bad.html" 2>"$WORK/bad.err"
check "a crashed, truncated and an empty log still give a report" test $? = 0 -a -s "$WORK/bad.html"
check "... with warnings on stderr" sh -c "grep -q 'no footer' '$WORK/bad.err' && grep -q 'truncated' '$WORK/bad.err' && grep -q 'no events' '$WORK/bad.err' && grep -q 'mystery' '$WORK/bad.err'"
check "... and in the page" grep -q 'id="warnings"' "$WORK/bad.html"

# 4. Render in headless Chromium and check the rendered DOM.
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ] && [ "$(id -u)" = 0 ]; then
    echo "installing chromium (apt-get)"
    (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1
    CHROMIUM=$(command -v chromium || true)
fi
check "headless Chromium is available" test -n "$CHROMIUM"
if [ -n "$CHROMIUM" ]; then
    BROWSER_FLAGS="--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir=$WORK/chromium-profile"
    timeout 120 "$CHROMIUM" $BROWSER_FLAGS --dump-dom "file://$WORK/report.html" >"$WORK/dom.html" 2>/dev/null
    check "Chromium renders the page" grep -q '</html>' "$WORK/dom.html"
    check "the rendered page has the loops chart" grep -q 'id="loops-chart"' "$WORK/dom.html"
    check "the rendered page has the memory chart" grep -q 'id="memory-chart"' "$WORK/dom.html"
    for name in $PHASES; do
        check "phase label '$name' is drawn in both charts for both runs" \
            test "$(grep -o "class=\"phase-label\"[^>]*>$name</text>" "$WORK/dom.html" | wc -l)" = 4
    done
    # Run labels come from each log's argv: "python3 phased.py --scale 1.0" or the tern command line.
    for entry in 'RSS — [^"]*phased.py --scale 1.0' 'RSS — [^"]*phased.py --scale 1.6' \
        'baseline RSS: python3 phased.py --scale 0.7' 'phase start'; do
        check "legend entry '$entry'" grep -qE "class=\"legend-entry\" data-name=\"$entry" "$WORK/dom.html"
    done
    check "the summary table is rendered" grep -q 'id="summary"' "$WORK/dom.html"
    rm -f "$ARTIFACTS/report.png"
    timeout 120 "$CHROMIUM" $BROWSER_FLAGS --screenshot="$ARTIFACTS/report.png" --window-size=1400,2000 \
        "file://$WORK/report.html" >/dev/null 2>&1
    check "the screenshot is saved and not blank" test "$(wc -c <"$ARTIFACTS/report.png" 2>/dev/null || echo 0)" -gt 50000
    cp "$WORK/report.html" "$ARTIFACTS/report.html"
    cp "$WORK/small.log" "$WORK/large.log" "$WORK/cpython.log" "$ARTIFACTS/"
    echo "artifacts: $ARTIFACTS/report.png, report.html and the three logs"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
