# Shared by the bench scripts (sourced): a JDK 21+ and Maven that works on a fresh clone.

# The newest JDK 21+ from JAVA_HOME or /usr/lib/jvm, as the jar's launcher finds it.
find_java() {
  local best="" best_feature=0 home feature
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -f "$home/release" ]; then
      feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
      if [ "${feature:-0}" -ge 21 ] && [ "${feature:-0}" -gt "$best_feature" ]; then best="$home/bin/java"; best_feature=$feature; fi
    fi
  done
  [ -n "$best" ] || { echo "No JDK 21+ found (looked at JAVA_HOME and /usr/lib/jvm)" >&2; return 1; }
  echo "$best"
}

# Maven offline first (fast, no network), online when something is missing (a fresh clone).
mvn_quiet() {
  ./mvnw -B -q -o "$@" 2>/dev/null || ./mvnw -B -q "$@"
}

# The test classes and their classpath, for benchmarks that run from src/test/java.
bench_classpath() {
  mvn_quiet test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
  echo "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}
