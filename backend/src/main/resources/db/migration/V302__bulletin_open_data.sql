-- Open data (issue 11, §2): what the open-data catalogue reads of the bulletin, as a published view owned by the
-- bulletin: every published revision of every issue (revisions never change). Columns are only ever added.
create view bulletin_published_revision_view as
select r.issue_id, s.slug as series, i.number, r.revision, r.title, i.period_from, i.period_to, r.published_at,
       r.note, i.campaign_id, r.document
  from bulletin_issue_revision r
  join bulletin_issue i on i.id = r.issue_id
  join bulletin_series s on s.id = i.series_id;
