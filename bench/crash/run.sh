#!/usr/bin/env bash
# Crash safety: concurrent writers through the API, kill -9 of the JVM (every third trial also of every
# PostgreSQL process), restart on the same data directory, check that nothing acknowledged is lost,
# nothing half-written, no SMS lost or sent twice. See docs/reliability.md.
# Usage: bench/crash/run.sh [trials=10]   (KEEP_DATA=1 keeps the data directory; DATA=dir reuses one)
set -euo pipefail
cd "$(dirname "$0")/../.."
TRIALS=${1:-10}

. bench/lib.sh
# The JVM itself is killed: not the launcher that would re-run an older default java with a newer one.
JAVA=$(find_java)

if [ ! -f target/gongshang.jar ] || [ -n "$(find src pom.xml -newer target/gongshang.jar -print -quit)" ]; then
  mvn_quiet -DskipTests package
fi

command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3 python3-venv; }
VENV=target/bench-crash-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || { apt-get update -qq && apt-get install -y -qq python3-venv && python3 -m venv "$VENV"; }
fi
"$VENV/bin/python" -c 'import pg8000' 2>/dev/null || "$VENV/bin/pip" install -q pg8000

DATA=${DATA:-$(mktemp -d /tmp/gongshang-crash-XXXXXX)}
trap '[ -n "${KEEP_DATA:-}" ] || rm -rf "$DATA" "$DATA.log"' EXIT
"$VENV/bin/python" bench/crash/crash.py --java "$JAVA" --jar target/gongshang.jar --data "$DATA/data" --trials "$TRIALS"
