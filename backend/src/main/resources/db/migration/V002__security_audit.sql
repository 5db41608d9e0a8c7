-- Users, sessions, sign-in throttling and the audit log.
create table app_user (
    id            uuid primary key,
    version       bigint      not null default 0,
    email         text        not null,
    full_name     text        not null,
    password_hash text        not null,
    roles         text[]      not null default '{}',
    active        boolean     not null default true,
    organization_id uuid references organization (id),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    last_login_at timestamptz
);
create unique index app_user_email_idx on app_user (lower(email));

create table refresh_token (
    id         uuid primary key,
    user_id    uuid        not null references app_user (id),
    token_hash text        not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index refresh_token_user_idx on refresh_token (user_id);

create table login_failure (
    id          bigserial primary key,
    throttle_key text       not null,
    failed_at   timestamptz not null default now()
);
create index login_failure_key_idx on login_failure (throttle_key, failed_at);

create table audit_log (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor_id    uuid,
    actor_email text,
    action      text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    summary     jsonb       not null default '{}',
    request_id  text
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, at desc);
create index audit_log_at_idx on audit_log (at desc, id desc);
