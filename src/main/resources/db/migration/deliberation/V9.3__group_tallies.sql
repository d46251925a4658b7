-- Show-of-hands votes at a meeting (会议举手表决), recorded by a facilitator as a group tally per
-- statement: how many agreed, disagreed or passed, not who. Kept apart from the participants' votes:
-- they are not participants, so the consensus engine never sees them.
create table deliberation_group_tally (
    id              bigint generated always as identity primary key,
    deliberation_id bigint       not null references deliberation,
    statement_id    bigint       not null references deliberation_statement,
    meeting         varchar(200) not null,
    held_on         date         not null,
    agrees          int          not null check (agrees >= 0),
    disagrees       int          not null check (disagrees >= 0),
    passes          int          not null check (passes >= 0),
    note            text,
    entered_by      bigint       not null,
    entered_at      timestamptz  not null,
    check (agrees + disagrees + passes > 0)
);
create index deliberation_group_tally_deliberation on deliberation_group_tally (deliberation_id, statement_id);
