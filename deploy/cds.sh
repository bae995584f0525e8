#!/usr/bin/env bash
# Prepares the portal for a faster start and a smaller memory footprint, as Spring Boot documents it ("Efficient
# deployments", "Class Data Sharing"): the jar is extracted, so that classes load from plain jars rather than from
# jars nested in one, and a training run writes a class data sharing archive (CDS) of every class the portal loads
# until it is ready, which later starts map instead of reading, verifying and parsing them again.
#
#   ./mvnw -DskipTests package && deploy/cds.sh               # target/asp-records-*.jar -> target/cds/
#   deploy/cds.sh path/to/asp-records.jar /opt/asp-records    # another jar, another destination
#
# Then start the portal with (same settings as with `java -jar`, for example SPRING_DATASOURCE_URL):
#   java -XX:SharedArchiveFile=target/cds/application.jsa -jar target/cds/asp-records-0.1.0-SNAPSHOT.jar
#
# The archive fits only the java that made it and that jar, at that path: make it again after each build and each
# JDK update, where the portal runs (a java that cannot use it says so in one warning line and starts as usual,
# without it). The training run starts the portal once on a database of its own (the embedded one, in a temporary
# directory, on TRAIN_PG_PORT; never the database of SPRING_DATASOURCE_URL), loads the shipped records into it, stops
# as soon as the portal is ready (spring.context.exit=onRefresh) and deletes that directory.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
JAR=${1:-$(ls "$ROOT"/target/asp-records-*.jar 2> /dev/null | grep -v '\.original$' | head -1 || true)}
DEST=${2:-$ROOT/target/cds}
TRAIN_PG_PORT=${TRAIN_PG_PORT:-54398}
JAVA=${JAVA:-java}

fail() { echo "cds: $*" >&2; exit 2; }
[[ -n "$JAR" && -f "$JAR" ]] || fail "no portal jar (build it with ./mvnw -DskipTests package, or give its path)"
[[ -z "$(ss -ltnH "sport = :$TRAIN_PG_PORT" 2> /dev/null)" ]] || fail "port $TRAIN_PG_PORT is in use (TRAIN_PG_PORT=...)"

# Only an empty directory or one this script made is emptied.
if [[ -d "$DEST" && -n "$(ls -A "$DEST")" && ! -f "$DEST/training.log" ]]; then
  fail "$DEST is not empty and was not made by this script: give another destination"
fi
rm -rf "$DEST"
mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd)
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DEST" > /dev/null
APP=$DEST/$(basename "$JAR")
[[ -f "$APP" ]] || fail "extracting $JAR gave no $APP"

TRAINING=$(mktemp -d /tmp/asp-records-cds.XXXXXX)
# The training run ends with a halt that runs no shutdown hook, so its PostgreSQL is stopped here (fast shutdown),
# by the process id its data directory names, before that directory goes.
cleanup() {
  local pid
  pid=$(head -1 "$TRAINING/data/postgres/postmaster.pid" 2> /dev/null || true)
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2> /dev/null; then
    kill -INT "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  fi
  rm -rf "$TRAINING"
}
trap cleanup EXIT
echo "cds: training run (first start on an empty database: a minute or two); log in $DEST/training.log"
# The archive holds the jar's absolute path (Java 17 checks it at each start): make it where the portal will run.
# The throwaway database's admin gets a random password that nobody needs, rather than one written to the log.
(cd "$DEST" && env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  PORTAL_DATA_DIR="$TRAINING/data" PORTAL_ADMIN_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" \
  timeout 600 "$JAVA" -XX:ArchiveClassesAtExit=application.jsa \
  -Dspring.context.exit=onRefresh -jar "$APP" --server.port=0 \
  --portal.embedded-database.port="$TRAIN_PG_PORT" > training.log 2>&1) \
  || fail "the training run failed; see $DEST/training.log"
[[ -s "$DEST/application.jsa" ]] || fail "the training run wrote no archive; see $DEST/training.log"

echo "cds: ready ($(du -h "$DEST/application.jsa" | cut -f1) archive). Start the portal with:"
echo "  $JAVA -XX:SharedArchiveFile=$DEST/application.jsa -jar $APP"
