-- The progress dashboard reads counters instead of counting a campaign's evaluations (issue 7, §6). Both tables
-- are maintained by statement-level triggers in the transaction of the change itself, so every write path
-- (assignment, save, submit, return, approve, publish, reassignment, removal, a moved account, the demo loader)
-- keeps them exact without knowing about them.
--
-- campaign_progress_count: one row per (campaign, expert, municipality) with the evaluations by status and role.
-- A transition moves one evaluation between two columns of its own expert's row, so experts never wait for each
-- other; a save that changes no counted column (status, started or not, role, expert, municipality) writes
-- nothing. The dashboard's per-expert and per-municipality figures and the campaign totals are sums over the
-- campaign's few rows. Overdue is not stored: it is DRAFT + RETURNED once the campaign's evaluation deadline has
-- passed, which depends on the day.
create table campaign_progress_count (
    campaign_id     uuid   not null references campaign (id) on delete cascade,
    expert_id       uuid   not null,
    municipality_id uuid   not null,
    total           bigint not null default 0,
    not_started     bigint not null default 0, -- DRAFT never saved (started_at is null)
    draft           bigint not null default 0, -- DRAFT saved at least once
    submitted       bigint not null default 0,
    returned        bigint not null default 0,
    approved        bigint not null default 0,
    published       bigint not null default 0,
    seconds         bigint not null default 0, -- role SECOND (blind doubles); PRIMARY = total - seconds
    primary key (campaign_id, expert_id, municipality_id)
);

-- campaign_progress_total: one row per campaign for what is not per evaluation — accounts in scope, double pairs
-- both delivered and reconciled, objections by status.
create table campaign_progress_total (
    campaign_id         uuid   primary key references campaign (id) on delete cascade,
    scoped              bigint not null default 0,
    pairs_delivered     bigint not null default 0, -- PRIMARY and SECOND both SUBMITTED, APPROVED or PUBLISHED
    pairs_reconciled    bigint not null default 0, -- either of the pair reconciled
    objections_open     bigint not null default 0,
    objections_accepted bigint not null default 0,
    objections_rejected bigint not null default 0
);

create function campaign_progress_total_row() returns trigger language plpgsql as $$
begin
    insert into campaign_progress_total (campaign_id) values (new.id);
    return null;
end $$;

create trigger campaign_progress_total_row after insert on campaign
    for each row execute function campaign_progress_total_row();

