-- Published read models: what other features (monitoring) may read of the registry and of security.
-- Each is owned by the feature whose tables it reads (registry, security) and is that feature's contract;
-- other features read these views, never the tables behind them. Columns are only ever added.
-- The joins are outer joins on unique keys so that PostgreSQL drops the ones a query does not use.

-- registry: an account (every status: filter on status) with its organization's and municipality's names
create view registry_account_view as
select a.id, a.display_name, a.url, a.platform, a.status, a.official,
       a.organization_id, o.name as organization_name, o.sector, o.kind,
       a.municipality_id, m.name as municipality_name
  from account a
  left join organization o on o.id = a.organization_id
  left join municipality m on m.id = a.municipality_id;

-- registry: an organization
create view registry_organization_view as
select o.id, o.name, o.short_name, o.kind, o.sector, o.municipality_id, o.status from organization o;

-- registry: a municipality
create view registry_municipality_view as
select m.id, m.code, m.name from municipality m;

-- security: a user's name, e-mail, roles, state and organization (no password, no login data)
create view security_user_view as
select u.id, u.full_name, u.email, u.roles, u.active, u.organization_id from app_user u;
