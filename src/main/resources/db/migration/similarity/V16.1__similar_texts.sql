-- Texts that other modules compare (topics, statements, later emergencies and reception records),
-- with their sentence embedding. One row per text of a corpus; every node's in-memory index follows
-- this table by the writing transaction's id (written_by), see docs/topics.md.
create table similar_text (
    corpus      text        not null,
    item_id     bigint      not null,
    title       text        not null,
    body        text        not null default '',
    scope       text        not null default '',
    status      text        not null default '',
    held        boolean     not null default false,
    group_id    bigint,
    occurred_at timestamptz not null,
    removed     boolean     not null default false,
    -- The model that computed the embedding (name and version); null while it waits to be embedded.
    model       text,
    -- int8 components, one byte each; the vector is embedding_scale * components (unit length).
    embedding   bytea,
    embedding_scale real,
    written_by  xid8        not null default pg_current_xact_id(),
    primary key (corpus, item_id)
);

create index similar_text_written_by on similar_text (written_by);
-- Texts still to embed with the current model: found at start-up and after a crash.
create index similar_text_pending on similar_text (corpus, item_id) where embedding is null and not removed;
