-- Row-level security: the second wall behind the service's access checks (docs/architecture.md, "The database as
-- second wall"). The tables belong to contact_owner (the migrations); the service logs in as contact_service, which
-- owns nothing and cannot bypass policies. For each connection RowSecurity sets the tenants the current request may
-- see (scv.tenants: slugs, or * for platform-wide principals) or switches to contact_public (portals) or
-- contact_system (the service's own background work), roles the login role may switch to but does not inherit.

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
    EXECUTE format('CREATE POLICY background ON %I TO contact_system USING (true) WITH CHECK (true)', table_name);
    EXECUTE format('CREATE POLICY migrations ON %I TO contact_owner USING (true) WITH CHECK (true)', table_name);
END
$$;

ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO contact_service, contact_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO contact_service, contact_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO contact_service, contact_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO contact_service, contact_system;
REVOKE ALL ON flyway_schema_history FROM contact_service, contact_system;

-- A contact belongs to the host whose center served it and to the caller's town.
SELECT scv_protect('contact');
CREATE POLICY request_tenants ON contact TO contact_service
    USING ((SELECT scv_sees_all())
        OR host_tenant = ANY ((SELECT scv_tenants())::text[])
        OR town = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all())
        OR host_tenant = ANY ((SELECT scv_tenants())::text[])
        OR town = ANY ((SELECT scv_tenants())::text[]));
-- Portals count a town's calls (reachability): what a call was, never its caller's hash, agent or keys.
GRANT SELECT (town, service_center, channel, arrived_at, ended_at, waiting_seconds, talk_seconds, wrap_up_seconds,
              outcome, service_area) ON contact TO contact_public;
CREATE POLICY portals ON contact FOR SELECT TO contact_public
    USING (true);

-- An issued statement belongs to both parties of its contract.
ALTER TABLE issued_statement ADD COLUMN host_tenant varchar(63), ADD COLUMN client_tenant varchar(63);
UPDATE issued_statement SET host_tenant = document ->> 'hostTenant', client_tenant = document ->> 'clientTenant';
ALTER TABLE issued_statement ALTER COLUMN host_tenant SET NOT NULL, ALTER COLUMN client_tenant SET NOT NULL;
SELECT scv_protect('issued_statement');
CREATE POLICY request_tenants ON issued_statement TO contact_service
    USING ((SELECT scv_sees_all())
        OR host_tenant = ANY ((SELECT scv_tenants())::text[])
        OR client_tenant = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR host_tenant = ANY ((SELECT scv_tenants())::text[]));
