#!/usr/bin/env bash
# nginx in front of the store, from Debian's packages (installed here when missing, as root):
#   infra/bin/nginx.sh start WORKDIR LISTEN PRODUCT CART ORDER USER [all-in-one]
#       render infra/nginx and start it; other paths than the four prefixes are 404, or with
#       all-in-one go to the one server (its /health, /metrics, /openapi)
#   infra/bin/nginx.sh stop WORKDIR
# LISTEN and the upstreams are host:port (LISTEN may be a port alone: every interface); nothing
# runs as root and nothing is written outside WORKDIR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
say() { echo "[nginx] $*"; }

ensure_installed() {
  if command -v nginx >/dev/null 2>&1 \
    && [ -f /usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so ]; then
    return
  fi
  [ "$(id -u)" = 0 ] || { say "nginx is missing: apt-get install nginx libnginx-mod-http-headers-more-filter" >&2; exit 1; }
  say "installing nginx and its headers-more module from Debian (apt-get)"
  # The package must not start its own server on port 80: only ours runs.
  local policy=/usr/sbin/policy-rc.d created=no
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod 755 "$policy"; created=yes; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx libnginx-mod-http-headers-more-filter >/dev/null
  [ "$created" = yes ] && rm -f "$policy"
}

start() {
  local work=$1 listen=$2 product=$3 cart=$4 order=$5 user=$6 other="return 404;"
  [ "${7:-}" = all-in-one ] && other="proxy_pass http://product;"
  ensure_installed
  mkdir -p "$work"
  stop "$work" 2>/dev/null || true
  sed -e "s#@WORK@#$work#g" -e "s#@CONF@#$ROOT/infra/nginx#g" -e "s#@LISTEN@#$listen#g" \
    -e "s#@PRODUCT@#$product#g" -e "s#@CART@#$cart#g" -e "s#@ORDER@#$order#g" -e "s#@USER@#$user#g" \
    -e "s#@OTHER_PATHS@#$other#g" \
    "$ROOT/infra/nginx/nginx.conf" > "$work/nginx.conf"
  nginx -t -q -c "$work/nginx.conf" -e "$work/error.log"
  nginx -c "$work/nginx.conf" -e "$work/error.log"
  say "listening on $listen (config $work/nginx.conf)"
}

stop() {
  local work=$1
  [ -f "$work/nginx.pid" ] || return 0
  nginx -c "$work/nginx.conf" -e "$work/error.log" -s quit 2>/dev/null || true
  for _ in $(seq 1 20); do [ -f "$work/nginx.pid" ] || return 0; sleep 0.25; done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
