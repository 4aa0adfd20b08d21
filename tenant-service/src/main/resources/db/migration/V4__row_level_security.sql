-- Row-level security: the second wall behind the service's access checks (docs/architecture.md, "The database as
-- second wall"). The tables belong to tenant_owner (the migrations); the service logs in as tenant_service, which
-- owns nothing and cannot bypass policies. For each connection RowSecurity sets the tenants the current request may
-- see (scv.tenants: slugs, or * for platform-wide principals) or switches to tenant_public (portals) or tenant_system
-- (the service's own background work), roles the login role may switch to but does not inherit.

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
    EXECUTE format('CREATE POLICY background ON %I TO tenant_system USING (true) WITH CHECK (true)', table_name);
    EXECUTE format('CREATE POLICY migrations ON %I TO tenant_owner USING (true) WITH CHECK (true)', table_name);
END
$$;

ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tenant_service, tenant_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tenant_service, tenant_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tenant_service, tenant_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tenant_service, tenant_system;
REVOKE ALL ON flyway_schema_history FROM tenant_service, tenant_system;

-- The registry and the centers are public knowledge (portals name them); only their own admins (and the
-- platform's) change them.
SELECT scv_protect('tenant');
CREATE POLICY everyone_reads ON tenant FOR SELECT TO tenant_service
    USING (true);
CREATE POLICY request_tenants ON tenant TO tenant_service
    USING ((SELECT scv_sees_all()) OR id = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR id = ANY ((SELECT scv_tenants())::text[]));

SELECT scv_protect('tenant_central_number');
CREATE POLICY everyone_reads ON tenant_central_number FOR SELECT TO tenant_service
    USING (true);
CREATE POLICY request_tenants ON tenant_central_number TO tenant_service
    USING ((SELECT scv_sees_all()) OR tenant_id = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR tenant_id = ANY ((SELECT scv_tenants())::text[]));

SELECT scv_protect('service_center');
CREATE POLICY everyone_reads ON service_center FOR SELECT TO tenant_service
    USING (true);
CREATE POLICY request_tenants ON service_center TO tenant_service
    USING ((SELECT scv_sees_all()) OR host_tenant_id = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR host_tenant_id = ANY ((SELECT scv_tenants())::text[]));

SELECT scv_protect('service_center_phone_number');
CREATE POLICY everyone_reads ON service_center_phone_number FOR SELECT TO tenant_service
    USING (true);
CREATE POLICY request_tenants ON service_center_phone_number TO tenant_service
    USING ((SELECT scv_sees_all())
        OR EXISTS (SELECT 1 FROM service_center c WHERE c.id = service_center_id
            AND c.host_tenant_id = ANY ((SELECT scv_tenants())::text[])))
    WITH CHECK ((SELECT scv_sees_all())
        OR EXISTS (SELECT 1 FROM service_center c WHERE c.id = service_center_id
            AND c.host_tenant_id = ANY ((SELECT scv_tenants())::text[])));

-- A contract, its areas and its history are its parties'.
SELECT scv_protect('contract');
CREATE POLICY request_tenants ON contract TO tenant_service
    USING ((SELECT scv_sees_all())
        OR host_tenant_id = ANY ((SELECT scv_tenants())::text[])
        OR client_tenant_id = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all())
        OR host_tenant_id = ANY ((SELECT scv_tenants())::text[])
        OR client_tenant_id = ANY ((SELECT scv_tenants())::text[]));

SELECT scv_protect('contract_service_area');
CREATE POLICY request_tenants ON contract_service_area TO tenant_service
    USING (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id))
    WITH CHECK (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id));

SELECT scv_protect('contract_event');
CREATE POLICY request_tenants ON contract_event TO tenant_service
    USING (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id))
    WITH CHECK (EXISTS (SELECT 1 FROM contract c WHERE c.id = contract_id));

-- Whether a contract may be activated depends on every contract for its client, whichever host holds it: this one
-- function (run as the tables' owner) answers with just what the overlap check needs.
CREATE FUNCTION contracts_delegating_for(client varchar)
    RETURNS TABLE (id uuid, host_tenant_id varchar, valid_from date, valid_until date, all_service_areas boolean,
                   service_areas varchar[])
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT c.id, c.host_tenant_id, c.valid_from, c.valid_until, c.all_service_areas,
           coalesce(array_agg(a.service_area_code) FILTER (WHERE a.service_area_code IS NOT NULL), '{}')
      FROM contract c LEFT JOIN contract_service_area a ON a.contract_id = c.id
     WHERE c.client_tenant_id = client AND c.status IN ('ACTIVE', 'TERMINATED')
     GROUP BY c.id
$$;
REVOKE ALL ON FUNCTION contracts_delegating_for(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION contracts_delegating_for(varchar) TO tenant_service;

-- Opening hours are their owner's (hosts under contract among the request's tenants read them).
SELECT scv_protect('opening_schedule');
CREATE POLICY request_tenants ON opening_schedule TO tenant_service
    USING ((SELECT scv_sees_all()) OR tenant_id = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR tenant_id = ANY ((SELECT scv_tenants())::text[]));

SELECT scv_protect('opening_exception');
CREATE POLICY request_tenants ON opening_exception TO tenant_service
    USING (EXISTS (SELECT 1 FROM opening_schedule s WHERE s.id = schedule_id))
    WITH CHECK (EXISTS (SELECT 1 FROM opening_schedule s WHERE s.id = schedule_id));
