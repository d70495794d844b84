#!/usr/bin/env bash
# Runs a real Apache Cassandra node (cassandra-all from Maven Central) in its own JVM, with its data
# under work/cassandra/<instance>. Instances: "dev" (CQL 9042) for the local store, "test" (CQL 19042)
# for the integration tests, so tests never touch a developer's data; "node1".."node3" the three
# nodes of the cluster shape, on 127.0.0.2-4 (CQL 9042, storage 7000 each, JMX 7201-7203), one
# evenly spaced token each; "cluster" is the three, started seed first.
#
#   infra/bin/cassandra.sh start|stop|status|freeze|thaw|kill|repair [dev|test|nodeN|cluster] [--fresh]
#   infra/bin/cassandra.sh slow NODE SECONDS
#
# kill is kill -9 (the failure drills): no drain, no flush, what the commit log holds survives.
# freeze stops the node's JVM in its tracks (SIGSTOP: a very long GC pause, a hung disk) with its
# sockets open, so the driver sees requests that never return rather than a node that is down;
# thaw (SIGCONT) lets it go on. The incidents use them. slow makes the node slow, not dead, for
# SECONDS: stopped a quarter second of every half (a congested link, a node thrashing its disk), so
# every answer it owes is late by up to 250 ms and none by a timeout. repair runs nodetool's full repair of the
# store's keyspaces on the node (after a drill brought it back: what hints did not carry).
#
# Environment: CASSANDRA_HEAP (512M), CASSANDRA_START_TIMEOUT (seconds, 180),
# CASSANDRA_CQL_PORT / CASSANDRA_STORAGE_PORT / CASSANDRA_JMX_PORT to move an instance.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ACTION=${1:-status}
INSTANCE=${2:-dev}
FRESH=${3:-}

NODES=(node1 node2 node3)
if [ "$INSTANCE" = cluster ]; then
  for node in "${NODES[@]}"; do "$0" "$ACTION" "$node" "$FRESH" || exit $?; done
  exit 0
fi

ADDRESS=127.0.0.1 TOKEN=-9223372036854775808 CLUSTER=$INSTANCE
case "$INSTANCE" in
  dev)  DEF_CQL=9042;  DEF_STORAGE=7000;  DEF_JMX=7199 ;;
  test) DEF_CQL=19042; DEF_STORAGE=17000; DEF_JMX=17199 ;;
  node[123])
    n=${INSTANCE#node}
    TOKENS=(-9223372036854775808 -3074457345618258603 3074457345618258602)
    DEF_CQL=9042; DEF_STORAGE=7000; DEF_JMX=$((7200 + n))
    ADDRESS=127.0.0.$((n + 1)) TOKEN=${TOKENS[$((n - 1))]} CLUSTER=cluster ;;
  *) echo "unknown instance '$INSTANCE' (dev, test, node1-3 or cluster)" >&2; exit 2 ;;
esac
CQL_PORT=${CASSANDRA_CQL_PORT:-$DEF_CQL}
STORAGE_PORT=${CASSANDRA_STORAGE_PORT:-$DEF_STORAGE}
JMX_PORT=${CASSANDRA_JMX_PORT:-$DEF_JMX}
SEEDS=$([ "$CLUSTER" = cluster ] && echo 127.0.0.2:7000 || echo "$ADDRESS:$STORAGE_PORT")
# Three nodes share the machine with six servers: less heap each, also when one restarts alone.
HEAP=${CASSANDRA_HEAP:-$([ "$CLUSTER" = cluster ] && echo 384M || echo 512M)}
TIMEOUT=${CASSANDRA_START_TIMEOUT:-180}
DIR="$ROOT/work/cassandra/$INSTANCE"
LIB="$ROOT/infra/cassandra/target/lib"
PIDFILE="$DIR/cassandra.pid"

log() { printf '[cassandra:%s] %s\n' "$INSTANCE" "$*"; }

running_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid; pid=$(cat "$PIDFILE")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/$ADDRESS/$CQL_PORT") 2>/dev/null; }

