-- Training (issue 10, sections 1 and 2): programmes (versioned), cohorts with sessions, trainers and a completion
-- rule, learners (personal data for the federal register of education documents), enrolments, attendance,
-- assignments with submissions, final-test attempts. Completion is recorded on the enrolment when it is met.

-- a programme edition: draft -> approved (immutable) -> retired; a cohort uses one approved edition.
-- modules: [{title, hours, topics: [{title, hours}], questions: [{text, multiple, options: [..], correct: [..]}]}]
create table training_programme (
    id             uuid primary key,
    version        bigint      not null default 0,
    family_id      uuid        not null,
    edition        int         not null check (edition >= 1),
    status         text        not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED', 'RETIRED')),
    title          text        not null,
    annotation     text,
    total_hours    int         not null check (total_hours >= 16),
    form           text        not null check (form in ('BLENDED', 'FULL_TIME', 'DISTANCE')),
    modules        jsonb       not null default '[]',
    outcomes       jsonb       not null default '[]',
    issuer_name    text        not null,
    issuer_inn     text        not null,
    licence_number text        not null,
    licence_date   date        not null,
    approved_at    timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (family_id, edition)
);
create unique index training_programme_one_draft_idx on training_programme (family_id) where status = 'DRAFT';

create table training_cohort (
    id                  uuid primary key,
    version             bigint      not null default 0,
    programme_id        uuid        not null references training_programme (id),
    title               text        not null,
    starts_on           date        not null,
    ends_on             date        not null,
    capacity            int         not null check (capacity between 1 and 10000),
    auto_issue          boolean     not null default false,
    attendance_percent  int check (attendance_percent between 1 and 100),
    require_assignments boolean     not null default true,
    require_final_test  boolean     not null default true,
    test_pass_percent   int         not null default 70 check (test_pass_percent between 1 and 100),
    test_attempts       int         not null default 3 check (test_attempts between 1 and 20),
    test_questions      int         not null default 5 check (test_questions between 1 and 100),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check (ends_on >= starts_on)
);
create index training_cohort_programme_idx on training_cohort (programme_id);

create table training_cohort_trainer (
    cohort_id uuid not null references training_cohort (id) on delete cascade,
    user_id   uuid not null references app_user (id),
    primary key (cohort_id, user_id)
);
create index training_cohort_trainer_user_idx on training_cohort_trainer (user_id);

create table training_session (
    id                 uuid primary key,
    cohort_id          uuid        not null references training_cohort (id) on delete cascade,
    starts_at          timestamptz not null,
    ends_at            timestamptz not null,
    topic              text        not null,
    mode               text        not null check (mode in ('ONLINE', 'IN_PERSON')),
    link               text,
    address            text,
    checkin_code       text,
    checkin_expires_at timestamptz,
    check (ends_at > starts_at),
    check ((mode = 'ONLINE' and link is not null) or (mode = 'IN_PERSON' and address is not null))
);
create index training_session_cohort_idx on training_session (cohort_id, starts_at);

-- a learner: the person, with the data the federal register of education documents needs
create table training_learner (
    id              uuid primary key,
    version         bigint      not null default 0,
    user_id         uuid unique references app_user (id),
    surname         text        not null,
    name            text        not null,
    patronymic      text,
    email           text        not null,
    phone           text,
    organization_id uuid references organization (id),
    volunteer       boolean     not null default false,
    position        text,
    birth_date      date,
    snils           text unique,
    education_level text check (education_level in ('SECONDARY_VOCATIONAL', 'HIGHER', 'STUDENT')),
    diploma_surname text,
    consent_at      timestamptz not null,
    consent_version text        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (volunteer or organization_id is not null),
    check (not (volunteer and organization_id is not null))
);
create unique index training_learner_email_idx on training_learner (lower(email));
create index training_learner_organization_idx on training_learner (organization_id);

-- the registry accounts a learner runs
create table training_learner_account (
    learner_id uuid not null references training_learner (id) on delete cascade,
    account_id uuid not null references account (id),
    primary key (learner_id, account_id)
);
create index training_learner_account_account_idx on training_learner_account (account_id);

create table training_enrolment (
    id           uuid primary key,
    version      bigint      not null default 0,
    cohort_id    uuid        not null references training_cohort (id),
    learner_id   uuid        not null references training_learner (id),
    status       text        not null check (status in ('APPLIED', 'ENROLLED', 'REJECTED', 'WITHDRAWN')),
    completed_on date,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (cohort_id, learner_id)
);
create index training_enrolment_learner_idx on training_enrolment (learner_id);

create table training_attendance (
    session_id   uuid        not null references training_session (id) on delete cascade,
    enrolment_id uuid        not null references training_enrolment (id) on delete cascade,
    status       text        not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    marked_at    timestamptz not null,
    self_checkin boolean     not null default false,
    primary key (session_id, enrolment_id)
);
create index training_attendance_enrolment_idx on training_attendance (enrolment_id);

create table training_assignment (
    id          uuid primary key,
    cohort_id   uuid        not null references training_cohort (id) on delete cascade,
    title       text        not null,
    description text,
    due_at      timestamptz not null,
    required    boolean     not null default true,
    created_at  timestamptz not null default now()
);
create index training_assignment_cohort_idx on training_assignment (cohort_id);

-- every submission is kept; the latest one per learner and assignment is the one graded
create table training_submission (
    id            uuid primary key,
    assignment_id uuid        not null references training_assignment (id) on delete cascade,
    enrolment_id  uuid        not null references training_enrolment (id) on delete cascade,
    attempt       int         not null,
    body          text        not null,
    links         text[]      not null default '{}',
    submitted_at  timestamptz not null,
    grade         text check (grade in ('PASS', 'FAIL')),
    comment       text,
    graded_at     timestamptz,
    graded_by     uuid references app_user (id),
    unique (assignment_id, enrolment_id, attempt)
);
create index training_submission_enrolment_idx on training_submission (enrolment_id);
create index training_submission_graded_by_idx on training_submission (graded_by);

-- a final-test attempt: the questions drawn (with their correct answers, never shown), the answers, the result
create table training_test_attempt (
    id            uuid primary key,
    enrolment_id  uuid        not null references training_enrolment (id) on delete cascade,
    attempt       int         not null,
    questions     jsonb       not null,
    answers       jsonb,
    started_at    timestamptz not null,
    finished_at   timestamptz,
    score_percent int,
    passed        boolean,
    unique (enrolment_id, attempt)
);
