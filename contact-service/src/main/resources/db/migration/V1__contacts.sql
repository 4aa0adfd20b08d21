-- The contact log: one row per citizen contact, written once (idempotency key) and never updated, except that
-- the caller's hash is erased after the retention period. No caller name or number: at most a keyed hash.
CREATE TABLE contact (
    id               uuid          PRIMARY KEY,
    -- Idempotency keys are unique per host (the tenant running the serving center), so that two hosts' phone
    -- systems never collide and a key never reveals another host's contact.
    host_tenant      varchar(63)   NOT NULL,
    idempotency_key  varchar(100)  NOT NULL,
    -- SHA-256 of the normalised request: the same key with another body is a conflict, not a replay.
    fingerprint      bytea         NOT NULL,
    -- The caller's town (from the call tag), the center that served, and the contract it served under
    -- (null when the center served its own town).
    town             varchar(63)   NOT NULL,
    service_center   varchar(63)   NOT NULL,
    contract_id      varchar(63),
    channel          varchar(10)   NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'COUNTER', 'CHAT')),
    arrived_at       timestamptz   NOT NULL,
    ended_at         timestamptz,
    waiting_seconds  integer       NOT NULL CHECK (waiting_seconds >= 0),
    talk_seconds     integer       NOT NULL CHECK (talk_seconds >= 0),
    wrap_up_seconds  integer       NOT NULL CHECK (wrap_up_seconds >= 0),
    outcome          varchar(20)   NOT NULL CHECK (outcome IN
                         ('RESOLVED', 'FORWARDED', 'CALLBACK_PROMISED', 'ABANDONED', 'WRONG_NUMBER')),
    service_area     varchar(63)   NOT NULL,
    leika_key        char(14),
    article_ids      varchar(63)[] NOT NULL DEFAULT '{}',
    agent_ref        varchar(64),
    caller_hash      varchar(32),
    recorded_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT contact_idempotency UNIQUE (host_tenant, idempotency_key),
    CONSTRAINT contact_abandoned_without_talk CHECK (outcome <> 'ABANDONED' OR (talk_seconds = 0 AND wrap_up_seconds = 0))
);

-- KPIs read a town's (or a center's) contacts of a period; the included columns let PostgreSQL answer them from
-- the index alone.
CREATE INDEX contact_town_time ON contact (town, arrived_at)
    INCLUDE (service_center, channel, outcome, service_area, waiting_seconds, talk_seconds, wrap_up_seconds);
CREATE INDEX contact_center_time ON contact (service_center, arrived_at)
    INCLUDE (town, channel, outcome, service_area, waiting_seconds, talk_seconds, wrap_up_seconds);
CREATE INDEX contact_contract_time ON contact (contract_id, arrived_at) WHERE contract_id IS NOT NULL;
-- The retention job finds the hashes to erase.
CREATE INDEX contact_caller_hash_time ON contact (arrived_at) WHERE caller_hash IS NOT NULL;

-- A month's statement of a contract, once a party issued it: frozen as it was sent, so that it reads the same
-- forever (contacts of an issued month are refused, see ContactService).
CREATE TABLE issued_statement (
    contract_id  varchar(63)   NOT NULL,
    month        date          NOT NULL CHECK (extract(day FROM month) = 1),
    issued_at    timestamptz   NOT NULL,
    issued_by    varchar(255)  NOT NULL,
    document     jsonb         NOT NULL,
    PRIMARY KEY (contract_id, month)
);
