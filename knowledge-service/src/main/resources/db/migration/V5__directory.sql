-- A town's directory (organisation units, contact points, responsibilities, absences; after XZuFi 2.2): one document
-- per town, replaced as a whole by the town's import, so that it is always consistent in itself. It may hold
-- persons' names (personal data, shown to the hosts' agents only where the town allows it): the town's rows only.
CREATE TABLE town_directory (
    town         varchar(63)   PRIMARY KEY,
    document     jsonb         NOT NULL,
    version      bigint        NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(255)  NOT NULL
);

-- Seen by the town and its contract partners (hosts' agents ask whom to put a caller through to; the service narrows
-- it to the contract's areas); written by the town only (the service allows no delegation for MANAGE).
SELECT scv_protect('town_directory');
CREATE POLICY request_tenants ON town_directory TO knowledge_service
    USING ((SELECT scv_sees_all()) OR town = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR town = ANY ((SELECT scv_tenants())::text[]));
