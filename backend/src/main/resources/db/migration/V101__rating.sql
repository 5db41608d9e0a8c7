-- Ratings (issue 8, §2): an immutable snapshot per campaign and revision. Revision 1 is computed when the campaign
-- is published; every correction of one of its evaluations after publication computes the next revision, with a
-- changelog entry (the correction's reason and the places that moved). Rows and snapshots are append-only; the
-- column names are a stable contract (open-data exports stream them): only ever add to them.
create table rating_snapshot (
    id                      uuid primary key,
    campaign_id             uuid        not null references campaign (id),
    revision                int         not null check (revision >= 1),
    created_at              timestamptz not null default now(),
    criteria_set_id         uuid        not null references criteria_set (id),
    methodology_family_id   uuid        not null,
    methodology_edition     int         not null,
    methodology_name        text        not null,
    rules                   jsonb       not null,            -- RatingRules: aggregation, ranking, minimum data
    comparison              text        not null check (comparison in ('COMPARABLE', 'EDITION_CHANGED', 'NO_PREVIOUS')),
    previous_campaign_id    uuid references campaign (id),   -- the previous campaign of the same methodology family
    previous_edition        int,
    reason                  text,                            -- the correction's reason (null for revision 1)
    corrected_evaluation_id uuid,                            -- the corrected evaluation (copy, no foreign key)
    index_before            numeric(5, 1),                   -- its index before and after the correction
    index_after             numeric(5, 1),
    moved                   jsonb       not null default '[]', -- units whose index or place changed against the previous revision
    statistics              jsonb       not null default '{}', -- criterion pass rates, common failures, answer times
    evaluations             int         not null,
    unique (campaign_id, revision)
);
create index rating_snapshot_previous_campaign_idx on rating_snapshot (previous_campaign_id);
create index rating_snapshot_criteria_set_idx on rating_snapshot (criteria_set_id);

create table rating_row (
    snapshot_id         uuid          not null references rating_snapshot (id),
    level               text          not null check (level in ('ACCOUNT', 'ORGANIZATION', 'MUNICIPALITY', 'SECTOR')),
    peer_group          text          not null check (peer_group in ('OVERALL', 'SECTOR', 'KIND')),
    peer_key            text          not null,              -- '' overall, else the sector or the kind
    unit_id             text          not null,              -- account / organization / municipality id, or the sector
    name                text          not null,
    evaluation_id       uuid,                                -- ACCOUNT: the evaluation and its revision
    evaluation_revision int,
    organization_id     uuid,
    municipality_id     uuid,
    municipality_name   text,
    sector              text,
    kind                text,
    platform            text,
    evaluated           int           not null,
    total               int           not null,
    index_value         numeric(5, 1),
    ranked              boolean       not null,
    place_from          int,
    place_to            int,
    place_of            int,
    previous_index      numeric(5, 1),
    index_delta         numeric(5, 1),
    previous_place      int,
    place_delta         int,
    primary key (snapshot_id, level, peer_group, peer_key, unit_id)
);
-- a unit's ratings across campaigns (organization and municipality trends)
create index rating_row_unit_idx on rating_row (level, unit_id, peer_group);

create function rating_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: a published rating never changes, a correction adds a revision', tg_table_name
        using errcode = 'P0001';
end $$;

create trigger rating_snapshot_append_only before update or delete on rating_snapshot
    for each row execute function rating_append_only();
create trigger rating_row_append_only before update or delete on rating_row
    for each row execute function rating_append_only();
