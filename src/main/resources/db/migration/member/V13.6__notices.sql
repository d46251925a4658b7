-- Notices to members (向全体委员发布消息): read receipts, reminders, and the link each member
-- shares onward, with what came of it (opened, signed up, took part).

create table member_notice (
    id            bigserial     primary key,
    committee_id  bigint        not null,
    title         varchar(100)  not null,
    body          text          not null,
    audience      varchar(10)   not null,
    audience_id   bigint,
    share_path    varchar(300),
    by_sms        boolean       not null,
    sent_by       bigint        not null,
    sent_at       timestamptz   not null
);
create index member_notice_committee on member_notice (committee_id, sent_at);

create table member_notice_recipient (
    notice_id    bigint        not null references member_notice (id),
    member_id    bigint        not null references member_profile (id),
    account_id   bigint        not null,
    share_code   varchar(16)   not null unique,
    read_at      timestamptz,
    reminded_at  timestamptz,
    primary key (notice_id, member_id)
);
create index member_notice_recipient_account on member_notice_recipient (account_id);

-- What a shared link led to. An opening counts once per browser (visitor, a random cookie value);
-- signing up and taking part once per account.
create table member_notice_referral (
    id          bigserial     primary key,
    share_code  varchar(16)   not null,
    kind        varchar(10)   not null,
    visitor     varchar(40),
    account_id  bigint,
    at          timestamptz   not null
);
create unique index member_notice_referral_visitor on member_notice_referral (share_code, kind, visitor) where visitor is not null;
create unique index member_notice_referral_account on member_notice_referral (share_code, kind, account_id) where account_id is not null;
