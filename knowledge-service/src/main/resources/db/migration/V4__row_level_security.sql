-- Row-level security: the second wall behind the service's access checks (docs/architecture.md, "The database as
-- second wall"). The tables belong to knowledge_owner (the migrations); the service logs in as knowledge_service,
-- which owns nothing and cannot bypass policies. For each connection RowSecurity sets the tenants the current request
-- may see (scv.tenants: slugs, or * for platform-wide principals) or switches to knowledge_public (portals) or
-- knowledge_system (the service's own background work), roles the login role may switch to but does not inherit.

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
    EXECUTE format('CREATE POLICY background ON %I TO knowledge_system USING (true) WITH CHECK (true)', table_name);
    EXECUTE format('CREATE POLICY migrations ON %I TO knowledge_owner USING (true) WITH CHECK (true)', table_name);
END
$$;

ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO knowledge_service, knowledge_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO knowledge_service, knowledge_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO knowledge_service, knowledge_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO knowledge_service, knowledge_system;
REVOKE ALL ON flyway_schema_history FROM knowledge_service, knowledge_system;

-- An article is its owner's; its versions and the feedback on it are seen with it.
SELECT scv_protect('article');
CREATE POLICY request_tenants ON article TO knowledge_service
    USING ((SELECT scv_sees_all()) OR owner_tenant_id = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR owner_tenant_id = ANY ((SELECT scv_tenants())::text[]));

SELECT scv_protect('article_version');
CREATE POLICY request_tenants ON article_version TO knowledge_service
    USING (EXISTS (SELECT 1 FROM article a WHERE a.id = article_id))
    WITH CHECK (EXISTS (SELECT 1 FROM article a WHERE a.id = article_id));

-- Feedback is the giving tenant's and the article owner's.
SELECT scv_protect('article_feedback');
CREATE POLICY request_tenants ON article_feedback TO knowledge_service
    USING ((SELECT scv_sees_all())
        OR tenant = ANY ((SELECT scv_tenants())::text[])
        OR EXISTS (SELECT 1 FROM article a WHERE a.id = article_id
            AND a.owner_tenant_id = ANY ((SELECT scv_tenants())::text[])))
    WITH CHECK ((SELECT scv_sees_all()) OR tenant = ANY ((SELECT scv_tenants())::text[]));

SELECT scv_protect('synonym_set');
CREATE POLICY request_tenants ON synonym_set TO knowledge_service
    USING ((SELECT scv_sees_all()) OR host_tenant_id = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR host_tenant_id = ANY ((SELECT scv_tenants())::text[]));

-- A search is the searched town's and the searching tenant's (written in the background).
SELECT scv_protect('search_log');
CREATE POLICY request_tenants ON search_log TO knowledge_service
    USING ((SELECT scv_sees_all())
        OR town = ANY ((SELECT scv_tenants())::text[])
        OR searcher_tenant = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all())
        OR town = ANY ((SELECT scv_tenants())::text[])
        OR searcher_tenant = ANY ((SELECT scv_tenants())::text[]));
