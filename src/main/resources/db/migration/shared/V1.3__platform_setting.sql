-- Facts about this installation, e.g. when demo data was loaded.
create table platform_setting (
    name       varchar(100) primary key,
    value      text not null,
    updated_at timestamptz not null default now()
);
