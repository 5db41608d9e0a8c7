-- Certificates (issue 10, §3): удостоверения о повышении квалификации. Every field printed on the document is
-- frozen here at issue (the learner's name, the programme, the dates, the issuer), with the PDF itself and its
-- SHA-256; nothing is read back from training at display time.

-- the last registration number given per series and year: the issuing transaction increments it (a row lock held
-- until commit), so numbers are gap-free and unique even when many issue at once
create table certificate_counter (
    series text not null,
    year   int  not null,
    last   int  not null,
    primary key (series, year)
);

create table certificate (
    id                uuid primary key,
    version           bigint      not null default 0,
    series            text        not null,
    year              int         not null,
    seq               int         not null check (seq > 0),
    -- the registration number as printed: <series>-<year>-<seq, 6 digits>, e.g. ЦМ-2023-000123
    number            text        not null unique,
    -- the public verification code: random (not derived from any personal data), in the QR code and the URL
    verify_code       text        not null unique,
    -- training's enrolment and cohort, when issued from a completion (no foreign key until training lands)
    enrolment_id      uuid,
    cohort_id         uuid,
    surname           text        not null,
    given_name        text        not null,
    patronymic        text,
    -- personal data: admins only (notice, ФИС ФРДО export); never in public output or the audit log
    email             text,
    language          text        not null default 'ru' check (language in ('ru', 'en')),
    birth_date        date,
    snils             text,
    education_level   text,
    programme_title   text        not null,
    programme_version text,
    hours             int         not null check (hours > 0),
    study_start       date        not null,
    study_end         date        not null,
    issue_date        date        not null,
    issuer_name       text        not null,
    issuer_inn        text        not null,
    licence_number    text        not null,
    licence_date      date        not null,
    status            text        not null default 'ISSUED' check (status in ('ISSUED', 'REVOKED')),
    revoked_on        date,
    revocation_reason text,
    -- a reissue (after a name correction) names the certificate it replaces; the old one is revoked
    replaces_id       uuid references certificate (id),
    pdf               bytea       not null,
    pdf_sha256        text        not null,
    pdf_generated_at  timestamptz not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (series, year, seq),
    check (study_end >= study_start),
    check ((status = 'REVOKED') = (revoked_on is not null and revocation_reason is not null))
);
create index certificate_replaces_idx on certificate (replaces_id);
create index certificate_enrolment_idx on certificate (enrolment_id);
create index certificate_cohort_idx on certificate (cohort_id);
create index certificate_email_idx on certificate (lower(email));
create index certificate_issue_idx on certificate (issue_date desc, number);

-- the public register: what anyone may read of a certificate (name as surname and initials, no personal data)
create view certificate_public_register_view as
select c.id, c.number, c.surname, c.given_name, c.patronymic, c.programme_title, c.hours, c.study_start,
       c.study_end, c.issue_date, c.issuer_name, c.status, c.revoked_on, c.revocation_reason, c.updated_at,
       r.number as replaces_number
  from certificate c left join certificate r on r.id = c.replaces_id;

-- a notice may go to an e-mail address that is no user's (a learner without an account gets their certificate)
alter table notification alter column user_id drop not null;
