-- Open data (issue 8, §4): what the open-data feature reads of monitoring and methodology, as published views
-- owned by those features, and the SHA-256 of each published file, computed once per edition.

-- monitoring: a published campaign, with the edition of its results (how many published revisions, the latest)
create view monitoring_published_campaign_view as
select c.id, c.title, c.period, c.criteria_set_id, c.published_at,
       (select count(*) from evaluation_revision r join evaluation e on e.id = r.evaluation_id
         where e.campaign_id = c.id and e.role = 'PRIMARY') as revisions,
       (select max(r.created_at) from evaluation_revision r join evaluation e on e.id = r.evaluation_id
         where e.campaign_id = c.id and e.role = 'PRIMARY') as revised_at
  from campaign c
 where c.stage = 'PUBLISHED';

-- monitoring: every published PRIMARY evaluation in its current published revision: answers and the subject
-- (account, organization, municipality) as published (V100), never the registry's current state
create view monitoring_published_evaluation_view as
select e.id, e.campaign_id, r.revision, r.created_at as revised_at, r.index_value, r.answers,
       r.account_id, r.account_name, r.account_url, r.platform, r.organization_id, r.organization_name,
       r.organization_inn, r.organization_kind, r.sector, r.municipality_id, r.municipality_name
  from evaluation e
  join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
 where e.role = 'PRIMARY' and e.status = 'PUBLISHED';

-- methodology: an approved or retired criteria set (a published methodology version)
create view methodology_published_criteria_set_view as
select s.id, s.family_id, s.edition, s.name, s.status, s.approved_at
  from criteria_set s
 where s.status in ('APPROVED', 'RETIRED');

-- the SHA-256 of a published file, by dataset, edition and file name; a new edition (a correction) gets new rows
create table open_data_file (
    dataset    uuid        not null,
    edition    text        not null,
    file       text        not null,
    sha256     text        not null,
    bytes      bigint      not null,
    created_at timestamptz not null default now(),
    primary key (dataset, edition, file)
);
