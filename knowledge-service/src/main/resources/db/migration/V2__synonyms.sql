-- Synonyms of a host network (the host and the towns it serves): the words citizens use for the words
-- authorities write. Rules in Solr syntax ("perso => personalausweis", "angelschein, fischereischein").
CREATE TABLE synonym_set (
    host_tenant_id  varchar(63)   PRIMARY KEY,
    rules           jsonb         NOT NULL,
    version         bigint        NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(255)  NOT NULL
);
