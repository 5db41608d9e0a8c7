-- An index for every foreign key whose columns no index leads with (issue 7, §6): joins from the parent and
-- the check PostgreSQL makes on every delete or key update of a parent row otherwise scan the whole child table.
-- ForeignKeyIndexTest keeps the list empty.
create index app_user_organization_idx on app_user (organization_id);
create index campaign_criteria_set_idx on campaign (criteria_set_id);
create index campaign_expert_user_idx on campaign_expert (user_id);
create index criteria_set_based_on_idx on criteria_set (based_on_id);
create index evaluation_answer_criterion_idx on evaluation_answer (criterion_id);
create index objection_author_idx on objection (author_id);
create index objection_criterion_idx on objection (criterion_id);
create index objection_organization_idx on objection (organization_id);
create index objection_resolved_by_idx on objection (resolved_by);
