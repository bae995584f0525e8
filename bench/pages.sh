#!/usr/bin/env bash
# Times the portal's public pages with wrk and prints, per page: req/s, p50 and p99 at 1 and at 16 connections,
# the CPU the portal's JVM and its PostgreSQL spent per request, and the SQL statements per request.
# See bench/README.md for what each figure means and how it is measured.
#
#   bench/pages.sh                       # 1x records, page cache on, 10 s per run
#   CACHE=off bench/pages.sh             # every request rendered (--portal.page-cache.enabled=false)
#   GZIP=on bench/pages.sh               # ask for compressed answers, as browsers do
#   CDS=on bench/pages.sh                # the portal as deploy/cds.sh prepares it: extracted, class data sharing
#   SCALE=10 bench/pages.sh              # ten times the records (SCALE=100: a hundred), kept in their own data dir
#   DURATION=5s WARMUP=10 PAGES="/ /sessions/22" bench/pages.sh
#
# It starts its own portal on 127.0.0.1 with its own embedded PostgreSQL and data directory under /tmp, and stops
# only what it started, by process id. Every step is bounded by a timeout.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
SCALE=${SCALE:-1}
CACHE=${CACHE:-on}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20}
CONNS=${CONNS:-16}
WRK_TIMEOUT=${WRK_TIMEOUT:-5s}
GZIP=${GZIP:-off}
CDS=${CDS:-off}
PORT=${PORT:-18190}
PG_PORT=${PG_PORT:-54349}
DATA_DIR=${DATA_DIR:-/tmp/asp-records-bench/data-${SCALE}x}
DATA_DIR=${DATA_DIR%/}
WORKDIR=${WORKDIR:-/tmp/asp-records-bench/run-$(date +%Y%m%d-%H%M%S)}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m}
STARTUP_MAX_S=${STARTUP_MAX_S:-300}
SETTLE_MAX_S=${SETTLE_MAX_S:-30}
PAGES=${PAGES:-"/ /sessions /sessions/22 /resolutions /resolutions/ICC-ASP/22/Res.4 /resolutions?q=cooperation
  /search?q=budget /statements /elections /budgets /states /people /organizations /api/v1/sessions/22"}
TENFOLD_SQL=$ROOT/src/test/resources/sql/tenfold.sql
VARY_SQL=$HERE/vary-text.sql
BASE=http://127.0.0.1:$PORT

fail() { echo "bench: $*" >&2; exit 2; }
[[ "$SCALE" =~ ^(1|10|100)$ ]] || fail "SCALE must be 1, 10 or 100"
[[ "$CACHE" =~ ^(on|off)$ ]] || fail "CACHE must be on or off"
[[ "$DURATION" =~ ^[0-9]+s$ && ${DURATION%s} -le 120 ]] || fail "DURATION must be like 10s, at most 120s"
[[ "$WARMUP" =~ ^[0-9]+$ && $WARMUP -le 300 ]] || fail "WARMUP must be seconds, at most 300"
[[ "$WRK_TIMEOUT" =~ ^[0-9]+s$ ]] || fail "WRK_TIMEOUT must be like 5s"
[[ "$CONNS" =~ ^[0-9]+$ && $CONNS -ge 1 && $CONNS -le 256 ]] || fail "CONNS must be 1 to 256"
[[ "$GZIP" =~ ^(on|off)$ ]] || fail "GZIP must be on or off"
[[ "$CDS" =~ ^(on|off)$ ]] || fail "CDS must be on or off"
WRK_HEADERS=()
[[ "$GZIP" == on ]] && WRK_HEADERS=(-H "Accept-Encoding: gzip")
[[ "$DATA_DIR" == /tmp/* && "$WORKDIR" == /tmp/* ]] || fail "DATA_DIR and WORKDIR must be under /tmp"
for tool in java wrk curl psql awk ss; do
  command -v $tool > /dev/null || fail "missing $tool (apt-get install -y wrk postgresql-client)"
done
in_use() { [[ -n "$(ss -ltnH "sport = :$1")" ]]; }
in_use "$PORT" && fail "port $PORT is in use (PORT=...)"
in_use "$PG_PORT" && fail "port $PG_PORT is in use (PG_PORT=...): refusing to share a database"

if [[ -z "${PORTAL_JAR:-}" ]]; then
  PORTAL_JAR=$(ls "$ROOT"/target/asp-records-*.jar 2> /dev/null | grep -v '\.original$' | head -1 || true)
  if [[ -z "$PORTAL_JAR" ]]; then
    echo "no jar in target/: building it (./mvnw -DskipTests package)"
    (cd "$ROOT" && timeout 900 ./mvnw -B -q -DskipTests package)
    PORTAL_JAR=$(ls "$ROOT"/target/asp-records-*.jar | grep -v '\.original$' | head -1)
  fi
fi
[[ -f "$PORTAL_JAR" ]] || fail "no portal jar at $PORTAL_JAR"

mkdir -p "$WORKDIR/raw" "$DATA_DIR"
if [[ "$CDS" == on ]]; then
  "$ROOT/deploy/cds.sh" "$PORTAL_JAR" "$WORKDIR/cds"
  PORTAL_JAR=$WORKDIR/cds/$(basename "$PORTAL_JAR")
  JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$WORKDIR/cds/application.jsa"
fi
echo "bench: jar $PORTAL_JAR; data $DATA_DIR; ${SCALE}x; page cache $CACHE; $DURATION per run; output in $WORKDIR"

# --- the portal, started and stopped by us alone ---
# The embedded server keeps the password of its first start in postgres.password; on a new data directory we
# choose it, so that psql can reach the database.
if [[ -f "$DATA_DIR/postgres.password" ]]; then
  PGPASSWORD=$(cat "$DATA_DIR/postgres.password")
else
  PGPASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
fi
export PGPASSWORD
export PGOPTIONS="-c client_min_messages=warning"
PORTAL_PID=""
PG_PID=""
psql_db() { timeout "${2:-60}" psql -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres -v ON_ERROR_STOP=1 -Atq -c "$1"; }
code_of() { curl -s -o /dev/null -m "${2:-5}" -w '%{http_code}' "$BASE$1" 2> /dev/null || true; }

stop_pid() { # stop_pid <pid> <name> <signal>: the signal, up to 60 s, then KILL
  kill -0 "$1" 2> /dev/null || return 0
  kill -"$3" "$1" 2> /dev/null || true
  for _ in $(seq 300); do kill -0 "$1" 2> /dev/null || return 0; sleep 0.2; done
  echo "bench: $2 (pid $1) still running after 60 s: KILL" >&2
  kill -9 "$1" 2> /dev/null || true
}
stop_portal() {
  [[ -n "$PORTAL_PID" ]] || return 0
  stop_pid "$PORTAL_PID" portal TERM
  # The portal stops its embedded server. One that outlived it (its watchdog may start the server again while the
  # JVM is shutting down) is stopped here (fast shutdown), found by the postmaster.pid of our own data directory.
  local postmaster
  sleep 2
  postmaster=$(head -1 "$DATA_DIR/postgres/postmaster.pid" 2> /dev/null || true)
  if [[ "$postmaster" =~ ^[0-9]+$ ]] && kill -0 "$postmaster" 2> /dev/null \
    && tr '\0' ' ' < "/proc/$postmaster/cmdline" | grep -qF -- "-D $DATA_DIR/postgres "; then
    echo "bench: the portal's PostgreSQL (pid $postmaster) outlived it: stopping it"
    stop_pid "$postmaster" "embedded PostgreSQL" INT
  fi
  PORTAL_PID=""
  PG_PID=""
}
trap stop_portal EXIT
trap 'exit 130' INT TERM

start_portal() {
  local args=(--server.address=127.0.0.1 --server.port="$PORT" --portal.embedded-database.port="$PG_PORT")
  [[ "$CACHE" == off ]] && args+=(--portal.page-cache.enabled=false)
  local log="$WORKDIR/portal-$1.log" t0=$SECONDS
  # shellcheck disable=SC2086
  PORTAL_DATA_DIR="$DATA_DIR" PORTAL_EMBEDDED_DATABASE_PASSWORD="$PGPASSWORD" \
    nohup java $JAVA_OPTS -jar "$PORTAL_JAR" "${args[@]}" > "$log" 2>&1 &
  PORTAL_PID=$!
  until [[ "$(code_of /)" == 200 ]]; do
    kill -0 "$PORTAL_PID" 2> /dev/null || fail "the portal stopped; see $log"
    ((SECONDS - t0 < STARTUP_MAX_S)) || fail "no 200 on / within ${STARTUP_MAX_S}s; see $log"
    sleep 1
  done
  PG_PID=$(head -1 "$DATA_DIR/postgres/postmaster.pid")
  echo "bench: portal pid $PORTAL_PID answering after $((SECONDS - t0)) s (PostgreSQL pid $PG_PID)"
}
start_portal first

# SQL statements are counted by pg_stat_statements, which PostgreSQL loads only when it starts: on a new data
# directory the portal is started once more. Only planned statements count (track_utility off): SELECT, INSERT,
# UPDATE, DELETE, not BEGIN/COMMIT. The extension lives in a schema of its own, apart from the portal's tables.
if [[ "$(psql_db "show shared_preload_libraries")" != *pg_stat_statements* ]]; then
  psql_db "alter system set shared_preload_libraries = 'pg_stat_statements'"
  psql_db "alter system set pg_stat_statements.track_utility = off"
  echo "bench: restarting the portal so that its PostgreSQL loads pg_stat_statements"
  stop_portal
  start_portal second
fi
psql_db "create schema if not exists bench; create extension if not exists pg_stat_statements schema bench"

# --- more records: tenfold.sql once (10x) or twice (100x), then texts that differ ---
if ((SCALE > 1)) && [[ "$(psql_db "select count(*) from resolution where symbol_session ~ '[cd][0-9]'")" == 0 ]]; then
  letters=c
  ((SCALE == 100)) && letters="c d"
  for letter in $letters; do
    echo "bench: copying every record nine times (copy letter $letter)"
    sed "s/{copy}/$letter/g" "$TENFOLD_SQL" > "$WORKDIR/tenfold-$letter.sql"
    timeout 1800 psql -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres -v ON_ERROR_STOP=1 -q -1 \
      -f "$WORKDIR/tenfold-$letter.sql" > "$WORKDIR/scale.log"
  done
  echo "bench: making the copies' texts differ, then vacuum analyze"
  timeout 1800 psql -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres -v ON_ERROR_STOP=1 -q -1 -f "$VARY_SQL" >> "$WORKDIR/scale.log"
  psql_db "vacuum analyze" 1800
fi
echo "bench: records: $(psql_db "select string_agg(kind || ' ' || n, ', ') from (
  select 'sessions' kind, count(*) n from assembly_session union all select 'resolutions', count(*) from resolution
  union all select 'statements', count(*) from statement union all select 'elections', count(*) from election
  union all select 'people', count(*) from person) counts")"

# --- every page answers 200 ---
for page in $PAGES; do
  code=$(code_of "$page" 60)
  [[ "$code" == 200 ]] || fail "$page answered $code, not 200"
done

# --- measuring ---
TICK=$(getconf CLK_TCK)
jvm_ticks() { awk '{print $14 + $15}' "/proc/$PORTAL_PID/stat"; }
db_ticks() { # the postmaster, the children it has waited for, and its live children (the pool's backends)
  local total child
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PG_PID/stat")
  for child in $(ps -o pid= --ppid "$PG_PID"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$child/stat" 2> /dev/null || echo 0)))
  done
  echo "$total"
}
# Statements of the pool's connections: psql's own, Spring Session's once-a-minute cleanup and the listener's
# LISTEN are left out.
sql_calls() {
  psql_db "select coalesce(sum(calls), 0) from bench.pg_stat_statements
    where query !~* 'pg_stat_statements|spring_session|^\s*listen'"
}
settle() { # until the JVM uses under a tenth of a core for a second, at most SETTLE_MAX_S
  local before
  for _ in $(seq "$SETTLE_MAX_S"); do
    before=$(jvm_ticks)
    sleep 1
    (($(jvm_ticks) - before < TICK / 10)) && return 0
  done
}
to_ms() { awk '{ v = $1; f = 1; if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /s$/) f = 1000;
  sub(/[a-z]+$/, "", v); printf "%.1f", v * f } END { if (NR == 0) printf "-" }'; }

# run <page> <connections>: one wrk run; prints "req/s p50 p99 requests errors jvm_ticks db_ticks sql_calls"
run() {
  local out="$WORKDIR/raw/$(echo "$1" | tr -c 'A-Za-z0-9\n' '_')-c$2.txt" jvm0 db0
  settle
  psql_db "select bench.pg_stat_statements_reset()" > /dev/null
  jvm0=$(jvm_ticks)
  db0=$(db_ticks)
  timeout $((${DURATION%s} + 60)) wrk -t1 -c"$2" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency "${WRK_HEADERS[@]}" "$BASE$1" > "$out" 2>&1 || true
  echo "$(awk '/^Requests\/sec:/ {print $2}' "$out") $(awk '$1 == "50%" {print $2}' "$out" | to_ms)" \
    "$(awk '$1 == "99%" {print $2}' "$out" | to_ms) $(awk '/requests in/ {print $1}' "$out")" \
    "$(awk '/Non-2xx|Socket errors/ {gsub(/,/, ""); for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) n += $i} END {print n + 0}' "$out")" \
    "$(($(jvm_ticks) - jvm0)) $(($(db_ticks) - db0)) $(sql_calls)"
}

if ((WARMUP > 0)); then
  echo "bench: warming up ${WARMUP}s over every page"
  lua="$WORKDIR/warmup.lua"
  { printf 'local pages = {'; for page in $PAGES; do printf '"%s", ' "$page"; done; echo '}'
    echo 'local i = 0'
    echo 'request = function() i = i + 1; return wrk.format("GET", pages[(i % #pages) + 1]) end'; } > "$lua"
  timeout $((WARMUP + 60)) wrk -t1 -c"$CONNS" -d"${WARMUP}s" "${WRK_HEADERS[@]}" -s "$lua" "$BASE" > "$WORKDIR/raw/warmup.txt" 2>&1 || true
fi

RESULTS="$WORKDIR/results.md"
{
  echo "ASP Records $(git -C "$ROOT" describe --always --dirty 2> /dev/null || echo '?'), ${SCALE}x records," \
    "page cache $CACHE, gzip $GZIP, CDS $CDS, $DURATION per run, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| page | req/s c1 | p50 ms c1 | p99 ms c1 | req/s c$CONNS | p50 ms c$CONNS | p99 ms c$CONNS | JVM CPU ms/req | DB CPU ms/req | SQL/req | requests | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$RESULTS"
cat "$RESULTS"
for page in $PAGES; do
  read -r rps1 p50_1 p99_1 n1 err1 jvm1 db1 sql1 <<< "$(run "$page" 1)"
  read -r rpsn p50_n p99_n nn errn jvmn dbn sqln <<< "$(run "$page" "$CONNS")"
  # CPU per request over both runs together: the same work per request, more requests to divide by. SQL per request
  # from the run on one connection, where no request is left half done when wrk stops counting.
  awk -v page="$page" -v r1="$rps1" -v a1="$p50_1" -v b1="$p99_1" -v rn="$rpsn" -v an="$p50_n" -v bn="$p99_n" \
    -v n="$((${n1:-0} + ${nn:-0}))" -v jvm="$((jvm1 + jvmn))" -v db="$((db1 + dbn))" -v sql="$sql1" -v n1="${n1:-0}" \
    -v err="$((err1 + errn))" -v tick="$TICK" -v nn="${nn:-0}" 'BEGIN {
      per = (n > 0) ? 1 / n : 0
      if (n1 == 0) a1 = b1 = "-"
      if (nn == 0) an = bn = "-"
      printf "| %s | %.0f | %s | %s | %.0f | %s | %s | %.2f | %.2f | %.1f | %d | %d |\n", page, r1, a1, b1, rn, an, bn,
        jvm * 1000 / tick * per, db * 1000 / tick * per, (n1 > 0) ? sql / n1 : 0, n, err }' | tee -a "$RESULTS"
done
echo
echo "bench: table in $RESULTS, wrk's output in $WORKDIR/raw"