-- news: the rows as the statement left them (inserted or updated); olds: as they were (updated or deleted).
create function evaluation_progress_apply(news evaluation[], olds evaluation[]) returns void language plpgsql as $$
begin
    -- rows in key order, so two statements touching several rows lock them in the same order; joined to campaign
    -- so the cascade of a campaign's deletion does not insert a row for a campaign that is gone
    insert into campaign_progress_count as c (campaign_id, expert_id, municipality_id, total, not_started, draft,
                                              submitted, returned, approved, published, seconds)
    select * from (
        select d.campaign_id, d.expert_id, d.municipality_id,
               sum(d.sign) as total,
               sum(case when d.status = 'DRAFT' and d.started_at is null then d.sign else 0 end) as not_started,
               sum(case when d.status = 'DRAFT' and d.started_at is not null then d.sign else 0 end) as draft,
               sum(case when d.status = 'SUBMITTED' then d.sign else 0 end) as submitted,
               sum(case when d.status = 'RETURNED' then d.sign else 0 end) as returned,
               sum(case when d.status = 'APPROVED' then d.sign else 0 end) as approved,
               sum(case when d.status = 'PUBLISHED' then d.sign else 0 end) as published,
               sum(case when d.role = 'SECOND' then d.sign else 0 end) as seconds
          from (select 1 as sign, n.campaign_id, n.expert_id, n.municipality_id, n.status, n.started_at, n.role
                  from unnest(news) n
                union all
                select -1, o.campaign_id, o.expert_id, o.municipality_id, o.status, o.started_at, o.role
                  from unnest(olds) o) d
          join campaign k on k.id = d.campaign_id
         group by d.campaign_id, d.expert_id, d.municipality_id) x
     where x.total <> 0 or x.not_started <> 0 or x.draft <> 0 or x.submitted <> 0 or x.returned <> 0
        or x.approved <> 0 or x.published <> 0 or x.seconds <> 0
     order by 1, 2, 3
    on conflict (campaign_id, expert_id, municipality_id) do update
       set total = c.total + excluded.total,
           not_started = c.not_started + excluded.not_started,
           draft = c.draft + excluded.draft,
           submitted = c.submitted + excluded.submitted,
           returned = c.returned + excluded.returned,
           approved = c.approved + excluded.approved,
           published = c.published + excluded.published,
           seconds = c.seconds + excluded.seconds;

    -- Double pairs: only where a row's pair-relevant state changed (a save of a draft does not come here) and
    -- its account has a SECOND evaluation (most accounts have none, and their transitions lock nothing more).
    -- The campaign's total row is locked first, so two transactions changing the two halves of one pair are
    -- serialised and the second reads the first's committed half (each statement of this function takes a new
    -- snapshot under READ COMMITTED).
    if exists (select 1
                 from unnest(news) n full join unnest(olds) o on o.id = n.id
                where n.id is null or o.id is null
                   or n.status is distinct from o.status or n.reconciled is distinct from o.reconciled
                   or n.role is distinct from o.role or n.account_id is distinct from o.account_id
                   or n.campaign_id is distinct from o.campaign_id) then
      if exists (select 1
                     from (select n.campaign_id, n.account_id from unnest(news) n
                           union select o.campaign_id, o.account_id from unnest(olds) o) k
                    where exists (select 1 from unnest(olds) o where o.role = 'SECOND')
                       or exists (select 1 from evaluation e
                                   where e.campaign_id = k.campaign_id and e.account_id = k.account_id
                                     and e.role = 'SECOND')) then
        perform 1
           from campaign_progress_total t
          where t.campaign_id in (select n.campaign_id from unnest(news) n
                                  union select o.campaign_id from unnest(olds) o)
          order by t.campaign_id
            for update;
        with changed as (select n.id, n.campaign_id, n.account_id from unnest(news) n),
             gone as (select o.id, o.campaign_id, o.account_id, o.role, o.status, o.reconciled from unnest(olds) o),
             keys as (select campaign_id, account_id from changed union select campaign_id, account_id from gone),
             now_rows as (select e.id, e.campaign_id, e.account_id, e.role, e.status, e.reconciled
                            from keys k
                            join evaluation e on e.campaign_id = k.campaign_id and e.account_id = k.account_id),
             then_rows as (select * from now_rows where id not in (select id from changed)
                           union all
                           select * from gone),
             pairs as (select 1 as sign, campaign_id,
                              bool_and(status in ('SUBMITTED', 'APPROVED', 'PUBLISHED')) as delivered,
                              bool_or(reconciled) as reconciled
                         from now_rows group by campaign_id, account_id
                       having bool_or(role = 'PRIMARY') and bool_or(role = 'SECOND')
                       union all
                       select -1, campaign_id,
                              bool_and(status in ('SUBMITTED', 'APPROVED', 'PUBLISHED')),
                              bool_or(reconciled)
                         from then_rows group by campaign_id, account_id
                       having bool_or(role = 'PRIMARY') and bool_or(role = 'SECOND')),
             delta as (select campaign_id, sum(sign * delivered::int) as delivered,
                              sum(sign * reconciled::int) as reconciled
                         from pairs group by campaign_id)
        update campaign_progress_total t
           set pairs_delivered = t.pairs_delivered + delta.delivered,
               pairs_reconciled = t.pairs_reconciled + delta.reconciled
          from delta
         where t.campaign_id = delta.campaign_id and (delta.delivered <> 0 or delta.reconciled <> 0);
      end if;
    end if;
end $$;

-- plpgsql plans a statement when it first runs it, so a branch may name a transition table its trigger lacks
create function evaluation_progress() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform evaluation_progress_apply(array(select n::evaluation from new_rows n), '{}'::evaluation[]);
    elsif tg_op = 'UPDATE' then
        perform evaluation_progress_apply(array(select n::evaluation from new_rows n), array(select o::evaluation from old_rows o));
    else
        perform evaluation_progress_apply('{}'::evaluation[], array(select o::evaluation from old_rows o));
    end if;
    return null;
end $$;

create trigger evaluation_progress_insert after insert on evaluation
    referencing new table as new_rows for each statement execute function evaluation_progress();
create trigger evaluation_progress_update after update on evaluation
    referencing old table as old_rows new table as new_rows for each statement execute function evaluation_progress();
create trigger evaluation_progress_delete after delete on evaluation
    referencing old table as old_rows for each statement execute function evaluation_progress();

-- Objections by status, per campaign of their evaluation. An objection deleted by the cascade of its
-- evaluation's deletion finds no evaluation any more; evaluations are deleted only with their campaign (whose
-- row goes too) or while still unstarted drafts, which have no objections.
create function objection_progress_update() returns trigger language plpgsql as $$
begin
    with d as (select 1 as sign, n.evaluation_id, n.status from new_rows n
               union all
               select -1, o.evaluation_id, o.status from old_rows o),
         delta as (select e.campaign_id,
                          coalesce(sum(d.sign) filter (where d.status = 'OPEN'), 0) as open,
                          coalesce(sum(d.sign) filter (where d.status = 'ACCEPTED'), 0) as accepted,
                          coalesce(sum(d.sign) filter (where d.status = 'REJECTED'), 0) as rejected
                     from d join evaluation e on e.id = d.evaluation_id
                    group by e.campaign_id)
    update campaign_progress_total t
       set objections_open = t.objections_open + delta.open,
           objections_accepted = t.objections_accepted + delta.accepted,
           objections_rejected = t.objections_rejected + delta.rejected
      from delta
     where t.campaign_id = delta.campaign_id and (delta.open <> 0 or delta.accepted <> 0 or delta.rejected <> 0);
    return null;
end $$;

