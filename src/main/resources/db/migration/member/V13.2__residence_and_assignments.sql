-- Residence reporting (到居住地报到) and assignment (入驻), grids (网格化履职).

-- A member reports to the community they live in; the community's cadre confirms or declines.
-- Only one report of a member is open (reported or confirmed) at a time; withdrawn and declined
-- ones stay as history.
create table member_residence_report (
    id              bigserial     primary key,
    member_id       bigint        not null references member_profile (id),
    community_code  varchar(12)   not null,
    status          varchar(12)   not null,
    reported_at     timestamptz   not null,
    decided_by      bigint,
    decided_at      timestamptz,
    decline_reason  varchar(200),
    version         bigint        not null default 0
);
create unique index member_residence_report_open on member_residence_report (member_id)
    where status in ('REPORTED', 'CONFIRMED');
create index member_residence_report_community on member_residence_report (community_code, status);

-- Staff assign a member to a community or village for a period (入驻); a member may have several.
create table member_assignment (
    id              bigserial     primary key,
    member_id       bigint        not null references member_profile (id),
    community_code  varchar(12)   not null,
    starts_on       date          not null,
    ends_on         date          not null,
    assigned_by     bigint        not null,
    ended_by        bigint,
    note            varchar(200),
    created_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    check (ends_on >= starts_on)
);
create index member_assignment_community on member_assignment (community_code, ends_on);
create index member_assignment_member on member_assignment (member_id);

-- Grids inside a community where a member does grid duty.
create table member_grid (
    member_id    bigint        not null references member_profile (id),
    grid_code    varchar(15)   not null,
    assigned_by  bigint        not null,
    assigned_at  timestamptz   not null,
    primary key (member_id, grid_code)
);
create index member_grid_grid on member_grid (grid_code);