java_cmd() {
  # Cassandra 5.0 runs on Java 11 or 17 only (it dies at start-up on 25).
  local candidate
  for candidate in "${CASSANDRA_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" java /usr/lib/jvm/java-17-openjdk-amd64/bin/java; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -version 2>&1 | head -1 | grep -Eq '"(17|11)\.'; then echo "$candidate"; return; fi
  done
  echo "no Java 17 or 11 found for Cassandra; set CASSANDRA_JAVA" >&2; exit 1
}

ensure_jars() {
  if ! ls "$LIB"/cassandra-all-*.jar >/dev/null 2>&1; then
    log "resolving Apache Cassandra from Maven Central (first run only)"
    "$ROOT/mvnw" -q -B -f "$ROOT/infra/cassandra/pom.xml" package
  fi
}

render_config() {
  mkdir -p "$DIR"/{data,commitlog,saved_caches,hints,cdc_raw,logs,conf}
  sed -e "s#@INSTANCE@#$CLUSTER#g" -e "s#@INITIAL_TOKEN@#$TOKEN#g" \
      -e "s#@SEEDS@#$SEEDS#g" -e "s#@ADDRESS@#$ADDRESS#g" \
      -e "s#@CQL_PORT@#$CQL_PORT#g" -e "s#@STORAGE_PORT@#$STORAGE_PORT#g" -e "s#@DIR@#$DIR#g" \
      "$ROOT/infra/cassandra/cassandra.yaml.template" > "$DIR/conf/cassandra.yaml"
  cp "$ROOT/infra/cassandra/logback.xml" "$DIR/conf/logback.xml"
}

# The module flags of upstream conf/jvm17-server.options: mandatory on Java 17.
jpms_flags() {
  local e o
  for e in java.base/jdk.internal.misc java.management.rmi/com.sun.jmx.remote.internal.rmi \
           java.rmi/sun.rmi.registry java.rmi/sun.rmi.server java.sql/java.sql java.base/java.lang.ref \
           jdk.unsupported/sun.misc jdk.compiler/com.sun.tools.javac.file jdk.attach/sun.tools.attach; do
    printf -- '--add-exports=%s=ALL-UNNAMED\n' "$e"
  done
  for o in java.base/java.lang.module java.base/jdk.internal.loader java.base/jdk.internal.ref \
           java.base/jdk.internal.reflect java.base/jdk.internal.math java.base/jdk.internal.module \
           java.base/jdk.internal.util.jar jdk.management/com.sun.management.internal java.base/sun.nio.ch \
           java.base/java.io java.base/java.lang.reflect jdk.compiler/com.sun.tools.javac \
           java.base/java.lang java.base/java.util; do
    printf -- '--add-opens=%s=ALL-UNNAMED\n' "$o"
  done
}

start() {
  local pid
  if pid=$(running_pid); then log "already running (pid $pid) on $ADDRESS:$CQL_PORT"; return; fi
  if port_open; then log "port $CQL_PORT is taken by another process" >&2; exit 1; fi
  ensure_jars
  if [ "$FRESH" = "--fresh" ]; then log "wiping $DIR"; rm -rf "$DIR"; fi
  render_config
  local java; java=$(java_cmd)
  log "starting on $ADDRESS:$CQL_PORT (data in ${DIR#"$ROOT"/}, heap $HEAP)"
  # setsid: Ctrl-C in the caller's terminal reaches the caller, which then stops us by PID.
  # shellcheck disable=SC2046
  setsid "$java" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Xss512k \
    -Djdk.attach.allowAttachSelf=true -Dio.netty.tryReflectionSetAccessible=true \
    $(jpms_flags) \
    -Dcassandra.config="file://$DIR/conf/cassandra.yaml" -Dcassandra.logdir="$DIR/logs" \
    -Dlogback.configurationFile="$DIR/conf/logback.xml" -Dcassandra-foreground=yes \
    -Dcassandra.jmx.local.port="$JMX_PORT" -Dcassandra.skip_wait_for_gossip_to_settle=0 \
    -Dcassandra.storagedir="$DIR" \
    -cp "$LIB/*" org.apache.cassandra.service.CassandraDaemon \
    > "$DIR/logs/stdout.log" 2>&1 < /dev/null &
  echo $! > "$PIDFILE"
  wait_ready
}

