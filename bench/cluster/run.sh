#!/usr/bin/env bash
# Two nodes behind Nginx on one PostgreSQL 15 (see docs/performance.md and docs/deployment.md).
#
#   bench/cluster/run.sh                  # pages, votes and the live fan-out through Nginx
#
# Debian's postgresql (15), nginx and wrk are installed when missing; the script starts its own
# PostgreSQL cluster, two application nodes (jar, demo data, one PII key) and Nginx on loopback
# ports, never the system services. Nginx balances round robin without sticky sessions.
#  1. pages: the same wrk runs as bench/pages (demo data), on one node directly and through Nginx;
#  2. votes: bench/deliberation-votes' benchmark in wrk mode, its votes sent through Nginx to both nodes;
#  3. live fan-out: bench/consultation-fanout's server behind Nginx, its SSE clients connected through it.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/common.sh
ensure_packages nginx
build_jar
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_postgres
start_node node1 18101
node1=$LAST_PID
echo "node 1: $(wait_healthy 18101) s to healthy (Flyway, demo data)"
start_node node2 18102
node2=$LAST_PID
echo "node 2: $(wait_healthy 18102) s to healthy"
nginx_start 18100 18101 18102

echo "== pages, wrk -t2 -c${CONNECTIONS:-64}, ${SECONDS_PER_PAGE:-20} s each"
topic=$(psql_app -Atc "select id from topic where status = 'ACCEPTED' and not held order by id desc limit 1")
stylesheet=$(curl -fs "http://127.0.0.1:18101/" | grep -o '/css/gongshang-[0-9a-f]*\.css' | head -1)
wrk -t2 -c16 -d10s "http://127.0.0.1:18100/topics" >/dev/null
for target in "one node:18101" "Nginx, two nodes:18100"; do
  port=${target##*:}; echo "-- ${target%:*} (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk_run "static file" "http://127.0.0.1:$port$stylesheet"
  wrk_run "/ (home)" "http://127.0.0.1:$port/"
  wrk_run "/topics" "http://127.0.0.1:$port/topics"
  wrk_run "/topics/$topic" "http://127.0.0.1:$port/topics/$topic"
  wrk_run "/api/v1/topics?page=1" "http://127.0.0.1:$port/api/v1/topics?page=1"
done
echo "RSS node 1 $(rss_mb $node1) MB, node 2 $(rss_mb $node2) MB"

echo "== votes through Nginx to both nodes (bench/deliberation-votes, wrk mode)"
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test \
  2>/dev/null || ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# The benchmark's own application (a third node on the same database) makes the voters and the
# deliberation; wrk sends the votes to Nginx. Its CPU figures cover only that third node: ignore them here.
"$JAVA" -Xmx1g -Dbench.url=http://127.0.0.1:18100 \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.gongshang.bench.deliberation.VoteIngestionBenchmark "${CONNECTIONS:-64}" 200 200 "${VOTE_WARMUP:-20}" "${VOTE_SECONDS:-30}" wrk \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/gongshang" --spring.datasource.username=postgres \
  --gongshang.pii.key="$PII_KEY" 2>&1 | grep -v "^\s*at \|WARN"
kill "$node1" "$node2"; wait "$node1" "$node2" 2>/dev/null || true

echo "== live fan-out through Nginx (bench/consultation-fanout's server and clients)"
kill "$(cat "$WORK/nginx.pid")"; sleep 1
nginx_start 18930 18931
for n in ${FANOUT_SUBSCRIBERS:-1000}; do
  "$JAVA" -Xmx1g -XX:+UseG1GC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.gongshang.bench.consultation.FanOutServer --server.port=18931 > "$WORK/fanout-server.log" 2>&1 &
  server=$!; PIDS+=($server)
  for _ in $(seq 1 360); do grep -q "fan-out server ready" "$WORK/fanout-server.log" && break; sleep 0.5; done
  echo "-- $n subscribers through Nginx (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$JAVA" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.gongshang.bench.consultation.FanOutClient 18930 "$n" "${RATE:-20}" "${SECONDS_PER_RUN:-30}"
  kill "$server"; wait "$server" 2>/dev/null || true
done
