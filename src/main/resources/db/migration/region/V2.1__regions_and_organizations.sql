create table region (
    code        varchar(15) primary key check (code ~ '^[0-9]{6}([0-9]{6}([0-9]{3})?)?$'),
    name        varchar(60) not null,
    level       varchar(10) not null check (level in ('CITY', 'DISTRICT', 'TOWNSHIP', 'COMMUNITY', 'GRID')),
    parent_code varchar(15) references region (code),
    path        text        not null unique,
    active      boolean     not null default true,
    created_at  timestamptz not null default now()
);
create index region_parent_idx on region (parent_code);
create index region_path_idx on region (path text_pattern_ops);

create table organization (
    id          bigint generated always as identity primary key,
    name        varchar(100) not null,
    type        varchar(30)  not null,
    region_code varchar(15)  not null references region (code),
    parent_id   bigint references organization (id),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    unique (name, region_code)
);
create index organization_region_idx on organization (region_code);
