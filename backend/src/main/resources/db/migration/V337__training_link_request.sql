-- A learner's own request to be linked to a registry account they run (issue 10). The link itself stays in
-- training_learner_account, the one place the cabinet, the training effect and bulletins read; a request only
-- becomes a link when a trainer of one of the learner's cohorts (or staff) confirms it.
create table training_link_request (
    id          uuid primary key,
    version     bigint      not null default 0,
    learner_id  uuid        not null references training_learner (id) on delete cascade,
    account_id  uuid        not null references account (id),
    status      text        not null check (status in ('PENDING', 'CONFIRMED', 'REJECTED', 'WITHDRAWN')),
    created_at  timestamptz not null default now(),
    decided_at  timestamptz
);
create index training_link_request_learner_idx on training_link_request (learner_id, created_at);
create index training_link_request_account_idx on training_link_request (account_id);
-- at most one pending request per learner and account
create unique index training_link_request_pending_idx on training_link_request (learner_id, account_id)
    where status = 'PENDING';
