-- API keys: optional expiry, a per-key rate limit (null: the configured default), and the key's current
-- fixed window of requests (one row per key, shared by every instance).
alter table api_client add column expires_at timestamptz;
alter table api_client add column rate_limit_per_minute int check (rate_limit_per_minute between 1 and 100000);

create table api_rate_window (
    client_id    uuid        primary key references api_client (id) on delete cascade,
    window_start timestamptz not null,
    hits         int         not null
);
