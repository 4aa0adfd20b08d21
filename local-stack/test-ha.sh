# ./stack test-ha — sourced by ./stack, uses its helpers. The platform as a data center runs it (deploy/), on loopback
# and without containers: a 3-node Elasticsearch cluster with the German analysis plugin on every node, a PostgreSQL
# primary with a synchronous standby (every commit confirmed by both), two instances of each service behind HAProxy
# (health-checked on readiness, failed connections retried on the other instance). Then local-stack/ha/HaDrill.java
# puts steady load on it and kills, one after another, the elected Elasticsearch master, the PostgreSQL primary (the
# standby is promoted, as CloudNativePG would) and one instance of each service — and checks that no acknowledged
# contact was lost or stored twice, no article left the index, no routing decision failed.

HA="$STATE/ha"
HA_PG_PRIMARY_PORT=15442
HA_PG_STANDBY_PORT=15443
HA_ES_NODES=(ha-1 ha-2 ha-3)
declare -A HA_ES_HTTP=([ha-1]=19211 [ha-2]=19212 [ha-3]=19213)
declare -A HA_ES_TRANSPORT=([ha-1]=19311 [ha-2]=19312 [ha-3]=19313)
# HAProxy listens on the front port; instance N of a service on front + 100 * N.
declare -A HA_FRONT=([tenant-service]=18481 [knowledge-service]=18482 [contact-service]=18483 [routing-service]=18484)
HA_INSTANCES=(1 2)

ha_instance_port() { echo $((HA_FRONT[$1] + 100 * $2)); }

ha_require_haproxy() {
  command -v haproxy >/dev/null && return 0
  is_root || die "test-ha needs HAProxy: run 'apt-get install -y haproxy' as root"
  step "installing HAProxy from Debian for test-ha (log: $LOGS/apt-haproxy.log)"
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y haproxy; } >"$LOGS/apt-haproxy.log" 2>&1 \
    || die "installing HAProxy failed (log: $LOGS/apt-haproxy.log)"
}

