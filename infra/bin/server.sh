#!/usr/bin/env bash
# Freezes or thaws the all-in-one Liberty server of a profile (dev: port 9080, test: 19080), as a
# hung JVM would be: SIGSTOP keeps its sockets open but nothing answers, not even /metrics;
# SIGCONT lets it go on. The incident store-frozen uses it.
#
#   infra/bin/server.sh freeze|thaw [dev|test]
set -euo pipefail

ACTION=${1:-}
PROFILE=${2:-dev}
case "$PROFILE" in
  dev) PORT=${HTTP_PORT:-9080} ;;
  test) PORT=${IT_HTTP_PORT:-19080} ;;
  *) echo "unknown profile '$PROFILE' (dev or test)" >&2; exit 2 ;;
esac
case "$ACTION" in
  freeze) SIGNAL=STOP ;;
  thaw) SIGNAL=CONT ;;
  *) echo "usage: $0 freeze|thaw [dev|test]" >&2; exit 2 ;;
esac

# The process listening on the server's HTTP port (ss prints users:(("java",pid=123,fd=45))).
PID=$(ss -Htlnp "sport = :$PORT" | grep -oE 'pid=[0-9]+' | head -1 | cut -d= -f2 || true)
if [ -z "$PID" ]; then echo "[server:$PROFILE] nothing listens on port $PORT" >&2; exit 1; fi
kill "-$SIGNAL" "$PID"
echo "[server:$PROFILE] $( [ "$SIGNAL" = STOP ] && echo frozen || echo thawed ) (pid $PID, port $PORT)"
