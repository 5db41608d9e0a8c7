-- The people of an organisation as the bulletin reaches them (issue 11): learners of the training linked to an
-- organisation, either directly or through the registry accounts they run. A published read model owned by the
-- training feature, so the bulletin never reads training tables; columns are only ever added.
create view training_learner_organization_view as
select l.user_id, l.organization_id
  from training_learner l
 where l.user_id is not null and l.organization_id is not null
union
select l.user_id, a.organization_id
  from training_learner l
  join training_learner_account la on la.learner_id = l.id
  join account a on a.id = la.account_id
 where l.user_id is not null and a.organization_id is not null;
