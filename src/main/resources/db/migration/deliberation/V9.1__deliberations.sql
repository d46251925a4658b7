-- Online deliberation (云端协商): statements, votes and their history. No foreign keys to other
-- modules' tables: topic_id and consultation_id are plain references.
create table deliberation (
    id              bigint generated always as identity primary key,
    question        varchar(200) not null,
    description     text not null,
    region_code     varchar(12) not null,
    topic_id        bigint,
    consultation_id bigint,
    moderation      varchar(10) not null check (moderation in ('STRICT', 'OPEN')),
    opens_at        timestamptz not null,
    closes_at       timestamptz not null,
    created_by      bigint not null,
    created_at      timestamptz not null,
    check (closes_at > opens_at)
);
create index deliberation_topic on deliberation (topic_id);
create index deliberation_consultation on deliberation (consultation_id);

-- Members, cadres and departments invited to take part without a verified real name.
create table deliberation_invitee (
    deliberation_id bigint not null references deliberation,
    account_id      bigint not null,
    primary key (deliberation_id, account_id)
);

-- Who votes in a deliberation: an account, or an anonymous placeholder of an imported Pol.is
-- conversation (external_id is its Pol.is participant id). The engine's participant id is this id.
create table deliberation_participant (
    id              bigint generated always as identity primary key,
    deliberation_id bigint not null references deliberation,
    account_id      bigint,
    external_id     varchar(64),
    category        varchar(20) not null,
    joined_at       timestamptz not null,
    unique (deliberation_id, account_id),
    unique (deliberation_id, external_id)
);

create table deliberation_statement (
    id              bigint generated always as identity primary key,
    deliberation_id bigint not null references deliberation,
    text            text not null,
    author_id       bigint references deliberation_participant,
    author_account  bigint,
    seed            boolean not null default false,
    status          varchar(10) not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    held            boolean not null default false,
    external_id     bigint,
    created_at      timestamptz not null,
    moderated_by    bigint,
    moderated_at    timestamptz,
    unique (deliberation_id, external_id)
);
create index deliberation_statement_of on deliberation_statement (deliberation_id, id);

-- The current vote of each participant on each statement: one row, replaced by a new vote.
-- No foreign keys on purpose: the vote statement itself checks the statement (and the participant id
-- comes from deliberation_participant), while a foreign key would take a KEY SHARE lock on the
-- statement row for every vote, and many concurrent votes on one statement then contend on it.
create table deliberation_vote (
    statement_id    bigint not null,
    participant_id  bigint not null,
    deliberation_id bigint not null,
    value           smallint not null check (value in (-1, 0, 1)),
    voted_at        timestamptz not null,
    primary key (participant_id, statement_id)
);
create index deliberation_vote_of on deliberation_vote (deliberation_id);
create index deliberation_vote_statement on deliberation_vote (statement_id);

-- Every vote ever cast, changes included; the Pol.is votes.csv export is this table.
create table deliberation_vote_history (
    id              bigint generated always as identity primary key,
    deliberation_id bigint not null,
    statement_id    bigint not null,
    participant_id  bigint not null,
    value           smallint not null check (value in (-1, 0, 1)),
    voted_at        timestamptz not null
);
create index deliberation_vote_history_of on deliberation_vote_history (deliberation_id, id);
