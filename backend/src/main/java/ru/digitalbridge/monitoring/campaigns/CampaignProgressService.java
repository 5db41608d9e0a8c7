package ru.digitalbridge.monitoring.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/**
 * The progress dashboard in one statement that reads counters, not evaluations (V338): the campaign's rows of
 * {@code campaign_progress_count} (one per expert and municipality, with the evaluations by status and role) and its
 * row of {@code campaign_progress_total} (accounts in scope, double pairs, objections), both kept exact by triggers
 * in the transaction of every change. The result is one row of totals (kind 0), one row per expert (kind 1: those
 * with evaluations and those named on the campaign) and one per municipality with evaluations (kind 2). Overdue is
 * DRAFT + RETURNED once the evaluation deadline has passed. Unassigned accounts are the accounts in scope minus the
 * PRIMARY evaluations, which holds because a PRIMARY evaluation exists only for a scoped account and an account
 * leaves the scope only without evaluations.
 */
@ApplicationScoped
public class CampaignProgressService {
    private static final String PROGRESS = """
            with c as (select c.id, c.evaluation_deadline < current_date as late from campaign c where c.id = ?),
                 cnt as (select p.* from campaign_progress_count p join c on c.id = p.campaign_id where p.total > 0)
            select 0 as kind, null::uuid as id, null::text as name, s.total, s.not_started, s.draft, s.submitted,
                   s.returned, s.approved, s.published,
                   case when c.late then s.not_started + s.draft + s.returned else 0 end,
                   s.seconds, coalesce(t.pairs_delivered, 0), coalesce(t.pairs_reconciled, 0),
                   coalesce(t.objections_open, 0), coalesce(t.objections_accepted, 0),
                   coalesce(t.objections_rejected, 0),
                   greatest(0, coalesce(t.scoped, 0) - (s.total - s.seconds))
              from c
             cross join (select coalesce(sum(total), 0)::bigint as total,
                                coalesce(sum(not_started), 0)::bigint as not_started,
                                coalesce(sum(draft), 0)::bigint as draft,
                                coalesce(sum(submitted), 0)::bigint as submitted,
                                coalesce(sum(returned), 0)::bigint as returned,
                                coalesce(sum(approved), 0)::bigint as approved,
                                coalesce(sum(published), 0)::bigint as published,
                                coalesce(sum(seconds), 0)::bigint as seconds
                           from cnt) s
              left join campaign_progress_total t on t.campaign_id = c.id
            union all
            select 1, u.id, u.full_name, coalesce(e.total, 0), coalesce(e.not_started, 0), coalesce(e.draft, 0),
                   coalesce(e.submitted, 0), coalesce(e.returned, 0), coalesce(e.approved, 0), 0,
                   case when c.late then coalesce(e.open, 0) else 0 end, 0, 0, 0, 0, 0, 0, 0
              from (select expert_id, sum(total)::bigint as total, sum(not_started)::bigint as not_started,
                           sum(draft)::bigint as draft, sum(submitted)::bigint as submitted,
                           sum(returned)::bigint as returned, sum(approved + published)::bigint as approved,
                           sum(not_started + draft + returned)::bigint as open
                      from cnt group by expert_id) e
              full join (select ce.user_id from campaign_expert ce join c on c.id = ce.campaign_id) ce
                     on ce.user_id = e.expert_id
              join security_user_view u on u.id = coalesce(e.expert_id, ce.user_id)
             cross join c
            union all
            select 2, m.id, m.name, per.total, per.delivered,
                   case when c.late then per.open else 0 end, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
              from (select municipality_id, sum(total)::bigint as total,
                           sum(submitted + approved + published)::bigint as delivered,
                           sum(not_started + draft + returned)::bigint as open
                      from cnt group by municipality_id) per
              join registry_municipality_view m on m.id = per.municipality_id
             cross join c
             order by 1, 3, 2
            """;

    private final Sql db;

    CampaignProgressService(Sql db) {
        this.db = db;
    }

    /** One row of the result: its kind, the expert's or municipality's id and name, and its figures. */
    private record Row(int kind, UUID id, String name, long[] v) {}

    public CampaignProgress progress(UUID campaignId) {
        List<Row> rows = db.list(
                PROGRESS,
                rs -> {
                    long[] v = new long[16];
                    for (int i = 1; i < v.length; i++) {
                        v[i] = rs.getLong(i + 3);
                    }
                    return new Row(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3), v);
                },
                campaignId);
        if (rows.isEmpty()) {
            throw CampaignProblems.campaignNotFound(campaignId);
        }
        long[] t = rows.get(0).v();
        List<CampaignProgress.ExpertProgress> perExpert = new ArrayList<>();
        List<CampaignProgress.MunicipalityProgress> perMunicipality = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            long[] v = row.v();
            if (row.kind() == 1) {
                perExpert.add(new CampaignProgress.ExpertProgress(
                        row.id(), row.name(), v[1], v[2], v[3], v[4], v[5], v[6], v[8]));
            } else {
                perMunicipality.add(new CampaignProgress.MunicipalityProgress(row.id(), row.name(), v[1], v[2], v[3]));
            }
        }
        return new CampaignProgress(
                t[1],
                t[15],
                new CampaignProgress.ByStatus(t[2], t[3], t[4], t[5], t[6], t[7]),
                t[8],
                new CampaignProgress.Doubles(t[9], t[10], t[11]),
                new CampaignProgress.Objections(t[12], t[13], t[14]),
                perExpert,
                perMunicipality);
    }
}
