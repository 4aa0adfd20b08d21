#!/usr/bin/env bash
# Runs the JMH benchmarks of in-process hot paths.
#   benchmarks/jmh.sh                       all benchmarks
#   benchmarks/jmh.sh OpeningStatus -f 1    JMH options pass through (-h lists them)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${JAVA_HOME:-}" ]]; then
  for candidate in /usr/lib/jvm/*; do
    if [[ -x "$candidate/bin/java" ]] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME="$candidate"
    fi
  done
fi
./mvnw -q -pl benchmarks -am package -DskipTests >&2
exec "${JAVA_HOME}/bin/java" -cp "benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)" \
  org.openjdk.jmh.Main "$@"
