-- Groups of texts that mean the same problem (共性问题), kept current as texts arrive. The
-- representative is the first text of the group; its embedding lives in the similarity index.
create table problem_cluster (
    id                bigserial    primary key,
    kind              varchar(32)  not null,
    representative_id bigint       not null,
    title             varchar(200) not null,
    created_at        timestamptz  not null default now(),
    raised_topic_id   bigint,
    raised_by         bigint,
    raised_at         timestamptz
);

-- One row per text of a corpus, in exactly one group; copies of what counting needs.
create table problem_source (
    kind           varchar(32)      not null,
    source_id      bigint           not null,
    cluster_id     bigint           not null references problem_cluster (id),
    title          varchar(200)     not null,
    community_code varchar(15)      not null,
    supporters     integer          not null,
    occurred_at    timestamptz      not null,
    score          double precision not null,
    primary key (kind, source_id)
);
create index problem_source_cluster_idx on problem_source (cluster_id);
create index problem_source_occurred_idx on problem_source (occurred_at);
