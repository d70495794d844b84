#!/usr/bin/env bash
# nginx in front of the store, from Debian's packages (installed here when missing, as root):
#   infra/bin/nginx.sh start WORKDIR LISTEN PRODUCT CART ORDER USER [all-in-one]
#       render infra/nginx and start it; other paths than the four prefixes are 404, or with
#       all-in-one go to the one server (its /health, /metrics, /openapi)
#   infra/bin/nginx.sh render FILE WORKDIR LISTEN PRODUCT CART ORDER USER [all-in-one]
#       only write the rendered configuration (the container image of infra/docker does this)
#   infra/bin/nginx.sh route WORKDIR HOST:PORT out|in
#       leave an instance out while it starts (its server line marked down), or take it in again
#       once it is ready; nginx reloads, requests in flight finish
#   infra/bin/nginx.sh stop WORKDIR
# LISTEN is host:port or a port alone (every interface); each upstream is host:port, or several
# separated by commas (instances of one service). Nothing runs as root, nothing is written
# outside WORKDIR.
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
  # An if, not "[ ] && rm": that would be the function's failing status when the file was there.
  if [ "$created" = yes ]; then rm -f "$policy"; fi
}

# servers WORKDIR LIST: the upstream's server lines for host:port[,host:port...]. An instance that
# fails (refused, timed out) is left out for 5 s: open-source nginx checks upstreams passively, so
# one that is starting (listening, not ready: 503 to a POST, which nginx never resends) is left
# out by name, from WORKDIR/out (see route).
servers() {
  local out="" s list
  IFS=, read -ra list <<< "$2"
  for s in "${list[@]}"; do
    out+="server $s max_fails=1 fail_timeout=5s"
    grep -qxF "$s" "$1/out" 2>/dev/null && out+=" down"
    out+="; "
  done
  printf '%s' "$out"
}

render() {
  local file=$1 work=$2 listen=$3 product=$4 cart=$5 order=$6 user=$7 other="return 404;"
  [ "${8:-}" = all-in-one ] && other="proxy_pass http://product;"
  sed -e "s#@WORK@#$work#g" -e "s#@CONF@#$ROOT/infra/nginx#g" -e "s#@LISTEN@#$listen#g" \
    -e "s#@PRODUCT@#$(servers "$work" "$product")#g" -e "s#@CART@#$(servers "$work" "$cart")#g" \
    -e "s#@ORDER@#$(servers "$work" "$order")#g" -e "s#@USER@#$(servers "$work" "$user")#g" \
    -e "s#@OTHER_PATHS@#$other#g" \
    "$ROOT/infra/nginx/nginx.conf" > "$file"
}

start() {
  local work=$1
  ensure_installed
  mkdir -p "$work"
  stop "$work" 2>/dev/null || true
  rm -f "$work/out"
  # The arguments, for route to render the same configuration again.
  printf '%s\n' "$@" > "$work/arguments"
  render "$work/nginx.conf" "$@"
  nginx -t -q -c "$work/nginx.conf" -e "$work/error.log"
  nginx -c "$work/nginx.conf" -e "$work/error.log"
  say "listening on $2 (config $work/nginx.conf)"
}

# route WORKDIR HOST:PORT out|in: the instance left out of its upstream or taken in again; the
# configuration rendered anew and reloaded (new workers take new requests, old ones finish theirs).
route() {
  local work=$1 instance=$2 way=$3 arguments
  case "$way" in out | in) ;; *) say "route: out or in, not '$way'" >&2; exit 2 ;; esac
  grep -vxF "$instance" "$work/out" > "$work/out.new" 2>/dev/null || true
  [ "$way" = out ] && echo "$instance" >> "$work/out.new"
  mv "$work/out.new" "$work/out"
  mapfile -t arguments < "$work/arguments"
  render "$work/nginx.conf" "${arguments[@]}"
  nginx -c "$work/nginx.conf" -e "$work/error.log" -s reload
  say "$instance $( [ "$way" = out ] && echo "left out until it is ready" || echo "taken in again")"
}

stop() {
  local work=$1
  [ -f "$work/nginx.pid" ] || return 0
  nginx -c "$work/nginx.conf" -e "$work/error.log" -s quit 2>/dev/null || true
  for _ in $(seq 1 20); do [ -f "$work/nginx.pid" ] || return 0; sleep 0.25; done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  render) shift; render "$@" ;;
  route) shift; route "$@" ;;
  stop) shift; stop "$@" ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
