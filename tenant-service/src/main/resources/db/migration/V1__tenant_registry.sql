-- The tenant registry: every municipality or district on the platform.
CREATE TABLE tenant (
    id            varchar(63)  PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          varchar(200) NOT NULL,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('CITY', 'MUNICIPALITY', 'DISTRICT')),
    -- Amtlicher Gemeindeschlüssel: 2 digits state, 1 Regierungsbezirk, 2 Kreis, 3 Gemeinde.
    ags           varchar(8)   NOT NULL UNIQUE CHECK (ags ~ '^[0-9]{8}$'),
    -- ISO 3166-2 subdivision code of the federal state, e.g. DE-NW.
    federal_state varchar(5)   NOT NULL CHECK (federal_state ~ '^DE-[A-Z]{2}$'),
    status        varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    version       bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);

-- Central numbers (Zentralrufnummern) in E.164. A number belongs to one tenant only: the phone system
-- decides by it whose call this is.
CREATE TABLE tenant_central_number (
    tenant_id    varchar(63) NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    position     integer     NOT NULL,
    phone_number varchar(16) NOT NULL UNIQUE CHECK (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
    PRIMARY KEY (tenant_id, position)
);
