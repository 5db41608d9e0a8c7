-- Monitoring: campaigns, their scope and experts, evaluations (the assignment of an account to an expert
-- is its evaluation row), per-criterion answers, citizen-question samples, objections (right of reply),
-- the event history and published revisions.
create table campaign (
    id                  uuid primary key,
    version             bigint        not null default 0,
    title               text          not null,
    period              text          not null,                -- e.g. 2023-Q1
    criteria_set_id     uuid          not null references criteria_set (id),
    stage               text          not null default 'PREPARATION' check (stage in
                            ('PREPARATION', 'EVALUATION', 'REVIEW', 'REPLY', 'FINAL', 'PUBLISHED')),
    -- scope by registry filters: {"q":…, "municipalities":[…], "sectors":[…], "kinds":[…], "platforms":[…]}
    scope_filter        jsonb         not null default '{}',
    evaluation_deadline date,
    review_deadline     date,
    double_share        numeric(4, 3) not null default 0.100 check (double_share >= 0 and double_share <= 1),
    reply_days          int           not null default 10 check (reply_days between 1 and 90),
    keep_municipalities boolean       not null default true,   -- balance experts within municipalities they know
    reply_opened_at     timestamptz,
    reply_closes_at     timestamptz,
    published_at        timestamptz,
    created_by          text,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now()
);
create index campaign_period_idx on campaign (period desc, id);

-- the accounts in scope (materialised from the filter and/or listed explicitly)
create table campaign_account (
    campaign_id uuid    not null references campaign (id) on delete cascade,
    account_id  uuid    not null references account (id),
    listed      boolean not null default false,               -- added by hand rather than by the filter
    primary key (campaign_id, account_id)
);
create index campaign_account_account_idx on campaign_account (account_id);

create table campaign_expert (
    campaign_id    uuid   not null references campaign (id) on delete cascade,
    user_id        uuid   not null references app_user (id),
    municipalities uuid[] not null default '{}',              -- municipalities the expert knows
    primary key (campaign_id, user_id)
);

create table evaluation (
    id            uuid primary key,
    version       bigint        not null default 0,
    campaign_id   uuid          not null references campaign (id) on delete cascade,
    account_id    uuid          not null references account (id),
    expert_id     uuid          not null references app_user (id),
    role          text          not null default 'PRIMARY' check (role in ('PRIMARY', 'SECOND')), -- SECOND = blind double
    status        text          not null default 'DRAFT' check (status in
                      ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED')),
    index_value   numeric(5, 1),                           -- current index 0–100 (null while nothing applicable is filled)
    initial_index numeric(5, 1),                           -- when the right-of-reply window opened
    final_index   numeric(5, 1),                           -- when the campaign became final
    revision      int           not null default 0,        -- 1 at publication, +1 per correction
    review_comment text,
    reconciled    boolean       not null default false,    -- double pair reconciled by the coordinator
    started_at    timestamptz,
    submitted_at  timestamptz,
    approved_at   timestamptz,
    published_at  timestamptz,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    unique (campaign_id, account_id, role)
);
create index evaluation_expert_idx on evaluation (expert_id, campaign_id, status);
create index evaluation_campaign_idx on evaluation (campaign_id, status);
create index evaluation_account_idx on evaluation (account_id, status);

create table evaluation_answer (
    evaluation_id  uuid          not null references evaluation (id) on delete cascade,
    criterion_id   uuid          not null references criterion (id),
    value          numeric(12, 3),                         -- BOOLEAN 1/0, SCALE level value, NUMERIC measured value, DERIVED computed
    not_applicable boolean       not null default false,
    na_reason      text,
    points         numeric(7, 3),
    max_points     numeric(7, 3) not null,
    evidence_url   text,
    evidence_note  text,
    recommendation text,
    primary key (evaluation_id, criterion_id)
);

create table citizen_question (
    id            uuid primary key,
    evaluation_id uuid        not null references evaluation (id) on delete cascade,
    url           text        not null,
    asked_at      timestamptz not null,
    answered_at   timestamptz,
    quality       int check (quality between 0 and 2),        -- 0 formal, 1 partial, 2 substantive with a deadline/next step
    note          text,
    created_at    timestamptz not null default now(),
    check (answered_at is null or answered_at >= asked_at)
);
create index citizen_question_evaluation_idx on citizen_question (evaluation_id, asked_at);

create table objection (
    id                uuid primary key,
    version           bigint      not null default 0,
    evaluation_id     uuid        not null references evaluation (id) on delete cascade,
    criterion_id      uuid        not null references criterion (id),
    organization_id   uuid        not null references organization (id),
    author_id         uuid        not null references app_user (id),
    comment           text        not null,
    evidence_url      text,
    status            text        not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    resolution_reason text,
    previous_value    numeric(12, 3),
    new_value         numeric(12, 3),
    resolved_by       uuid references app_user (id),
    resolved_at       timestamptz,
    created_at        timestamptz not null default now()
);
create index objection_evaluation_idx on objection (evaluation_id, status);

-- what happened to an evaluation, in order: submitted, returned, approved, objection accepted, published, corrected…
create table evaluation_event (
    id            bigserial primary key,
    evaluation_id uuid        not null references evaluation (id) on delete cascade,
    at            timestamptz not null default now(),
    actor_id      uuid,
    actor_name    text,
    action        text        not null,
    reason        text,
    index_before  numeric(5, 1),
    index_after   numeric(5, 1),
    detail        jsonb       not null default '{}'
);
create index evaluation_event_evaluation_idx on evaluation_event (evaluation_id, id);

-- immutable published states: revision 1 at publication, then one per correction (reason + author)
create table evaluation_revision (
    evaluation_id uuid        not null references evaluation (id) on delete cascade,
    revision      int         not null,
    created_at    timestamptz not null default now(),
    author_id     uuid,
    author_name   text,
    reason        text,
    index_value   numeric(5, 1),
    answers       jsonb       not null,                    -- the per-criterion answers as published
    primary key (evaluation_id, revision)
);
