-- Every version of every town's rule set: at most one draft and one published per town; older published ones stay
-- as SUPERSEDED, so any of them can be published again (roll back), with who did what when.
CREATE TABLE rule_set_version (
    town          varchar(63)   NOT NULL,
    version       integer       NOT NULL CHECK (version > 0),
    status        varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    definition    jsonb         NOT NULL,
    written_by    varchar(255)  NOT NULL,
    written_at    timestamptz   NOT NULL,
    published_by  varchar(255),
    published_at  timestamptz,
    -- A roll back publishes a copy of an earlier version: which one.
    copied_from   integer,
    PRIMARY KEY (town, version),
    CONSTRAINT published_has_publisher CHECK (status = 'DRAFT' OR (published_by IS NOT NULL AND published_at IS NOT NULL))
);
CREATE UNIQUE INDEX rule_set_one_draft ON rule_set_version (town) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX rule_set_one_published ON rule_set_version (town) WHERE status = 'PUBLISHED';
