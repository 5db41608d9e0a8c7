-- issue 7, section 2: access takes effect at once, refresh-token families, API-key scopes, one open objection.

-- Every access token carries the user's token generation; raising it (deactivation, password reset) makes every
-- token issued before invalid on the next request, on every instance.
alter table app_user add column token_generation integer not null default 0;

-- Refresh tokens descended from one sign-in share a family; replaying a rotated token revokes the whole family.
alter table refresh_token add column family_id uuid;
update refresh_token set family_id = id where family_id is null;
alter table refresh_token alter column family_id set not null;
create index refresh_token_family_idx on refresh_token (family_id);

-- What a machine key may do (ApiClientScope); existing keys keep reading and registry sync.
alter table api_client add column scopes text[] not null default '{registry:read,registry:write,results:read}';

-- One open objection per criterion of an evaluation: later duplicates are closed as rejected.
update objection o set status = 'REJECTED', resolution_reason = 'duplicate', resolved_at = now()
 where o.status = 'OPEN'
   and exists (select 1 from objection d
                where d.evaluation_id = o.evaluation_id and d.criterion_id = o.criterion_id and d.status = 'OPEN'
                  and (d.created_at, d.id) < (o.created_at, o.id));
create unique index objection_one_open_idx on objection (evaluation_id, criterion_id) where status = 'OPEN';
