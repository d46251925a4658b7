#!/usr/bin/env bash
# Common problems: a full pass of leader grouping over 100,000 synthetic topics' embeddings (the shipped
# model embeds a sample; the rest are its vectors moved a little), then new topics placed one by one
# (p50/p95, with and without embedding them). Usage: bench/common-problems/run.sh [topics] [sample] [arrivals]
# Grouping quality on the labelled set: GroupingQualityTests (printed by ./mvnw test -Dtest=GroupingQualityTests).
set -euo pipefail
cd "$(dirname "$0")/../.."

. bench/lib.sh
java_bin=$(find_java)
classpath=$(bench_classpath)

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$java_bin" -Xms1g -Xmx2g -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -cp "$classpath" \
  org.gongshang.bench.topic.CommonProblemBenchmark "${1:-100000}" "${2:-3000}" "${3:-2000}"
