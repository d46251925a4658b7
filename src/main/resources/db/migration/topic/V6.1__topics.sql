-- Topics (议题), solicitation campaigns (征题活动), co-signs (附议), images, screening pre-flag rules,
-- admin-managed tags and each topic's history. Region, organisation and account ids refer to other
-- modules and so carry no foreign keys.

create table topic_campaign (
    id              bigint generated always as identity primary key,
    theme           varchar(60)   not null,
    description     varchar(2000) not null default '',
    region_code     varchar(15)   not null,
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null check (ends_at > starts_at),
    created_by      bigint        not null,
    created_at      timestamptz   not null default now()
);
create index topic_campaign_region_idx on topic_campaign (region_code);

create table topic (
    id                     bigint generated always as identity primary key,
    title                  varchar(60)   not null,
    description            varchar(2000) not null,
    category               varchar(10)   not null check (category in ('ECONOMY', 'POLITICS', 'CULTURE', 'SOCIETY', 'ECOLOGY')),
    region_code            varchar(15)   not null,
    source                 varchar(12)   not null check (source in ('PUBLIC', 'MEMBER', 'PARTY_GOV', 'GRASSROOTS', 'EMERGENCY')),
    channel                varchar(8)    not null check (channel in ('ONLINE', 'OFFLINE')),
    status                 varchar(16)   not null,
    campaign_id            bigint references topic_campaign (id),
    submitted_by           bigint        not null,
    -- The resident who came in person or phoned (OFFLINE): name and phone encrypted, masked for lists.
    offline_name_cipher    bytea,
    offline_name_masked    varchar(40),
    offline_phone_cipher   bytea,
    offline_phone_masked   varchar(11),
    held                   boolean       not null default false,
    held_words             varchar(500),
    decline_reason         varchar(20),
    decision_note          varchar(1000),
    screened_by            bigint,
    screened_at            timestamptz,
    merged_into            bigint references topic (id),
    routed_level           varchar(12),
    routed_organization_id bigint,
    plan_id                bigint,
    consultation_id        bigint,
    -- Words of title and description as the smartcn analyser segments them, stored as lexemes
    -- verbatim (array_to_tsvector): PostgreSQL's own parser does not segment Chinese.
    search_vector          tsvector      not null default ''::tsvector,
    submitted_at           timestamptz   not null default now(),
    updated_at             timestamptz   not null default now()
);
create index topic_status_region_idx on topic (status, region_code);
create index topic_submitted_by_idx on topic (submitted_by);
create index topic_campaign_idx on topic (campaign_id);
create index topic_updated_at_idx on topic (updated_at);
create index topic_search_idx on topic using gin (search_vector);

create table topic_supporter (
    topic_id       bigint      not null references topic (id),
    account_id     bigint      not null,
    -- The community the supporter lived in when signing (a grid counts as its community).
    community_code varchar(15),
    signed_at      timestamptz not null default now(),
    primary key (topic_id, account_id)
);
create index topic_supporter_account_idx on topic_supporter (account_id);

create table topic_image (
    id           bigint generated always as identity primary key,
    topic_id     bigint      not null references topic (id),
    content_type varchar(20) not null,
    width        int         not null,
    height       int         not null,
    content      bytea       not null,
    added_at     timestamptz not null default now()
);
create index topic_image_topic_idx on topic_image (topic_id);

create table topic_tag (
    id     bigint generated always as identity primary key,
    name   varchar(20) not null unique,
    active boolean     not null default true
);

create table topic_tagging (
    topic_id bigint not null references topic (id),
    tag_id   bigint not null references topic_tag (id),
    primary key (topic_id, tag_id)
);

create table topic_history (
    id         bigint generated always as identity primary key,
    topic_id   bigint       not null references topic (id),
    kind       varchar(20)  not null,
    actor_id   bigint,
    detail     varchar(1000),
    reference  bigint,
    at         timestamptz  not null default now()
);
create index topic_history_topic_idx on topic_history (topic_id, id);

create table topic_preflag_rule (
    id       bigint generated always as identity primary key,
    keyword  varchar(30) not null,
    reason   varchar(20) not null,
    added_at timestamptz not null default now(),
    unique (keyword, reason)
);

insert into topic_tag (name) values
    ('老旧小区改造'), ('停车'), ('养老'), ('教育'), ('医疗'), ('环境卫生'), ('物业管理'), ('交通安全');

-- Suggestions only: a person decides. Admins edit them at /admin/topic-rules.
insert into topic_preflag_rule (keyword, reason) values
    ('法院', 'LEGAL_LITIGATION'), ('判决', 'LEGAL_LITIGATION'), ('诉讼', 'LEGAL_LITIGATION'),
    ('仲裁', 'LEGAL_LITIGATION'), ('起诉', 'LEGAL_LITIGATION'), ('律师', 'LEGAL_LITIGATION'),
    ('信访', 'PETITION'), ('上访', 'PETITION'), ('复查复核', 'PETITION'),
    ('我家', 'PERSONAL'), ('我个人', 'PERSONAL'), ('赔偿我', 'PERSONAL');
