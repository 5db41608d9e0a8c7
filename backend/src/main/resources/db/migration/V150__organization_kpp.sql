-- KPP (код причины постановки на учёт): a branch office shares its parent's INN (and OGRN) and differs by KPP,
-- so imports match an organization by INN + KPP when the file gives a KPP.
alter table organization add column kpp text check (kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$');
create index organization_inn_kpp_idx on organization (inn, kpp);
