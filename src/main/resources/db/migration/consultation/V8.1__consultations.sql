-- Consultations (协商活动) and everything prepared, said and decided in them. Topics, accounts and
-- organisations of other modules are plain references: no foreign keys across modules.
create table consultation (
    id                     bigint generated always as identity primary key,
    title                  varchar(120) not null,
    kind                   varchar(20)  not null check (kind in ('CPPCC_MICRO', 'GRASSROOTS', 'JOINT')),
    form                   varchar(10)  not null check (form in ('OFFLINE', 'ONLINE', 'HYBRID')),
    venue_type             varchar(20)  check (venue_type in ('COMMUNITY_HALL', 'VILLAGE_COURTYARD', 'STREET', 'CONSTRUCTION_SITE', 'MEMBER_STATION', 'MEETING_ROOM', 'OTHER')),
    address                varchar(200),
    starts_at              timestamptz  not null,
    organization_id        bigint       not null,
    region_code            varchar(15)  not null,
    facilitator_account_id bigint,
    open_to_public         boolean      not null default true,
    status                 varchar(12)  not null default 'PREPARING'
                           check (status in ('PREPARING', 'SCHEDULED', 'IN_SESSION', 'CONCLUDED', 'POSTPONED', 'CANCELLED')),
    status_reason          varchar(500),
    deliberation_id        bigint,
    check_in_code          varchar(32)  not null,
    scheduled_at           timestamptz,
    started_at             timestamptz,
    concluded_at           timestamptz,
    created_by             bigint       not null,
    created_at             timestamptz  not null default now(),
    version                int          not null default 0
);
create index consultation_region_idx on consultation (region_code, starts_at desc);
create index consultation_status_idx on consultation (status, starts_at);

create table consultation_topic (
    consultation_id bigint not null references consultation (id) on delete cascade,
    topic_id        bigint not null,
    position        int    not null,
    primary key (consultation_id, topic_id)
);
create index consultation_topic_topic_idx on consultation_topic (topic_id);

create table consultation_partner (
    consultation_id bigint not null references consultation (id) on delete cascade,
    organization_id bigint not null,
    primary key (consultation_id, organization_id)
);

-- Files of briefing materials and research reports; the bytes live under the data directory.
create table consultation_attachment (
    id              bigint generated always as identity primary key,
    consultation_id bigint       not null references consultation (id) on delete cascade,
    owner_type      varchar(10)  not null check (owner_type in ('MATERIAL', 'RESEARCH')),
    owner_id        bigint       not null,
    filename        varchar(200) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    storage_key     varchar(80)  not null unique,
    uploaded_by     bigint       not null,
    uploaded_at     timestamptz  not null default now()
);
create index consultation_attachment_owner_idx on consultation_attachment (owner_type, owner_id);

create table briefing_material (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    title           varchar(120)  not null,
    body            text          not null,
    created_by      bigint        not null,
    created_at      timestamptz   not null default now()
);

create table research_task (
    id              bigint generated always as identity primary key,
    consultation_id bigint       not null references consultation (id) on delete cascade,
    title           varchar(120) not null,
    due_on          date         not null,
    status          varchar(12)  not null default 'OPEN' check (status in ('OPEN', 'REPORTED', 'CANCELLED')),
    report          text,
    reported_at     timestamptz,
    reported_by     bigint,
    last_reminded_on date,
    created_at      timestamptz  not null default now()
);
create index research_task_due_idx on research_task (status, due_on);

create table research_task_assignee (
    task_id    bigint not null references research_task (id) on delete cascade,
    account_id bigint not null,
    primary key (task_id, account_id)
);

create table implementation_plan (
    consultation_id bigint primary key references consultation (id) on delete cascade,
    objectives      text        not null default '',
    steps           text        not null default '',
    updated_by      bigint,
    updated_at      timestamptz not null default now()
);

create table plan_task (
    id               bigint generated always as identity primary key,
    consultation_id  bigint       not null references consultation (id) on delete cascade,
    description      varchar(300) not null,
    owner_account_id bigint,
    owner_name       varchar(50)  not null,
    due_on           date         not null,
    done             boolean      not null default false
);

create table participant (
    id              bigint generated always as identity primary key,
    consultation_id bigint       not null references consultation (id) on delete cascade,
    account_id      bigint,
    name            varchar(50)  not null,
    category        varchar(12)  not null check (category in ('PARTY_GOV', 'MEMBER', 'CADRE', 'RESIDENT', 'STAKEHOLDER', 'EXPERT', 'SOCIAL_ORG')),
    status          varchar(10)  not null check (status in ('INVITED', 'ACCEPTED', 'DECLINED', 'APPLIED', 'ADMITTED', 'REJECTED', 'CONFIRMED')),
    walk_in         boolean      not null default false,
    phone_cipher    bytea,
    phone_masked    varchar(11),
    checked_in_at   timestamptz,
    check_in_method varchar(8)   check (check_in_method in ('QR', 'MANUAL', 'WALK_IN')),
    created_at      timestamptz  not null default now()
);
create unique index participant_account_idx on participant (consultation_id, account_id) where account_id is not null;
create index participant_account_lookup_idx on participant (account_id);

