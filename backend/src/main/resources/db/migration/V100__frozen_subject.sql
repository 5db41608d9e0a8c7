-- Published results are frozen (issue 8, §1). Every published revision of an evaluation stores the subject as it
-- was: the account (name, URL, platform), its organization (name, INN, kind, sector) and municipality — platform,
-- sector and kind are what decided the criteria's applicability. Public output reads these columns; the registry
-- may move on. The columns are a stable contract (open-data exports stream them): only ever add to them.

-- the registry's published read model gains the INN (columns are only ever added)
create or replace view registry_organization_view as
select o.id, o.name, o.short_name, o.kind, o.sector, o.municipality_id, o.status, o.inn from organization o;

alter table evaluation_revision
    add column account_id        uuid,
    add column account_name      text,
    add column account_url       text,
    add column platform          text,
    add column organization_id   uuid,
    add column organization_name text,
    add column organization_inn  text,
    add column organization_kind text,
    add column sector            text,
    add column municipality_id   uuid,
    add column municipality_name text;

-- Who writes a revision need not name the subject: the first revision of an evaluation takes it from the registry
-- (publication), every later one (a correction) carries the previous revision's forward — a correction changes
-- answers, never what was evaluated, so its index stays recomputable from the same applicability. A writer that
-- names the subject explicitly (account_name not null) keeps what it wrote.
create function evaluation_revision_freeze_subject() returns trigger language plpgsql as $$
begin
    if new.account_name is not null then
        return new;
    end if;
    select p.account_id, p.account_name, p.account_url, p.platform, p.organization_id, p.organization_name,
           p.organization_inn, p.organization_kind, p.sector, p.municipality_id, p.municipality_name
      into new.account_id, new.account_name, new.account_url, new.platform, new.organization_id,
           new.organization_name, new.organization_inn, new.organization_kind, new.sector, new.municipality_id,
           new.municipality_name
      from evaluation_revision p
     where p.evaluation_id = new.evaluation_id and p.revision < new.revision
     order by p.revision desc
     limit 1;
    if not found then
        select a.id, a.display_name, a.url, a.platform, a.organization_id, a.organization_name, o.inn, a.kind,
               a.sector, a.municipality_id, a.municipality_name
          into new.account_id, new.account_name, new.account_url, new.platform, new.organization_id,
               new.organization_name, new.organization_inn, new.organization_kind, new.sector, new.municipality_id,
               new.municipality_name
          from evaluation e
          join registry_account_view a on a.id = e.account_id
          left join registry_organization_view o on o.id = a.organization_id
         where e.id = new.evaluation_id;
    end if;
    return new;
end $$;

create trigger evaluation_revision_freeze_subject before insert on evaluation_revision
    for each row execute function evaluation_revision_freeze_subject();

-- revisions written before this migration: the registry as it stands now is the best record there is
update evaluation_revision r
   set account_id = a.id, account_name = a.display_name, account_url = a.url, platform = a.platform,
       organization_id = a.organization_id, organization_name = a.organization_name, organization_inn = o.inn,
       organization_kind = a.kind, sector = a.sector, municipality_id = a.municipality_id,
       municipality_name = a.municipality_name
  from evaluation e
  join registry_account_view a on a.id = e.account_id
  left join registry_organization_view o on o.id = a.organization_id
 where e.id = r.evaluation_id;

alter table evaluation_revision
    alter column account_id set not null,
    alter column account_name set not null,
    alter column account_url set not null,
    alter column platform set not null,
    alter column organization_id set not null,
    alter column organization_name set not null,
    alter column organization_kind set not null,
    alter column sector set not null,
    alter column municipality_id set not null,
    alter column municipality_name set not null;

-- A published revision is never edited or deleted in place (corrections insert the next revision). Deleting the
-- evaluation (cascade, e.g. a demo reset) stays possible.
create function evaluation_revision_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'evaluation_revision is append-only' using errcode = 'P0001';
end $$;

create trigger evaluation_revision_immutable before update on evaluation_revision
    for each row execute function evaluation_revision_immutable();

-- A published evaluation's municipality stays the one it was published with; only unpublished ones follow the
-- account when it moves (the progress dashboard of a running campaign).
create or replace function account_municipality_to_evaluations() returns trigger language plpgsql as $$
begin
    update evaluation set municipality_id = new.municipality_id where account_id = new.id and status <> 'PUBLISHED';
    return null;
end $$;
