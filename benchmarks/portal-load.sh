#!/usr/bin/env bash
# What portals ask, against what a load balancer asks: the public opening status (tenant-service) and the public
# reachability (contact-service), each against the same service's /q/health/live, with the same load generator in
# the same run — as a browser on a portal's page asks them: with an Origin (CORS) and Accept-Language. Closed loop
# for the maximum throughput. Throughput on this shared machine drifts by ±10 % from one minute to the next, so the
# pairs run back to back in several rounds, each round gives a ratio, and the median ratio is the result.
# Against the running local stack (./stack up first).
#   benchmarks/portal-load.sh [SECONDS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
rounds=${2:-3}
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
    --connections 32 --warmup 5 --duration "$seconds" "${portal[@]}" "$@" | tee /dev/stderr \
    | sed -n 's/.*throughput *:* *\([0-9.,]*\).*/\1/p' | head -1 | tr -d ,
}
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", 100 * a / b }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
opening_ratios=() reach_ratios=()
for round in $(seq "$rounds"); do
  echo "== round $round: tenant-service /q/health/live" >&2;  live_tenant=$(run "$tenant/q/health/live")
  echo "== round $round: public opening status" >&2;         opening=$(run "${status[@]}")
  echo "== round $round: contact-service /q/health/live" >&2; live_contact=$(run "$contact/q/health/live")
  echo "== round $round: public reachability" >&2;           reach=$(run "${reachability[@]}")
  opening_ratios+=("$(percent "$opening" "$live_tenant")") reach_ratios+=("$(percent "$reach" "$live_contact")")
  echo "round $round: opening status $opening/s vs liveness $live_tenant/s = ${opening_ratios[-1]} %;" \
    "reachability $reach/s vs liveness $live_contact/s = ${reach_ratios[-1]} %"
done
echo "median of $rounds rounds: opening status $(median "${opening_ratios[@]}") % of liveness," \
  "reachability $(median "${reach_ratios[@]}") % of liveness"
