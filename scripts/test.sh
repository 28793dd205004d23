#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this):
#   1. installs what is missing when it can (Debian packages postgresql and chromium),
#   2. starts a throwaway PostgreSQL on a free loopback port in a temporary directory,
#   3. runs ./mvnw -B verify: formatting and enforcer checks, unit/web/browser tests on H2
#      (surefire), then the *IntegrationTests against that PostgreSQL (failsafe),
#   4. always stops PostgreSQL and removes its directory, and exits non-zero on any failure.
set -euo pipefail

cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The H2 tests must not be pointed elsewhere by the caller's shell; the PostgreSQL settings
# reach the integration tests only, as Maven properties (see the failsafe plugin in pom.xml).
unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD SPRING_PROFILES_ACTIVE

log() { printf '\n==> %s\n' "$*"; }

as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		return 1
	fi
}

pg_bin() {
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

# --- 1. what the tests need from the machine --------------------------------------------
missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ "${#missing[@]}" -gt 0 ]; then
	log "Installing ${missing[*]}"
	if command -v apt-get >/dev/null 2>&1; then
		as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q \
			&& as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" \
			|| echo "WARNING: could not install ${missing[*]}" >&2
	else
		echo "WARNING: no apt-get here; install ${missing[*]} yourself" >&2
	fi
fi
PGBIN=$(pg_bin)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
	echo "ERROR: PostgreSQL is not installed and could not be installed (apt-get install postgresql)." >&2
	exit 1
fi
if [ ! -x /usr/bin/chromium ]; then
	echo "WARNING: /usr/bin/chromium is missing: the *BrowserTests will be skipped." >&2
fi

# --- 2. a throwaway PostgreSQL --------------------------------------------------------------
PGROOT=$(mktemp -d "${TMPDIR:-/tmp}/award-pg.XXXXXX")
PGDATA="$PGROOT/data"
PGPORT=""
PG_STARTED=""

# initdb and the server refuse to run as root: as root, run them as the postgres user
if [ "$(id -u)" -eq 0 ]; then
	PG_USER=postgres
	as_pg() { runuser -u postgres -- "$@"; }
else
	PG_USER=$(id -un)
	as_pg() { "$@"; }
fi

stop_postgres() {
	status=$?
	if [ -n "$PG_STARTED" ]; then
		log "Stopping PostgreSQL"
		as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
	fi
	rm -rf "$PGROOT"
	exit "$status"
}
trap stop_postgres EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

chmod 755 "$PGROOT"
install -d -o "$PG_USER" -m 700 "$PGDATA"
log "Creating a PostgreSQL cluster in $PGDATA"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1 \
	|| { cat "$PGROOT/initdb.log" >&2; echo "ERROR: initdb failed" >&2; exit 1; }

# a free loopback port from 55432 up, starting at a random offset so parallel runs rarely meet
offset=$((RANDOM % 2000))
for attempt in $(seq 0 49); do
	candidate=$((55432 + (offset + attempt) % 2000))
	port_in_use "$candidate" && continue
	if as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
		-o "-p $candidate -c listen_addresses=127.0.0.1 -k $PGDATA" start >/dev/null; then
		PGPORT=$candidate
		PG_STARTED=yes
		break
	fi
	# the port may have been taken in between: try another
	as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
done
if [ -z "$PGPORT" ]; then
	cat "$PGDATA/server.log" >&2 || true
	echo "ERROR: PostgreSQL did not start" >&2
	exit 1
fi
log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') listens on 127.0.0.1:$PGPORT"
"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
	-c "create user award password 'award'" -c "create database award owner award"

# --- 3. the build ---------------------------------------------------------------------------
log "./mvnw -B verify (H2 tests, then *IntegrationTests on PostgreSQL)"
./mvnw -B verify \
	-Dit.skip=false \
	-Dit.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/award" \
	-Dit.datasource.username=award \
	-Dit.datasource.password=award \
	"$@"
