#!/usr/bin/env bash
# Startup benchmark: how long each service takes from process start to a ready health check (JVM mode),
# started alone, several times. Needs the infrastructure (./stack infra) and built services
# (./mvnw package -DskipTests). Uses the AOT cache that ./stack up recorded in .stack/aot when there is one
# (pass --no-aot to measure without). Prints one line per run and the median per service.
#   benchmarks/service-startup.sh [--no-aot] [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
USE_AOT=true
if [ "${1:-}" = --no-aot ]; then USE_AOT=false; shift; fi
RUNS=${1:-5}
declare -A PORT=([tenant-service]=18081 [knowledge-service]=18082 [contact-service]=18083 [routing-service]=18084)
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
AS_USER=()
[ "$(id -u)" -eq 0 ] && AS_USER=(setpriv --reuid=servicecenter --regid=servicecenter --init-groups)

for service in tenant-service knowledge-service contact-service routing-service; do
  times=()
  aot=()
  if $USE_AOT && [ -s "$ROOT/.stack/aot/$service.aot" ]; then aot=(-XX:AOTCache="$ROOT/.stack/aot/$service.aot"); fi
  for run in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    "${AS_USER[@]}" "$JAVA" "${aot[@]}" -Dquarkus.profile=local -jar "$ROOT/$service/target/quarkus-app/quarkus-run.jar" \
      >/dev/null 2>&1 &
    pid=$!
    until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:${PORT[$service]}/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "$service exited during start" >&2; exit 1; }
      sleep 0.02
    done
    elapsed=$((($(date +%s%N) - start) / 1000000))
    times+=("$elapsed")
    echo "$service run $run: $elapsed ms"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  echo "$service median: $median ms${aot:+ (AOT cache)} (min $(printf '%s\n' "${times[@]}" | sort -n | head -1) ms)"
done
