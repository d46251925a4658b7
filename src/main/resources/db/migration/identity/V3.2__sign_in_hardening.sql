-- Demo accounts carry a published password: they are marked, so that no login outside demo mode
-- can use them even if demo data reached a real installation.
alter table account add column demo_account boolean not null default false;

-- Raised by every password change or reset: a session or token that began under an older value
-- ends at its next request.
alter table account add column credentials_version int not null default 0;

-- Failed password logins, by a keyed hash of the name as typed (known or not) and by address; they
-- slow further attempts down (growing delays) instead of locking anyone out.
alter table account drop column failed_logins;
alter table account drop column locked_until;
create table sign_in_failure (
    id           bigint generated always as identity primary key,
    subject_hash bytea       not null,
    ip           varchar(45),
    failed_at    timestamptz not null
);
create index sign_in_failure_subject_idx on sign_in_failure (subject_hash, failed_at);
create index sign_in_failure_ip_idx on sign_in_failure (ip, failed_at);

-- Registration attempts that passed the shape checks, for the per-address and per-phone limits.
create table registration_attempt (
    id           bigint generated always as identity primary key,
    phone_hash   bytea       not null,
    ip           varchar(45),
    attempted_at timestamptz not null
);
create index registration_attempt_phone_idx on registration_attempt (phone_hash, attempted_at);
create index registration_attempt_ip_idx on registration_attempt (ip, attempted_at);

-- The one-time link that creates the first administrator of a real installation (only its SHA-256).
create table setup_token (
    token_hash bytea primary key,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
