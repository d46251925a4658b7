-- The latest analysis of each deliberation. One node computes it at a time (an advisory lock per
-- deliberation) and stores it here; the other nodes read it instead of computing it again.
create table deliberation_analysis (
    deliberation_id bigint primary key references deliberation (id) on delete cascade,
    -- the latest vote-history id and the statements' fingerprint the analysis includes
    seen_votes      bigint not null,
    seen_statements text not null,
    -- when its votes were read (the database's clock): every vote committed before is in it
    read_at         timestamptz not null,
    computed_at     timestamptz not null,
    -- the engine's result (deliberation.engine.Analysis), Java-serialised by deliberation.internal.AnalysisCodec
    analysis        bytea not null
);

-- Coordinates and ids hardly compress: store them out of line without trying.
alter table deliberation_analysis alter column analysis set storage external;
