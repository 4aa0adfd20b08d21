-- Handoffs (Rückrufbitte / Servicenachricht): a question the agent could not answer, handed over to the unit of the
-- caller's town responsible for it, due by a time the platform computes from the promise (24 hours on the town's
-- working days). The question, the caller's name and callback number are personal data: encrypted by the service
-- (FieldEncryption, AES-256-GCM, key from configuration) — this database holds only their ciphertext — and erased
-- (set to NULL, with erased_at) a configured time after closing, or at once on a data-subject request. What remains
-- is what the KPIs count: when it was due and when, and how, it was closed.
CREATE TABLE handoff (
    id               uuid PRIMARY KEY,
    host_tenant      varchar(63)  NOT NULL,
    town             varchar(63)  NOT NULL,
    service_center   varchar(63)  NOT NULL,
    service_area     varchar(63)  NOT NULL,
    leika_key        char(14),
    contact_id       uuid,
    unit_id          varchar(63)  NOT NULL,
    unit_name        varchar(200) NOT NULL,
    unit_mail        varchar(254) NOT NULL,
    question         bytea,
    caller_name      bytea,
    callback_number  bytea,
    -- the keyed hash of the callback number (CallerHashes): finds one citizen's handoffs for Art. 15/17 requests
    callback_lookup  varchar(32),
    consent_at       timestamptz,
    created_by       varchar(64)  NOT NULL,
    created_at       timestamptz  NOT NULL,
    due_at           timestamptz  NOT NULL,
    status           varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'ANSWERED', 'RETURNED')),
    closed_at        timestamptz,
    notified_at      timestamptz,
    erased_at        timestamptz,
    CHECK ((status IN ('ANSWERED', 'RETURNED')) = (closed_at IS NOT NULL)),
    -- a callback number is kept only with the caller's consent to be called back
    CHECK (callback_number IS NULL OR consent_at IS NOT NULL)
);
CREATE INDEX handoff_town_time ON handoff (town, created_at);
CREATE INDEX handoff_host_time ON handoff (host_tenant, created_at);
CREATE INDEX handoff_open_due ON handoff (due_at) WHERE closed_at IS NULL;
CREATE INDEX handoff_callback ON handoff (callback_lookup) WHERE callback_lookup IS NOT NULL;
CREATE INDEX handoff_to_notify ON handoff (created_at) WHERE notified_at IS NULL;
CREATE INDEX handoff_to_erase ON handoff (closed_at) WHERE erased_at IS NULL AND closed_at IS NOT NULL;

-- Who did what when: created, taken up, answered, returned — the comment encrypted like the question.
CREATE TABLE handoff_event (
    handoff_id   uuid        NOT NULL REFERENCES handoff (id),
    seq          integer     NOT NULL,
    host_tenant  varchar(63) NOT NULL,
    town         varchar(63) NOT NULL,
    at           timestamptz NOT NULL,
    actor        varchar(64) NOT NULL,
    actor_tenant varchar(63),
    status       varchar(16) NOT NULL,
    comment      bytea,
    PRIMARY KEY (handoff_id, seq)
);

-- Data-subject requests (Art. 15 export, Art. 17 erasure) by callback number: who asked for what, when, and how many
-- handoffs it concerned — never the number itself.
CREATE TABLE data_subject_request (
    id          uuid PRIMARY KEY,
    tenant      varchar(63)  NOT NULL,
    kind        varchar(8)   NOT NULL CHECK (kind IN ('EXPORT', 'ERASURE')),
    reference   varchar(100) NOT NULL,
    actor       varchar(64)  NOT NULL,
    at          timestamptz  NOT NULL,
    handoffs    integer      NOT NULL
);
CREATE INDEX data_subject_request_tenant ON data_subject_request (tenant, at);

-- The second wall: a handoff and its history belong to the serving host and to the town; a data-subject request to
-- the tenant that handled it.
SELECT scv_protect('handoff');
CREATE POLICY request_tenants ON handoff TO contact_service
    USING ((SELECT scv_sees_all())
        OR host_tenant = ANY ((SELECT scv_tenants())::text[])
        OR town = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all())
        OR host_tenant = ANY ((SELECT scv_tenants())::text[])
        OR town = ANY ((SELECT scv_tenants())::text[]));
SELECT scv_protect('handoff_event');
CREATE POLICY request_tenants ON handoff_event TO contact_service
    USING ((SELECT scv_sees_all())
        OR host_tenant = ANY ((SELECT scv_tenants())::text[])
        OR town = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all())
        OR host_tenant = ANY ((SELECT scv_tenants())::text[])
        OR town = ANY ((SELECT scv_tenants())::text[]));
SELECT scv_protect('data_subject_request');
CREATE POLICY request_tenants ON data_subject_request TO contact_service
    USING ((SELECT scv_sees_all()) OR tenant = ANY ((SELECT scv_tenants())::text[]))
    WITH CHECK ((SELECT scv_sees_all()) OR tenant = ANY ((SELECT scv_tenants())::text[]));
-- Audit entries are written once and never changed by requests.
REVOKE UPDATE, DELETE ON data_subject_request FROM contact_service;
