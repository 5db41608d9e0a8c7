-- Change feed for machines (ru.digitalbridge.changes): the latest change of every organization, account and
-- published evaluation, written by triggers in the transaction of the change itself, so no write path can forget
-- it. One row per record (a new change replaces the previous one), so reading from the start is a full list and
-- reading from a cursor is exactly what changed since. Readers order by (xid, seq) and only see rows whose
-- transaction id is below the oldest running one (pg_snapshot_xmin): a transaction that commits later always
-- sorts after the cursor, so nothing is skipped.
create table change_log (
    seq        bigserial   primary key,
    xid        xid8        not null default pg_current_xact_id(),
    entity     text        not null check (entity in ('organization', 'account', 'evaluation')),
    entity_id  uuid        not null,
    change     text        not null check (change in ('UPSERT', 'ARCHIVED', 'WITHDRAWN', 'DELETED')),
    changed_at timestamptz not null default clock_timestamp(),
    unique (entity, entity_id)
);
create index change_log_order_idx on change_log (xid, seq);
create index change_log_changed_idx on change_log (changed_at);

create function change_log_record(kind text, id uuid, what text) returns void language sql as $$
    insert into change_log (entity, entity_id, change) values (kind, id, what)
    on conflict (entity, entity_id) do update
       set seq = nextval('change_log_seq_seq'), xid = pg_current_xact_id(), change = excluded.change,
           changed_at = clock_timestamp();
$$;

-- registry: every insert and update; an archived record is an ARCHIVED tombstone until it is restored
create function change_log_registry() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform change_log_record(tg_argv[0], old.id, 'DELETED');
        return old;
    end if;
    perform change_log_record(tg_argv[0], new.id, case when new.status = 'ARCHIVED' then 'ARCHIVED' else 'UPSERT' end);
    return new;
end $$;

create trigger organization_change_log after insert or update or delete on organization
    for each row execute function change_log_registry('organization');
create trigger account_change_log after insert or update or delete on account
    for each row execute function change_log_registry('account');

-- results: only published PRIMARY evaluations (what anyone may read) are in the feed; one that leaves publication or is deleted is a tombstone
create function change_log_evaluation() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'PUBLISHED' and old.role = 'PRIMARY' then
            perform change_log_record('evaluation', old.id, 'DELETED');
        end if;
        return old;
    end if;
    if new.role <> 'PRIMARY' then
        return new;
    end if;
    if new.status = 'PUBLISHED' then
        perform change_log_record('evaluation', new.id, 'UPSERT');
    elsif tg_op = 'UPDATE' and old.status = 'PUBLISHED' then
        perform change_log_record('evaluation', new.id, 'WITHDRAWN');
    end if;
    return new;
end $$;

create trigger evaluation_change_log after insert or update or delete on evaluation
    for each row execute function change_log_evaluation();

-- what exists today
insert into change_log (entity, entity_id, change)
select 'organization', id, case when status = 'ARCHIVED' then 'ARCHIVED' else 'UPSERT' end from organization;
insert into change_log (entity, entity_id, change)
select 'account', id, case when status = 'ARCHIVED' then 'ARCHIVED' else 'UPSERT' end from account;
insert into change_log (entity, entity_id, change)
select 'evaluation', id, 'UPSERT' from evaluation where status = 'PUBLISHED' and role = 'PRIMARY';
