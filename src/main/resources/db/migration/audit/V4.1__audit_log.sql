-- The audit log (审计日志): security-relevant acts, written in the transaction of the act.
-- Append-only at the database level: rows are never changed, and deleted only once they are older
-- than the retention, so neither a bug nor a careless statement can rewrite history.
create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    action       varchar(100) not null,
    actor_id     bigint,
    subject_type varchar(50)  not null,
    subject_id   varchar(100) not null,
    details      jsonb        not null default '{}',
    client_ip    varchar(45)
);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_action_idx on audit_entry (action text_pattern_ops);
create index audit_entry_actor_idx on audit_entry (actor_id, occurred_at);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, occurred_at);

-- The retention in days, written by the retention job from gongshang.audit.retention-days. Never
-- below 180 days: the Cybersecurity Law (网络安全法, art. 21) asks for logs of at least six months.
create table audit_retention (
    singleton boolean primary key default true check (singleton),
    days      int     not null check (days >= 180)
);
insert into audit_retention (days) values (365);

create function audit_entry_append_only() returns trigger language plpgsql as $$
declare
    retention int := greatest(180, coalesce((select days from audit_retention), 365));
begin
    if tg_op = 'UPDATE' then
        raise exception 'audit_entry is append-only: entry % cannot be changed', old.id;
    end if;
    if old.occurred_at > now() - make_interval(days => retention) then
        raise exception 'audit_entry % is younger than the retention of % days and cannot be deleted', old.id, retention;
    end if;
    return old;
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create function audit_entry_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: it cannot be truncated';
end;
$$;

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_no_truncate();
