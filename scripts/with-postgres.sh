#!/usr/bin/env bash
# Runs a command with a PostgreSQL server of its own: a temporary data directory and a free port,
# the server stopped and removed at the end whatever the command does. DATABASE_URL points the
# command at its database. Uses Debian's PostgreSQL 15 server, installing it when missing;
# initdb refuses to run as root, so as root the server runs as the unprivileged user `postgres`
# (created by Debian's package).
#   bash scripts/with-postgres.sh <command> [args…]
set -euo pipefail
bin=""
for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && bin="$dir"; done
if [ -z "$bin" ]; then
  echo "Installing Debian's PostgreSQL server for the tests…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Cannot install PostgreSQL: run as root, or install Debian's postgresql package." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends postgresql
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && bin="$dir"; done
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  as_owner=(runuser -u postgres --)
fi

data="$(mktemp -d /tmp/rso-pg.XXXXXX)"
[ "$(id -u)" -eq 0 ] && chown postgres "$data"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$data/db" -U rso --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Only this machine, only TCP on the chosen port; the socket stays in the temporary directory.
# Durability as in production (fsync on): the crash tests depend on it.
"${as_owner[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $data -c max_connections=200" start >/dev/null
# The address goes in DATABASE_URL, or in the variable WITH_POSTGRES_AS names (the end-to-end
# tests keep DATABASE_URL unset, so their servers stay on the file store).
export "${WITH_POSTGRES_AS:-DATABASE_URL}=postgres://rso@127.0.0.1:$port/postgres"
"$@"
