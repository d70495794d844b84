#!/usr/bin/env bash
# infra/bin/profile.sh [SERVER] [SECONDS]: records a running Liberty server (default: store, the
# all-in-one server of ./store run) with Java Flight Recorder for SECONDS (default 30), then turns
# the recording into HTML flame graphs a browser opens: CPU, allocation, lock contention, and an
# index page beside them, under work/profiles/<time>-<server>/. Run load meanwhile
# (./store load shopper) to see where a request's time goes. docs/profiling.md reads one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
say() { echo "[profile] $*"; }

server=${1:-store}
seconds=${2:-30}
[[ "$seconds" =~ ^[0-9]+$ ]] || { say "usage: ./store profile [SERVER] [SECONDS]" >&2; exit 2; }
# The converter of async-profiler reads JFR's own events; pinned, fetched from Maven Central once.
CONVERTER_VERSION=4.1
converter="$HOME/.m2/repository/tools/profiler/jfr-converter/$CONVERTER_VERSION/jfr-converter-$CONVERTER_VERSION.jar"
if [ ! -f "$converter" ]; then
  say "fetching tools.profiler:jfr-converter:$CONVERTER_VERSION"
  ./mvnw -B -q dependency:get -Dartifact="tools.profiler:jfr-converter:$CONVERTER_VERSION" >/dev/null
fi

pid=$(jcmd -l | awk -v s="$server" '$2 ~ /ws-server\.jar$/ && $3 == s { print $1; exit }')
[ -n "$pid" ] || { say "no running Liberty server '$server' (jcmd -l lists the JVMs); start it with ./store run" >&2; exit 1; }

out="$ROOT/work/profiles/$(date -u +%Y%m%dT%H%M%SZ)-$server"
mkdir -p "$out"
jfr="$out/recording.jfr"
say "recording server '$server' (pid $pid) for ${seconds}s with JFR's 'profile' settings"
jcmd "$pid" JFR.start name=store-profile settings=profile duration="${seconds}s" filename="$jfr" >/dev/null
for ((i = 1; i <= seconds; i++)); do
  sleep 1
  (( i % 10 == 0 || i == seconds )) && say "${i}s of ${seconds}s"
done
# JFR writes the file when the recording ends; wait until it no longer lists the recording.
for _ in $(seq 1 30); do
  jcmd "$pid" JFR.check 2>&1 | grep -q "name=store-profile" || break
  sleep 1
done
[ -s "$jfr" ] || { say "the recording was not written ($jfr)" >&2; exit 1; }

# JFR's own execution samples are the converter's default; --cpu means async-profiler's events.
for kind in cpu alloc lock; do
  event=(); [ "$kind" != cpu ] && event=(--"$kind")
  java -jar "$converter" "${event[@]}" --simple --norm --title "$server: $kind, ${seconds}s from $(date -u +%FT%TZ)" \
    "$jfr" "$out/$kind.html" >/dev/null
done
jcmd "$pid" VM.flags > "$out/vm-flags.txt" 2>/dev/null || true
cat > "$out/index.html" <<HTML
<!doctype html><meta charset="utf-8"><title>Profile of $server</title>
<h1>Profile of Liberty server '$server'</h1>
<p>${seconds} s recorded with Java Flight Recorder ('profile' settings), $(date -u +%FT%TZ), pid $pid.</p>
<ul>
<li><a href="cpu.html">CPU</a>: where the threads spent their samples (wider = more time)</li>
<li><a href="alloc.html">Allocation</a>: which code allocated the most bytes</li>
<li><a href="lock.html">Lock contention</a>: where threads waited on monitors and parked</li>
<li><a href="vm-flags.txt">JVM flags</a>, <a href="recording.jfr">the recording</a> (JDK Mission Control opens it)</li>
</ul>
HTML
say "flame graphs: $out/index.html"
