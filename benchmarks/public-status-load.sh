#!/usr/bin/env bash
# Load on tenant-service's public "open now" endpoint, as city portals ask it, against the running local
# stack (./stack up first). Prints maximum throughput (closed loop), then latency at a fixed 1,000 req/s
# (open loop, latency from when each request was due).
#   benchmarks/public-status-load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
base=http://127.0.0.1:18081/public/v1
urls=("$base/towns/castrop-rauxel/opening-status?serviceArea=buergerbuero"
      "$base/towns/bottrop/opening-status"
      "$base/towns/stadt-soest/opening-status"
      "$base/towns/castrop-rauxel/opening-status?serviceArea=standesamt")
curl -fsS -o /dev/null "${urls[0]}" || { echo "tenant-service is not answering on 18081; run ./stack up first" >&2; exit 1; }
source local-stack/find-jdk.sh
find_jdk || exit 1
./mvnw -q -pl benchmarks -am package -DskipTests >&2
run() { "$JAVA_HOME/bin/java" -Xmx512m -cp "benchmarks/target/classes" de.servicecenter.benchmarks.HttpLoad "$@"; }
echo "== maximum throughput"
run --connections 32 --warmup 10 --duration "$seconds" "${urls[@]}"
echo "== fixed rate 1000 req/s"
run --connections 32 --warmup 5 --duration "$seconds" --rate 1000 "${urls[@]}"
