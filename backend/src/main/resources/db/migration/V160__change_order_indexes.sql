-- Lists for machines (issue 8, §4): cursor paging (after=) and updatedSince read organizations, accounts and
-- evaluations in (updated_at, id) order; these indexes serve that order and the row comparison of a cursor. The
-- rating rows of one organization (a rating site showing one body's accounts) are read by organization_id.
create index organization_updated_idx on organization (updated_at, id);
create index account_updated_idx on account (updated_at, id);
create index evaluation_updated_idx on evaluation (updated_at, id);
create index rating_row_organization_idx on rating_row (snapshot_id, level, peer_group, organization_id);
