#!/usr/bin/env bash
# Checks docker-compose.yml and deploy/nginx.conf without Docker:
#   - the compose file parses as YAML and has the services, the shared settings and the mount the proxy needs;
#   - a local variant of nginx.conf (upstreams on 127.0.0.1, cache, pid and logs under a temporary directory, no
#     Docker DNS, workers run as the user running the check) passes nginx -t.
#
#   deploy/check.sh                              # static checks
#   UPSTREAMS="127.0.0.1:18190 127.0.0.1:18191" deploy/check.sh --live
#       # also starts the local variant on PROXY_PORT (default 18180) in front of running portals and shows what
#       # it keeps: a public page is a MISS then a HIT, each language and encoding apart; an answer that sets a cookie
#       # is not kept; a signed-in request, /login, /admin and /actuator never come from it.
#
# Needs python3 with PyYAML, nginx (apt-get install -y nginx-light) and curl. Stops only the nginx it started.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
UPSTREAMS=${UPSTREAMS:-"127.0.0.1:18190 127.0.0.1:18191"}
PROXY_PORT=${PROXY_PORT:-18180}
WORK=$(mktemp -d /tmp/asp-records-proxy-check.XXXXXX)

python3 - "$ROOT/docker-compose.yml" << 'EOF'
import sys, yaml
compose = yaml.safe_load(open(sys.argv[1]))
services = compose["services"]
assert {"db", "portal-1", "portal-2", "proxy"} <= services.keys(), services.keys()
for name in ("portal-1", "portal-2"):
    portal = services[name]
    env = portal["environment"]
    assert env["SPRING_DATASOURCE_URL"].startswith("jdbc:postgresql://db:5432/"), env
    assert "PORTAL_BASE_URL" in env and "healthcheck" in portal and "ports" not in portal, name
assert services["portal-1"]["environment"] == services["portal-2"]["environment"]
assert "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in services["proxy"]["volumes"]
assert services["proxy"]["ports"] == ["8080:8080"]
print("docker-compose.yml: parsed; services", ", ".join(services))
EOF

read -r first second <<< "$UPSTREAMS"
second=${second:-$first}
sed -e "s/^user nginx;/user $(id -un);/" -e '/^\s*resolver /d' -e 's/ resolve / /' \
  -e "s/portal-1:8080/$first/" -e "s/portal-2:8080/$second/" \
  -e "s|/var/cache/nginx/portal|$WORK/cache|" -e "s|/tmp/nginx.pid|$WORK/nginx.pid|" \
  -e "s|listen 8080;|listen 127.0.0.1:$PROXY_PORT;|" -e "s|access_log /dev/stdout;|access_log $WORK/access.log;|" \
  -e "s|error_log /dev/stderr warn;|error_log $WORK/error.log warn;|" \
  "$HERE/nginx.conf" > "$WORK/nginx.conf"
nginx -t -q -p "$WORK/" -c "$WORK/nginx.conf" -e "$WORK/error.log"
echo "deploy/nginx.conf: nginx -t passes on its local variant $WORK/nginx.conf"

[[ "${1:-}" == --live ]] || exit 0

NGINX_PID=""
stop_nginx() {
  [[ -n "$NGINX_PID" ]] && kill -QUIT "$NGINX_PID" 2> /dev/null || true
  for _ in $(seq 50); do kill -0 "$NGINX_PID" 2> /dev/null || return 0; sleep 0.2; done
}
trap stop_nginx EXIT
timeout 10 nginx -p "$WORK/" -c "$WORK/nginx.conf" -e "$WORK/error.log"
for _ in $(seq 25); do [[ -s "$WORK/nginx.pid" ]] && break; sleep 0.2; done
NGINX_PID=$(cat "$WORK/nginx.pid")
cache_status() { # cache_status <path> [curl options]: the status code and what the cache did
  curl -s -o /dev/null -m 30 -D - "${@:2}" "http://127.0.0.1:$PROXY_PORT$1" | tr -d '\r' |
    awk -v path="$1" -v asked="${3:-}" 'NR == 1 {code = $2} tolower($1) == "x-cache-status:" {cache = $2}
      END {printf "  %-22s %-28s %s %s\n", path, asked, code, (cache == "") ? "(not looked up)" : cache}'
}
echo "through the proxy on 127.0.0.1:$PROXY_PORT (upstreams $first, $second):"
cache_status /sessions/22
cache_status /sessions/22
cache_status "/sessions/22?lang=fr"
cache_status "/sessions/22?lang=fr"
cache_status /sessions/22 -H "Cookie: portal-lang=fr"
cache_status /sessions/22 -H "Cookie: portal-lang=fr"
cache_status /sessions/22 -H "Accept-Encoding: gzip"
cache_status /sessions/22 -H "Accept-Encoding: gzip"
cache_status /sessions/22 -H "Cookie: SESSION=signed-in"
cache_status /login
cache_status /login
cache_status /admin
cache_status /actuator/health
cache_status /sessions/22
