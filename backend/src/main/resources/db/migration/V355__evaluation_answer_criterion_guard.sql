-- evaluation_answer → criterion: the foreign key is replaced by a trigger on criterion (issue 7 §6).
--
-- Why. Every first save of an evaluation inserts ~18 answers, and the foreign key check takes FOR KEY SHARE on each
-- referenced criterion row. All experts of a campaign answer the same ~24 criterion rows, so concurrent first saves
-- share those row locks through multixacts: each lock rewrites the criterion tuple's xmax (a WAL record, a dirty
-- criterion page) and, when another save holds it, creates a new multixact. Measured with pgbench on a copy of the
-- scale-10 demo (13,227 evaluations without answers, each transaction the first save of the next one: lock the
-- evaluation, insert 18 answers, bump its version; 32 clients × 300 transactions), two runs each way:
--   with the key:    1.67–1.72 multixacts and 109–110 WAL records (11.2 KB) per save; 413 / 508 tps
--   without the key: 0 multixacts and 90 WAL records (9.9 KB) per save;                470 / 567 tps
-- (tps on a shared machine, so the two orders are interleaved; the multixact and WAL counts do not depend on load).
--
-- The guarantee the key gave — an answer never points at a missing criterion — holds without it:
--   * answers are written only for criteria of their campaign's criteria set, and a campaign is created only over an
--     APPROVED set (campaign-criteria-set-not-approved); an approved or retired set never becomes a draft again;
--   * criteria are deleted only while their set is a DRAFT (CriteriaSetStore.replaceCriteria, and deleting a draft
--     set, cascaded), and a set with campaigns cannot be deleted (campaign.criteria_set_id keeps its key);
--   * this trigger enforces it in the database: a criterion of a set that is not a draft, or one any answer refers
--     to, cannot be deleted or get another id (EvaluationAnswerCriterionGuardTest).
-- The index evaluation_answer_criterion_idx (V040) stays: the trigger's lookup and the reports join through it.
alter table evaluation_answer drop constraint evaluation_answer_criterion_id_fkey;

create function criterion_keep_answered() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and new.id = old.id then
        return new;
    end if;
    if exists (select 1 from criteria_set s where s.id = old.criteria_set_id and s.status <> 'DRAFT') then
        raise foreign_key_violation using
            message = format('criterion %s belongs to a criteria set that is not a draft', old.id);
    end if;
    if exists (select 1 from evaluation_answer a where a.criterion_id = old.id) then
        raise foreign_key_violation using
            message = format('criterion %s is referenced by evaluation answers', old.id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger criterion_keep_answered
    before delete or update of id on criterion
    for each row execute function criterion_keep_answered();
