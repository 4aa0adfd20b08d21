#!/usr/bin/env bash
# What portals ask, against what a load balancer asks: the public opening status (tenant-service) and the public
# reachability (contact-service), each against the same service's /q/health/live, with the same load generator in
# the same run — as a browser on a portal's page asks them: with an Origin (CORS) and Accept-Language. Prints each
# pair's maximum throughput (closed loop) and the ratio. Against the running local stack (./stack up first).
#   benchmarks/portal-load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
tenant=http://127.0.0.1:18081
contact=http://127.0.0.1:18083
status=("$tenant/public/v1/towns/castrop-rauxel/opening-status?serviceArea=buergerbuero"
        "$tenant/public/v1/towns/bottrop/opening-status"
        "$tenant/public/v1/towns/stadt-soest/opening-status")
reachability=("$contact/public/v1/towns/castrop-rauxel/reachability"
              "$contact/public/v1/towns/bottrop/reachability"
              "$contact/public/v1/towns/stadt-soest/reachability")
for url in "${status[0]}" "${reachability[0]}"; do
  curl -fsS -o /dev/null "$url" || { echo "$url does not answer; run ./stack up first" >&2; exit 1; }
done
source local-stack/find-jdk.sh
find_jdk || exit 1
./mvnw -q -pl benchmarks -am package -DskipTests >&2
portal=(--header "Origin: https://www.castrop-rauxel.de" --header "Accept-Language: de-DE,de;q=0.9")
run() {
  "$JAVA_HOME/bin/java" -Xmx512m -cp "benchmarks/target/classes" de.servicecenter.benchmarks.HttpLoad \
    --connections 32 --warmup 10 --duration "$seconds" "${portal[@]}" "$@" | tee /dev/stderr \
    | sed -n 's/.*throughput *:* *\([0-9.,]*\).*/\1/p' | head -1 | tr -d ,
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }
echo "== tenant-service /q/health/live" >&2;   live_tenant=$(run "$tenant/q/health/live")
echo "== public opening status" >&2;          opening=$(run "${status[@]}")
echo "== contact-service /q/health/live" >&2;  live_contact=$(run "$contact/q/health/live")
echo "== public reachability" >&2;            reach=$(run "${reachability[@]}")
echo "opening status: $opening/s vs liveness $live_tenant/s = $(ratio "$opening" "$live_tenant")"
echo "reachability:   $reach/s vs liveness $live_contact/s = $(ratio "$reach" "$live_contact")"
