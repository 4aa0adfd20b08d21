#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is new: one login role and one database per service (and one for
# Keycloak), so that no service can read another's tables. Passwords come from the environment.
set -euo pipefail
create() {
  local database=$1 role=$2 password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$role" -v password="$password" -v database="$database" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
SQL
}
create tenant tenant_service "$TENANT_DB_PASSWORD"
create knowledge knowledge_service "$KNOWLEDGE_DB_PASSWORD"
create contact contact_service "$CONTACT_DB_PASSWORD"
create routing routing_service "$ROUTING_DB_PASSWORD"
create keycloak keycloak "$KEYCLOAK_DB_PASSWORD"
