-- Transactional outbox (ru.digitalbridge.outbox): a domain event is written in the transaction of the change, with
-- one delivery per subscriber of each channel (webhook endpoints, mail recipients); workers in every instance claim
-- due deliveries with FOR UPDATE SKIP LOCKED and record each attempt.
create table outbox_event (
    id            uuid primary key,
    type          text        not null,
    occurred_at   timestamptz not null,
    resource_type text,
    resource_id   text,
    payload       jsonb       not null
);
create index outbox_event_occurred_idx on outbox_event (occurred_at);

-- status: PENDING (due at due_at), SENDING (claimed; due_at is the end of the claim's lease, after which another
-- worker may claim it again as a new attempt), DELIVERED, DEAD (gave up; an administrator may redeliver).
create table outbox_delivery (
    id           uuid primary key,
    event_id     uuid        not null references outbox_event (id),
    channel      text        not null,
    target       text        not null,
    status       text        not null check (status in ('PENDING', 'SENDING', 'DELIVERED', 'DEAD')),
    attempts     integer     not null default 0,
    due_at       timestamptz not null,
    give_up_at   timestamptz not null,
    claimed_by   text,
    last_status  integer,
    last_error   text,
    created_at   timestamptz not null,
    delivered_at timestamptz,
    unique (event_id, channel, target)
);
create index outbox_delivery_due_idx on outbox_delivery (due_at) where status in ('PENDING', 'SENDING');
create index outbox_delivery_target_idx on outbox_delivery (channel, target, created_at);
create index outbox_delivery_dead_idx on outbox_delivery (created_at) where status = 'DEAD';

-- One row per attempt: the unique (delivery_id, attempt) is the database's proof that no attempt was made twice.
create table outbox_attempt (
    id           uuid primary key,
    delivery_id  uuid        not null references outbox_delivery (id) on delete cascade,
    attempt      integer     not null,
    worker       text        not null,
    started_at   timestamptz not null,
    duration_ms  integer     not null,
    outcome      text        not null check (outcome in ('DELIVERED', 'FAILED', 'REFUSED')),
    status_code  integer,
    detail       text,
    unique (delivery_id, attempt)
);
