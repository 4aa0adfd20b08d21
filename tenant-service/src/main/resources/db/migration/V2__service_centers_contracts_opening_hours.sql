-- The catalog of service areas (Bürgerbüro, Standesamt ...) that contracts and schedules refer to.
CREATE TABLE service_area (
    code        varchar(63)   PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(200)  NOT NULL,
    description varchar(1000),
    version     bigint        NOT NULL
);

-- LeiKa keys (Leistungskatalog, 14 digits) of the services an area answers for.
CREATE TABLE service_area_leika_key (
    service_area_code varchar(63) NOT NULL REFERENCES service_area (code) ON DELETE CASCADE,
    leika_key         varchar(14) NOT NULL CHECK (leika_key ~ '^[0-9]{14}$'),
    PRIMARY KEY (service_area_code, leika_key)
);

INSERT INTO service_area (code, name, description, version) VALUES
    ('zentrale', 'Zentrale und allgemeine Auskunft', 'The switchboard: general information and putting callers through', 0),
    ('buergerbuero', 'Bürgerbüro', 'Identity cards, passports, registration of residence, certificates', 0),
    ('ordnungswesen', 'Ordnungswesen', 'Public order: trade, markets, noise, parking permits, dogs', 0),
    ('auslaenderwesen', 'Ausländerwesen', 'Residence permits and foreigners'' affairs', 0),
    ('standesamt', 'Standesamt', 'Civil registry: births, marriages, deaths, name changes', 0),
    ('kfz-zulassung', 'Kfz-Zulassung', 'Vehicle registration', 0),
    ('steuern-abgaben', 'Steuern und Abgaben', 'Local taxes and fees: dog tax, property tax, waste charges', 0),
    ('soziales', 'Soziales', 'Social benefits, housing benefit, youth services', 0);

-- A citizen service center run by a host tenant (e.g. "ServiceCenter Bochum").
CREATE TABLE service_center (
    id             varchar(63)  PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    host_tenant_id varchar(63)  NOT NULL REFERENCES tenant (id),
    name           varchar(200) NOT NULL,
    status         varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL
);
CREATE INDEX service_center_host ON service_center (host_tenant_id);

CREATE TABLE service_center_phone_number (
    service_center_id varchar(63) NOT NULL REFERENCES service_center (id) ON DELETE CASCADE,
    position          integer     NOT NULL,
    phone_number      varchar(16) NOT NULL CHECK (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
    PRIMARY KEY (service_center_id, position)
);

-- Öffentlich-rechtliche Vereinbarung: the host answers the client's calls for some or all service areas.
-- Never deleted once active: termination shortens the validity and keeps the record.
CREATE TABLE contract (
    id                     uuid          PRIMARY KEY,
    host_tenant_id         varchar(63)   NOT NULL REFERENCES tenant (id),
    client_tenant_id       varchar(63)   NOT NULL REFERENCES tenant (id),
    service_center_id      varchar(63)   NOT NULL REFERENCES service_center (id),
    all_service_areas      boolean       NOT NULL,
    signed_on              date,
    valid_from             date          NOT NULL,
    valid_until            date,
    pilot_phase_ends_on    date,
    cost_model             varchar(20)   NOT NULL CHECK (cost_model IN ('FTE_SHARE', 'PER_CALL', 'PER_MINUTE', 'FLAT_FEE')),
    full_time_equivalents  numeric(6, 2),
    annual_cost_per_fte    numeric(12, 2),
    price_per_call         numeric(10, 4),
    price_per_minute       numeric(10, 4),
    flat_fee_per_month     numeric(12, 2),
    status                 varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'TERMINATED')),
    terminated_on          date,
    termination_reason     varchar(500),
    version                bigint        NOT NULL,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    CHECK (host_tenant_id <> client_tenant_id),
    CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CHECK ((cost_model = 'FTE_SHARE') = (full_time_equivalents IS NOT NULL AND annual_cost_per_fte IS NOT NULL)),
    CHECK ((cost_model = 'PER_CALL') = (price_per_call IS NOT NULL)),
    CHECK ((cost_model = 'PER_MINUTE') = (price_per_minute IS NOT NULL)),
    CHECK ((cost_model = 'FLAT_FEE') = (flat_fee_per_month IS NOT NULL)),
    CHECK ((status = 'TERMINATED') = (terminated_on IS NOT NULL))
);
CREATE INDEX contract_host ON contract (host_tenant_id);
CREATE INDEX contract_client ON contract (client_tenant_id);

CREATE TABLE contract_service_area (
    contract_id       uuid        NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    service_area_code varchar(63) NOT NULL REFERENCES service_area (code),
    PRIMARY KEY (contract_id, service_area_code)
);

-- An opening-hours schedule: of a service center (its phone hours), or of a tenant's office for one
-- service area, or of the tenant as a whole (service area empty). Weekly periods are one JSON document
-- (validated by the opening-hours library before they are written); exceptions are rows of their own.
CREATE TABLE opening_schedule (
    id                uuid          PRIMARY KEY,
    tenant_id         varchar(63)   NOT NULL REFERENCES tenant (id),
    service_center_id varchar(63)   UNIQUE REFERENCES service_center (id),
    service_area_code varchar(63)   REFERENCES service_area (code),
    name              varchar(200)  NOT NULL,
    public_holidays   varchar(5)    CHECK (public_holidays ~ '^DE-[A-Z]{2}$'),
    weekly_periods    jsonb         NOT NULL,
    version           bigint        NOT NULL,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    CHECK (service_center_id IS NULL OR service_area_code IS NULL)
);
-- One office schedule per tenant and area; one general schedule per tenant.
CREATE UNIQUE INDEX opening_schedule_office ON opening_schedule (tenant_id, coalesce(service_area_code, ''))
    WHERE service_center_id IS NULL;

CREATE TABLE opening_exception (
    id          uuid         PRIMARY KEY,
    schedule_id uuid         NOT NULL REFERENCES opening_schedule (id) ON DELETE CASCADE,
    first_day   date         NOT NULL,
    last_day    date         NOT NULL CHECK (last_day >= first_day),
    closed      boolean      NOT NULL,
    hours       jsonb        NOT NULL,
    reason      varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX opening_exception_schedule ON opening_exception (schedule_id, first_day);
