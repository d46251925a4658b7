-- Accounts. ID numbers and phones are stored encrypted (AES-GCM) and found by a keyed hash
-- (HMAC-SHA256); the masked forms are kept for lists so that showing them decrypts nothing.
create table account (
    id                    bigint generated always as identity primary key,
    username              varchar(40)  not null unique,
    password_hash         varchar(200) not null,
    real_name             varchar(50)  not null,
    id_number_cipher      bytea,
    id_number_hash        bytea unique,
    id_number_masked      varchar(18),
    phone_cipher          bytea,
    phone_hash            bytea unique,
    phone_masked          varchar(11),
    email                 varchar(200),
    residence_region_code varchar(15),
    real_name_verified    boolean      not null default false,
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default false,
    failed_logins         int          not null default 0,
    locked_until          timestamptz,
    created_at            timestamptz  not null default now(),
    last_login_at         timestamptz
);
create index account_real_name_idx on account (real_name);

create table role_grant (
    id              bigint generated always as identity primary key,
    account_id      bigint      not null references account (id) on delete cascade,
    role            varchar(20) not null check (role in ('RESIDENT', 'MEMBER', 'CADRE', 'DEPARTMENT', 'STAFF', 'REVIEWER', 'ADMIN')),
    organization_id bigint,
    granted_at      timestamptz not null default now(),
    granted_by      bigint
);
create unique index role_grant_unique_idx on role_grant (account_id, role, coalesce(organization_id, 0));
create index role_grant_organization_idx on role_grant (organization_id);

-- One-time codes: only a keyed hash of the code is kept.
create table verification_code (
    id           bigint generated always as identity primary key,
    phone_hash   bytea       not null,
    purpose      varchar(20) not null,
    code_hash    bytea       not null,
    requested_ip varchar(45),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    attempts     int         not null default 0,
    used_at      timestamptz
);
create index verification_code_phone_idx on verification_code (phone_hash, created_at);
create index verification_code_ip_idx on verification_code (requested_ip, created_at);

-- API bearer tokens: only their SHA-256 is kept, so a database reader cannot use them.
create table access_token (
    token_hash bytea primary key,
    account_id bigint      not null references account (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index access_token_account_idx on access_token (account_id);
