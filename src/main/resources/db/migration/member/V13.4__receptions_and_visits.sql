-- Reception records (接待记录) at stations and grid visits (网格走访), with photos. A visitor's name
-- and phone are personal data: encrypted, and masked for display.

create table member_reception (
    id                    bigserial     primary key,
    shift_id              bigint        not null references member_shift (id),
    station_id            bigint        not null references member_station (id),
    member_id             bigint        not null references member_profile (id),
    visitor_name_cipher   bytea,
    visitor_name_masked   varchar(30),
    visitor_phone_cipher  bytea,
    visitor_phone_masked  varchar(20),
    category              varchar(20)   not null,
    community_code        varchar(12)   not null,
    description           text          not null,
    outcome               varchar(20)   not null,
    outcome_note          text,
    topic_id              bigint,
    recorded_at           timestamptz   not null,
    version               bigint        not null default 0
);
create index member_reception_station on member_reception (station_id, recorded_at);
create index member_reception_member on member_reception (member_id);
create index member_reception_topic on member_reception (topic_id);

create table member_grid_visit (
    id              bigserial     primary key,
    member_id       bigint        not null references member_profile (id),
    grid_code       varchar(15)   not null,
    community_code  varchar(12)   not null,
    visited_on      date          not null,
    households      int           not null check (households >= 0),
    findings        text          not null,
    category        varchar(20)   not null,
    topic_id        bigint,
    recorded_at     timestamptz   not null,
    version         bigint        not null default 0
);
create index member_grid_visit_member on member_grid_visit (member_id, visited_on);
create index member_grid_visit_topic on member_grid_visit (topic_id);

create table member_record_photo (
    id            bigserial     primary key,
    owner_type    varchar(10)   not null,
    owner_id      bigint        not null,
    content_type  varchar(20)   not null,
    width         int           not null,
    height        int           not null,
    content       bytea         not null
);
create index member_record_photo_owner on member_record_photo (owner_type, owner_id);
