#!/usr/bin/env bash
# Smoke test of the built one-folder program (make bundle): run it as a county PC would, with
# nothing of the source tree or the development environment, and fail loudly on the first
# thing that does not work.
#
#   packaging/smoke_test.sh [dist/xianbao]
#
# The program runs with a bare environment (no PYTHONPATH, no virtualenv, HOME and the data
# folders in a temporary directory, Qt offscreen) from a directory outside the source tree:
# only what the bundle carries can be used. Then:
#   1. `xianbao --help` (the program starts, its commands parse);
#   2. `init`, `set` and `show` on a new database (Alembic's migrations run from the bundle,
#      the shipped catalogue and region lists load, a figure is stored and derived);
#   3. `xianbao --self-test` (keys values, runs the checks, exports a shipped template, builds
#      the monthly PDF with an embedded Chinese font, renders a page for printing).
set -uo pipefail

BUNDLE=$(cd "${1:-dist/xianbao}" 2>/dev/null && pwd) || {
  echo "BUNDLE SMOKE TEST FAILED: no folder ${1:-dist/xianbao} (build it with: make bundle)"
  exit 1
}
EXE="$BUNDLE/xianbao"

fail() {
  echo "BUNDLE SMOKE TEST FAILED: $*"
  exit 1
}

[ -x "$EXE" ] || fail "no executable $EXE (build it with: make bundle)"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home"
cd "$WORK" || fail "cannot enter $WORK"

# The program alone: what a county PC has, not what this machine's shells have.
run() {
  env -i \
    HOME="$WORK/home" \
    PATH=/usr/bin:/bin \
    LANG=C.UTF-8 \
    TMPDIR="$WORK" \
    QT_QPA_PLATFORM=offscreen \
    "$EXE" "$@"
}

DB="$WORK/smoke.sqlite3"
echo "-- $EXE --help"
run --help >"$WORK/help.txt" 2>&1 || { cat "$WORK/help.txt"; fail "xianbao --help"; }
grep -q -- "--self-test" "$WORK/help.txt" || fail "xianbao --help does not offer --self-test"

echo "-- xianbao init / set / show on a new database"
run --db "$DB" init --region 511921 --bureau 通江县商务局 >"$WORK/init.txt" 2>&1 ||
  { cat "$WORK/init.txt"; fail "xianbao init on a new database"; }
run --db "$DB" set 511921 C02 2025-03 1234.56 --own >"$WORK/set.txt" 2>&1 ||
  { cat "$WORK/set.txt"; fail "xianbao set"; }
run --db "$DB" show 511921 2025-03 --up 0 >"$WORK/show.txt" 2>&1 ||
  { cat "$WORK/show.txt"; fail "xianbao show"; }
# The figure keyed, as the table prints it (with its thousands separator), on the C02 row.
grep -E '^C02 .*1,234\.56' "$WORK/show.txt" >/dev/null ||
  { cat "$WORK/show.txt"; fail "xianbao show does not print the C02 figure 1,234.56 just set"; }
grep -q "通江县" "$WORK/show.txt" || fail "xianbao show does not name the county (通江县)"

echo "-- $EXE --self-test"
run --self-test || fail "xianbao --self-test (the table above says which step and why)"

echo "bundle smoke test passed: $BUNDLE"
