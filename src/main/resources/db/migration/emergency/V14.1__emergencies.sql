-- Emergencies (应急事件): a sudden local problem reported, confirmed, answered within hours (first
-- response, rapid consultation), resolved, then reviewed and, when it shows a structural problem,
-- turned into a regular topic (热事件冷处理). Ids of other modules' things (accounts, consultations,
-- deliberations, topics) are plain numbers: no foreign keys across modules.
create table emergency (
    id                     bigint generated always as identity primary key,
    title                  varchar(60)    not null,
    description            varchar(2000)  not null,
    category               varchar(20)    not null,
    severity               varchar(10)    not null check (severity in ('MINOR', 'SERIOUS', 'MAJOR')),
    region_code            varchar(15)    not null,
    community_code         varchar(12)    not null,
    township_code          varchar(12)    not null,
    district_code          varchar(6)     not null,
    address                varchar(200),
    latitude               numeric(9, 6),
    longitude              numeric(9, 6),
    occurred_at            timestamptz    not null,
    people_affected        integer        check (people_affected >= 0),
    reported_by            bigint         not null,
    status                 varchar(10)    not null,
    escalation             varchar(10)    not null,
    reported_at            timestamptz    not null,
    confirmed_at           timestamptz,
    responded_at           timestamptz,
    consulted_at           timestamptz,
    resolved_at            timestamptz,
    reviewed_at            timestamptz,
    confirmed_by           bigint,
    decline_reason         varchar(500),
    merged_into            bigint         references emergency (id),
    consultation_id        bigint,
    deliberation_id        bigint,
    resolution_summary     varchar(2000),
    resolution_handled_by  varchar(200),
    resolution_done_at     timestamptz,
    resolution_recorded_by bigint,
    review_outcome         varchar(10),
    review_reason          varchar(1000),
    review_reviewed_by     bigint,
    topic_id               bigint,
    version                bigint         not null default 0,
    check ((latitude is null) = (longitude is null))
);
-- The desk (open ones of a scope), the public list (resolved, newest first), statistics by district.
create index emergency_status_idx on emergency (status, reported_at desc);
create index emergency_community_idx on emergency (community_code, reported_at desc);
create index emergency_district_idx on emergency (district_code, reported_at desc);
create index emergency_topic_idx on emergency (topic_id) where topic_id is not null;
create index emergency_consultation_idx on emergency (consultation_id) where consultation_id is not null;

-- Who reported it: the first reporter, and those whose reports were merged into it or who said
-- "this is mine too". They see it, are told of its resolution, and (residents) rate it.
create table emergency_reporter (
    emergency_id  bigint       not null references emergency (id),
    account_id    bigint       not null,
    role          varchar(10)  not null,
    reported_at   timestamptz  not null,
    primary key (emergency_id, account_id)
);
create index emergency_reporter_account_idx on emergency_reporter (account_id);

-- Photos, re-encoded by the shared image sanitiser (no EXIF position survives): of the report and of the resolution.
create table emergency_photo (
    id            bigint generated always as identity primary key,
    emergency_id  bigint       not null references emergency (id),
    stage         varchar(10)  not null check (stage in ('REPORT', 'RESOLUTION')),
    content_type  varchar(20)  not null,
    width         integer      not null,
    height        integer      not null,
    content       bytea        not null,
    added_by      bigint       not null,
    added_at      timestamptz  not null default now()
);
create index emergency_photo_emergency_idx on emergency_photo (emergency_id);

-- The timeline: every step with its time, kept for evaluation.
create table emergency_step (
    id            bigint generated always as identity primary key,
    emergency_id  bigint        not null references emergency (id),
    kind          varchar(30)   not null,
    at            timestamptz   not null,
    actor_id      bigint,
    detail        varchar(500),
    reference     bigint
);
create index emergency_step_emergency_idx on emergency_step (emergency_id, id);

-- A warning or escalation of one target goes out exactly once: the job claims it with this row in
-- the transaction that sends it, on whichever node, however often it runs.
create table emergency_timer_claim (
    emergency_id  bigint       not null references emergency (id),
    target        varchar(20)  not null,
    step          varchar(10)  not null check (step in ('WARNING', 'MISSED')),
    claimed_at    timestamptz  not null,
    primary key (emergency_id, target, step)
);

-- The reporters' satisfaction with the handling, once each (same scale as outcomes).
create table emergency_rating (
    emergency_id  bigint         not null references emergency (id),
    account_id    bigint         not null,
    satisfaction  varchar(20)    not null,
    comment       varchar(500),
    rated_at      timestamptz    not null,
    primary key (emergency_id, account_id)
);

-- Events of a similar kind recurring in a community or township: staff are prompted to turn them
-- into one regular topic, or to dismiss the prompt with a reason.
create table emergency_recurrence (
    id               bigint generated always as identity primary key,
    scope_code       varchar(12)    not null,
    scope_level      varchar(10)    not null check (scope_level in ('COMMUNITY', 'TOWNSHIP')),
    district_code    varchar(6)     not null,
    suggested_title  varchar(60)    not null,
    status           varchar(10)    not null check (status in ('OPEN', 'TOPIC', 'DISMISSED')),
    topic_id         bigint,
    dismiss_reason   varchar(500),
    decided_by       bigint,
    decided_at       timestamptz,
    created_at       timestamptz    not null,
    version          bigint         not null default 0
);
create index emergency_recurrence_open_idx on emergency_recurrence (district_code) where status = 'OPEN';

create table emergency_recurrence_event (
    recurrence_id  bigint not null references emergency_recurrence (id),
    emergency_id   bigint not null references emergency (id),
    primary key (recurrence_id, emergency_id)
);
create index emergency_recurrence_event_idx on emergency_recurrence_event (emergency_id);
