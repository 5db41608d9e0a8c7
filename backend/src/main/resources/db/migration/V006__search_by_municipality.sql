-- Searching accounts within one municipality (the common case of the registry list) reads both conditions from
-- one index instead of intersecting two bitmaps.
create extension if not exists btree_gin;
create index account_municipality_search_idx on account using gin (municipality_id, search);
create index organization_municipality_search_idx on organization using gin (municipality_id, search);
