# Sourced by .ci/run: a throwaway PostgreSQL cluster for the storage tests.
# start_test_postgres installs Debian's postgresql package when it is missing (as root), creates a
# cluster in a temporary folder, starts it on 127.0.0.1 only, creates the test database, exports
# COHORTDESK_TEST_PG for the tests, and stops and removes the cluster when the script exits.
# The port is the first free one from COHORTDESK_TEST_PG_PORT (default 54329).

pg_bin_dir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
        fi
    done | sort -V | tail -n 1
}

start_test_postgres() {
    if [ -n "${COHORTDESK_TEST_PG:-}" ]; then
        echo "postgres: using the server given in COHORTDESK_TEST_PG"
        return 0
    fi
    local bin
    bin="$(pg_bin_dir)"
    if [ -z "$bin" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            echo "postgres: installing Debian's postgresql package"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
            bin="$(pg_bin_dir)"
        fi
        if [ -z "$bin" ]; then
            echo "postgres: no PostgreSQL found. Install it (sudo apt-get install postgresql) or set" >&2
            echo "COHORTDESK_TEST_PG=jdbc:postgresql://127.0.0.1:PORT/DB?user=NAME to a server of yours." >&2
            return 1
        fi
    fi

    local port="${COHORTDESK_TEST_PG_PORT:-54329}"
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    PG_TEST_DIR="$(mktemp -d /tmp/cohortdesk-pg.XXXXXX)"
    # PostgreSQL refuses to run as root: run it as the package's user (or nobody).
    local runas=()
    if [ "$(id -u)" = 0 ]; then
        local user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        chown "$user" "$PG_TEST_DIR"
        runas=(runuser -u "$user" --)
    fi
    PG_TEST_CTL=("${runas[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data")
    trap stop_test_postgres EXIT

    "${runas[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U cohortdesk --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
        || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
    # Throwaway data: no fsync. Loopback only, socket in the temporary folder.
    "${PG_TEST_CTL[@]}" -l "$PG_TEST_DIR/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_TEST_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
        || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
    "${runas[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U cohortdesk -d postgres -qAt -c "CREATE DATABASE cohortdesk_test" >/dev/null
    export COHORTDESK_TEST_PG="jdbc:postgresql://127.0.0.1:$port/cohortdesk_test?user=cohortdesk"
    echo "postgres: $("${runas[@]}" "$bin/postgres" --version) on 127.0.0.1:$port for the storage tests"
}

stop_test_postgres() {
    local status=$?
    if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR" ]; then
        "${PG_TEST_CTL[@]}" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_TEST_DIR"
    fi
    return $status
}
