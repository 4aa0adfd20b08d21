#!/usr/bin/env bash
# Runs the JMH benchmarks of in-process hot paths.
#   benchmarks/jmh.sh                       all benchmarks
#   benchmarks/jmh.sh OpeningStatus -f 1    JMH options pass through (-h lists them)
set -euo pipefail
cd "$(dirname "$0")/.."
source local-stack/find-jdk.sh
find_jdk || exit 1
./mvnw -q -pl benchmarks -am package -DskipTests >&2
exec "${JAVA_HOME}/bin/java" -cp "benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)" \
  org.openjdk.jmh.Main "$@"
