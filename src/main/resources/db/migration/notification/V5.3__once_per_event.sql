-- A notice caused by an event is written once per recipient even when the event is handled again
-- (a node died after the notice committed but before the event was marked complete): the key names
-- the event (and the notice), and a second insert with it writes nothing.
alter table notification add column dedup_key varchar(120);
create unique index notification_dedup_idx on notification (dedup_key, account_id) where dedup_key is not null;
alter table outbox_message add column dedup_key varchar(120);
create unique index outbox_message_dedup_idx on outbox_message (dedup_key) where dedup_key is not null and account_id is null;
