#!/usr/bin/env bash
# The whole test suite: unit, web, process and browser tests on H2, then the *IntegrationTests on a
# throwaway PostgreSQL. Installs what is missing (Debian's postgresql and chromium) when it can.
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
PGDATA=$(mktemp -d /tmp/award-pg.XXXXXX)
PG_AS=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PGDATA"
  PG_AS=(runuser -u postgres --)
fi
chmod 700 "$PGDATA"

stop_postgres() {
  "${PG_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap stop_postgres EXIT

"${PG_AS[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${PG_AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA" start >/dev/null
psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres \
  -c "create user award password 'award'" -c "create database award owner award"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"

# The database is handed to failsafe's *IntegrationTests only (pom.xml), never to the H2 tests.
./mvnw -B verify -Dit.skip=false \
  -Dit.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/award" \
  -Dit.datasource.username=award -Dit.datasource.password=award
