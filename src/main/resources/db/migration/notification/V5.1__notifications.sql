-- The in-app inbox (站内消息): always written, whatever else a person chose.
create table notification (
    id         bigint generated always as identity primary key,
    account_id bigint       not null,
    kind       varchar(20)  not null,
    title      varchar(200) not null,
    body       text         not null,
    link       varchar(500),
    urgent     boolean      not null default false,
    created_at timestamptz  not null default now(),
    read_at    timestamptz
);
create index notification_account_idx on notification (account_id, created_at desc, id desc);
create index notification_unread_idx on notification (account_id) where read_at is null;

-- The transactional outbox for SMS and email: written in the same transaction as the inbox rows,
-- sent by the dispatcher. The id is passed to gateways as the idempotency key. Recipients (phones,
-- email addresses) are personal data, kept encrypted; the masked form is for admins' lists.
create table outbox_message (
    id               uuid primary key,
    channel          varchar(10)  not null check (channel in ('SMS', 'EMAIL')),
    kind             varchar(20)  not null,
    account_id       bigint,
    recipient_cipher bytea        not null,
    recipient_masked varchar(100) not null,
    language         varchar(5)   not null,
    subject          varchar(200),
    body             text,
    secret           boolean      not null default false,
    urgent           boolean      not null default false,
    status           varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED', 'EXPIRED')),
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    expires_at       timestamptz,
    last_error       varchar(500),
    created_at       timestamptz  not null default now(),
    sent_at          timestamptz
);
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_message_failed_idx on outbox_message (created_at desc) where status = 'FAILED';

-- Every try to send an outbox message, kept to show admins the back-off and the errors.
create table outbox_attempt (
    id           bigint generated always as identity primary key,
    message_id   uuid        not null references outbox_message (id) on delete cascade,
    attempt      int         not null,
    attempted_at timestamptz not null,
    error        varchar(500)
);
create index outbox_attempt_message_idx on outbox_attempt (message_id, attempt);

-- A person's channel choices per kind of message; without a row the kind's defaults apply.
create table notification_preference (
    account_id bigint      not null,
    kind       varchar(20) not null,
    sms        boolean     not null,
    email      boolean     not null,
    updated_at timestamptz not null default now(),
    primary key (account_id, kind)
);

-- The language messages are written in for a person: taken from the site language they use,
-- unless they chose one on the preferences page (chosen = true).
create table notification_language (
    account_id bigint primary key,
    language   varchar(5)  not null check (language in ('zh', 'en')),
    chosen     boolean     not null default false,
    updated_at timestamptz not null default now()
);

-- Demo mode only: SMS that the development gateway "sent", visible at /dev/sms to every node.
create table dev_sms (
    id           bigint generated always as identity primary key,
    message_id   uuid         not null unique,
    phone_hash   bytea        not null,
    phone_masked varchar(20)  not null,
    text         text         not null,
    sent_at      timestamptz  not null default now()
);
create index dev_sms_phone_idx on dev_sms (phone_hash, sent_at desc);
