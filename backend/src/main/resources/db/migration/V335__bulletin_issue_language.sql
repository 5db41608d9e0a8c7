-- The language an issue is compiled in (issue 11): the compiler writes its block titles and texts in it (ru or en).
-- Existing issues were compiled in Russian.
alter table bulletin_issue add column language text not null default 'ru' check (language in ('ru', 'en'));
