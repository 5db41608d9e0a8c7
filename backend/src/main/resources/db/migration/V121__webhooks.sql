-- Outgoing webhooks (ru.digitalbridge.integration): endpoints of machine clients, signed per Standard Webhooks.
-- The secret signs deliveries and so is kept as issued; during a rotation the previous one stays valid until
-- previous_secret_until. consecutive_failures counts failed attempts since the last success (the endpoint is
-- disabled at a threshold, see docs/integrations.md).
create table webhook_endpoint (
    id                    uuid primary key,
    version               bigint      not null default 0,
    api_client_id         uuid        not null references api_client (id),
    url                   text        not null,
    description           text,
    event_types           text[]      not null,
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    active                boolean     not null default true,
    disabled_reason       text check (disabled_reason in ('GONE', 'FAILURES', 'ADMINISTRATOR')),
    disabled_at           timestamptz,
    consecutive_failures  integer     not null default 0,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);
create index webhook_endpoint_client_idx on webhook_endpoint (api_client_id);
create index webhook_endpoint_active_idx on webhook_endpoint using gin (event_types) where active;
