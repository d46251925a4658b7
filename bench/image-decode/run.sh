#!/usr/bin/env bash
# What one uploaded picture costs the ImageSanitizer: decode and sanitise time, extra heap (see docs/performance.md).
# Usage: bench/image-decode/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

# The newest installed JDK 21+ (temurin 25 on the project's machines).
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

exec "$java_bin" -Xms1g -Xmx1g -XX:+UseParallelGC -Djava.awt.headless=true -cp "$classpath" \
  org.gongshang.bench.image.ImageDecodeBenchmark "$@"
