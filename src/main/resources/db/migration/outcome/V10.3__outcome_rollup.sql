-- The dashboard's outcome figures (issue 15 §2), kept current in the transactions that change
-- recommendations, so that the pipeline and the department league table never count them one by one.
-- District: the recommendation's own district (the region itself above districts); organisation: the
-- lead department at the time.

-- What happened, by the month it happened (China time): transfers to a department, replies (on time
-- when given by the deadline of the time), their grades by kind, the rating rounds' results, re-handlings.
create table outcome_rollup (
    month               date        not null,
    district_code       varchar(15) not null,
    organization_id     bigint      not null,
    transferred         int         not null default 0,
    replied_on_time     int         not null default 0,
    replied_late        int         not null default 0,
    solved              int         not null default 0,
    being_solved        int         not null default 0,
    for_reference       int         not null default 0,
    satisfied           int         not null default 0,
    basically_satisfied int         not null default 0,
    unsatisfied         int         not null default 0,
    not_rated           int         not null default 0,
    primary key (month, district_code, organization_id)
);

-- Recommendations a department is handling now (transferred, signed for, in progress, extended, re-handled),
-- by their deadline: those due before today are overdue.
create table outcome_open_rollup (
    due_on          date        not null,
    district_code   varchar(15) not null,
    organization_id bigint      not null,
    recommendations int         not null,
    primary key (due_on, district_code, organization_id)
);
