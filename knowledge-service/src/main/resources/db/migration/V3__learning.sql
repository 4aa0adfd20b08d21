-- The learning organisation (seed 001): what agents and portals searched, whether an article answered it,
-- and what agents say about articles. No personal data: towns, queries, counts and articles only.
CREATE TABLE search_log (
    id                 uuid          PRIMARY KEY,
    searched_at        timestamptz   NOT NULL,
    -- The caller's town the search was for, and the tenant that searched (an agent's host; null for portals).
    town               varchar(63)   NOT NULL,
    searcher_tenant    varchar(63),
    channel            varchar(10)   NOT NULL CHECK (channel IN ('AGENT', 'PUBLIC')),
    query              varchar(200)  NOT NULL,
    service_area       varchar(63),
    hit_count          bigint        NOT NULL,
    opened_article_id  uuid,
    opened_at          timestamptz
);
CREATE INDEX search_log_town_time ON search_log (town, searched_at);

CREATE TABLE article_feedback (
    id          uuid           PRIMARY KEY,
    article_id  uuid           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    given_at    timestamptz    NOT NULL,
    tenant      varchar(63)    NOT NULL,
    kind        varchar(10)    NOT NULL CHECK (kind IN ('HELPFUL', 'OUTDATED')),
    comment     varchar(1000)
);
CREATE INDEX article_feedback_article ON article_feedback (article_id, given_at);
