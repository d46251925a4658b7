-- The account is stored as one aggregate (Spring Data JDBC): an update applies only to the version it
-- was read at, so that a change based on an outdated read fails instead of undoing another.
alter table account add column version bigint not null default 0;
