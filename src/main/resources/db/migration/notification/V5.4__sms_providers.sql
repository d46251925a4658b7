-- SMS through providers' approved templates (Aliyun, Tencent): the named values a template takes
-- (title, body, link, the notice's arguments) as JSON; a secret message's (a code's) encrypted with
-- the personal-data key like its text, and forgotten once sent.
alter table outbox_message add column sms_values text;
alter table outbox_message add column sms_values_cipher bytea;

-- What the provider answered when it took the message: its id (Aliyun BizId, Tencent SerialNo), its
-- answer, and how many SMS it bills the text as.
alter table outbox_message add column provider_message_id varchar(100);
alter table outbox_message add column provider_answer varchar(200);
alter table outbox_message add column billed_parts int;

-- The delivery receipt (status report) the provider gave later: received by the phone or not, its code.
alter table outbox_message add column receipt_delivered boolean;
alter table outbox_message add column receipt_detail varchar(200);
alter table outbox_message add column receipt_at timestamptz;
-- When the provider was last asked for its receipt: those asked longest ago are asked first, so that
-- messages whose receipt never comes do not keep the others from being asked.
alter table outbox_message add column receipt_asked_at timestamptz;

create index outbox_message_awaiting_receipt_idx on outbox_message (receipt_asked_at nulls first, sent_at)
    where status = 'SENT' and channel = 'SMS' and provider_message_id is not null and receipt_delivered is null;
create index outbox_message_provider_idx on outbox_message (provider_message_id) where provider_message_id is not null;
create index outbox_message_undelivered_idx on outbox_message (receipt_at desc) where receipt_delivered = false;
