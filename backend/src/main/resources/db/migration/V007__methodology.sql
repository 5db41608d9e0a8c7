-- Methodology: versioned criteria sets and their criteria.
-- A criteria set is edited freely while DRAFT; once APPROVED it is immutable (the service refuses any
-- change with 409) and a change is a new edition cloned from it. Evaluations point to the exact set.
create table criteria_set (
    id           uuid primary key,
    version      bigint      not null default 0,           -- row version for optimistic locking
    family_id    uuid        not null,                     -- shared by all editions of one methodology
    edition      int         not null check (edition >= 1),-- the methodology's version number: 1, 2, …
    name         text        not null,
    description  text        not null default '',
    status       text        not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED', 'RETIRED')),
    based_on_id  uuid references criteria_set (id),
    approved_at  timestamptz,
    approved_by  text,
    retired_at   timestamptz,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (family_id, edition)
);
create index criteria_set_status_idx on criteria_set (status, name);

create table criterion (
    id                 uuid primary key,
    criteria_set_id    uuid          not null references criteria_set (id) on delete cascade,
    position           int           not null,
    code               text          not null,                       -- stable across editions, e.g. PROFILE.PHONE
    group_code         text          not null check (group_code in
                           ('PROFILE', 'ACTIVITY', 'CONTENT', 'FEEDBACK', 'OPENNESS', 'SECURITY')),
    title              text          not null,
    guidance           text          not null default '',            -- how to check
    recommendation     text          not null default '',            -- how to fix
    normative          boolean       not null default false,         -- required by a norm (else recommended)
    weight             numeric(7, 3) not null check (weight > 0),
    type               text          not null check (type in ('BOOLEAN', 'SCALE', 'NUMERIC', 'DERIVED')),
    -- SCALE: [{"value":0,"label":"…","points":0}, …]; empty for other types
    levels             jsonb         not null default '[]',
    -- NUMERIC / DERIVED: [{"bound":8,"points":2}, {"bound":24,"points":1}] checked in order; no match -> 0 points
    thresholds         jsonb         not null default '[]',
    direction          text check (direction in ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER')),
    unit               text,                                          -- HOURS, PERCENT, POSTS_PER_WEEK, DAYS…
    metric             text check (metric in
                           ('MEDIAN_ANSWER_HOURS', 'P90_ANSWER_HOURS', 'SHARE_ANSWERED_24H', 'SHARE_UNANSWERED')),
    max_points         numeric(7, 3) not null check (max_points > 0),
    -- applicability: empty = every platform / sector / organization kind
    platforms          text[]        not null default '{}',
    sectors            text[]        not null default '{}',
    organization_kinds text[]        not null default '{}',
    unique (criteria_set_id, code),
    unique (criteria_set_id, position)
);
