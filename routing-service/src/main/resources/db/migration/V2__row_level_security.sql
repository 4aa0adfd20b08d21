-- Row-level security: the second wall behind the service's access checks (docs/architecture.md, "The database as
-- second wall"). The tables belong to routing_owner (the migrations); the service logs in as routing_service, which
-- owns nothing and cannot bypass policies. For each connection RowSecurity sets the tenants the current request may
-- see (scv.tenants: slugs, or * for platform-wide principals) or switches to routing_public (portals) or
-- routing_system (the service's own background work), roles the login role may switch to but does not inherit.

-- The tenants the current connection may see, and whether it sees all. Policies call them in sub-selects, which
-- PostgreSQL evaluates once per query instead of once per row.
CREATE FUNCTION scv_tenants() RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT string_to_array(coalesce(current_setting('scv.tenants', true), ''), ',')
$$;
CREATE FUNCTION scv_sees_all() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('scv.tenants', true), '') = '*'
$$;

-- Every table holding tenant data: row-level security forced, the system role (the service's background work) and
-- the owner (data migrations) see every row; the policies for requests follow per table. Kept for later migrations.
CREATE FUNCTION scv_protect(table_name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY background ON %I TO routing_system USING (true) WITH CHECK (true)', table_name);
    EXECUTE format('CREATE POLICY migrations ON %I TO routing_owner USING (true) WITH CHECK (true)', table_name);
END
$$;

ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO routing_service, routing_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO routing_service, routing_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO routing_service, routing_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO routing_service, routing_system;
REVOKE ALL ON flyway_schema_history FROM routing_service, routing_system;

-- A rule set is its town's (a host under contract is among the request's tenants); the routing table is built from
-- all of them by the system role.
SELECT scv_protect('rule_set_version');
CREATE POLICY request_tenants ON rule_set_version TO routing_service
    USING ((SELECT scv_sees_all()) OR town = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR town = ANY ((SELECT scv_tenants())::text[]));