create function objection_progress_insert() returns trigger language plpgsql as $$
begin
    with d as (select e.campaign_id, n.status from new_rows n join evaluation e on e.id = n.evaluation_id),
         delta as (select campaign_id, count(*) filter (where status = 'OPEN') as open,
                          count(*) filter (where status = 'ACCEPTED') as accepted,
                          count(*) filter (where status = 'REJECTED') as rejected
                     from d group by campaign_id)
    update campaign_progress_total t
       set objections_open = t.objections_open + delta.open,
           objections_accepted = t.objections_accepted + delta.accepted,
           objections_rejected = t.objections_rejected + delta.rejected
      from delta
     where t.campaign_id = delta.campaign_id;
    return null;
end $$;

create function objection_progress_delete() returns trigger language plpgsql as $$
begin
    with d as (select e.campaign_id, o.status from old_rows o join evaluation e on e.id = o.evaluation_id),
         delta as (select campaign_id, count(*) filter (where status = 'OPEN') as open,
                          count(*) filter (where status = 'ACCEPTED') as accepted,
                          count(*) filter (where status = 'REJECTED') as rejected
                     from d group by campaign_id)
    update campaign_progress_total t
       set objections_open = t.objections_open - delta.open,
           objections_accepted = t.objections_accepted - delta.accepted,
           objections_rejected = t.objections_rejected - delta.rejected
      from delta
     where t.campaign_id = delta.campaign_id;
    return null;
end $$;

create trigger objection_progress_insert after insert on objection
    referencing new table as new_rows for each statement execute function objection_progress_insert();
create trigger objection_progress_update after update on objection
    referencing old table as old_rows new table as new_rows for each statement execute function objection_progress_update();
create trigger objection_progress_delete after delete on objection
    referencing old table as old_rows for each statement execute function objection_progress_delete();

-- accounts in scope
create function campaign_account_progress() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update campaign_progress_total t set scoped = t.scoped + d.n
          from (select campaign_id, count(*) as n from new_rows group by campaign_id) d
         where t.campaign_id = d.campaign_id;
    elsif tg_op = 'DELETE' then
        update campaign_progress_total t set scoped = t.scoped - d.n
          from (select campaign_id, count(*) as n from old_rows group by campaign_id) d
         where t.campaign_id = d.campaign_id;
    else
        update campaign_progress_total t set scoped = t.scoped + d.n
          from (select campaign_id, sum(sign) as n
                  from (select campaign_id, 1 as sign from new_rows
                        union all select campaign_id, -1 from old_rows) x
                 group by campaign_id) d
         where t.campaign_id = d.campaign_id and d.n <> 0;
    end if;
    return null;
end $$;

create trigger campaign_account_progress_insert after insert on campaign_account
    referencing new table as new_rows for each statement execute function campaign_account_progress();
create trigger campaign_account_progress_update after update on campaign_account
    referencing old table as old_rows new table as new_rows for each statement execute function campaign_account_progress();
create trigger campaign_account_progress_delete after delete on campaign_account
    referencing old table as old_rows for each statement execute function campaign_account_progress();

-- backfill
insert into campaign_progress_total (campaign_id, scoped, pairs_delivered, pairs_reconciled,
                                     objections_open, objections_accepted, objections_rejected)
select c.id,
       (select count(*) from campaign_account ca where ca.campaign_id = c.id),
       (select count(*) from evaluation s join evaluation p on p.campaign_id = s.campaign_id
                                                          and p.account_id = s.account_id and p.role = 'PRIMARY'
         where s.campaign_id = c.id and s.role = 'SECOND'
           and s.status in ('SUBMITTED', 'APPROVED', 'PUBLISHED') and p.status in ('SUBMITTED', 'APPROVED', 'PUBLISHED')),
       (select count(*) from evaluation s join evaluation p on p.campaign_id = s.campaign_id
                                                          and p.account_id = s.account_id and p.role = 'PRIMARY'
         where s.campaign_id = c.id and s.role = 'SECOND' and (s.reconciled or p.reconciled)),
       (select count(*) from objection o join evaluation e on e.id = o.evaluation_id
         where e.campaign_id = c.id and o.status = 'OPEN'),
       (select count(*) from objection o join evaluation e on e.id = o.evaluation_id
         where e.campaign_id = c.id and o.status = 'ACCEPTED'),
       (select count(*) from objection o join evaluation e on e.id = o.evaluation_id
         where e.campaign_id = c.id and o.status = 'REJECTED')
  from campaign c;

insert into campaign_progress_count (campaign_id, expert_id, municipality_id, total, not_started, draft, submitted,
                                     returned, approved, published, seconds)
select campaign_id, expert_id, municipality_id, count(*),
       count(*) filter (where status = 'DRAFT' and started_at is null),
       count(*) filter (where status = 'DRAFT' and started_at is not null),
       count(*) filter (where status = 'SUBMITTED'),
       count(*) filter (where status = 'RETURNED'),
       count(*) filter (where status = 'APPROVED'),
       count(*) filter (where status = 'PUBLISHED'),
       count(*) filter (where role = 'SECOND')
  from evaluation
 group by campaign_id, expert_id, municipality_id;
