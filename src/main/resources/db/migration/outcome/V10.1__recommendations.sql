-- Outcome transfer (协商成果转化): recommendations, their assignment to departments, handling,
-- replies, satisfaction and supervision. No foreign keys to other modules' tables.

create table outcome_recommendation (
    id                    bigserial    primary key,
    text                  text         not null,
    source                varchar(30)  not null,
    consultation_id       bigint,
    -- one recommendation per adopted consensus item, however often the minutes are corrected
    consensus_item_id     bigint       unique,
    topic_id              bigint,
    region_code           varchar(12)  not null,
    is_public             boolean      not null,
    status                varchar(20)  not null,
    lead_organization_id  bigint,
    transferred_on        date,
    working_days          int,
    due_on                date,
    sign_due_on           date,
    dispute_due_on        date,
    co_opinion_due_on     date,
    accepted_at           timestamptz,
    deadline_round        int          not null default 0,
    rehandling_rounds     int          not null default 0,
    rating_closes_on      date,
    result                varchar(30),
    escalation            varchar(10)  not null default 'NONE',
    progress_percent      int,
    signed_off_by         bigint,
    signed_off_at         timestamptz,
    created_by            bigint,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    closed_at             timestamptz
);
create index outcome_recommendation_region on outcome_recommendation (region_code, status);
create index outcome_recommendation_lead on outcome_recommendation (lead_organization_id, status);
create index outcome_recommendation_consultation on outcome_recommendation (consultation_id);

create table outcome_co_handler (
    recommendation_id  bigint      not null references outcome_recommendation (id),
    organization_id    bigint      not null,
    position           int         not null,
    primary key (recommendation_id, organization_id)
);

-- Every change of status: who, when, why.
create table outcome_transition (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references outcome_recommendation (id),
    from_status        varchar(20),
    to_status          varchar(20)  not null,
    actor_id           bigint,
    at                 timestamptz  not null,
    reason             text,
    handling_round     int          not null
);
create index outcome_transition_recommendation on outcome_transition (recommendation_id, at);

create table outcome_progress (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references outcome_recommendation (id),
    handling_round     int          not null,
    organization_id    bigint       not null,
    text               text         not null,
    percent            int,
    author_id          bigint       not null,
    at                 timestamptz  not null
);
create index outcome_progress_recommendation on outcome_progress (recommendation_id, at);

create table outcome_attachment (
    id            bigserial    primary key,
    progress_id   bigint       not null references outcome_progress (id),
    filename      varchar(200) not null,
    content_type  varchar(100) not null,
    size          int          not null,
    content       bytea        not null
);

-- Co-handlers (协办) send their opinion to the lead department; one per organisation and round.
create table outcome_co_opinion (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references outcome_recommendation (id),
    handling_round     int          not null,
    organization_id    bigint       not null,
    text               text         not null,
    author_id          bigint       not null,
    at                 timestamptz  not null,
    unique (recommendation_id, handling_round, organization_id)
);

create table outcome_reply (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references outcome_recommendation (id),
    handling_round     int          not null,
    organization_id    bigint       not null,
    grade              varchar(8)   not null,
    text               text         not null,
    author_id          bigint       not null,
    at                 timestamptz  not null,
    unique (recommendation_id, handling_round)
);

create table outcome_extension (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references outcome_recommendation (id),
    working_days       int          not null,
    reason             text         not null,
    requested_by       bigint       not null,
    requested_at       timestamptz  not null,
    approved           boolean,
    decided_by         bigint,
    decided_at         timestamptz,
    decision_note      text,
    new_due_on         date
);
-- at most one undecided request at a time
create unique index outcome_extension_pending on outcome_extension (recommendation_id) where approved is null;

-- Who may rate (满意度测评): attendees when the recommendation is made, supporters of its topics when it is replied.
create table outcome_rater (
    recommendation_id  bigint       not null references outcome_recommendation (id),
    account_id         bigint       not null,
    reason             varchar(20)  not null,
    primary key (recommendation_id, account_id)
);

create table outcome_rating (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references outcome_recommendation (id),
    handling_round     int          not null,
    account_id         bigint       not null,
    rating             varchar(30)  not null,
    comment            text,
    at                 timestamptz  not null,
    unique (recommendation_id, handling_round, account_id)
);

-- The result of each rating round, decided when its window closes.
create table outcome_rating_result (
    recommendation_id  bigint       not null references outcome_recommendation (id),
    handling_round     int          not null,
    result             varchar(30)  not null,
    satisfied          int          not null,
    basically          int          not null,
    unsatisfied        int          not null,
    closed_by          bigint,
    closed_at          timestamptz  not null,
    primary key (recommendation_id, handling_round)
);

-- Reminders sent: the key makes each step go out once per deadline, on any node, after any restart.
create table outcome_reminder (
    recommendation_id  bigint       not null references outcome_recommendation (id),
    deadline_round     int          not null,
    step               varchar(20)  not null,
    sent_at            timestamptz  not null,
    primary key (recommendation_id, deadline_round, step)
);

create table outcome_supervision_note (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references outcome_recommendation (id),
    level              varchar(10)  not null,
    note               text         not null,
    author_id          bigint       not null,
    at                 timestamptz  not null
);
