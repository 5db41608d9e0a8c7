-- The progress counters' update trigger (V338) is made cheaper for the expert's write path (issue 7): it fired on
-- every save and submission and ran evaluation_progress_apply over arrays of whole rows (about 0.26 ms a call).
--
-- 1. Only the rows whose counted or paired columns changed are handed on. A row that kept them all adds +1 and -1
--    to the same cell and changes no double pair, so an autosave of a started draft — most writes of an
--    evaluation — ends after one join of the statement's two transition tables; a statement touching many rows (a
--    publication, a reassignment) hands on only those that moved. The columns are exactly those
--    evaluation_progress_apply reads: the cell (campaign, expert, municipality), the counted state (status, started
--    or not, role) and the pair's (account, status, reconciled, role).
-- 2. One row that stays in its cell (same campaign, expert, municipality, role, account) — the first save, a
--    submission, a return, an approval — and that is not half of a double pair (no SECOND evaluation of its
--    account), or whose pair-relevant state (status, reconciled) did not change, moves between the columns of its
--    cell's counter row with one update by primary key. Everything else (several rows, a moved row, a pair) still
--    goes through evaluation_progress_apply, as does a missing counter row.
create or replace function evaluation_progress() returns trigger language plpgsql as $$
declare
    news evaluation[];
    olds evaluation[];
    nv evaluation;
    ov evaluation;
begin
    if tg_op = 'INSERT' then
        perform evaluation_progress_apply(array(select n::evaluation from new_rows n), '{}'::evaluation[]);
    elsif tg_op = 'UPDATE' then
        select coalesce(array_agg(nr::evaluation) filter (where nr.id is not null), '{}'),
               coalesce(array_agg(orow::evaluation) filter (where orow.id is not null), '{}')
          into news, olds
          from new_rows nr
          full join old_rows orow on orow.id = nr.id
         where nr.id is null or orow.id is null
            or nr.status is distinct from orow.status
            or (nr.started_at is null) <> (orow.started_at is null)
            or nr.role is distinct from orow.role
            or nr.expert_id is distinct from orow.expert_id
            or nr.municipality_id is distinct from orow.municipality_id
            or nr.campaign_id is distinct from orow.campaign_id
            or nr.account_id is distinct from orow.account_id
            or nr.reconciled is distinct from orow.reconciled;
        if cardinality(news) = 0 and cardinality(olds) = 0 then
            return null;
        end if;
        if cardinality(news) = 1 and cardinality(olds) = 1 then
            nv := news[1];
            ov := olds[1];
            if nv.id = ov.id and nv.campaign_id = ov.campaign_id and nv.expert_id = ov.expert_id
               and nv.municipality_id = ov.municipality_id and nv.role = ov.role and nv.account_id = ov.account_id
               and ((nv.status = ov.status and nv.reconciled is not distinct from ov.reconciled)
                    or not exists (select 1 from evaluation e
                                    where e.campaign_id = nv.campaign_id and e.account_id = nv.account_id
                                      and e.role = 'SECOND')) then
                update campaign_progress_count c
                   set not_started = c.not_started + (nv.status = 'DRAFT' and nv.started_at is null)::int
                                                   - (ov.status = 'DRAFT' and ov.started_at is null)::int,
                       draft = c.draft + (nv.status = 'DRAFT' and nv.started_at is not null)::int
                                       - (ov.status = 'DRAFT' and ov.started_at is not null)::int,
                       submitted = c.submitted + (nv.status = 'SUBMITTED')::int - (ov.status = 'SUBMITTED')::int,
                       returned = c.returned + (nv.status = 'RETURNED')::int - (ov.status = 'RETURNED')::int,
                       approved = c.approved + (nv.status = 'APPROVED')::int - (ov.status = 'APPROVED')::int,
                       published = c.published + (nv.status = 'PUBLISHED')::int - (ov.status = 'PUBLISHED')::int
                 where c.campaign_id = nv.campaign_id and c.expert_id = nv.expert_id
                   and c.municipality_id = nv.municipality_id;
                if found then
                    return null;
                end if;
            end if;
        end if;
        perform evaluation_progress_apply(news, olds);
    else
        perform evaluation_progress_apply('{}'::evaluation[], array(select o::evaluation from old_rows o));
    end if;
    return null;
end $$;
