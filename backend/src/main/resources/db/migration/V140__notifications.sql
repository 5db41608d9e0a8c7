-- Notifications (issue 9, §4): e-mail to people about what needs them, and what each person chose to receive.

-- a user's choices: the language of their e-mail and the kinds they switched off (security notices cannot be)
create table notification_setting (
    user_id      uuid primary key references app_user (id),
    language     text        not null default 'ru' check (language in ('ru', 'en')),
    switched_off text[]      not null default '{}',
    updated_at   timestamptz not null default now()
);

-- every message, rendered when it is queued (what was or would have been sent). dedup_key names the occasion
-- (kind, subject, recipient): a unique key, so a reminder is queued once however many instances plan it.
create table notification (
    id              uuid primary key,
    dedup_key       text        not null unique,
    kind            text        not null,
    user_id         uuid        not null references app_user (id),
    recipient       text        not null,
    language        text        not null check (language in ('ru', 'en')),
    subject         text        not null,
    body_text       text        not null,
    body_html       text        not null,
    link            text        not null,
    -- PENDING: to be sent by the outbox (its mail channel); SENT; HELD: no SMTP server configured, kept for the outbox viewer;
    -- FAILED: the outbox gave up (its retry window ended); SWITCHED_OFF: the recipient switched this kind off
    status          text        not null check (status in ('PENDING', 'SENT', 'HELD', 'FAILED', 'SWITCHED_OFF')),
    attempts        int         not null default 0,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index notification_user_idx on notification (user_id);
create index notification_created_idx on notification (created_at desc, id);
