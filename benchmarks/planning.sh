#!/usr/bin/env bash
# Capacity planning against the running local stack (./stack up first, with its demo history):
#   1. the forecast's rolling-origin backtest for every demo town at its center, horizons 1 to 4 weeks: WAPE of the
#      forecast beside both naive forecasts (same weekday last week; mean of the last four), all from one run;
#   2. the what-if of the README — Castrop-Rauxel's Bürgerbüro and Ordnungswesen, 4,000 calls a month, at
#      ServiceCenter Bochum — asked one request at a time for SECONDS seconds after a warm-up, latency percentiles.
#   benchmarks/planning.sh [SECONDS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
source local-stack/find-jdk.sh
find_jdk || exit 1
curl -fsS -o /dev/null http://127.0.0.1:18083/q/health/ready \
  || { echo "contact-service is not answering on 18083; run ./stack up first" >&2; exit 1; }
./mvnw -q -pl benchmarks -am package -DskipTests >&2
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"
token() {
  curl -fsS http://127.0.0.1:18180/realms/servicecenter/protocol/openid-connect/token \
    -d grant_type=password -d client_id=scv-cli -d username="$1" -d password=demo \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

echo "== backtest: WAPE per horizon (weeks ahead), forecast | same weekday last week | mean of last four"
printf '%-16s %-26s %2s %7s %9s %9s %9s\n' town center h origins forecast lastWeek fourWeeks
for pair in bochum:servicecenter-bochum castrop-rauxel:servicecenter-bochum duisburg:call-duisburg \
            bottrop:call-duisburg dinslaken:call-duisburg kreis-soest:servicecenter-kreis-soest \
            stadt-soest:servicecenter-kreis-soest; do
  town=${pair%%:*} center=${pair##*:}
  curl -fsS -H "Authorization: Bearer $(token verbund-admin)" \
    "http://127.0.0.1:18083/api/v1/service-centers/$center/planning/backtest?town=$town&weeks=4" \
    | grep -o '{"weeksAhead"[^}]*}' \
    | awk -F'[:,}]' -v town="$town" -v center="$center" \
        '{ printf "%-16s %-26s %2d %7d %9.3f %9.3f %9.3f\n", town, center, $2, $4, $8, $10, $12 }'
done

body=$(mktemp)
trap 'rm -f "$body"' EXIT
cat >"$body" <<'JSON'
{"town": "castrop-rauxel", "callsPerMonth": 4000, "serviceAreas": ["buergerbuero", "ordnungswesen"]}
JSON
echo "== what-if, one request at a time, ${seconds} s after 10 s warm-up (as bochum-admin)"
"$JAVA_HOME/bin/java" -cp "$classpath" de.servicecenter.benchmarks.HttpLoad --connections 1 --warmup 10 \
  --duration "$seconds" --header "Authorization: Bearer $(token bochum-admin)" --body "$body" \
  http://127.0.0.1:18083/api/v1/service-centers/servicecenter-bochum/planning/what-if
