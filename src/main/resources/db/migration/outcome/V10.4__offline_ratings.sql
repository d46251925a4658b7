-- Satisfaction collected offline (线下测评) at a return visit or a forum and entered by staff on the
-- people's behalf (代录): one person's rating (with their name) or the counts of a show of hands or
-- paper slips, with the occasion and the evidence (a note, optionally a photo re-encoded without
-- metadata). The rating rule adds them to the online ratings of the same round.
create table outcome_offline_rating (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references outcome_recommendation (id),
    handling_round     int          not null,
    occasion           varchar(20)  not null,
    held_on            date         not null,
    place              varchar(200),
    respondent_name    varchar(50),
    satisfied          int          not null check (satisfied >= 0),
    basically          int          not null check (basically >= 0),
    unsatisfied        int          not null check (unsatisfied >= 0),
    note               text         not null,
    photo              bytea,
    photo_type         varchar(40),
    entered_by         bigint       not null,
    entered_at         timestamptz  not null,
    check (satisfied + basically + unsatisfied > 0),
    check (respondent_name is null or satisfied + basically + unsatisfied = 1)
);
create index outcome_offline_rating_round on outcome_offline_rating (recommendation_id, handling_round);
