-- Idempotency-Key (IETF httpapi draft): the first request with a key claims it (response_status null while it
-- runs); its successful response is stored and replayed to retries of the same caller for 24 hours.
create table idempotency_key (
    caller          text        not null,
    idem_key        text        not null,
    fingerprint     text        not null,
    response_status int,
    location        text,
    content_type    text,
    body            bytea,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    primary key (caller, idem_key)
);
create index idempotency_key_expires_idx on idempotency_key (expires_at);
