# A throwaway PostgreSQL on a free loopback port, in a temporary directory that is removed
# with the server when the calling script exits. Sourced by scripts/test.sh and
# scripts/bench.sh, which define log() first.
#
#   start_throwaway_postgres PREFIX FIRST_PORT [SERVER OPTION ...]
#
# PREFIX names the temporary directory, FIRST_PORT is the lowest port tried (a random one
# of the 2,000 from there, so that parallel runs rarely meet), the options go to the
# server. Afterwards PGBIN, PGROOT, PGDATA and PGPORT are set, and the database `award`
# (owner `award`, password `award`) exists. Exits the script if PostgreSQL cannot start.

pg_bin() {
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

start_throwaway_postgres() {
	local prefix=$1 first_port=$2
	shift 2
	PGBIN=$(pg_bin)
	if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
		echo "ERROR: PostgreSQL is not installed (apt-get install postgresql)." >&2
		exit 1
	fi
	PGROOT=$(mktemp -d "${TMPDIR:-/tmp}/$prefix.XXXXXX")
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
	trap stop_throwaway_postgres EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM

	chmod 755 "$PGROOT"
	install -d -o "$PG_USER" -m 700 "$PGDATA"
	log "Creating a PostgreSQL cluster in $PGDATA"
	as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1 \
		|| { cat "$PGROOT/initdb.log" >&2; echo "ERROR: initdb failed" >&2; exit 1; }

	local offset=$((RANDOM % 2000)) attempt candidate
	for attempt in $(seq 0 49); do
		candidate=$((first_port + (offset + attempt) % 2000))
		port_in_use "$candidate" && continue
		if as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
			-o "-p $candidate -c listen_addresses=127.0.0.1 -k $PGDATA $*" start >/dev/null; then
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
}

stop_throwaway_postgres() {
	local status=$?
	if [ -n "$PG_STARTED" ]; then
		log "Stopping PostgreSQL"
		as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
	fi
	rm -rf "$PGROOT"
	exit "$status"
}

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
