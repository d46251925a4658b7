-- Regions and organisations are aggregates stored with Spring Data JDBC; the version makes a change
-- based on an outdated read fail instead of overwriting another admin's change.
alter table region add column version bigint not null default 0;
alter table organization add column version bigint not null default 0;
