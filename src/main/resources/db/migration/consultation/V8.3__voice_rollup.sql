-- Who was present and who spoke at concluded consultations, by the month they concluded (China time),
-- the consultation's district (the region itself above districts) and participant category: the
-- dashboard's residents' share of attendance and of speaking time over time. VoiceRollup adds a
-- consultation's check-ins and speaking seconds when it concludes (nothing changes them afterwards), and
-- counts the table from the records when it is empty at start-up.
create table consultation_voice_rollup (
    month         date        not null,
    district_code varchar(15) not null,
    category      varchar(12) not null,
    consultations int         not null default 0,
    attendees     int         not null default 0,
    seconds       bigint      not null default 0,
    primary key (month, district_code, category)
);
