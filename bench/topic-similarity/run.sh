#!/usr/bin/env bash
# Similar-topic lookup against 100,000 synthetic Chinese topics: build time, heap, p50/p95 latency.
# Usage: bench/topic-similarity/run.sh [topics] [lookups]
set -euo pipefail
cd "$(dirname "$0")/../.."

. bench/lib.sh
java_bin=$(find_java)
classpath=$(bench_classpath)

exec "$java_bin" -Xms1g -Xmx2g -XX:+UseParallelGC -cp "$classpath" \
  org.gongshang.bench.topic.TopicSimilarityBenchmark "${1:-100000}" "${2:-2000}"
