package ru.digitalbridge.monitoring.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;

/**
 * The progress counters' update trigger (V338, narrowed by V349) hands on only the rows whose counted or paired
 * columns changed and moves one row within its cell by primary key. Each case changes exactly one such column (or
 * none, or several rows at once) with plain SQL, as any writer may, and the counters of both campaigns must then
 * equal a count of the evaluation table: a column missing from the trigger's comparison, or a single-row shortcut
 * taken where it does not hold, leaves a counter wrong.
 */
@QuarkusTest
class EvaluationProgressTriggerTest {
    @Inject
    EvaluationTestData data;

    /** Cells whose counters differ from a count of the evaluations, over the two campaigns. */
    private long countDifferences(UUID a, UUID b) {
        return data.count("""
                with r as (select campaign_id, expert_id, municipality_id, count(*) as total,
                                  count(*) filter (where status = 'DRAFT' and started_at is null) as not_started,
                                  count(*) filter (where status = 'DRAFT' and started_at is not null) as draft,
                                  count(*) filter (where status = 'SUBMITTED') as submitted,
                                  count(*) filter (where status = 'RETURNED') as returned,
                                  count(*) filter (where status = 'APPROVED') as approved,
                                  count(*) filter (where status = 'PUBLISHED') as published,
                                  count(*) filter (where role = 'SECOND') as seconds
                             from evaluation where campaign_id in (?, ?) group by 1, 2, 3),
                     c as (select * from campaign_progress_count where campaign_id in (?, ?) and total <> 0)
                select count(*) from r full join c using (campaign_id, expert_id, municipality_id)
                 where r.total is distinct from c.total or r.not_started is distinct from c.not_started
                    or r.draft is distinct from c.draft or r.submitted is distinct from c.submitted
                    or r.returned is distinct from c.returned or r.approved is distinct from c.approved
                    or r.published is distinct from c.published or r.seconds is distinct from c.seconds
                """, a, b, a, b);
    }

    /** Campaigns whose double-pair totals differ from a count of the evaluation table. */
    private long pairDifferences(UUID a, UUID b) {
        return data.count("""
                select count(*) from campaign_progress_total t
                 where t.campaign_id in (?, ?)
                   and (t.pairs_delivered <> (select count(*) from evaluation s join evaluation p
                                                  on p.campaign_id = s.campaign_id and p.account_id = s.account_id
                                                 and p.role = 'PRIMARY'
                                               where s.campaign_id = t.campaign_id and s.role = 'SECOND'
                                                 and s.status in ('SUBMITTED', 'APPROVED', 'PUBLISHED')
                                                 and p.status in ('SUBMITTED', 'APPROVED', 'PUBLISHED'))
                        or t.pairs_reconciled <> (select count(*) from evaluation s join evaluation p
                                                      on p.campaign_id = s.campaign_id
                                                     and p.account_id = s.account_id and p.role = 'PRIMARY'
                                                   where s.campaign_id = t.campaign_id and s.role = 'SECOND'
                                                     and (s.reconciled or p.reconciled)))
                """, a, b);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nothing counted",
                "started",
                "submitted",
                "returned after submission",
                "pair delivered",
                "pair reconciled",
                "role",
                "expert",
                "municipality",
                "campaign",
                "account",
                "several rows"
            })
    void theCountersFollowEveryCountedColumn(String change) {
        Scenario s = data.scenario("EVALUATION", true);
        Scenario other = data.scenario("EVALUATION", false);
        // the pair's halves and the other campaign's evaluation started, so that later changes move counted state
        data.update(
                "update evaluation set started_at = now() where id in (?, ?, ?)",
                s.primary(),
                s.second(),
                other.primary());
        assertThat(countDifferences(s.campaign(), other.campaign())).isZero();
        switch (change) {
            case "nothing counted" ->
                data.update(
                        "update evaluation set version = version + 1, updated_at = now(), index_value = 42 where id = ?",
                        s.primary());
            case "started" -> {
                data.update("update evaluation set started_at = null where id = ?", other.primary());
                data.update(
                        "update evaluation set started_at = now(), version = version + 1 where id = ?",
                        other.primary());
            }
            case "submitted" -> data.update("update evaluation set status = 'SUBMITTED' where id = ?", other.primary());
            case "returned after submission" -> {
                data.update("update evaluation set status = 'SUBMITTED' where id = ?", s.primary());
                data.update("update evaluation set status = 'RETURNED' where id = ?", s.primary());
            }
            case "pair delivered" -> {
                data.update("update evaluation set status = 'SUBMITTED' where id = ?", s.second());
                data.update("update evaluation set status = 'SUBMITTED' where id = ?", s.primary());
            }
            case "pair reconciled" -> data.update("update evaluation set reconciled = true where id = ?", s.primary());
            case "role" -> data.update("update evaluation set role = 'SECOND' where id = ?", other.primary());
            case "expert" ->
                data.update(
                        "update evaluation set expert_id = ? where id = ?",
                        s.secondExpert().id(),
                        other.primary());
            case "municipality" ->
                data.update(
                        "update evaluation set municipality_id = (select id from municipality where id <> evaluation.municipality_id"
                                + " order by id limit 1) where id = ?",
                        other.primary());
            case "campaign" ->
                data.update("update evaluation set campaign_id = ? where id = ?", s.campaign(), other.primary());
            case "account" ->
                data.update("update evaluation set account_id = ? where id = ?", other.account(), s.second());
            case "several rows" ->
                data.update(
                        "update evaluation set status = case when role = 'SECOND' then 'SUBMITTED' else status end,"
                                + " started_at = case when role = 'PRIMARY' then null else started_at end,"
                                + " version = version + 1 where campaign_id in (?, ?)",
                        s.campaign(),
                        other.campaign());
            default -> throw new IllegalArgumentException(change);
        }
        assertThat(countDifferences(s.campaign(), other.campaign()))
                .as("counter cells wrong after: " + change)
                .isZero();
        assertThat(pairDifferences(s.campaign(), other.campaign()))
                .as("pair totals wrong after: " + change)
                .isZero();
    }
}
