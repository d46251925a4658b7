#!/usr/bin/env bash
# Builds the test classes and runs the consensus engine benchmark on a JDK 21+.
# Usage: bench/engine/run.sh [small] [medium] [large] [huge]   (default: small medium large)
# Heap: 3 GB for every size (override with BENCH_HEAP=8g).
set -euo pipefail
cd "$(dirname "$0")/../.."

find_java() {
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -f "$home/release" ]; then
      feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
      if [ "${feature:-0}" -ge 21 ]; then echo "$home/bin/java"; return; fi
    fi
  done
  echo "No JDK 21+ found (looked at JAVA_HOME and /usr/lib/jvm)" >&2
  exit 1
}

JAVA=$(find_java)
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
HEAP=${BENCH_HEAP:-3g}
exec "$JAVA" -Xmx"$HEAP" -Xms"$HEAP" -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.gongshang.bench.engine.EngineBenchmark "$@"
