#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is new: the roles and the database of each service (and Keycloak's), so that
# no service can read another's tables and none can read past row-level security in its own. Passwords come from
# the environment. Per service NAME (the role names are part of the schema: the migrations' policies name them):
#   NAME_owner    logs in for the migrations (Flyway) and owns the database and every table;
#   NAME_service  the service's login: owns nothing, no BYPASSRLS, so every table's policies apply to it;
#   NAME_public, NAME_system  no login; the service switches to them (SET ROLE) for portals and for its own
#                 background work, without inheriting what they are granted.
set -euo pipefail
create_service() {
  local name=$1 owner_password=$2 service_password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v name="$name" \
    -v owner="${name}_owner" -v service="${name}_service" -v public="${name}_public" -v system="${name}_system" \
    -v owner_password="$owner_password" -v service_password="$service_password" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"service" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'service_password';
CREATE ROLE :"public" NOLOGIN;
CREATE ROLE :"system" NOLOGIN;
GRANT :"public", :"system" TO :"service" WITH INHERIT FALSE, SET TRUE;
CREATE DATABASE :"name" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
SQL
}
create_service tenant "$TENANT_DB_MIGRATION_PASSWORD" "$TENANT_DB_PASSWORD"
create_service knowledge "$KNOWLEDGE_DB_MIGRATION_PASSWORD" "$KNOWLEDGE_DB_PASSWORD"
create_service contact "$CONTACT_DB_MIGRATION_PASSWORD" "$CONTACT_DB_PASSWORD"
create_service routing "$ROUTING_DB_MIGRATION_PASSWORD" "$ROUTING_DB_PASSWORD"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
SQL
