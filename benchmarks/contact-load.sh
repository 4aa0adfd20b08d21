#!/usr/bin/env bash
# contact-service under load, against the running local stack (./stack up first). Writes into the stack's contact
# database with dates in 2024 and 2025, apart from the demo months, under keys bench-*; a run first removes the
# contacts of the run before, so every run starts from the demo data alone.
#   1. single contacts: POST /api/v1/contacts, each with its own Idempotency-Key, as fast as they are answered
#      (closed loop, CONNECTIONS connections), then at a fixed 2,000/s for the latency percentiles;
#   2. batches: a year of generated traffic for the seven demo towns (2025, about 1.1 million contacts) through
#      POST /api/v1/contacts/batch, 1,000 per request, 2 requests in flight; prints contacts per second;
#   3. KPIs: a month (October 2025) of Duisburg's and of Call Duisburg's KPIs by day, with everything stored,
#      one request after the other for 20 s; prints the latency percentiles.
#   benchmarks/contact-load.sh [SECONDS=20] [CONNECTIONS=32]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-32}
source local-stack/find-jdk.sh
find_jdk || exit 1
curl -fsS -o /dev/null http://127.0.0.1:18083/q/health/ready \
  || { echo "contact-service is not answering on 18083; run ./stack up first" >&2; exit 1; }
./mvnw -q -pl benchmarks -am package -DskipTests >&2
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"
run() { "$JAVA_HOME/bin/java" -Xmx1g -cp "$classpath" "$@"; }
token() {
  curl -fsS http://127.0.0.1:18180/realms/servicecenter/protocol/openid-connect/token "$@" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
phone_system=$(token -d grant_type=client_credentials -d client_id=phone-system -d client_secret=phone-system-secret)

# Setup outside the service goes in as the tables' owner: the service role stays under row-level security.
echo "== removing the contacts of earlier runs"
run de.servicecenter.benchmarks.RunSql jdbc:postgresql://127.0.0.1:15432/contact contact_owner contact_owner \
  "DELETE FROM contact WHERE idempotency_key LIKE 'bench-%'"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
cat >"$body" <<'JSON'
{"town": "bottrop", "serviceCenter": "call-duisburg", "channel": "PHONE", "arrivedAt": "2024-06-12T10:15:00+02:00",
 "waitingSeconds": 18, "talkSeconds": 204, "wrapUpSeconds": 45, "outcome": "RESOLVED", "serviceArea": "buergerbuero",
 "leikaKey": "99115005104000", "agent": "agent-7f3a", "callerNumber": "+4920411234567"}
JSON
echo "== single contacts, closed loop: $connections connections for ${seconds} s"
run de.servicecenter.benchmarks.HttpLoad --connections "$connections" --warmup 15 --duration "$seconds" \
  --header "Authorization: Bearer $phone_system" --header "Idempotency-Key: bench-{seq}" --body "$body" \
  http://127.0.0.1:18083/api/v1/contacts
echo "== single contacts at 2,000/s for ${seconds} s"
run de.servicecenter.benchmarks.HttpLoad --connections "$connections" --rate 2000 --warmup 10 --duration "$seconds" \
  --header "Authorization: Bearer $phone_system" --header "Idempotency-Key: bench-{seq}" --body "$body" \
  http://127.0.0.1:18083/api/v1/contacts

echo "== batches: a year of traffic (2025) at 2.6 times the demo volume"
"$JAVA_HOME/bin/java" local-stack/demo/contacts/GenerateContacts.java --start 2025-01 --months 12 --scale 2.6 \
  --prefix bench --connections 2 --quiet

duisburg_admin=$(token -d grant_type=password -d client_id=scv-cli -d username=duisburg-admin -d password=demo)
verbund_admin=$(token -d grant_type=password -d client_id=scv-cli -d username=verbund-admin -d password=demo)
stored=0
for center in servicecenter-bochum call-duisburg servicecenter-kreis-soest; do
  for year in 2024 2025 2026; do
    count=$(curl -fsS -H "Authorization: Bearer $verbund_admin" \
      "http://127.0.0.1:18083/api/v1/service-centers/$center/kpis?from=$year-01-01&to=$year-12-31" \
      | sed -n 's/.*"total":{"group":null,"offered":\([0-9]*\).*/\1/p')
    stored=$((stored + count))
  done
done
echo "== KPIs of October 2025 by day, with $stored contacts stored"
for url in 'http://127.0.0.1:18083/api/v1/towns/duisburg/kpis?from=2025-10-01&to=2025-10-31&groupBy=DAY' \
           'http://127.0.0.1:18083/api/v1/service-centers/call-duisburg/kpis?from=2025-10-01&to=2025-10-31&groupBy=DAY'; do
  echo "-- $url"
  # Into a file first: head closing the pipe early makes curl fail (exit 23) when the answer comes in pieces.
  curl -fsS -o "$body" -H "Authorization: Bearer $duisburg_admin" "$url"
  head -c 300 "$body"; echo
  run de.servicecenter.benchmarks.HttpLoad --connections 1 --warmup 5 --duration "$seconds" \
    --header "Authorization: Bearer $duisburg_admin" "$url"
done
