#!/usr/bin/env bash
# Search under load over many articles, against the running local stack (./stack up first):
#   1. writes COUNT generated articles into knowledge-service's database (replacing earlier generated ones),
#   2. rebuilds the search index from PostgreSQL through the API and prints articles per second,
#   3. searches as Bochum's agent at a fixed 20 queries/s (the relevance set's queries, highlighting and
#      facets included) and prints the latency percentiles.
#   benchmarks/knowledge-search-load.sh [COUNT=50000] [SECONDS=60]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-50000}
seconds=${2:-60}
source local-stack/find-jdk.sh
find_jdk || exit 1
curl -fsS -o /dev/null http://127.0.0.1:18082/q/health/ready \
  || { echo "knowledge-service is not answering on 18082; run ./stack up first" >&2; exit 1; }
./mvnw -q -pl benchmarks -am package -DskipTests >&2
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"
run() { "$JAVA_HOME/bin/java" -Xmx1g -cp "$classpath" "$@"; }
token() {
  curl -fsS http://127.0.0.1:18180/realms/servicecenter/protocol/openid-connect/token \
    -d grant_type=password -d client_id=scv-cli -d username="$1" -d password=demo \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
urlencode() {
  local LC_ALL=C text=$1 i char encoded=""
  for ((i = 0; i < ${#text}; i++)); do
    char=${text:i:1}
    case $char in
      [a-zA-Z0-9.~_-]) encoded+=$char ;;
      *) encoded+=$(printf '%%%02X' "'$char") ;;
    esac
  done
  printf '%s' "$encoded"
}

# Bulk setup outside the service goes in as the tables' owner: the service role stays under row-level security.
echo "== generating $count articles"
run de.servicecenter.benchmarks.GenerateArticles "$count" jdbc:postgresql://127.0.0.1:15432/knowledge \
  knowledge_owner knowledge_owner local-stack/demo/knowledge/leistungen-bochum.json bochum

echo "== rebuilding the index from PostgreSQL"
curl -fsS --max-time 600 -X POST -H "Authorization: Bearer $(token verbund-admin)" \
  http://127.0.0.1:18082/api/v1/search-index/rebuild
echo

urls=$(mktemp)
trap 'rm -f "$urls"' EXIT
sed -n 's/.*"query": "\([^"]*\)".*/\1/p' knowledge-service/src/test/resources/relevance/queries.json \
  | while IFS= read -r query; do
      echo "http://127.0.0.1:18082/api/v1/search?q=$(urlencode "$query")&town=bochum"
    done >"$urls"
# The warm-up runs every query once (519 at 20/s take 26 s): measured is the service as it runs, not the first
# minute of a freshly built index, whose term dictionaries Elasticsearch has not read yet (that minute measured
# p50 21.5 ms against 17.6 ms after it; docs/benchmarks.md).
warmup=$(( ($(wc -l <"$urls") + 19) / 20 + 4 ))
echo "== searching at 20 queries/s for ${seconds} s after ${warmup} s warm-up ($(wc -l <"$urls") different queries, as bochum-agent)"
run de.servicecenter.benchmarks.HttpLoad --connections 4 --rate 20 --warmup "$warmup" --duration "$seconds" \
  --header "Authorization: Bearer $(token bochum-agent)" --urls "$urls"
