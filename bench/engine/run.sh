#!/usr/bin/env bash
# Builds the test classes and runs the consensus engine benchmark on a JDK 21+.
# Usage: bench/engine/run.sh [small] [medium] [large] [huge]   (default: small medium large)
# Heap: 3 GB for every size (override with BENCH_HEAP=8g).
set -euo pipefail
cd "$(dirname "$0")/../.."

. bench/lib.sh
JAVA=$(find_java)
CP=$(bench_classpath)
HEAP=${BENCH_HEAP:-3g}
exec "$JAVA" -Xmx"$HEAP" -Xms"$HEAP" -XX:+UseParallelGC \
  -cp "$CP" \
  org.gongshang.bench.engine.EngineBenchmark "$@"
