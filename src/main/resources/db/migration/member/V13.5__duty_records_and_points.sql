-- Duty records (履职记录) and points (履职积分). Records come automatically from what members do
-- elsewhere (source_key keeps each source once) or by hand with evidence, approved by staff.
-- Points follow the committee's rule table in force on the day of the record; the tally keeps each
-- member's counted records and points per year and activity, so that rankings read a few rows per
-- member instead of every record.

create table member_duty_record (
    id            bigserial     primary key,
    member_id     bigint        not null references member_profile (id),
    committee_id  bigint        not null,
    activity      varchar(30)   not null,
    occurred_on   date          not null,
    year          int           not null,
    source_key    varchar(80),
    title         varchar(200)  not null,
    evidence      text,
    status        varchar(10)   not null,
    points        int           not null default 0,
    reviewed_by   bigint,
    reviewed_at   timestamptz,
    review_note   varchar(200),
    created_at    timestamptz   not null default now(),
    version       bigint        not null default 0,
    unique (member_id, source_key)
);
create index member_duty_record_member on member_duty_record (member_id, year);
create index member_duty_record_committee on member_duty_record (committee_id, activity, occurred_on);
create index member_duty_record_review on member_duty_record (committee_id, status) where status = 'SUBMITTED';

create table member_point_rule (
    id              bigserial     primary key,
    committee_id    bigint        not null,
    activity        varchar(30)   not null,
    effective_from  date          not null,
    points          int           not null check (points between 0 and 1000),
    yearly_cap      int           check (yearly_cap >= 0),
    yearly_minimum  int           check (yearly_minimum >= 0),
    created_by      bigint,
    created_at      timestamptz   not null default now(),
    unique (committee_id, activity, effective_from)
);

create table member_duty_tally (
    member_id     bigint       not null references member_profile (id),
    committee_id  bigint       not null,
    year          int          not null,
    activity      varchar(30)  not null,
    records       int          not null,
    points        int          not null,
    primary key (member_id, year, activity)
);
create index member_duty_tally_committee on member_duty_tally (committee_id, year);
