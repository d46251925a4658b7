-- The text of a secret message (a one-time code) waits for sending encrypted with the personal-data
-- key, never in clear; it is forgotten once sent or given up.
alter table outbox_message add column body_cipher bytea;
alter table outbox_message alter column body drop not null;
update outbox_message set body = null where secret;
