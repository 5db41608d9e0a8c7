-- Self-assessment (issue 10, section 2): a built-in practical assignment in which a learner evaluates an account
-- they run against an approved methodology with the evaluation form, in a private mode. Nothing here is ever
-- published: no view, open-data file, rating, change feed or webhook reads these tables.

-- an assignment that is a self-assessment, and the criteria set (an approved methodology) it is done against
create table training_self_assessment_task (
    assignment_id   uuid primary key references training_assignment (id),
    criteria_set_id uuid not null references criteria_set (id)
);
create index training_self_assessment_task_set_idx on training_self_assessment_task (criteria_set_id);

-- one submitted self-assessment per submission: the learner's answers as entered (re-scored on read by the
-- methodology's rules, which never change once approved) and the index they gave
create table training_self_assessment (
    id              uuid primary key,
    submission_id   uuid        not null unique references training_submission (id),
    assignment_id   uuid        not null references training_assignment (id),
    enrolment_id    uuid        not null references training_enrolment (id),
    account_id      uuid        not null references account (id),
    criteria_set_id uuid        not null references criteria_set (id),
    answers         jsonb       not null,
    index_value     numeric(5, 1),
    created_at      timestamptz not null default now()
);
create index training_self_assessment_enrolment_idx on training_self_assessment (enrolment_id, assignment_id);
create index training_self_assessment_assignment_idx on training_self_assessment (assignment_id);
create index training_self_assessment_account_idx on training_self_assessment (account_id);
create index training_self_assessment_set_idx on training_self_assessment (criteria_set_id);
