-- Bulletin of recommendations (issue 11): series, issues (the draft lives on the issue row), published revisions
-- and the personal sections frozen with each revision. Revisions and sections are append-only: a correction is the
-- next revision with a note, the earlier ones stay readable as they were. Documents are BulletinDocument JSON
-- ({"blocks":[{"id","kind","title","markdown","data"}]}, docs/bulletins.md).
create table bulletin_series (
    id             uuid primary key,
    slug           text        not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    title_ru       text        not null,
    title_en       text        not null,
    description_ru text        not null default '',
    description_en text        not null default '',
    created_at     timestamptz not null default now()
);

create table bulletin_issue (
    id             uuid primary key,
    series_id      uuid        not null references bulletin_series (id),
    number         int         not null check (number >= 1),   -- № per series, assigned at creation, gap-free
    title          text        not null,
    period_from    date        not null,
    period_to      date        not null,
    status         text        not null default 'DRAFT' check (status in ('DRAFT', 'REVIEW', 'PUBLISHED')),
    campaign_id    uuid references campaign (id),
    snapshot_id    uuid references rating_snapshot (id),
    editors        uuid[]      not null default '{}',            -- user ids of the editors (coordinators, admins)
    reviewer_id    uuid references app_user (id),
    created_by     uuid references app_user (id),
    document       jsonb       not null default '{"blocks":[]}', -- the draft (after publication: the next correction's base)
    return_comment text,                                        -- the reviewer's comment when returned to draft
    version        bigint      not null default 0,              -- optimistic lock of the draft
    revision       int         not null default 0,              -- latest published revision (0: never published)
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    published_at   timestamptz,                                 -- first publication
    unique (series_id, number),
    check (period_from <= period_to)
);
create index bulletin_issue_campaign_idx on bulletin_issue (campaign_id);
create index bulletin_issue_snapshot_idx on bulletin_issue (snapshot_id);
create index bulletin_issue_reviewer_idx on bulletin_issue (reviewer_id);
create index bulletin_issue_created_by_idx on bulletin_issue (created_by);
create index bulletin_issue_published_idx on bulletin_issue (published_at desc, id) where revision > 0;

create table bulletin_issue_revision (
    issue_id     uuid        not null references bulletin_issue (id),
    revision     int         not null check (revision >= 1),
    title        text        not null,
    document     jsonb       not null,
    note         text,                                   -- the correction's reason; null for revision 1
    published_by uuid references app_user (id),
    published_at timestamptz not null default now(),
    primary key (issue_id, revision),
    check (revision = 1 or note is not null)
);
create index bulletin_issue_revision_published_by_idx on bulletin_issue_revision (published_by);

create table bulletin_personal_section (
    issue_id        uuid  not null,
    revision        int   not null,
    organization_id uuid  not null references organization (id),
    document        jsonb not null,
    primary key (issue_id, revision, organization_id),
    foreign key (issue_id, revision) references bulletin_issue_revision (issue_id, revision)
);
create index bulletin_personal_section_organization_idx on bulletin_personal_section (organization_id);

create function bulletin_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: a published bulletin revision never changes, a correction adds a revision',
        tg_table_name using errcode = 'P0001';
end $$;

create trigger bulletin_issue_revision_append_only before update or delete on bulletin_issue_revision
    for each row execute function bulletin_append_only();
create trigger bulletin_personal_section_append_only before update or delete on bulletin_personal_section
    for each row execute function bulletin_append_only();

insert into bulletin_series (id, slug, title_ru, title_en, description_ru, description_en)
values ('b0000000-0000-4000-8000-000000000001', 'main', 'Цифровой мост: бюллетень рекомендаций',
        'Digital Bridge: bulletin of recommendations',
        'Итоги мониторинга официальных аккаунтов, рекомендации и их выполнение.',
        'Monitoring results of official accounts, recommendations and whether they were followed.');
