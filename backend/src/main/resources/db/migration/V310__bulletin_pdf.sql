-- Rendered PDFs of published bulletin revisions (brender, issue 11). A published revision is frozen, so its PDF is
-- rendered once per language and kept here with its SHA-256 (the ETag): later downloads on any instance, and after
-- a restart, are a read. renderer_version lets a changed layout replace old renderings lazily instead of serving them.
create table bulletin_pdf (
    issue_id         uuid        not null,
    revision         int         not null,
    lang             text        not null check (lang in ('ru', 'en')),
    renderer_version int         not null,
    sha256           text        not null,
    bytes            bytea       not null,
    created_at       timestamptz not null default now(),
    primary key (issue_id, revision, lang),
    foreign key (issue_id, revision) references bulletin_issue_revision (issue_id, revision)
);
