#!/usr/bin/env bash
# Resident memory (RSS) of each service under the benchmarks' load, against the running local stack (./stack up
# first): samples every service's RSS every 0.5 s while routing-load.sh, portal-load.sh, contact-load.sh and
# knowledge-search-load.sh run one after another, and prints each service's peak. --no-aot first restarts the services
# without their AOT cache, as a container image runs them (docker/Dockerfile.jvm, deploy/: JVM settings of
# deploy/jvm, no cache); --native restarts them as the native executables ./stack test-native built. ./stack up
# starts them as usual again afterwards. EXTRA_JVM_OPTIONS adds options for a measurement, e.g.
# "-XX:NativeMemoryTracking=summary" (then jcmd PID VM.native_memory summary) or "-Xlog:gc:file=/tmp/gc-%p.log".
#   benchmarks/rss-under-load.sh [--no-aot|--native] [SECONDS=15]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=aot
case ${1:-} in --no-aot | --native) MODE=${1#--}; shift ;; esac
SECONDS_EACH=${1:-15}
SERVICES=(tenant-service knowledge-service contact-service routing-service)
declare -A PORT=([tenant-service]=18081 [knowledge-service]=18082 [contact-service]=18083 [routing-service]=18084)
RUN="$ROOT/.stack/run"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
AS_USER=()
[ "$(id -u)" -eq 0 ] && AS_USER=(setpriv --reuid=servicecenter --regid=servicecenter --init-groups env HOME="$ROOT/.stack/home")

restart() {
  local service=$1 pid command
  pid=$(cat "$RUN/$service.pid")
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  if [ "$MODE" = native ]; then
    command=("$ROOT/$service/target/$service-"*-runner -Dquarkus.profile=local)
  else
    # shellcheck disable=SC2086 # EXTRA_JVM_OPTIONS is a list of options
    command=("$JAVA" @"$ROOT/deploy/jvm/common.options" @"$ROOT/deploy/jvm/$service.options" ${EXTRA_JVM_OPTIONS:-}
      -Dquarkus.profile=local
      -jar "$ROOT/$service/target/quarkus-app/quarkus-run.jar")
  fi
  ROUTING_LAST_GOOD_FILE="$ROOT/.stack/routing-last-good.json" MALLOC_ARENA_MAX=2 \
    "${AS_USER[@]}" "${command[@]}" >"$ROOT/.stack/logs/$service.log" 2>&1 &
  echo $! >"$RUN/$service.pid"
  until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:${PORT[$service]}/q/health/ready"; do sleep 0.1; done
  echo "restarted $service ($MODE)"
}

if [ "$MODE" != aot ]; then
  for service in "${SERVICES[@]}"; do restart "$service"; done
fi

peaks="$ROOT/.stack/rss-peaks"
: >"$peaks"
(
  declare -A peak=()
  while [ ! -e "$peaks.stop" ]; do
    for service in "${SERVICES[@]}"; do
      rss=$(ps -o rss= -p "$(cat "$RUN/$service.pid")" 2>/dev/null || echo 0)
      [ "${rss:-0}" -gt "${peak[$service]:-0}" ] && peak[$service]=$rss
    done
    for service in "${SERVICES[@]}"; do echo "$service ${peak[$service]:-0}"; done >"$peaks"
    sleep 0.5
  done
) &
sampler=$!
trap 'touch "$peaks.stop"; wait $sampler 2>/dev/null; rm -f "$peaks.stop"' EXIT

# Throughput beside memory: a smaller heap must not cost requests per second. The whole output goes to the log.
log="$ROOT/.stack/logs/rss-under-load.log"
: >"$log"
summary() { tee -a "$log" | grep -a -E '^(==|requests|latency|round|[0-9]+ contacts stored)' || true; }
"$ROOT/benchmarks/routing-load.sh" "$SECONDS_EACH" 2>>"$log" | summary
"$ROOT/benchmarks/portal-load.sh" "$SECONDS_EACH" 1 2>>"$log" | summary
"$ROOT/benchmarks/contact-load.sh" "$SECONDS_EACH" 2>>"$log" | summary
"$ROOT/benchmarks/knowledge-search-load.sh" 5000 "$SECONDS_EACH" 2>>"$log" | summary

touch "$peaks.stop"
wait $sampler 2>/dev/null || true
rm -f "$peaks.stop"
echo "peak RSS under load ($MODE):"
while read -r service kb; do printf '  %-18s %4d MB\n' "$service" $((kb / 1024)); done <"$peaks"
