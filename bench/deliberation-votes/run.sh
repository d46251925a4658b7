#!/usr/bin/env bash
# Vote ingestion through the API on the embedded PostgreSQL (see docs/performance.md).
# Usage: bench/deliberation-votes/run.sh [clients=64] [voters=200] [statements=200] [warm-up s=15] [measured s=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "$JAVA" -Xmx2g -Xms2g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.gongshang.bench.deliberation.VoteIngestionBenchmark "$@"
