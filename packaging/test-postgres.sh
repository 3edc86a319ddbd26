#!/bin/sh
# A throwaway PostgreSQL server on 127.0.0.1 for the tests of the server mode (issue 14).
#
#   packaging/test-postgres.sh start   # makes and starts it (or finds it running); prints the URL
#   packaging/test-postgres.sh stop    # stops it (its folder stays; `clean` removes it)
#   packaging/test-postgres.sh url     # the URL: XIANBAO_TEST_POSTGRES="$(... url)" make test
#
# It needs PostgreSQL's server programs (Debian: apt-get install postgresql). As root the
# server runs as the `postgres` user (PostgreSQL refuses to run as root). Durability is off
# (fsync, synchronous_commit): a test server's data is thrown away, and CREATE DATABASE per
# test is several times faster without it. Only local connections, no password (trust).
set -eu

DIR=${XIANBAO_PG_DIR:-/tmp/xianbao-test-postgres}
PORT=${XIANBAO_PG_PORT:-55432}
URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"

bindir() {
  if command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return
  fi
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$found" ]; then
    echo "test-postgres: PostgreSQL's server programs are not installed" \
      "(Debian: sudo apt-get install postgresql)" >&2
    exit 1
  fi
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

case "${1:-}" in
  start)
    BIN=$(bindir)
    mkdir -p "$DIR"
    if [ "$(id -u)" = "0" ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" postgres
      chown postgres "$DIR"
    fi
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      as_owner "'$BIN/initdb' -D '$DIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" \
        >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    fi
    # Already running (an earlier `start` in this shell, or CI run twice): it is the one wanted.
    if as_owner "'$BIN/pg_ctl' -D '$DIR/data' status" >/dev/null 2>&1; then
      echo "$URL"
      exit 0
    fi
    as_owner "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" \
      >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
    echo "$URL"
    ;;
  stop)
    BIN=$(bindir)
    if [ -f "$DIR/data/postmaster.pid" ]; then
      as_owner "'$BIN/pg_ctl' -D '$DIR/data' -m fast -w stop" >/dev/null
    fi
    ;;
  clean)
    "$0" stop
    rm -rf "$DIR"
    ;;
  url)
    echo "$URL"
    ;;
  *)
    echo "usage: $0 start|stop|clean|url" >&2
    exit 2
    ;;
esac
