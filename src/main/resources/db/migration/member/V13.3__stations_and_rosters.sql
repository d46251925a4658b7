-- Liaison stations (委员联络站 / 委员工作站 / 委员之家), their reception days, duty rosters (值班表),
-- check-in, shift swaps and residents' bookings (预约).

create table member_station (
    id                  bigserial     primary key,
    committee_id        bigint        not null,
    name                varchar(60)   not null,
    kind                varchar(20)   not null,
    region_code         varchar(12)   not null,
    address             varchar(200)  not null,
    opening_hours       varchar(200)  not null,
    contact_name        varchar(30)   not null,
    contact_phone       varchar(30)   not null,
    contact_account_id  bigint,
    description         text          not null default '',
    bookings_per_shift  int           not null,
    active              boolean       not null default true,
    version             bigint        not null default 0,
    unique (committee_id, name)
);

-- The townships and communities a station covers.
create table member_station_coverage (
    station_id   bigint       not null references member_station (id),
    region_code  varchar(12)  not null,
    primary key (station_id, region_code)
);
create index member_station_coverage_region on member_station_coverage (region_code);

create table member_station_member (
    station_id  bigint  not null references member_station (id),
    member_id   bigint  not null references member_profile (id),
    since       date    not null,
    primary key (station_id, member_id)
);
create index member_station_member_member on member_station_member (member_id);

-- One recurrence of reception days (接待日) per station, e.g. every second Tuesday afternoon.
create table member_reception_schedule (
    station_id         bigint       primary key references member_station (id),
    pattern            varchar(30)  not null,
    weekday            int          not null check (weekday between 1 and 7),
    interval_weeks     int          not null default 1,
    week_of_month      int          not null default 1,
    anchor_on          date         not null,
    starts_at          time         not null,
    ends_at            time         not null,
    members_per_shift  int          not null,
    version            bigint       not null default 0,
    check (ends_at > starts_at)
);

create table member_shift (
    id          bigserial     primary key,
    station_id  bigint        not null references member_station (id),
    day         date          not null,
    starts_at   timestamptz   not null,
    ends_at     timestamptz   not null,
    cancelled   boolean       not null default false,
    version     bigint        not null default 0,
    unique (station_id, starts_at)
);
create index member_shift_day on member_shift (day);

-- A member on duty at a shift, and how they were checked in (QR code at the station, or the contact).
create table member_shift_duty (
    id               bigserial     primary key,
    shift_id         bigint        not null references member_shift (id),
    member_id        bigint        not null references member_profile (id),
    checked_in_at    timestamptz,
    check_in_method  varchar(10),
    checked_in_by    bigint,
    reminded_on      date,
    version          bigint        not null default 0,
    unique (shift_id, member_id)
);
create index member_shift_duty_member on member_shift_duty (member_id);

-- Days a member cannot serve; the roster generator skips them.
create table member_unavailability (
    member_id  bigint  not null references member_profile (id),
    day        date    not null,
    primary key (member_id, day)
);

-- A member asks another to take their duty, perhaps in exchange for one of the other's; the other
-- accepts or declines. Kept as history for staff.
create table member_shift_swap (
    id                bigserial     primary key,
    duty_id           bigint        not null references member_shift_duty (id),
    from_member_id    bigint        not null references member_profile (id),
    to_member_id      bigint        not null references member_profile (id),
    exchange_duty_id  bigint        references member_shift_duty (id),
    status            varchar(10)   not null,
    note              varchar(200),
    requested_at      timestamptz   not null,
    decided_at        timestamptz,
    version           bigint        not null default 0
);
create index member_shift_swap_to on member_shift_swap (to_member_id, status);
create index member_shift_swap_duty on member_shift_swap (duty_id);

-- A resident's booking (预约) of a reception day, with the matter in a few words.
create table member_booking (
    id          bigserial     primary key,
    shift_id    bigint        not null references member_shift (id),
    account_id  bigint        not null,
    name        varchar(30)   not null,
    matter      varchar(300)  not null,
    status      varchar(10)   not null,
    booked_at   timestamptz   not null,
    version     bigint        not null default 0
);
create unique index member_booking_once on member_booking (shift_id, account_id) where status = 'BOOKED';
