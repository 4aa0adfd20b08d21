#!/usr/bin/env bash
# Routing decisions over HTTP, against the running local stack (./stack up first, which publishes the demo rules):
# the phone system asks where calls to Castrop-Rauxel's Rathaus (keys 1-3 and none), Bottrop's 7030 and Stadt
# Soest's central number go — as fast as answered (closed loop, beside the liveness check as yardstick), then at a
# fixed 2,000/s for the percentiles; last the JSON endpoint (with its explanation) at 2,000/s.
#   benchmarks/routing-load.sh [SECONDS=20] [CONNECTIONS=32]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-32}
source local-stack/find-jdk.sh
find_jdk || exit 1
curl -fsS -o /dev/null http://127.0.0.1:18084/q/health/ready \
  || { echo "routing-service is not answering on 18084; run ./stack up first" >&2; exit 1; }
./mvnw -q -pl benchmarks -am package -DskipTests >&2
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"
run() { "$JAVA_HOME/bin/java" -Xmx512m -cp "$classpath" "$@"; }
phone_system=$(curl -fsS http://127.0.0.1:18180/realms/servicecenter/protocol/openid-connect/token \
  -d grant_type=client_credentials -d client_id=phone-system -d client_secret=phone-system-secret \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')

urls=$(mktemp)
trap 'rm -f "$urls"' EXIT
# The phone system's decision, as a SIP proxy asks it: one GET per call, the answer in one line.
for call in 'number=%2B4923051060&key=1' 'number=%2B4923051060&key=2' 'number=%2B4923051060&key=3' \
            'number=%2B4923051060' 'number=%2B4920417030' 'number=%2B4929211030' 'number=%2B4923051060&key=1&wait=200'; do
  echo "http://127.0.0.1:18084/api/v1/routing/decision?$call"
done >"$urls"
# The yardstick for the HTTP layer: the same service's liveness check, the cheapest answer it gives (no token, no
# JAX-RS), with the same load generator and connections just before; the decision should reach half of it.
echo "== liveness (/q/health/live), closed loop: $connections connections for ${seconds} s"
live=$(run de.servicecenter.benchmarks.HttpLoad --connections "$connections" --warmup 10 --duration "$seconds" \
  http://127.0.0.1:18084/q/health/live | tee /dev/stderr | sed -n 's/.*throughput \([0-9]*\) req\/s.*/\1/p')
echo "== decisions, closed loop: $connections connections for ${seconds} s"
decided=$(run de.servicecenter.benchmarks.HttpLoad --connections "$connections" --warmup 15 --duration "$seconds" \
  --header "Authorization: Bearer $phone_system" --header "Accept: text/plain" --urls "$urls" \
  | tee /dev/stderr | sed -n 's/.*throughput \([0-9]*\) req\/s.*/\1/p')
echo "== decisions reach $((100 * decided / live)) % of the liveness check's throughput ($decided vs $live req/s)"
echo "== decisions at 2,000/s for ${seconds} s"
run de.servicecenter.benchmarks.HttpLoad --connections "$connections" --rate 2000 --warmup 10 --duration "$seconds" \
  --header "Authorization: Bearer $phone_system" --header "Accept: text/plain" --urls "$urls"

body=$(mktemp)
trap 'rm -f "$urls" "$body"' EXIT
echo '{"dialledNumber": "+4923051060", "menuOption": "1", "queueWaitSeconds": 45}' >"$body"
echo "== the JSON endpoint (with the explanation) at 2,000/s for ${seconds} s"
run de.servicecenter.benchmarks.HttpLoad --connections "$connections" --rate 2000 --warmup 10 --duration "$seconds" \
  --header "Authorization: Bearer $phone_system" --body "$body" http://127.0.0.1:18084/api/v1/routing/decisions
