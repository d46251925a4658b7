-- Topics counted by the month they were submitted (China time), their district (the region itself for
-- topics above districts), source, category, status and decline reason ('' for none): the dashboard's
-- topic and screening sections read these few thousand rows, never the topics. TopicRollup changes
-- them with every topic stored and every change of status; TopicRollupProvision fills the table from
-- the topics when it is empty at start-up (this version's first start, or after truncating it).
create table topic_rollup (
    month          date        not null,
    district_code  varchar(15) not null,
    source         varchar(12) not null,
    category       varchar(10) not null,
    status         varchar(16) not null,
    decline_reason varchar(20) not null default '',
    topics         int         not null,
    primary key (month, district_code, source, category, status, decline_reason)
);
create index topic_rollup_district_idx on topic_rollup (district_code, month);
