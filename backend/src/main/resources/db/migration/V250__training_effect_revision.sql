-- The training effect of a published campaign, frozen (issue 10 §4, issue 8 §1: what is published is frozen).
-- Revision 1 is taken when the campaign is published; a coordinator's recompute (with a reason) and a correction of
-- one of the campaign's published evaluations take the next revision, with a changelog against the previous one.
-- The public API and the open data serve the latest revision; every revision stays readable and downloadable.
-- `computation` holds exactly what the public files show (public registry data and published evaluations: account
-- and organisation ids and names, indexes, criteria met, course months) and nothing about a person.
create table training_effect_revision (
    id          uuid primary key,
    campaign_id uuid        not null references campaign (id),
    revision    int         not null check (revision >= 1),
    created_at  timestamptz not null default now(),
    cause       text        not null check (cause in ('PUBLICATION', 'RECOMPUTE', 'CORRECTION')),
    reason      text,                              -- null for revision 1; the coordinator's or the correction's reason
    changes     jsonb       not null default '{}', -- figures and account standings that differ from the previous revision
    computation jsonb       not null,              -- the campaign, the figures and the account rows they came from
    unique (campaign_id, revision)
);

create function training_effect_revision_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'training_effect_revision is append-only: a published figure never changes, a recompute adds a revision'
        using errcode = 'P0001';
end $$;

create trigger training_effect_revision_append_only before update or delete on training_effect_revision
    for each row execute function training_effect_revision_append_only();
