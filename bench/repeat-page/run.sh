#!/usr/bin/env bash
# What a page costs on the wire the first time and when it is visited again (see docs/performance.md).
#
#   bench/repeat-page/run.sh            # REBUILD=1 to build the jar again
#
# Starts the jar on its embedded PostgreSQL as a fresh demo installation and, for each page, sums the
# compressed bytes of the HTML and of every same-origin file it links (styles, scripts, icons, web jars),
# as a browser asking with Accept-Encoding: gzip gets them. A repeat visit fetches the HTML again and
# only the files that may not be kept: those without "immutable" and a max-age in Cache-Control (a
# browser revalidates or refetches them). "Without long caching" is the first visit again: every file
# fetched each time, as before static files had content-hashed URLs.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/common.sh
command -v bc >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bc >/dev/null; }
build_jar
PORT=${PORT:-18195}
"$JAVA" -jar target/gongshang.jar --server.port=$PORT --gongshang.demo=true --gongshang.data-dir="$WORK/embedded" \
  --logging.level.root=WARN > "$WORK/node.log" 2>&1 &
PIDS+=($!)
echo "healthy after $(wait_healthy $PORT) s"
base=http://127.0.0.1:$PORT

bytes() { curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$1"; }
kept() { curl -fsI -H 'Accept-Encoding: gzip' "$base$1" | tr -d '\r' | grep -i '^cache-control:' | grep -qi 'immutable'; }

printf '%-12s %10s %10s %14s %s\n' page "first (B)" "repeat (B)" "files kept" "files fetched again"
for page in / /topics /consultations /recommendations /login; do
  html=$(bytes "$page")
  first=$html repeat=$html kept_files=0 again=""
  for file in $(curl -fs "$base$page" | grep -oE '(href|src)="/(css|js|images|webjars)/[^"]+"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
    size=$(bytes "$file")
    first=$((first + size))
    if kept "$file"; then kept_files=$((kept_files + 1)); else repeat=$((repeat + size)); again="$again $file"; fi
  done
  printf '%-12s %10d %10d %14d %s\n' "$page" "$first" "$repeat" "$kept_files" "${again:- none}"
done
