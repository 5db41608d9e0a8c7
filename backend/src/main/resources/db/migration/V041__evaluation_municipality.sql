-- The progress dashboard groups a campaign's evaluations by municipality (issue 7, §6). The account's
-- municipality is copied onto the evaluation when it is created (and follows the account if it moves), so the
-- per-municipality figures are one scan of evaluation_campaign_municipality_idx instead of a join of every
-- evaluation to its account. No foreign key: the column is a copy of account.municipality_id, which has one.
alter table evaluation add column municipality_id uuid;

update evaluation e set municipality_id = a.municipality_id from account a where a.id = e.account_id;

alter table evaluation alter column municipality_id set not null;

create index evaluation_campaign_municipality_idx on evaluation (campaign_id, municipality_id, status);

create function evaluation_copy_municipality() returns trigger language plpgsql as $$
begin
    new.municipality_id := (select a.municipality_id from account a where a.id = new.account_id);
    return new;
end $$;

create trigger evaluation_copy_municipality before insert or update of account_id on evaluation
    for each row execute function evaluation_copy_municipality();

create function account_municipality_to_evaluations() returns trigger language plpgsql as $$
begin
    update evaluation set municipality_id = new.municipality_id where account_id = new.id;
    return null;
end $$;

-- not "update of municipality_id": the account's municipality is set by its own before-trigger when the
-- organization moves, which a column list would not see
create trigger account_municipality_to_evaluations after update on account
    for each row when (old.municipality_id is distinct from new.municipality_id)
    execute function account_municipality_to_evaluations();
