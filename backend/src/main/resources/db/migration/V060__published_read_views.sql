-- Published read models: what other features (monitoring) may read of the registry and of security.
-- Owned by those features; other features read these views, never the tables behind them.

-- registry: an account with its organization and municipality (every status; filter on status)
create view registry_account_view as
select a.id, a.display_name, a.url, a.platform, a.status, a.official,
       a.organization_id, o.name as organization_name, o.sector, o.kind,
       a.municipality_id, m.name as municipality_name
  from account a
  join organization o on o.id = a.organization_id
  join municipality m on m.id = a.municipality_id;

-- registry: organizations and municipalities by id (names only)
create view registry_organization_view as
select o.id, o.name, o.municipality_id from organization o;

create view registry_municipality_view as
select m.id, m.name from municipality m;

-- security: a user's name, roles, state and organization (no password, no login data)
create view security_user_view as
select u.id, u.full_name, u.email, u.roles, u.active, u.organization_id from app_user u;