create table material_read (
    material_id    bigint      not null references briefing_material (id) on delete cascade,
    participant_id bigint      not null references participant (id) on delete cascade,
    read_at        timestamptz not null default now(),
    primary key (material_id, participant_id)
);

create table agenda_item (
    id              bigint generated always as identity primary key,
    consultation_id bigint       not null references consultation (id) on delete cascade,
    position        int          not null,
    kind            varchar(12)  not null check (kind in ('BRIEFING', 'QUESTIONS', 'ANSWERS', 'DISCUSSION', 'CONSENSUS', 'OTHER')),
    title           varchar(120) not null
);
create index agenda_item_consultation_idx on agenda_item (consultation_id, position);

-- The speaker queue: people in the room ask through the facilitator, people online by a button.
create table speaking_request (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultation (id) on delete cascade,
    participant_id  bigint      not null references participant (id) on delete cascade,
    channel         varchar(6)  not null check (channel in ('ROOM', 'ONLINE')),
    position        int         not null,
    status          varchar(9)  not null default 'WAITING' check (status in ('WAITING', 'CALLED', 'WITHDRAWN')),
    requested_at    timestamptz not null default now()
);
create index speaking_request_waiting_idx on speaking_request (consultation_id, status, position);

create table turn (
    id                bigint generated always as identity primary key,
    consultation_id   bigint      not null references consultation (id) on delete cascade,
    participant_id    bigint      not null references participant (id) on delete cascade,
    speaker_name      varchar(50) not null,
    category          varchar(12) not null,
    agenda_item_id    bigint,
    started_at        timestamptz not null,
    ended_at          timestamptz,
    planned_seconds   int         not null,
    extension_minutes int         not null default 0,
    extensions        int         not null default 0
);
-- At most one running turn per session: the database says so too.
create unique index turn_running_idx on turn (consultation_id) where ended_at is null;
create index turn_consultation_idx on turn (consultation_id, started_at);

create table opinion (
    id              bigint generated always as identity primary key,
    consultation_id bigint       not null references consultation (id) on delete cascade,
    agenda_item_id  bigint,
    participant_id  bigint,
    speaker_name    varchar(50),
    category        varchar(12)  not null,
    content         varchar(2000) not null,
    online          boolean      not null default false,
    recorded_by     bigint       not null,
    created_at      timestamptz  not null default now()
);
create index opinion_consultation_idx on opinion (consultation_id, created_at);

create table consensus_item (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    agenda_item_id  bigint,
    text            varchar(1000) not null,
    status          varchar(8)    not null default 'DRAFT' check (status in ('DRAFT', 'VOTING', 'DECIDED')),
    agree           int           not null default 0,
    disagree        int           not null default 0,
    abstain         int           not null default 0,
    adopted         boolean,
    decided_at      timestamptz,
    created_at      timestamptz   not null default now()
);

create table consensus_vote (
    item_id        bigint      not null references consensus_item (id) on delete cascade,
    participant_id bigint      not null references participant (id) on delete cascade,
    choice         varchar(9)  not null check (choice in ('AGREE', 'DISAGREE', 'ABSTAIN')),
    voted_at       timestamptz not null default now(),
    primary key (item_id, participant_id)
);

-- Minutes (协商纪要): drafts are edited; a FINAL version never changes, corrections are new versions.
create table minutes (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    version         int           not null,
    status          varchar(5)    not null check (status in ('DRAFT', 'FINAL')),
    title           varchar(200)  not null,
    body            text          not null,
    due_on          date          not null,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    finalised_at    timestamptz,
    finalised_by    bigint,
    unique (consultation_id, version)
);
create unique index minutes_one_draft_idx on minutes (consultation_id) where status = 'DRAFT';

-- Common problems (共性问题) selected from several grassroots consultations, raised (上升) as one CPPCC topic.
create table common_problem (
    id          bigint generated always as identity primary key,
    title       varchar(120)  not null,
    description varchar(2000) not null,
    region_code varchar(15)   not null,
    topic_id    bigint,
    raised_by   bigint        not null,
    raised_at   timestamptz   not null default now()
);

create table common_problem_item (
    problem_id        bigint not null references common_problem (id) on delete cascade,
    consensus_item_id bigint not null references consensus_item (id),
    consultation_id   bigint not null,
    primary key (problem_id, consensus_item_id)
);
create index common_problem_item_consultation_idx on common_problem_item (consultation_id);
