-- The admin-managed sensitive-word list and its whitelist of harmless phrases.
create table sensitive_word (
    id       bigint generated always as identity primary key,
    word     varchar(30) not null,
    kind     varchar(12) not null check (kind in ('SENSITIVE', 'WHITELISTED')),
    added_by bigint,
    added_at timestamptz not null default now(),
    unique (word, kind)
);

-- A small starting list; each installation maintains its own.
insert into sensitive_word (word, kind) values
    ('游行', 'SENSITIVE'), ('示威', 'SENSITIVE'), ('赌博', 'SENSITIVE'), ('色情', 'SENSITIVE'),
    ('代开发票', 'SENSITIVE'), ('办证', 'SENSITIVE'),
    ('上游行业', 'WHITELISTED'), ('下游行业', 'WHITELISTED'), ('中游行业', 'WHITELISTED'),
    ('禁止赌博', 'WHITELISTED'), ('打击赌博', 'WHITELISTED'), ('扫黄打非', 'WHITELISTED');
