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

# shellcheck source=scripts/throwaway-postgres.sh
. scripts/throwaway-postgres.sh

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
# on a free loopback port from 55432 up; stopped and removed when this script exits
start_throwaway_postgres award-pg 55432

# --- 3. the build ---------------------------------------------------------------------------
log "./mvnw -B verify (H2 tests, then *IntegrationTests on PostgreSQL)"
./mvnw -B verify \
	-Dit.skip=false \
	-Dit.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/award" \
	-Dit.datasource.username=award \
	-Dit.datasource.password=award \
	"$@"
