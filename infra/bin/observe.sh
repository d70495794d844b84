#!/usr/bin/env bash
# Prometheus, Alertmanager and the project's webhook receiver, for real, on loopback, their data
# under work/<profile>/. Used by `./store observe` and by the incident harness.
#
#   infra/bin/observe.sh start PROFILE real|harness TARGETS   e.g. start dev real localhost:9080
#   infra/bin/observe.sh stop PROFILE
#   infra/bin/observe.sh rules PROFILE     only write the harness's shortened copy of the rules
#
# Ports: dev 9090 (Prometheus), 9093 (Alertmanager), 9095 (receiver); any other profile adds 10000.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
say() { printf '[observe] %s\n' "$*"; }

profile=${2:-dev}
WORK="$ROOT/work/$profile/observe"
offset=$([ "$profile" = dev ] && echo 0 || echo 10000)
PROM_PORT=$((9090 + offset)) AM_PORT=$((9093 + offset)) RECEIVER_PORT=$((9095 + offset))

ensure_packages() {
  local missing=()
  command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
  command -v prometheus-alertmanager >/dev/null 2>&1 || missing+=(prometheus-alertmanager)
  [ ${#missing[@]} = 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    say "missing: apt-get install ${missing[*]} (as root)" >&2; exit 1
  fi
}

# harness_rules DIR: the real rules with the windows of harness-overrides.txt.
harness_rules() {
  local out=$1 kind real short expr=()
  mkdir -p "$out"
  while read -r kind real short; do
    case "$kind" in
      for) expr+=(-e "s/^\(\s*\)for: $real\$/\1for: $short/") ;;
      range) expr+=(-e "s/\[$real\]/[$short]/g") ;;
    esac
  done < <(grep -v '^\s*#' "$ROOT/infra/prometheus/harness-overrides.txt" | grep -v '^\s*$')
  local file
  for file in "$ROOT"/infra/prometheus/rules/*.rules.yml; do
    sed "${expr[@]}" "$file" > "$out/$(basename "$file")"
  done
}

fill() { # fill TEMPLATE OUT key=value...
  local template=$1 out=$2; shift 2
  local content; content=$(cat "$template")
  local pair
  for pair in "$@"; do content=${content//@${pair%%=*}@/${pair#*=}}; done
  printf '%s\n' "$content" > "$out"
}

wait_http() { # wait_http NAME URL
  local i
  for i in $(seq 1 60); do
    curl -fs --max-time 2 "$2" >/dev/null 2>&1 && { say "$1 up: $2"; return 0; }
    sleep 0.5
  done
  say "$1 did not come up: $2" >&2; return 1
}

start() {
  local mode=${3:-real} targets=${4:-localhost:9080}
  ensure_packages
  stop_all quiet
  mkdir -p "$WORK"/{prometheus-data,alertmanager-data}
  local rules="$ROOT/infra/prometheus/rules" scrape=15s eval=15s wait=30s interval=1m
  if [ "$mode" = harness ]; then
    rules="$WORK/harness-rules"; harness_rules "$rules"; scrape=5s eval=5s wait=5s interval=15s
  fi
  local quoted; quoted=$(echo "$targets" | sed "s/[^,][^,]*/'&'/g; s/,/, /g")
  fill "$ROOT/infra/prometheus/prometheus.yml" "$WORK/prometheus.yml" \
    SCRAPE_INTERVAL=$scrape EVAL_INTERVAL=$eval RULES="$rules" ALERTMANAGER=127.0.0.1:$AM_PORT TARGETS="$quoted"
  fill "$ROOT/infra/alertmanager/alertmanager.yml" "$WORK/alertmanager.yml" \
    RECEIVER=http://127.0.0.1:$RECEIVER_PORT GROUP_WAIT=$wait GROUP_INTERVAL=$interval
  telegram "$ROOT/work/$profile/alertmanager" "$WORK/alertmanager.yml"

  setsid java "$ROOT/infra/bin/AlertReceiver.java" "$RECEIVER_PORT" "$WORK/notifications.jsonl" \
    > "$WORK/receiver.log" 2>&1 < /dev/null &
  echo $! > "$WORK/receiver.pid"
  setsid prometheus-alertmanager --config.file="$WORK/alertmanager.yml" \
    --storage.path="$WORK/alertmanager-data" --web.listen-address=127.0.0.1:$AM_PORT \
    --cluster.listen-address= > "$WORK/alertmanager.log" 2>&1 < /dev/null &
  echo $! > "$WORK/alertmanager.pid"
  setsid prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/prometheus-data" \
    --web.listen-address=127.0.0.1:$PROM_PORT --storage.tsdb.retention.time=2d \
    > "$WORK/prometheus.log" 2>&1 < /dev/null &
  echo $! > "$WORK/prometheus.pid"
  wait_http receiver "http://127.0.0.1:$RECEIVER_PORT/notifications"
  wait_http Alertmanager "http://127.0.0.1:$AM_PORT/-/ready"
  wait_http Prometheus "http://127.0.0.1:$PROM_PORT/-/ready"
  say "Prometheus http://127.0.0.1:$PROM_PORT/alerts  Alertmanager http://127.0.0.1:$AM_PORT/  notifications http://127.0.0.1:$RECEIVER_PORT/"
  say "scraping $targets every $scrape with the $mode rules; logs and data in ${WORK#"$ROOT"/}/"
}

# telegram DIR CONFIG: adds a Telegram receiver when DIR holds telegram.token and telegram.chat.
telegram() {
  local dir=$1 config=$2
  if [ -s "$dir/telegram.token" ] && [ -s "$dir/telegram.chat" ]; then
    local route receiver
    route="    - matchers: ['severity=~\"critical|warning\"']\n      receiver: telegram\n      continue: true"
    receiver="  - name: telegram\n    telegram_configs:\n      - bot_token_file: $dir/telegram.token\n        chat_id: $(tr -dc '0-9-' < "$dir/telegram.chat")\n        send_resolved: true"
    sed -i "s|#TELEGRAM_ROUTE#|$route|; s|#TELEGRAM_RECEIVER#|$receiver|" "$config"
    say "Telegram receiver on (token in ${dir#"$ROOT"/})"
  fi
}

stop_all() {
  local name pid
  for name in prometheus alertmanager receiver; do
    [ -f "$WORK/$name.pid" ] || continue
    pid=$(cat "$WORK/$name.pid")
    kill "$pid" 2>/dev/null && [ "${1:-}" != quiet ] && say "stopped $name"
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$WORK/$name.pid"
  done
}

case "${1:-}" in
  start) start "$@" ;;
  stop) stop_all ;;
  rules) harness_rules "$WORK/harness-rules"; echo "$WORK/harness-rules" ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
