#!/usr/bin/env bash
# The cycle simulator and benchmark (issue 7; see docs/benchmark.md):
#   scripts/bench.sh [--cities N] [--experts V] [--open-tasks T] [--h2] [--quick] [--open-only] [--profile]
#                    [-- Maven args]
#     --cities N       cities (one eligible nomination each) in the simulated cycle      (default 300)
#     --experts V      concurrent virtual experts driving the review through HTTP         (default 40)
#     --open-tasks T   open tasks preloaded for the inbox-versus-Camunda-REST comparison  (default 90000)
#     --h2             run on the embedded H2 file database instead of PostgreSQL
#     --quick          a small smoke run (20 cities, 6 experts, 2,000 open tasks)
#     --open-only      measure the cycle's opening only (seed, open, deadline, panels, reviews started)
#     --profile        CPU profiles of the opening (panels formed, reviews started), of the review phase
#                      and of each engine-ceiling run (async-profiler, from Maven Central):
#                      target/bench/profile-*.collapsed, one line per stack
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
PROFILE=false
while [ $# -gt 0 ]; do
	case "$1" in
		--cities) CITIES=$2; shift 2 ;;
		--experts) EXPERTS=$2; shift 2 ;;
		--open-tasks) OPEN_TASKS=$2; shift 2 ;;
		--h2) DATABASE=h2; shift ;;
		--quick) QUICK=true; shift ;;
		--open-only) OPEN_ONLY=true; shift ;;
		--profile) PROFILE=true; shift ;;
		--) shift; break ;;
		-h|--help) sed -n '2,17p' "$0"; exit 0 ;;
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
if [ "$DATABASE" = postgres ]; then
	# shellcheck source=scripts/throwaway-postgres.sh
	. scripts/throwaway-postgres.sh
	# settings of a small production server: see README (production)
	start_throwaway_postgres award-bench-pg 57432 -c max_connections=100 -c shared_buffers=256MB \
		-c synchronous_commit=on -c track_counts=on \
		-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top
	# statement statistics of the review phase (the benchmark resets and reads them as the application's user)
	"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d award -v ON_ERROR_STOP=1 -q \
		-c "create extension pg_stat_statements" -c "grant pg_read_all_stats to award" \
		-c "grant execute on function pg_stat_statements_reset(oid, oid, bigint) to award"
	DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/award"
fi

ASYNC_PROFILER=""
if [ "$PROFILE" = true ]; then
	# the library ships inside async-profiler's jar on Maven Central
	version=4.1
	jar="$HOME/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar"
	[ -f "$jar" ] || ./mvnw -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$version" -Dtransitive=false
	mkdir -p target/async-profiler
	(cd target/async-profiler && jar xf "$jar" linux-x64/libasyncProfiler.so)
	ASYNC_PROFILER="$PWD/target/async-profiler/linux-x64/libasyncProfiler.so"
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
	-Dbench.asyncProfiler="$ASYNC_PROFILER" \
	"$@"
log "Results: target/bench/bench.md and target/bench/bench.json"
cat target/bench/bench.md
