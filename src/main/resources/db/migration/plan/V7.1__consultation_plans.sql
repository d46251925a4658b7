-- Yearly consultation plans (协商选题计划): one per organisation and year, in versions; each version
-- has its items. Organisation, region, topic and account ids refer to other modules and so carry no
-- foreign keys.

create table consultation_plan (
    id               bigint generated always as identity primary key,
    organization_id  bigint       not null,
    region_code      varchar(15)  not null,
    kind             varchar(12)  not null check (kind in ('CPPCC', 'GRASSROOTS')),
    year             integer      not null check (year between 2000 and 2099),
    created_by       bigint       not null,
    created_at       timestamptz  not null,
    -- One plan per organisation and year; amendments are versions of it.
    unique (organization_id, year)
);
create index consultation_plan_region_idx on consultation_plan (region_code);

create table plan_version (
    id             bigint generated always as identity primary key,
    plan_id        bigint        not null references consultation_plan (id),
    number         integer       not null check (number >= 1),
    status         varchar(12)   not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED')),
    created_by     bigint        not null,
    created_at     timestamptz   not null,
    submitted_by   bigint,
    submitted_at   timestamptz,
    decided_by     bigint,
    decided_at     timestamptz,
    comment        varchar(2000),
    unique (plan_id, number)
);
-- At most one version of a plan is in force.
create unique index plan_version_in_force_idx on plan_version (plan_id) where status = 'APPROVED';

create table plan_item (
    id              bigint generated always as identity primary key,
    version_id      bigint      not null references plan_version (id) on delete cascade,
    position        integer     not null,
    topic_id        bigint      not null,
    month           smallint    not null check (month between 1 and 12),
    form            varchar(8)  not null check (form in ('OFFLINE', 'ONLINE', 'HYBRID')),
    lead_member_ids bigint[]    not null default '{}',
    department_ids  bigint[]    not null default '{}',
    unique (version_id, topic_id)
);
create index plan_item_topic_idx on plan_item (topic_id);

-- The steps of a plan's life, with the reviewers' comments: the version history shows them.
create table plan_history (
    id          bigint generated always as identity primary key,
    plan_id     bigint        not null references consultation_plan (id),
    version     integer       not null,
    step        varchar(12)   not null,
    actor_id    bigint        not null,
    at          timestamptz   not null,
    comment     varchar(2000)
);
create index plan_history_plan_idx on plan_history (plan_id, id);
