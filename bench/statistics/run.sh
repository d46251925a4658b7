#!/usr/bin/env bash
# The statistics dashboard at city scale (issue 15 §2; see docs/performance.md and docs/statistics.md).
# Debian's PostgreSQL 15 (a throwaway cluster), the demo data loaded by the application, then
# seed.sql: 100,000 topics, 50,000 recommendations with their history, replies and rating rounds
# (written into the records; the roll-ups are emptied and counted again by the application at its
# next start, which is timed) and 10,000 evaluations (written into the quality roll-up).
# The measuring node runs without the sentence-embedding model: otherwise it spends its cores embedding
# the 100,000 seeded topics in the background (bench/topic-similarity measures that), not the dashboard.
# Then, over HTTP on the loopback, REQUESTS sequential requests each (curl's total time, which on
# the loopback is the server's time plus well under a millisecond), p50 / p95 / max:
#   - the dashboard page for the city's staff (all districts, this year), and for 通川区;
#   - the API with every section; the Excel export of the department league table;
#   - every section on its own (the API), to see which one costs what.
#
#   bench/statistics/run.sh
#   REQUESTS=500 bench/statistics/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/common.sh
ensure_packages
command -v bc >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bc >/dev/null; }
build_jar
REQUESTS=${REQUESTS:-200}
PORT=${PORT:-18194}
base=http://127.0.0.1:$PORT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), java $("$JAVA" -version 2>&1 | head -1)"

start_postgres
start_node seed "$PORT"
wait_healthy "$PORT" >/dev/null
kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
echo "== seeding (bench/statistics/seed.sql)"
time psql_app -f bench/statistics/seed.sql
start_node dashboard "$PORT" --gongshang.similarity.embeddings=false --logging.level.org.gongshang.topic.internal=INFO --logging.level.org.gongshang.outcome.internal=INFO
echo "start-up with the roll-ups counted again: $(wait_healthy "$PORT") s to healthy"
grep -ho "[a-z]* roll-ups\? counted from the [a-z]* in [0-9]* ms" "$WORK/dashboard.log" || true
echo "== $(psql_app -Atc "select count(*) from topic") topics, $(psql_app -Atc "select count(*) from outcome_recommendation") recommendations," \
     "$(psql_app -Atc "select sum(evaluations) from quality_rollup") evaluations; roll-up rows: topics $(psql_app -Atc "select count(*) from topic_rollup")," \
     "outcomes $(psql_app -Atc "select count(*) from outcome_rollup") + $(psql_app -Atc "select count(*) from outcome_open_rollup")"

# The city's staff, signed in on the login page (demo mode: no SMS code) and with an API token.
jar="$WORK/cookies"
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=staff" --data-urlencode "password=gongshang-demo" \
  --data-urlencode "_csrf=$csrf" "$base/login"
token=$(curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"staff","password":"gongshang-demo"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
year=$(date +%Y)

# measure NAME CURL-ARGS...: REQUESTS sequential requests after 10 to warm up; p50, p95 and max in ms.
measure() {
  local name=$1; shift
  local code
  code=$(curl -s -o "$WORK/last" -w '%{http_code}' "$@")
  [ "${code:0:1}" = 2 ] || { echo "$name answers $code" >&2; head -c 300 "$WORK/last" >&2; echo >&2; }
  for _ in $(seq 1 10); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n | awk -v name="$name" \
    -v bytes="$(stat -c %s "$WORK/last")" '{t[NR] = $1 * 1000} END {
      printf "%-52s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d requests, %s bytes)\n", name, t[int(NR * 0.5)],
        t[int(NR * 0.95)], t[NR], NR, bytes }'
}

echo "== dashboard, $REQUESTS requests each (load $(cut -d' ' -f1 /proc/loadavg))"
measure "page /statistics, city, $year" -b "$jar" "$base/statistics?year=$year"
measure "page /statistics, city, all years" -b "$jar" "$base/statistics"
measure "page /statistics, 通川区, $year" -b "$jar" "$base/statistics?year=$year&district=511702"
measure "API all sections, city, $year" -H "Authorization: Bearer $token" "$base/api/v1/statistics/sections?year=$year"
measure "Excel department-league, city, $year" -b "$jar" "$base/statistics/department-league.xlsx?year=$year"
for key in $(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/statistics/sections?year=$year" | grep -o '"key":"[^"]*"' | cut -d'"' -f4); do
  measure "  section $key" -H "Authorization: Bearer $token" "$base/api/v1/statistics/sections/$key?year=$year"
done
echo "RSS $(rss_mb "$LAST_PID") MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
