#!/usr/bin/env bash
# Similar topics: recall and false suggestions on the hand-written labelled set for each method
# (TF-IDF, embeddings alone, the shipped combination), then 100,000 synthetic Chinese topics: import
# embedding throughput, index memory, lookup p50/p95 with the typed text's embedding included.
# Usage: bench/topic-similarity/run.sh [topics] [lookups] [embedded sample]
# JFR=1 records a profile to target/topic-similarity.jfr (see `jfr view hot-methods` on it).
set -euo pipefail
cd "$(dirname "$0")/../.."

. bench/lib.sh
java_bin=$(find_java)
classpath=$(bench_classpath)

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
profile=()
if [[ "${JFR:-}" == 1 ]]; then profile=(-XX:StartFlightRecording=filename=target/topic-similarity.jfr,settings=profile); fi
exec "$java_bin" -Xms1g -Xmx2g -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED "${profile[@]}" -cp "$classpath" \
  org.gongshang.bench.topic.TopicSimilarityBenchmark "${1:-100000}" "${2:-2000}" "${3:-3000}"
