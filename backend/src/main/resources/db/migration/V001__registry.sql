-- Registry: regions, municipalities, organizations, accounts.
create extension if not exists pg_trgm;

create table region (
    id         uuid primary key,
    code       text not null unique,
    name       text not null
);

create table municipality (
    id         uuid primary key,
    region_id  uuid not null references region (id),
    code       text not null unique,
    name       text not null,
    kind       text not null check (kind in ('DISTRICT', 'URBAN_OKRUG')),
    center     text not null,
    sort_order int  not null,
    unique (region_id, name)
);

create table organization (
    id              uuid primary key,
    version         bigint      not null default 0,
    name            text        not null,
    short_name      text,
    kind            text        not null check (kind in ('REGIONAL_BODY', 'LOCAL_GOVERNMENT', 'STATE_INSTITUTION', 'MUNICIPAL_INSTITUTION', 'OTHER')),
    sector          text        not null check (sector in ('EDUCATION', 'HEALTH', 'CULTURE', 'SOCIAL', 'SPORT', 'HOUSING', 'TRANSPORT', 'ADMINISTRATION', 'OTHER')),
    municipality_id uuid        not null references municipality (id),
    website         text,
    inn             text,
    ogrn            text,
    external_id     text unique,
    parent_id       uuid references organization (id),
    status          text        not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    search          tsvector generated always as (
        to_tsvector('russian', coalesce(name, '') || ' ' || coalesce(short_name, ''))) stored
);
create index organization_search_idx on organization using gin (search);
create index organization_name_trgm_idx on organization using gin (lower(name) gin_trgm_ops);
create index organization_municipality_idx on organization (municipality_id, name, id);
create index organization_parent_idx on organization (parent_id);
create index organization_name_idx on organization (name, id);

create table account (
    id              uuid primary key,
    version         bigint      not null default 0,
    organization_id uuid        not null references organization (id),
    platform        text        not null check (platform in ('VK', 'OK', 'TELEGRAM', 'RUTUBE', 'DZEN', 'MAX', 'OTHER')),
    url             text        not null,
    normalized_url  text        not null unique,
    display_name    text        not null,
    status          text        not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    official        boolean     not null default true,
    external_id     text unique,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    -- denormalised for one-request search: the account's name plus its organization's names,
    -- and the organization's municipality (kept by the triggers below)
    municipality_id uuid        not null references municipality (id),
    search_text     text        not null default '',
    search          tsvector generated always as (to_tsvector('russian', search_text)) stored
);
create index account_search_idx on account using gin (search);
create index account_search_trgm_idx on account using gin (lower(search_text) gin_trgm_ops);
create index account_org_idx on account (organization_id);
create index account_municipality_idx on account (municipality_id, display_name, id);
create index account_name_idx on account (display_name, id);

create function account_fill_denormalised() returns trigger language plpgsql as $$
begin
    select o.municipality_id,
           coalesce(new.display_name, '') || ' ' || o.name || ' ' || coalesce(o.short_name, '')
      into new.municipality_id, new.search_text
      from organization o where o.id = new.organization_id;
    return new;
end $$;

create trigger account_denormalise before insert or update of organization_id, display_name on account
    for each row execute function account_fill_denormalised();

create function organization_propagate() returns trigger language plpgsql as $$
begin
    if new.name is distinct from old.name or new.short_name is distinct from old.short_name
       or new.municipality_id is distinct from old.municipality_id then
        update account set display_name = display_name where organization_id = new.id;
    end if;
    return new;
end $$;

create trigger organization_propagate after update on organization
    for each row execute function organization_propagate();
