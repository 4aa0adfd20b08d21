-- A town's neighbourhoods (Stadtteile, Ortsteile) as citizens name them: callers and agents say "Kirchhellen" for a part
-- of Bottrop, and the knowledge search recognises these names in a query (a place to prefer, not text to match).
CREATE TABLE tenant_neighbourhood (
    tenant_id varchar(63)  NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    name      varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    PRIMARY KEY (tenant_id, position)
);

SELECT scv_protect('tenant_neighbourhood');
CREATE POLICY everyone_reads ON tenant_neighbourhood FOR SELECT TO tenant_service
    USING (true);
CREATE POLICY request_tenants ON tenant_neighbourhood TO tenant_service
    USING ((SELECT scv_sees_all()) OR tenant_id = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR tenant_id = ANY ((SELECT scv_tenants())::text[]));