# Stops whatever an earlier drill left running (its processes only: pid files in .stack/ha/run).
ha_stop() {
  local pidfile dir
  for pidfile in "$HA"/run/*.pid; do
    [ -e "$pidfile" ] || continue
    pid_alive "$pidfile" && kill -9 "$(head -n 1 "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  for dir in "$HA/postgres-primary" "$HA/postgres-standby"; do
    [ -s "$dir/postmaster.pid" ] || continue
    as_service_user "$POSTGRES_HOME/bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
  done
}

# Prints the JDBC driver's path (and nothing else on stdout: callers capture it).
ha_jdbc_jar() {
  local jar="postgresql-$POSTGRES_JDBC_VERSION.jar"
  fetch "org.postgresql:postgresql:$POSTGRES_JDBC_VERSION" "$jar" >&2
  echo "$STATE/downloads/$jar"
}

ha_start_postgres() {
  local primary="$HA/postgres-primary" standby="$HA/postgres-standby" jdbc
  jdbc=$(ha_jdbc_jar)
  step "PostgreSQL primary on 127.0.0.1:$HA_PG_PRIMARY_PORT"
  as_service_user "$POSTGRES_HOME/bin/initdb" -D "$primary" -U postgres --auth=trust --encoding=UTF8 --locale=C \
    >"$LOGS/ha-postgres-init.log" 2>&1 || die "initdb failed (log: $LOGS/ha-postgres-init.log)"
  cat >>"$primary/postgresql.conf" <<EOF
# test-ha: a primary that streams to a synchronous standby
listen_addresses = '127.0.0.1'
port = $HA_PG_PRIMARY_PORT
unix_socket_directories = '$HA/run'
max_connections = 300
wal_level = replica
max_wal_senders = 5
wal_keep_size = '512MB'
synchronous_commit = on
EOF
  as_service_user "$POSTGRES_HOME/bin/pg_ctl" -D "$primary" -l "$LOGS/ha-postgres-primary.log" -w -t 60 start \
    >/dev/null || die "the primary did not start (log: $LOGS/ha-postgres-primary.log)"
  "$JAVA_HOME/bin/java" -cp "$jdbc" "$ROOT/local-stack/ProvisionDatabases.java" "$HA_PG_PRIMARY_PORT" "${DATABASES[@]}" \
    >"$LOGS/ha-provision.log" 2>&1 || die "creating the databases failed (log: $LOGS/ha-provision.log)"
  step "PostgreSQL synchronous standby on 127.0.0.1:$HA_PG_STANDBY_PORT (base backup of the primary)"
  as_service_user "$JAVA_HOME/bin/java" -cp "$jdbc" "$ROOT/local-stack/ha/StandbyFromPrimary.java" \
    "$HA_PG_PRIMARY_PORT" "$primary" "$standby" "$HA_PG_STANDBY_PORT" >"$LOGS/ha-standby.log" 2>&1 \
    || die "the base backup failed (log: $LOGS/ha-standby.log)"
  as_service_user "$POSTGRES_HOME/bin/pg_ctl" -D "$standby" -l "$LOGS/ha-postgres-standby.log" -w -t 60 start \
    >/dev/null || die "the standby did not start (log: $LOGS/ha-postgres-standby.log)"
  "$JAVA_HOME/bin/java" -cp "$jdbc" "$ROOT/local-stack/ha/StandbyFromPrimary.java" sync "$HA_PG_PRIMARY_PORT" \
    >>"$LOGS/ha-standby.log" 2>&1 || die "the standby did not become synchronous (log: $LOGS/ha-standby.log)"
  # what the drill runs to promote the standby once the primary is gone
  printf '%s ' "${AS_SERVICE_USER[@]}" "$POSTGRES_HOME/bin/pg_ctl" -D "$standby" -w -t 30 promote >"$HA/promote-standby"
}

ha_start_elasticsearch() {
  local node conf seeds="" masters=""
  for node in "${HA_ES_NODES[@]}"; do
    seeds+="\"127.0.0.1:${HA_ES_TRANSPORT[$node]}\","
    masters+="\"$node\","
  done
  for node in "${HA_ES_NODES[@]}"; do
    conf="$HA/$node/config"
    mkdir -p "$HA/$node"
    cp -r "$ELASTICSEARCH_HOME/config" "$conf"
    cat >"$conf/elasticsearch.yml" <<EOF
# Written by ./stack test-ha: one of three master-eligible data nodes on loopback.
cluster.name: servicecenter-ha
node.name: $node
path.data: $HA/$node/data
path.logs: $HA/$node/logs
network.host: 127.0.0.1
http.port: ${HA_ES_HTTP[$node]}
transport.port: ${HA_ES_TRANSPORT[$node]}
discovery.seed_hosts: [${seeds%,}]
cluster.initial_master_nodes: [${masters%,}]
xpack.security.enabled: false
# The three nodes share one disk with everything else on the machine: above the default low watermark (85 % used)
# no replica would be placed, and the drill's master kill would take the only copy of the index with it.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  done
  chown -R "$SERVICE_USER:" "$HA" 2>/dev/null || true
  step "Elasticsearch: three nodes on 127.0.0.1:${HA_ES_HTTP[ha-1]}-${HA_ES_HTTP[ha-3]}, the analysis plugin on each"
  for node in "${HA_ES_NODES[@]}"; do
    as_service_user env ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$HA/$node/config" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
      "$ELASTICSEARCH_HOME/bin/elasticsearch" -d -p "$HA/run/es-$node.pid" >"$LOGS/ha-es-$node.log" 2>&1 \
      || die "Elasticsearch node $node did not start (log: $LOGS/ha-es-$node.log, $HA/$node/logs/)"
  done
  wait_for "the Elasticsearch cluster" 180 "$HA/ha-1/logs/servicecenter-ha.log" http_ok \
    "http://127.0.0.1:${HA_ES_HTTP[ha-1]}/_cluster/health?wait_for_status=green&wait_for_nodes=3&timeout=1s"
}

ha_start_haproxy() {
  local name instance cfg="$HA/haproxy.cfg"
  cat >"$cfg" <<EOF
# Written by ./stack test-ha: what a Kubernetes Service does for the replicas, with readiness as the health check;
# a request whose connection failed or was cut is sent again to the other instance (contacts carry idempotency keys,
# routing decisions change nothing).
global
  maxconn 4096
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch 1
  option http-buffer-request
  retry-on conn-failure empty-response response-timeout
  default-server inter 500ms fall 2 rise 2
EOF
  for name in "${SERVICES[@]}"; do
    cat >>"$cfg" <<EOF
frontend $name
  bind 127.0.0.1:${HA_FRONT[$name]}
  default_backend $name
backend $name
  option httpchk GET /q/health/ready
EOF
    for instance in "${HA_INSTANCES[@]}"; do
      echo "  server $name-$instance 127.0.0.1:$(ha_instance_port "$name" "$instance") check" >>"$cfg"
    done
  done
  haproxy -c -f "$cfg" >"$LOGS/ha-haproxy.log" 2>&1 || die "HAProxy refuses its configuration (log: $LOGS/ha-haproxy.log)"
  haproxy -D -f "$cfg" -p "$HA/run/haproxy.pid" >>"$LOGS/ha-haproxy.log" 2>&1 \
    || die "HAProxy did not start (log: $LOGS/ha-haproxy.log)"
  step "HAProxy in front of two instances each: ${HA_FRONT[*]}"
}

ha_start_instance() {
  local name=$1 instance=$2 port jvm args
  port=$(ha_instance_port "$name" "$instance")
  jvm_options "$name"
  local database=${name%-service}
  args=(-Dquarkus.profile=local -Dquarkus.http.port="$port"
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$HA_PG_PRIMARY_PORT,127.0.0.1:$HA_PG_STANDBY_PORT/$database?targetServerType=primary"
    -Dquarkus.rest-client.tenant-service.url="http://127.0.0.1:${HA_FRONT[tenant-service]}"
    -Dquarkus.elasticsearch.hosts="127.0.0.1:${HA_ES_HTTP[ha-1]},127.0.0.1:${HA_ES_HTTP[ha-2]},127.0.0.1:${HA_ES_HTTP[ha-3]}"
    -Dscv.routing.last-good-file="$HA/$name-$instance/last-good-routing.json")
  mkdir -p "$HA/$name-$instance"
  chown "$SERVICE_USER:" "$HA/$name-$instance" 2>/dev/null || true
  # A simple command in the background, so that $! is the JVM itself (setpriv and env exec it): the drill kills it.
  MALLOC_ARENA_MAX=2 "${AS_SERVICE_USER[@]}" "$JAVA_HOME/bin/java" "${jvm[@]}" "${args[@]}" \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$LOGS/ha-$name-$instance.log" 2>&1 &
  echo $! >"$HA/run/$name-$instance.pid"
  disown $! # its kill -9 is the drill's doing, not news
}

ha_await_instances() {
  local name instance
  for name in "$@"; do
    for instance in "${HA_INSTANCES[@]}"; do
      wait_for "$name instance $instance" 120 "$LOGS/ha-$name-$instance.log" \
        http_ok "http://127.0.0.1:$(ha_instance_port "$name" "$instance")/q/health/ready"
    done
  done
}

ha_start_services() {
  local name instance
  step "two instances of each service (logs: $LOGS/ha-*-service-*.log)"
  # tenant-service first: the others read the network from it
  for instance in "${HA_INSTANCES[@]}"; do ha_start_instance tenant-service "$instance"; done
  ha_await_instances tenant-service
  for name in knowledge-service contact-service routing-service; do
    for instance in "${HA_INSTANCES[@]}"; do ha_start_instance "$name" "$instance"; done
  done
  ha_await_instances knowledge-service contact-service routing-service
}

ha_write_topology() {
  local name node pidfiles
  {
    echo "keycloak=$KEYCLOAK_URL"
    echo "front.tenant=http://127.0.0.1:${HA_FRONT[tenant-service]}"
    echo "front.knowledge=http://127.0.0.1:${HA_FRONT[knowledge-service]}"
    echo "front.contact=http://127.0.0.1:${HA_FRONT[contact-service]}"
    echo "front.routing=http://127.0.0.1:${HA_FRONT[routing-service]}"
    echo "services=$(IFS=,; echo "${SERVICES[*]}")"
    for name in "${SERVICES[@]}"; do
      pidfiles=""
      for instance in "${HA_INSTANCES[@]}"; do pidfiles+="$HA/run/$name-$instance.pid,"; done
      echo "service.$name.pidfiles=${pidfiles%,}"
      echo "service.$name.port=$(ha_instance_port "$name" 1)"
    done
    echo "es.nodes=$(IFS=,; echo "${HA_ES_NODES[*]}")"
    for node in "${HA_ES_NODES[@]}"; do
      echo "es.$node.http=${HA_ES_HTTP[$node]}"
      echo "es.$node.pidfile=$HA/run/es-$node.pid"
    done
    echo "pg.primary.port=$HA_PG_PRIMARY_PORT"
    echo "pg.primary.data=$HA/postgres-primary"
    echo "pg.standby.port=$HA_PG_STANDBY_PORT"
    echo "pg.standby.data=$HA/postgres-standby"
    echo "pg.promote=$(cat "$HA/promote-standby")"
  } >"$HA/topology.properties"
}

run_test_ha() {
  local port
  ha_require_haproxy
  ha_stop
  local name instance ports=("$HA_PG_PRIMARY_PORT" "$HA_PG_STANDBY_PORT" "${HA_ES_HTTP[@]}" "${HA_ES_TRANSPORT[@]}")
  for name in "${SERVICES[@]}"; do
    ports+=("${HA_FRONT[$name]}")
    for instance in "${HA_INSTANCES[@]}"; do ports+=("$(ha_instance_port "$name" "$instance")"); done
  done
  for port in "${ports[@]}"; do
    require_free_port "$port" "test-ha"
  done
  rm -rf "$HA"
  mkdir -p "$HA/run"
  prepare_service_user
  start_keycloak
  install_postgres
  install_elasticsearch
  configure_elasticsearch
  install_analysis_plugin
  [ -f "$ROOT/routing-service/target/quarkus-app/quarkus-run.jar" ] || build_services
  await_keycloak
  ha_start_postgres
  ha_start_elasticsearch
  ha_start_haproxy
  ha_start_services
  # the demo network, knowledge base and routing rules, through the fronts (no generated calls); the local ports come
  # back afterwards, for what ./stack test runs next
  local -A local_ports=()
  for name in "${SERVICES[@]}"; do
    local_ports[$name]=${SERVICE_PORT[$name]}
    SERVICE_PORT[$name]=${HA_FRONT[$name]}
  done
  seed_demo_data --without-contacts
  for name in "${SERVICES[@]}"; do SERVICE_PORT[$name]=${local_ports[$name]}; done
  ha_write_topology
  step "the drill: steady load, then kill -9 (log: $LOGS/test-ha.log)"
  "$JAVA_HOME/bin/java" -cp "$(ha_jdbc_jar)" "$ROOT/local-stack/ha/HaDrill.java" "$HA/topology.properties" \
    | tee "$LOGS/test-ha.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || die "test-ha failed (log: $LOGS/test-ha.log; services: $LOGS/ha-*.log)"
  ha_stop
}

cmd_test_ha() {
  trap 'ha_stop; stop_started' EXIT
  run_test_ha
}
