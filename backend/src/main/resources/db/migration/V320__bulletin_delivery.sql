-- Bulletin subscriptions and delivery (issue 11, §3; ru.digitalbridge.bulletin.delivery).
-- Tokens are never stored: every token is an HMAC of the row's id and a random nonce under the server's key, and only
-- its SHA-256 is kept for lookup. Rotating a nonce revokes the old link.

-- the key tokens are derived with, generated once when bridge.bulletin.delivery.token-secret is not configured
create table bulletin_delivery_key (
    id         int primary key check (id = 1),
    secret     bytea       not null,
    created_at timestamptz not null default now()
);

-- a public subscriber (double opt-in): PENDING until the confirmation link is followed, CONFIRMED, UNSUBSCRIBED
create table bulletin_subscriber (
    id                 uuid primary key,
    email              text        not null,          -- normalised (trimmed, lower case)
    email_hash         text        not null unique,   -- hex SHA-256 of the normalised address
    language           text        not null check (language in ('ru', 'en')),
    series             text[]      not null,          -- series slugs
    status             text        not null check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    confirm_nonce      text,
    confirm_token_hash text unique,
    confirm_expires_at timestamptz,
    manage_nonce       text        not null,
    manage_token_hash  text        not null unique,
    created_at         timestamptz not null default now(),
    confirmed_at       timestamptz,
    updated_at         timestamptz not null default now()
);

-- addresses that said "no more bulletins" through a one-click link (people of organisations have no subscriber row)
create table bulletin_opt_out (
    email_hash text primary key,
    created_at timestamptz not null default now()
);

-- organisations a signed-in user chose to receive the personal sections of
create table bulletin_organization_choice (
    user_id         uuid not null references app_user (id) on delete cascade,
    organization_id uuid not null references organization (id),
    created_at      timestamptz not null default now(),
    primary key (user_id, organization_id)
);
create index bulletin_organization_choice_organization_idx on bulletin_organization_choice (organization_id);

-- one message of the bulletin channel (the outbox delivery's target is this id). ISSUE: one per (issue, revision,
-- address); CONFIRM: a subscriber's confirmation; TEST: a test send to an editor. The address is kept only until the
-- message is sent or given up; afterwards only its hash stays (idempotency) and the counts of the report.
create table bulletin_message (
    id               uuid primary key,
    kind             text        not null check (kind in ('ISSUE', 'CONFIRM', 'TEST')),
    issue_id         uuid,
    revision         int,
    address          text,
    address_hash     text        not null,
    language         text        not null check (language in ('ru', 'en')),
    subscriber_id    uuid references bulletin_subscriber (id) on delete set null,
    organization_ids uuid[]      not null default '{}',
    status           text        not null default 'PENDING'
                                 check (status in ('PENDING', 'SENT', 'FAILED', 'BOUNCED', 'CANCELLED', 'HELD')),
    unsubscribed     boolean     not null default false,
    nonce            text        not null,
    created_at       timestamptz not null default now(),
    sent_at          timestamptz,
    check (kind = 'CONFIRM' or (issue_id is not null and revision is not null))
);
create unique index bulletin_message_issue_uq on bulletin_message (issue_id, revision, address_hash)
    where kind = 'ISSUE';
create index bulletin_message_subscriber_idx on bulletin_message (subscriber_id);
create index bulletin_message_pending_idx on bulletin_message (address_hash) where status = 'PENDING';

-- a delivery run of one issue revision (started by the publication event or an editor); the report's counts
create table bulletin_delivery (
    issue_id    uuid        not null,
    revision    int         not null,
    recipients  int         not null,
    started_by  uuid references app_user (id),
    started_at  timestamptz not null default now(),
    primary key (issue_id, revision)
);
create index bulletin_delivery_started_by_idx on bulletin_delivery (started_by);

-- pacing of the bulletin channel across instances: messages claimed per second of the outbox clock
create table bulletin_pace (
    second bigint primary key,
    used   int    not null
);
