-- Training sessions are edited under optimistic locking like every other record a form replaces (issue 10):
-- a change or removal carries the version last read and a stale one is refused with 409.
alter table training_session add column version bigint not null default 0;
