#!/usr/bin/env bash
# Startup benchmark: how long each service takes from process start to a ready health check, started alone,
# several times, and its resident memory (RSS) at that moment. Needs the infrastructure (./stack infra) and built
# services: JVM mode (./mvnw package -DskipTests; the JVM settings of deploy/jvm) uses the AOT cache that ./stack up
# recorded in .stack/aot when there is one (pass --no-aot to measure without); --native starts the native
# executables that ./stack test-native built (target/*-runner). Prints one line per run and the medians per service.
# knowledge- and contact-service are ready once they hold a tenancy snapshot: keep tenant-service running on its port
# (./stack up, then stop the others) and name the services to measure after RUNS.
#   benchmarks/service-startup.sh [--no-aot|--native] [RUNS] [SERVICE…]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
USE_AOT=true
NATIVE=false
if [ "${1:-}" = --no-aot ]; then USE_AOT=false; shift; fi
if [ "${1:-}" = --native ]; then NATIVE=true; shift; fi
RUNS=${1:-5}
[ $# -gt 0 ] && shift
MEASURED=("$@")
[ ${#MEASURED[@]} -gt 0 ] || MEASURED=(tenant-service knowledge-service contact-service routing-service)
declare -A PORT=([tenant-service]=18081 [knowledge-service]=18082 [contact-service]=18083 [routing-service]=18084)
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
AS_USER=()
[ "$(id -u)" -eq 0 ] && AS_USER=(setpriv --reuid=servicecenter --regid=servicecenter --init-groups)

for service in "${MEASURED[@]}"; do
  times=()
  memory=()
  aot=()
  if $USE_AOT && [ -s "$ROOT/.stack/aot/$service.aot" ]; then aot=(-XX:AOTCache="$ROOT/.stack/aot/$service.aot"); fi
  command=("$JAVA" @"$ROOT/deploy/jvm/common.options" @"$ROOT/deploy/jvm/$service.options" "${aot[@]}"
    -Dquarkus.profile=local -jar "$ROOT/$service/target/quarkus-app/quarkus-run.jar")
  if $NATIVE; then
    command=("$ROOT/$service/target/$service-"*-runner -Dquarkus.profile=local)
    aot=()
  fi
  for run in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    MALLOC_ARENA_MAX=2 "${AS_USER[@]}" "${command[@]}" >/dev/null 2>&1 &
    pid=$!
    until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:${PORT[$service]}/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "$service exited during start" >&2; exit 1; }
      sleep 0.02
    done
    elapsed=$((($(date +%s%N) - start) / 1000000))
    rss=$(($(ps -o rss= -p "$pid") / 1024))
    times+=("$elapsed")
    memory+=("$rss")
    echo "$service run $run: $elapsed ms, $rss MB RSS"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  rss=$(printf '%s\n' "${memory[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  mode=$($NATIVE && echo " (native)" || { [ ${#aot[@]} -gt 0 ] && echo " (AOT cache)"; } || true)
  echo "$service median: $median ms$mode (min $(printf '%s\n' "${times[@]}" | sort -n | head -1) ms), RSS $rss MB"
done
