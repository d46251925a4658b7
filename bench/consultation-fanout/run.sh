#!/usr/bin/env bash
# Consultation live fan-out benchmark: one session, N live SSE subscribers on one node, 20 events/s.
# Starts the fan-out server (the consultation module's LiveChannels behind Tomcat + Spring MVC on
# virtual threads, heap capped at 1 GB) and a separate client JVM with N real HTTP SSE connections;
# prints delivery latency p50/p99 and the server's heap for each N.
#
#   bench/consultation-fanout/run.sh [subscribers...]      # default: 1000 5000
#   RATE=20 SECONDS_PER_RUN=30 bench/consultation-fanout/run.sh 5000
#   NICE=-10 bench/consultation-fanout/run.sh      # as root: ahead of other work on a shared machine
#   SERVER_JAVA_OPTS=-Dlinger=0 bench/consultation-fanout/run.sh   # each event flushed at once (default 60 ms, as the app)
set -euo pipefail
cd "$(dirname "$0")/../.."

. bench/lib.sh
JAVA=${JAVA:-$(find_java)}
RATE=${RATE:-20}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
PORT=${PORT:-18931}
NICE=${NICE:-0}
SUBSCRIBERS=("$@")
[ ${#SUBSCRIBERS[@]} -eq 0 ] && SUBSCRIBERS=(1000 5000)

# Every connection is a file descriptor on each side.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

CP=$(bench_classpath)

for n in "${SUBSCRIBERS[@]}"; do
  echo "== $n subscribers, $RATE events/s, $SECONDS_PER_RUN s"
  nice -n "$NICE" "$JAVA" -Xmx1g -XX:+UseG1GC ${SERVER_JAVA_OPTS:-} -cp "$CP" org.gongshang.bench.consultation.FanOutServer --server.port="$PORT" ${SERVER_ARGS:-} \
    > target/bench-fanout-server.log 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 360); do
    grep -q "fan-out server ready" target/bench-fanout-server.log && break
    sleep 0.5
  done
  nice -n "$NICE" "$JAVA" -Xmx1g -cp "$CP" org.gongshang.bench.consultation.FanOutClient "$PORT" "$n" "$RATE" "$SECONDS_PER_RUN"
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  trap - EXIT
done
