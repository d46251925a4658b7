-- Follow-up (跟踪问效): questionnaires with their answers, and records of visits and forums.
-- No foreign keys to other modules' tables: recommendation, consultation, topic and account ids
-- are checked through those modules' services.

create table followup_survey (
    id                 bigserial     primary key,
    title              varchar(120)  not null,
    intro              text          not null default '',
    region_code        varchar(12)   not null,
    anonymous          boolean       not null,
    audience           varchar(10)   not null,
    status             varchar(10)   not null,
    opens_at           timestamptz,
    closes_at          timestamptz,
    recommendation_id  bigint,
    consultation_id    bigint,
    topic_id           bigint,
    created_by         bigint        not null,
    created_at         timestamptz   not null,
    published_at       timestamptz,
    closed_at          timestamptz
);
create index followup_survey_region on followup_survey (region_code, status);
create index followup_survey_recommendation on followup_survey (recommendation_id);

create table followup_question (
    id         bigserial     primary key,
    survey_id  bigint        not null references followup_survey (id) on delete cascade,
    position   int           not null,
    kind       varchar(20)   not null,
    text       varchar(300)  not null,
    required   boolean       not null
);
create index followup_question_survey on followup_question (survey_id, position);

create table followup_choice (
    id           bigserial     primary key,
    question_id  bigint        not null references followup_question (id) on delete cascade,
    position     int           not null,
    text         varchar(100)  not null
);
create index followup_choice_question on followup_choice (question_id, position);

-- Who was asked when the survey was published (consultation participants, topic supporters).
create table followup_invitation (
    survey_id   bigint  not null references followup_survey (id),
    account_id  bigint  not null,
    primary key (survey_id, account_id)
);
create index followup_invitation_account on followup_invitation (account_id);

-- One response per person and survey. respondent_key is a keyed hash (HMAC) of survey and account:
-- it finds a second answer without naming the respondent. account_id is kept for real-name surveys
-- only; anonymous responses keep the day, not the time, and have random ids, so that neither their
-- order nor their timing leads back to a login.
create table followup_response (
    id              uuid         primary key,
    survey_id       bigint       not null references followup_survey (id),
    respondent_key  bytea        not null,
    account_id      bigint,
    respondent_name varchar(100),
    submitted_at    timestamptz,
    submitted_on    date         not null,
    unique (survey_id, respondent_key),
    check (account_id is null or submitted_at is not null)
);

-- One row per chosen choice, per rating, per text.
create table followup_answer (
    response_id  uuid     not null references followup_response (id) on delete cascade,
    question_id  bigint   not null references followup_question (id),
    choice_id    bigint   references followup_choice (id),
    rating       smallint check (rating between 1 and 5),
    text         text
);
create index followup_answer_response on followup_answer (response_id);

create table followup_record (
    id               bigserial     primary key,
    kind             varchar(20)   not null,
    region_code      varchar(12)   not null,
    happened_on      date          not null,
    place            varchar(200)  not null,
    findings         text          not null,
    consultation_id  bigint,
    topic_id         bigint,
    survey_id        bigint        references followup_survey (id),
    recorded_by      bigint        not null,
    recorded_at      timestamptz   not null
);
create index followup_record_region on followup_record (region_code, happened_on);

create table followup_record_recommendation (
    record_id          bigint  not null references followup_record (id),
    recommendation_id  bigint  not null,
    primary key (record_id, recommendation_id)
);
create index followup_record_recommendation_by on followup_record_recommendation (recommendation_id);

-- Staff and members taking part (with an account), and others by name only.
create table followup_record_participant (
    id          bigserial    primary key,
    record_id   bigint       not null references followup_record (id),
    account_id  bigint,
    name        varchar(50)  not null
);
create index followup_record_participant_record on followup_record_participant (record_id);
create index followup_record_participant_account on followup_record_participant (account_id);

-- Photos re-encoded without metadata, in the database like topic images (one backup, every node sees them).
create table followup_photo (
    id            bigserial    primary key,
    record_id     bigint       not null references followup_record (id),
    content_type  varchar(20)  not null,
    width         int          not null,
    height        int          not null,
    content       bytea        not null
);
create index followup_photo_record on followup_photo (record_id);
