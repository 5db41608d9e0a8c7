-- Machine clients (regional government systems) that call the API with a key instead of signing in.
create table api_client (
    id           uuid primary key,
    version      bigint      not null default 0,
    name         text        not null,
    key_prefix   text        not null,
    key_hash     text        not null unique,
    roles        text[]      not null default '{}',
    active       boolean     not null default true,
    created_at   timestamptz not null default now(),
    created_by   text,
    last_used_at timestamptz
);
create unique index api_client_name_idx on api_client (lower(name));
