#!/usr/bin/env bash
# Vote ingestion through the API on the embedded PostgreSQL (see docs/performance.md).
# Usage: bench/deliberation-votes/run.sh [clients=64] [voters=200] [statements=200] [warm-up s=15] [measured s=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
JAVA=${BENCH_JAVA:-$(find_java)}
CP=$(bench_classpath)
exec "$JAVA" -Xmx2g -Xms2g -XX:+UseParallelGC \
  -cp "$CP" \
  org.gongshang.bench.deliberation.VoteIngestionBenchmark "$@"
