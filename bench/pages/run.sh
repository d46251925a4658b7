#!/usr/bin/env bash
# Page throughput on a city-sized database, and start-up time and memory (see docs/performance.md).
#
#   bench/pages/run.sh                      # 20 s per page, 64 connections
#   SECONDS_PER_PAGE=60 CONNECTIONS=64 bench/pages/run.sh
#   SKIP_STARTUP=1 bench/pages/run.sh       # pages only
#   STARTUP_ONLY=1 bench/pages/run.sh       # start-up only
#
# 1. Start-up on the embedded PostgreSQL: a fresh demo installation, then a restart of it; time to
#    healthy and the JVM's resident memory (RSS) after each start.
# 2. Debian's PostgreSQL 15 (a throwaway cluster of this script's own), the demo data loaded by the
#    application, then multiplied by seed.sql to 100,000 topics, 10,000 consultations, 50,000
#    recommendations and 200,000 accounts; the node restarted on it.
# 3. wrk -t2 -cN against the pages people use most, a static file and /actuator/health, in one run.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/common.sh
ensure_packages
build_jar
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), java $("$JAVA" -version 2>&1 | head -1)"

if [ -z "${SKIP_STARTUP:-}" ]; then
echo "== start-up on the embedded database ($WORK/embedded)"
"$JAVA" $JVM_OPTS -jar target/gongshang.jar --server.port=18190 --gongshang.demo=true --gongshang.data-dir="$WORK/embedded" \
  --logging.level.root=WARN > "$WORK/embedded.log" 2>&1 &
node=$!; PIDS+=($node)
first=$(wait_healthy 18190)
echo "first start (fresh demo install): ${first} s to healthy, RSS $(rss_mb $node) MB, load $(cut -d' ' -f1 /proc/loadavg)"
sleep 10; echo "RSS idle 10 s later: $(rss_mb $node) MB"
kill $node; wait $node 2>/dev/null || true
"$JAVA" $JVM_OPTS -jar target/gongshang.jar --server.port=18190 --gongshang.demo=true --gongshang.data-dir="$WORK/embedded" \
  --logging.level.root=WARN > "$WORK/embedded-2.log" 2>&1 &
node=$!; PIDS+=($node)
again=$(wait_healthy 18190)
echo "restart: ${again} s to healthy, RSS $(rss_mb $node) MB, load $(cut -d' ' -f1 /proc/loadavg)"
kill $node; wait $node 2>/dev/null || true

# The same two starts the way docs/deployment.md runs a node: the jar extracted, with an ahead-of-time
# cache of the loaded and linked classes (JDK 24+) made by one training run of the same version.
if "$JAVA" -XX:AOTMode=off -version >/dev/null 2>&1; then
echo "== the same with the extracted jar and an AOT cache"
"$JAVA" -Djarmode=tools -jar target/gongshang.jar extract --destination "$WORK/app" >/dev/null
started=$(date +%s.%N)
"$JAVA" -XX:AOTCacheOutput="$WORK/app/gongshang.aot" -Dspring.context.exit=onRefresh -jar "$WORK/app/gongshang.jar" \
  --gongshang.demo=true --gongshang.data-dir="$WORK/training" --logging.level.root=WARN > "$WORK/aot-training.log" 2>&1
echo "training run (once per version): $(echo "$(date +%s.%N) - $started" | bc) s, cache $(du -m "$WORK/app/gongshang.aot" | cut -f1) MB"
for start in "first start (fresh demo install)" restart; do
  "$JAVA" $JVM_OPTS -XX:AOTCache="$WORK/app/gongshang.aot" -jar "$WORK/app/gongshang.jar" --server.port=18190 \
    --gongshang.demo=true --gongshang.data-dir="$WORK/embedded-aot" --logging.level.root=WARN > "$WORK/embedded-aot.log" 2>&1 &
  node=$!; PIDS+=($node)
  took=$(wait_healthy 18190)
  echo "$start with the AOT cache: ${took} s to healthy, RSS $(rss_mb $node) MB, load $(cut -d' ' -f1 /proc/loadavg)"
  kill $node; wait $node 2>/dev/null || true
done
else
  echo "(no AOT cache figures: $JAVA is older than JDK 24)"
fi
fi

[ -n "${STARTUP_ONLY:-}" ] && exit 0

echo "== city-sized database on PostgreSQL 15"
start_postgres
start_node seed 18191
wait_healthy 18191 >/dev/null
kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
time psql_app -f bench/pages/seed.sql
start_node city 18191
node=$LAST_PID
echo "start on the city database: $(wait_healthy 18191) s to healthy, RSS $(rss_mb $node) MB"

base=http://127.0.0.1:18191
topic=$(psql_app -Atc "select id from topic where status = 'ACCEPTED' and not held order by id desc limit 1")
consultation=$(psql_app -Atc "select id from consultation where open_to_public and status = 'CONCLUDED' order by id desc limit 1")
stylesheet=$(curl -fs "$base/" | grep -o '/css/gongshang-[0-9a-f]*\.css' | head -1)
for path in / /topics "/topics/$topic" /recommendations "/consultations/$consultation" "/api/v1/topics?page=50"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path"); [ "$code" = 200 ] || echo "warning: $path answers $code"
done

echo "== warm-up"; wrk -t2 -c16 -d15s "$base/topics" >/dev/null
echo "== wrk -t2 -c${CONNECTIONS:-64}, ${SECONDS_PER_PAGE:-20} s each (load average $(cut -d' ' -f1-3 /proc/loadavg))"
wrk_run "static file $stylesheet" "$base$stylesheet"
wrk_run "/actuator/health" "$base/actuator/health"
wrk_run "/ (home)" "$base/"
wrk_run "/topics" "$base/topics"
wrk_run "/topics/$topic" "$base/topics/$topic"
wrk_run "/recommendations" "$base/recommendations"
wrk_run "/consultations/$consultation" "$base/consultations/$consultation"
wrk_run "/api/v1/topics?page=50" "$base/api/v1/topics?page=50"
echo "RSS after the load: $(rss_mb $node) MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
