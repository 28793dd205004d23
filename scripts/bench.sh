#!/usr/bin/env bash
# The cycle simulator and benchmark (issue 7; see docs/benchmark.md):
#   scripts/bench.sh [--cities N] [--experts V] [--open-tasks T] [--h2] [--quick] [--open-only] [-- Maven args]
#     --cities N       cities (one eligible nomination each) in the simulated cycle      (default 300)
#     --experts V      concurrent virtual experts driving the review through HTTP         (default 40)
#     --open-tasks T   open tasks preloaded for the inbox-versus-Camunda-REST comparison  (default 90000)
#     --h2             run on the embedded H2 file database instead of PostgreSQL
#     --quick          a small smoke run (20 cities, 6 experts, 2,000 open tasks)
#     --open-only      measure the cycle's opening only (seed, open, deadline, panels, reviews started)
# It starts a throwaway PostgreSQL as scripts/test.sh does (unless --h2), then runs the `bench` Maven
# profile: one JVM starts the application (port 8097, embedded SMTP 3097), seeds the cycle, drives the
# review, runs the engine baselines and writes target/bench/bench.md and target/bench/bench.json.
set -euo pipefail

cd "$(dirname "$0")/.."

CITIES=300
EXPERTS=40
OPEN_TASKS=90000
DATABASE=postgres
QUICK=false
OPEN_ONLY=false
while [ $# -gt 0 ]; do
	case "$1" in
		--cities) CITIES=$2; shift 2 ;;
		--experts) EXPERTS=$2; shift 2 ;;
		--open-tasks) OPEN_TASKS=$2; shift 2 ;;
		--h2) DATABASE=h2; shift ;;
		--quick) QUICK=true; shift ;;
		--open-only) OPEN_ONLY=true; shift ;;
		--) shift; break ;;
		-h|--help) sed -n '2,13p' "$0"; exit 0 ;;
		*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
	esac
done
if [ "$QUICK" = true ]; then
	CITIES=20
	EXPERTS=6
	OPEN_TASKS=2000
fi

unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD SPRING_PROFILES_ACTIVE

log() { printf '\n==> %s\n' "$*"; }

DATASOURCE_URL=""
PGROOT=""
PG_STARTED=""
if [ "$DATABASE" = postgres ]; then
	PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
	if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
		echo "ERROR: PostgreSQL is not installed (apt-get install postgresql), or run with --h2." >&2
		exit 1
	fi
	PGROOT=$(mktemp -d "${TMPDIR:-/tmp}/award-bench-pg.XXXXXX")
	PGDATA="$PGROOT/data"
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
	port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

	chmod 755 "$PGROOT"
	install -d -o "$PG_USER" -m 700 "$PGDATA"
	log "Creating a PostgreSQL cluster in $PGDATA"
	as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1 \
		|| { cat "$PGROOT/initdb.log" >&2; echo "ERROR: initdb failed" >&2; exit 1; }
	# settings of a small production server: see README (production)
	PGOPTS="-c listen_addresses=127.0.0.1 -k $PGDATA -c max_connections=100 -c shared_buffers=256MB"
	PGOPTS="$PGOPTS -c synchronous_commit=on -c track_counts=on"
	PGPORT=""
	offset=$((RANDOM % 2000))
	for attempt in $(seq 0 49); do
		candidate=$((57432 + (offset + attempt) % 2000))
		port_in_use "$candidate" && continue
		if as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
			-o "-p $candidate $PGOPTS" start >/dev/null; then
			PGPORT=$candidate
			PG_STARTED=yes
			break
		fi
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
	DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/award"
fi

log "Benchmark: $CITIES cities, $EXPERTS virtual experts, $OPEN_TASKS open tasks, $DATABASE"
./mvnw -B -o -Pbench test \
	-Dbench.cities="$CITIES" \
	-Dbench.experts="$EXPERTS" \
	-Dbench.openTasks="$OPEN_TASKS" \
	-Dbench.database="$DATABASE" \
	-Dbench.datasource.url="$DATASOURCE_URL" \
	-Dbench.quick="$QUICK" \
	-Dbench.openOnly="$OPEN_ONLY" \
	"$@"
log "Results: target/bench/bench.md and target/bench/bench.json"
cat target/bench/bench.md
