-- Open data (issue 8, §4): every rating snapshot revision is a dataset of its own. What the open-data feature reads of
-- the rating, as published views owned by the rating (snapshots exist only for published campaigns, and never change).
create view rating_published_snapshot_view as
select s.id, s.campaign_id, s.revision, s.created_at, s.criteria_set_id, c.title as campaign_title, c.period
  from rating_snapshot s
  join campaign c on c.id = s.campaign_id
 where c.stage = 'PUBLISHED';

create view rating_published_row_view as
select r.snapshot_id, r.level, r.peer_group, r.peer_key, r.unit_id, r.name, r.evaluation_id, r.evaluation_revision,
       r.organization_id, r.municipality_id, r.municipality_name, r.sector, r.kind, r.platform, r.evaluated, r.total,
       r.index_value, r.ranked, r.place_from, r.place_to, r.place_of, r.previous_index, r.index_delta,
       r.previous_place, r.place_delta
  from rating_row r;
