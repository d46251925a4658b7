-- Quality evaluation of consultations (协商质量评价): indicator sets per organising committee and year,
-- each consultation's evaluation with its indicator values, the panel's assessments, and roll-ups kept
-- current with every evaluation (the aggregates pages read them instead of scanning evaluations).
-- Consultation, organisation, region and account ids refer to other modules: no foreign keys to them.

create table quality_indicator_set (
    id               bigserial    primary key,
    organization_id  bigint       not null,
    region_code      varchar(12)  not null,
    year             int          not null,
    version          bigint       not null default 0,
    unique (organization_id, year)
);

-- An indicator: what is measured (a Measure), a name (null: the measure's own), a target and a weight.
create table quality_indicator (
    indicator_set_id  bigint            not null references quality_indicator_set (id) on delete cascade,
    position          int               not null,
    name              varchar(60),
    measure           varchar(40)       not null,
    target            double precision  not null,
    weight            double precision  not null,
    is_public         boolean           not null,
    primary key (indicator_set_id, position)
);

create table quality_evaluation (
    consultation_id   bigint            primary key,
    title             varchar(200)      not null,
    region_code       varchar(12)       not null,
    district_code     varchar(12)       not null,
    organization_id   bigint            not null,
    kind              varchar(20)       not null,
    form              varchar(20)       not null,
    year              int               not null,
    open_to_public    boolean           not null,
    indicator_set_id  bigint            not null,
    status            varchar(10)       not null,
    score             double precision,
    grade             varchar(10),
    measured          int               not null default 0,
    computed_at       timestamptz       not null,
    closed_at         timestamptz,
    closed_by         bigint,
    version           bigint            not null default 0
);
create index quality_evaluation_scope on quality_evaluation (district_code, year);
-- Open evaluations are refreshed daily (deadlines pass without an event).
create index quality_evaluation_open on quality_evaluation (consultation_id) where status = 'OPEN';

-- The indicators as computed for one evaluation: a copy of the indicator (closed evaluations keep the
-- set they were scored with), the value, its parts, the score and the evidence (JSON list of
-- {key, args, link}).
create table quality_indicator_value (
    consultation_id  bigint            not null references quality_evaluation (consultation_id) on delete cascade,
    position         int               not null,
    name             varchar(60),
    measure          varchar(40)       not null,
    target           double precision  not null,
    weight           double precision  not null,
    is_public        boolean           not null,
    value            double precision,
    numerator        double precision,
    denominator      double precision,
    score            double precision,
    evidence         text              not null default '[]',
    primary key (consultation_id, position)
);

-- The panel (评议小组): assessors invited by staff score a short rubric, 1 to 5 with a comment.
create table quality_panel_invitation (
    id               bigserial    primary key,
    consultation_id  bigint       not null references quality_evaluation (consultation_id) on delete cascade,
    account_id       bigint       not null,
    invited_by       bigint       not null,
    invited_at       timestamptz  not null,
    answered_at      timestamptz,
    version          bigint       not null default 0,
    unique (consultation_id, account_id)
);
create index quality_panel_invitation_account on quality_panel_invitation (account_id);

create table quality_panel_answer (
    panel_invitation_id  bigint       not null references quality_panel_invitation (id) on delete cascade,
    position             int          not null,
    question             varchar(40)  not null,
    score                int          not null check (score between 1 and 5),
    comment              varchar(500),
    primary key (panel_invitation_id, position)
);

-- Roll-ups, changed with every evaluation by the difference between its old and new state.
create table quality_rollup (
    year             int               not null,
    district_code    varchar(12)       not null,
    organization_id  bigint            not null,
    kind             varchar(20)       not null,
    form             varchar(20)       not null,
    evaluations      int               not null default 0,
    scored           int               not null default 0,
    score_sum        double precision  not null default 0,
    excellent        int               not null default 0,
    good             int               not null default 0,
    fair             int               not null default 0,
    poor             int               not null default 0,
    primary key (year, district_code, organization_id, kind, form)
);

create table quality_indicator_rollup (
    year             int               not null,
    district_code    varchar(12)       not null,
    organization_id  bigint            not null,
    kind             varchar(20)       not null,
    form             varchar(20)       not null,
    measure          varchar(40)       not null,
    scored           int               not null default 0,
    score_sum        double precision  not null default 0,
    primary key (year, district_code, organization_id, kind, form, measure)
);
