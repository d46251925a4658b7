#!/usr/bin/env bash
# Similar topics: recall and false suggestions on the hand-written labelled set for each method
# (TF-IDF, embeddings alone, the shipped combination), then 100,000 synthetic Chinese topics: import
# embedding throughput, index memory, lookup p50/p95 with the typed text's embedding included.
# Usage: bench/topic-similarity/run.sh [topics] [lookups] [embedded sample]
# JFR=1 records a profile to target/topic-similarity.jfr (see `jfr view hot-methods` on it).
set -euo pipefail
cd "$(dirname "$0")/../.."

# The newest installed JDK 21+, as the launcher finds it (temurin 25 on the project's machines).
java_bin=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  if [[ -n "$candidate" && -x "$candidate/bin/java" ]]; then
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
    if [[ -n "$version" && "$version" -ge 21 ]]; then java_bin="$candidate/bin/java"; break; fi
  fi
done
[[ -n "$java_bin" ]] || { echo "No JDK 21 or later found" >&2; exit 1; }

./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null 2>&1 \
  || ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
profile=()
if [[ "${JFR:-}" == 1 ]]; then profile=(-XX:StartFlightRecording=filename=target/topic-similarity.jfr,settings=profile); fi
exec "$java_bin" -Xms1g -Xmx2g -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED "${profile[@]}" -cp "$classpath" \
  org.gongshang.bench.topic.TopicSimilarityBenchmark "${1:-100000}" "${2:-2000}" "${3:-3000}"
