-- Members in the communities (issue 12): sectors, member profiles and their photos, the expert pool.
-- No foreign keys to other modules' tables: account and committee (organisation) ids are checked
-- through the identity and region modules.

-- 界别: seeded per committee from the national list, then edited by its staff.
create table member_sector (
    id            bigserial    primary key,
    committee_id  bigint       not null,
    name          varchar(40)  not null,
    position      int          not null,
    active        boolean      not null default true,
    version       bigint       not null default 0,
    unique (committee_id, name)
);

-- 委员档案: one per account and committee (a person may sit on a city and a district committee).
-- committee_region_code is the committee's region, kept here so that staff scope is one condition.
create table member_profile (
    id                     bigserial     primary key,
    account_id             bigint        not null,
    committee_id           bigint        not null,
    committee_region_code  varchar(12)   not null,
    name                   varchar(30)   not null,
    term                   varchar(20)   not null,
    term_start_year        int           not null,
    term_end_year          int           not null,
    sector_id              bigint        not null references member_sector (id),
    special_committee      varchar(60),
    position               varchar(20)   not null,
    work_unit              varchar(100),
    title                  varchar(60),
    expertise              text[]        not null default '{}',
    public_profile         boolean       not null default true,
    show_sector            boolean       not null default true,
    show_station           boolean       not null default true,
    show_duties            boolean       not null default true,
    active                 boolean       not null default true,
    created_at             timestamptz   not null default now(),
    version                bigint        not null default 0,
    unique (account_id, committee_id)
);
create index member_profile_committee on member_profile (committee_id, sector_id);
create index member_profile_account on member_profile (account_id);

create table member_photo (
    member_id     bigint        primary key references member_profile (id),
    content_type  varchar(20)   not null,
    width         int           not null,
    height        int           not null,
    content       bytea         not null
);

-- 专家库: people outside the committee with expertise, invited to consultations. The phone is
-- personal data: encrypted, and masked for display.
create table member_expert (
    id            bigserial     primary key,
    committee_id  bigint        not null,
    name          varchar(30)   not null,
    expertise     text[]        not null default '{}',
    work_unit     varchar(100),
    title         varchar(60),
    phone_cipher  bytea,
    phone_masked  varchar(20),
    account_id    bigint,
    active        boolean       not null default true,
    version       bigint        not null default 0
);
create index member_expert_committee on member_expert (committee_id);
