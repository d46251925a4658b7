#!/usr/bin/env bash
# Members' duty points at committee scale (issue 12): a committee of 5,000 members with a year of
# 500,000 duty records (seed.sql, on top of the demo data, on Debian's PostgreSQL 15). Measures, as
# the server answers them over HTTP (curl's total time on the loopback; see docs/performance.md):
#   - the rankings page (/admin/members/rankings) and the rankings API, first and warm (median of RUNS);
#   - the year's Excel of the committee (/admin/members/rankings/export.xlsx);
#   - a point rule change effective from 1 January (PUT /api/v1/members/rules), which recomputes
#     every record of the year and rebuilds the tallies in one transaction.
#
#   bench/members/run.sh
#   RUNS=10 bench/members/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/common.sh
ensure_packages
build_jar
RUNS=${RUNS:-5}
PORT=${PORT:-18192}
base=http://127.0.0.1:$PORT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), java $("$JAVA" -version 2>&1 | head -1)"

start_postgres
start_node seed "$PORT"
wait_healthy "$PORT" >/dev/null
kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
echo "== seeding 5,000 members and 500,000 duty records"
time psql_app -f bench/members/seed.sql
start_node members "$PORT"
wait_healthy "$PORT" >/dev/null
committee=$(psql_app -Atc "select id from organization where name = '通川区政协'")
year=$(date +%Y)

# Staff of the committee, signed in on the login page (demo mode: no SMS code) and with an API token.
jar="$WORK/cookies"
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=staff-tc" --data-urlencode "password=gongshang-demo" \
  --data-urlencode "_csrf=$csrf" "$base/login"
token=$(curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"staff-tc","password":"gongshang-demo"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

# time_it NAME CURL-ARGS...: the first answer's time, then the median of RUNS more, in milliseconds.
time_it() {
  local name=$1; shift
  local first times=() code
  code=$(curl -s -o "$WORK/last" -w '%{http_code}' "$@"); [ "${code:0:1}" = 2 ] || { echo "$name answers $code" >&2; head -c 300 "$WORK/last" >&2; echo >&2; }
  first=$(curl -s -o /dev/null -w '%{time_total}' "$@")
  for _ in $(seq 1 "$RUNS"); do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$@")"); done
  printf '%-44s first %6.0f ms   median of %d: %6.0f ms   (%s bytes)\n' "$name" "$(echo "$first * 1000" | bc)" "$RUNS" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}')" "$(stat -c %s "$WORK/last")"
}

echo "== $(psql_app -Atc "select count(*) from member_profile where committee_id = $committee") members," \
     "$(psql_app -Atc "select count(*) from member_duty_record where committee_id = $committee") duty records (load $(cut -d' ' -f1 /proc/loadavg))"
time_it "rankings page (first 100 of the committee)" -b "$jar" "$base/admin/members/rankings?committee=$committee&year=$year"
time_it "rankings API (100 rows)" -H "Authorization: Bearer $token" "$base/api/v1/members/rankings?committee=$committee&year=$year"
time_it "yearly Excel of the committee" -b "$jar" "$base/admin/members/rankings/export.xlsx?committee=$committee&year=$year"

echo "== point rule change from 1 January (recomputes the year)"
for points in 6 7 8; do
  out=$(curl -s -w ' %{http_code} %{time_total}' -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "$base/api/v1/members/rules?committee=$committee" \
    -d "{\"activity\":\"CONSULTATION_ATTENDED\",\"effectiveFrom\":\"$year-01-01\",\"points\":$points,\"yearlyCap\":null,\"yearlyMinimum\":2}")
  printf 'CONSULTATION_ATTENDED = %s points: %s -> HTTP %s in %.0f ms\n' "$points" "$(cut -d' ' -f1 <<< "$out")" \
    "$(cut -d' ' -f2 <<< "$out")" "$(echo "$(cut -d' ' -f3 <<< "$out") * 1000" | bc)"
done
time_it "rankings page after the change" -b "$jar" "$base/admin/members/rankings?committee=$committee&year=$year"
echo "RSS $(rss_mb "$LAST_PID") MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
