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
#      the monthly PDF with an embedded Chinese font, renders a page for printing), and again
#      with no font folder, where it must fail and name the font to install;
#   4. when $XIANBAO_TEST_POSTGRES names a server (CI starts one), the same commands on a new
#      database there, with an account: psycopg's libpq and argon2's compiled hashing from the
#      bundle (a wrong password must be refused).
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
SERVER_DB=""
cleanup() {
  [ -n "$SERVER_DB" ] && psql -q "$ADMIN_URL" -c "DROP DATABASE IF EXISTS $SERVER_DB" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/home"
cd "$WORK" || fail "cannot enter $WORK"

# The program alone: what a county PC has, not what this machine's shells have.
# `run [NAME=VALUE...] ARGS...`: the program with these arguments (and these variables only).
run() {
  local vars=()
  while [ $# -gt 0 ] && [[ "$1" == [A-Z]*=* ]]; do
    vars+=("$1")
    shift
  done
  env -i \
    HOME="$WORK/home" \
    PATH=/usr/bin:/bin \
    LANG=C.UTF-8 \
    TMPDIR="$WORK" \
    QT_QPA_PLATFORM=offscreen \
    "${vars[@]}" \
    "$EXE" "$@" </dev/null
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

echo "-- xianbao --self-test on a PC without a Chinese font (it must fail and say so)"
mkdir -p "$WORK/no-fonts"
if run XIANBAO_FONT_DIRS="$WORK/no-fonts" --self-test >"$WORK/no_font.txt" 2>&1; then
  cat "$WORK/no_font.txt"
  fail "xianbao --self-test passed without any Chinese font"
fi
grep -q "fonts-wqy-microhei" "$WORK/no_font.txt" ||
  { cat "$WORK/no_font.txt"; fail "xianbao --self-test without a font does not say which font to install"; }

if [ -n "${XIANBAO_TEST_POSTGRES:-}" ]; then
  echo "-- xianbao users add / init / set / show on a PostgreSQL server"
  ADMIN_URL=${XIANBAO_TEST_POSTGRES/+psycopg/}  # libpq's form, for psql
  SERVER_DB="xianbao_smoke_$$"
  psql -q "$ADMIN_URL" -c "CREATE DATABASE $SERVER_DB" >"$WORK/createdb.txt" 2>&1 ||
    { cat "$WORK/createdb.txt"; fail "could not make a database on $ADMIN_URL (is psql there?)"; }
  SERVER="${ADMIN_URL%/*}/$SERVER_DB"
  PASSWORD="Smoke-test-$$"
  run XIANBAO_PASSWORD="$PASSWORD" --db "$SERVER" users add admin --name 管理员 --role admin \
    >"$WORK/server.txt" 2>&1 || { cat "$WORK/server.txt"; fail "xianbao users add on the server"; }
  for command in "init --region 511921 --bureau 通江县商务局" "set 511921 C02 2025-03 99.5 --own"; do
    # shellcheck disable=SC2086  # the command's words are meant to split
    run XIANBAO_PASSWORD="$PASSWORD" --db "$SERVER" --user admin $command >>"$WORK/server.txt" 2>&1 ||
      { cat "$WORK/server.txt"; fail "xianbao $command on the server"; }
  done
  run XIANBAO_PASSWORD="$PASSWORD" --db "$SERVER" --user admin show 511921 2025-03 --up 0 \
    >"$WORK/server_show.txt" 2>&1 || { cat "$WORK/server_show.txt"; fail "xianbao show on the server"; }
  grep -E '^C02 .*99\.50' "$WORK/server_show.txt" >/dev/null ||
    { cat "$WORK/server_show.txt"; fail "xianbao show on the server does not print C02 = 99.50"; }
  if run XIANBAO_PASSWORD="not-$PASSWORD" --db "$SERVER" --user admin show 2025-03 \
    >"$WORK/wrong.txt" 2>&1; then
    cat "$WORK/wrong.txt"
    fail "a wrong password was accepted on the server"
  fi
fi

echo "bundle smoke test passed: $BUNDLE"
