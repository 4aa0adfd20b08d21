-- Contracts need both parties: the host proposes, the client accepts (or rejects), only then the host activates.
-- Drafts of before are proposals waiting for the client.
ALTER TABLE contract DROP CONSTRAINT contract_status_check;
UPDATE contract SET status = 'PROPOSED' WHERE status = 'DRAFT';
ALTER TABLE contract ADD CONSTRAINT contract_status_check
    CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED', 'ACTIVE', 'TERMINATED'));

-- Which party gave notice (host or client).
ALTER TABLE contract ADD COLUMN terminated_by_tenant_id varchar(63) REFERENCES tenant (id);

-- Every step of a contract's life, visible to both parties: who (party and person), what, when, on which version.
CREATE TABLE contract_event (
    id               bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contract_id      uuid          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    step             varchar(20)   NOT NULL CHECK (step IN ('PROPOSED', 'REVISED', 'ACCEPTED', 'REJECTED', 'ACTIVATED', 'TERMINATED')),
    party_tenant_id  varchar(63)   NOT NULL REFERENCES tenant (id),
    actor            varchar(200)  NOT NULL,
    happened_at      timestamptz   NOT NULL,
    contract_version bigint        NOT NULL,
    note             varchar(500)
);
CREATE INDEX contract_event_by_contract ON contract_event (contract_id, id);