wait_ready() {
  local pid; pid=$(cat "$PIDFILE")
  local started=$SECONDS last=""
  while ! port_open; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "died during start-up; last lines of its log:" >&2
      tail -n 30 "$DIR/logs/system.log" "$DIR/logs/stdout.log" >&2 2>/dev/null || true
      rm -f "$PIDFILE"; exit 1
    fi
    if (( SECONDS - started > TIMEOUT )); then
      log "not ready after ${TIMEOUT}s; stopping it" >&2; stop; exit 1
    fi
    local now; now=$(grep -oE '(Initializing|Starting|Loading|Completed|Replaying|Node .* state jump|Startup complete)[^.]*' \
      "$DIR/logs/system.log" 2>/dev/null | tail -1 | cut -c1-70 || true)
    if [ "$now" != "$last" ] && [ -n "$now" ]; then log "$(( SECONDS - started ))s: $now"; last=$now; fi
    sleep 1
  done
  log "ready on $ADDRESS:$CQL_PORT after $(( SECONDS - started ))s (pid $pid)"
}

stop() {
  local pid
  if ! pid=$(running_pid); then log "not running"; rm -f "$PIDFILE"; return; fi
  log "stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then log "still running after 30s; killing"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$PIDFILE"
  log "stopped"
}

status() {
  local pid
  if pid=$(running_pid); then log "running (pid $pid) on $ADDRESS:$CQL_PORT"; else log "not running"; return 1; fi
}

# signal STOP|CONT|KILL: freeze, thaw or kill -9 the running node.
signal() {
  local pid
  if ! pid=$(running_pid); then log "not running"; return 1; fi
  kill "-$1" "$pid"
  case "$1" in
    STOP) log "frozen (pid $pid)" ;;
    CONT) log "thawed (pid $pid)" ;;
    KILL) rm -f "$PIDFILE"; log "killed with SIGKILL (pid $pid)" ;;
  esac
}

slow() {
  local pid seconds=$1 until
  if ! pid=$(running_pid); then log "not running"; return 1; fi
  log "slow for ${seconds}s: stopped 250 ms of every 500 ms (pid $pid)"
  # shellcheck disable=SC2064 # the pid now: the trap runs after this function's locals are gone
  trap "kill -CONT $pid" EXIT
  until=$((SECONDS + seconds))
  while (( SECONDS < until )); do
    kill -STOP "$pid"; sleep 0.25; kill -CONT "$pid"; sleep 0.25
  done
  log "running at full speed again"
}

repair() {
  running_pid >/dev/null || { log "not running"; return 1; }
  local keyspace
  # One keyspace a call: nodetool reads the words after the first as that keyspace's tables.
  for keyspace in store_products store_carts store_orders store_users; do
    log "full repair of $keyspace"
    # shellcheck disable=SC2046
    "$(java_cmd)" $(jpms_flags) -cp "$LIB/*" -Dlogback.configurationFile="$DIR/conf/logback.xml" \
      -Dcassandra.logdir="$DIR/logs" org.apache.cassandra.tools.NodeTool -h 127.0.0.1 -p "$JMX_PORT" \
      repair --full "$keyspace"
  done
  log "repaired"
}

case "$ACTION" in
  start) start ;;
  repair) repair ;;
  slow) slow "${3:?how many seconds}" ;;
  stop) stop ;;
  status) status ;;
  freeze) signal STOP ;;
  thaw) signal CONT ;;
  kill) signal KILL ;;
  *) echo "usage: $0 start|stop|status|freeze|thaw|kill|repair [dev|test|nodeN|cluster] [--fresh], or slow NODE SECONDS" >&2; exit 2 ;;
esac
