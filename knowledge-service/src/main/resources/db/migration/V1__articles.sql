-- Knowledge articles (Wissensdatenbank), shaped after the national service descriptions (LeiKa/XZuFi).
-- PostgreSQL is the source of truth; the Elasticsearch index is derived from it (see indexed_version).
CREATE TABLE article (
    id                 uuid          PRIMARY KEY,
    -- SHARED: written by a host for every town it serves; LOCAL: a town's own specifics (örtliche Besonderheiten).
    owner_tenant_id    varchar(63)   NOT NULL,
    scope              varchar(10)   NOT NULL CHECK (scope IN ('SHARED', 'LOCAL')),
    service_area       varchar(63)   NOT NULL,
    leika_key          varchar(14)   CHECK (leika_key ~ '^[0-9]{14}$'),
    audience           varchar(10)   NOT NULL CHECK (audience IN ('INTERNAL', 'PUBLIC')),
    status             varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    valid_from         date,
    valid_until        date,
    -- The article's text modules, as one JSON document (title, teaser, fullText, requiredDocuments, ...).
    content            jsonb         NOT NULL,
    title              varchar(200)  NOT NULL,
    version            bigint        NOT NULL,
    created_at         timestamptz   NOT NULL,
    created_by         varchar(255)  NOT NULL,
    updated_at         timestamptz   NOT NULL,
    updated_by         varchar(255)  NOT NULL,
    -- The version the search index holds; behind version means the indexer still has to send it.
    indexed_version    bigint,
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);
CREATE INDEX article_owner ON article (owner_tenant_id, scope, service_area);
CREATE INDEX article_to_index ON article (updated_at) WHERE indexed_version IS DISTINCT FROM version;
-- Import/export identifies an article by its LeiKa key and owner.
CREATE UNIQUE INDEX article_leika_per_owner ON article (owner_tenant_id, scope, leika_key) WHERE leika_key IS NOT NULL;

-- Every change, with who and when: the article as it was after the change.
CREATE TABLE article_version (
    article_id  uuid          NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version     bigint        NOT NULL,
    changed_at  timestamptz   NOT NULL,
    changed_by  varchar(255)  NOT NULL,
    snapshot    jsonb         NOT NULL,
    PRIMARY KEY (article_id, version)
);
