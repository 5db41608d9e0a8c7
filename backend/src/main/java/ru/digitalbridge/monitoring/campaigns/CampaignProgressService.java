package ru.digitalbridge.monitoring.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.util.List;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;

/**
 * The progress dashboard in three set-based statements, whatever the size of the campaign: the campaign-wide
 * figures (one aggregate over the campaign's evaluations with scalar subqueries for doubles, objections and
 * unassigned accounts), the per-expert figures and the per-municipality figures (each one grouped aggregate). All
 * of them start from the campaign's evaluations through {@code evaluation_campaign_idx}; doubles probe the
 * unique (campaign, account, role) index once per SECOND evaluation; objections go through
 * {@code objection_evaluation_idx}. Unassigned accounts are counted as scoped accounts minus PRIMARY evaluations
 * (an index-only count on {@code campaign_account}), which holds because a PRIMARY evaluation exists only for a
 * scoped account and an account leaves the scope only without evaluations.
 */
@ApplicationScoped
public class CampaignProgressService {
    private static final String DELIVERED = "('SUBMITTED', 'APPROVED', 'PUBLISHED')";

    private static final String TOTALS = """
            select count(e.id),
                   count(e.id) filter (where e.status = 'DRAFT' and e.started_at is null),
                   count(e.id) filter (where e.status = 'DRAFT' and e.started_at is not null),
                   count(e.id) filter (where e.status = 'SUBMITTED'),
                   count(e.id) filter (where e.status = 'RETURNED'),
                   count(e.id) filter (where e.status = 'APPROVED'),
                   count(e.id) filter (where e.status = 'PUBLISHED'),
                   count(e.id) filter (where %1$s),
                   count(e.id) filter (where e.role = 'SECOND'),
                   (select array[count(*) filter (where s.status in %2$s and p.status in %2$s),
                                 count(*) filter (where p.reconciled or s.reconciled)]
                      from evaluation s
                      join evaluation p on p.campaign_id = s.campaign_id and p.account_id = s.account_id
                                       and p.role = 'PRIMARY'
                     where s.campaign_id = c.id and s.role = 'SECOND'),
                   (select array[count(*) filter (where o.status = 'OPEN'),
                                 count(*) filter (where o.status = 'ACCEPTED'),
                                 count(*) filter (where o.status = 'REJECTED')]
                      from objection o join evaluation oe on oe.id = o.evaluation_id
                     where oe.campaign_id = c.id),
                   greatest(0, (select count(*) from campaign_account ca where ca.campaign_id = c.id)
                               - count(e.id) filter (where e.role = 'PRIMARY'))
              from campaign c
              left join evaluation e on e.campaign_id = c.id
             where c.id = ?
             group by c.id
            """.formatted(AssignmentService.OVERDUE, DELIVERED);

    private static final String PER_EXPERT = """
            with per as (
                select e.expert_id, count(*) as total,
                       count(*) filter (where e.status = 'DRAFT' and e.started_at is null) as not_started,
                       count(*) filter (where e.status = 'DRAFT' and e.started_at is not null) as draft,
                       count(*) filter (where e.status = 'SUBMITTED') as submitted,
                       count(*) filter (where e.status = 'RETURNED') as returned,
                       count(*) filter (where e.status in ('APPROVED', 'PUBLISHED')) as approved,
                       count(*) filter (where %s) as overdue
                  from evaluation e join campaign c on c.id = e.campaign_id
                 where e.campaign_id = ?
                 group by e.expert_id
            )
            select u.id, u.full_name, coalesce(per.total, 0), coalesce(per.not_started, 0), coalesce(per.draft, 0),
                   coalesce(per.submitted, 0), coalesce(per.returned, 0), coalesce(per.approved, 0),
                   coalesce(per.overdue, 0)
              from per
              full join (select user_id from campaign_expert where campaign_id = ?) ce on ce.user_id = per.expert_id
              join security_user_view u on u.id = coalesce(per.expert_id, ce.user_id)
             order by u.full_name, u.id
            """.formatted(AssignmentService.OVERDUE);

    /** Grouped on the evaluation's own copy of the account's municipality (V041), joined to names afterwards. */
    private static final String PER_MUNICIPALITY = """
            select m.id, m.name, per.total, per.delivered, per.overdue
              from (select e.municipality_id, count(*) as total, count(*) filter (where e.status in %s) as delivered,
                            count(*) filter (where %s) as overdue
                      from evaluation e
                      join campaign c on c.id = e.campaign_id
                     where e.campaign_id = ?
                     group by e.municipality_id) per
              join registry_municipality_view m on m.id = per.municipality_id
             order by m.name, m.id
            """.formatted(DELIVERED, AssignmentService.OVERDUE);

    private final Sql db;

    CampaignProgressService(Sql db) {
        this.db = db;
    }

    public CampaignProgress progress(UUID campaignId) {
        record Totals(
                long total,
                CampaignProgress.ByStatus byStatus,
                long overdue,
                CampaignProgress.Doubles doubles,
                CampaignProgress.Objections objections,
                long unassigned) {}
        Totals totals = db.one(
                        TOTALS,
                        rs -> {
                            long[] pairs = longs(rs.getArray(10));
                            long[] objections = longs(rs.getArray(11));
                            return new Totals(
                                    rs.getLong(1),
                                    new CampaignProgress.ByStatus(
                                            rs.getLong(2),
                                            rs.getLong(3),
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7)),
                                    rs.getLong(8),
                                    new CampaignProgress.Doubles(rs.getLong(9), pairs[0], pairs[1]),
                                    new CampaignProgress.Objections(objections[0], objections[1], objections[2]),
                                    rs.getLong(12));
                        },
                        campaignId)
                .orElseThrow(() -> CampaignProblems.campaignNotFound(campaignId));
        List<CampaignProgress.ExpertProgress> perExpert = db.list(
                PER_EXPERT,
                rs -> new CampaignProgress.ExpertProgress(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9)),
                campaignId,
                campaignId);
        List<CampaignProgress.MunicipalityProgress> perMunicipality = db.list(
                PER_MUNICIPALITY,
                rs -> new CampaignProgress.MunicipalityProgress(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                campaignId);
        return new CampaignProgress(
                totals.total(),
                totals.unassigned(),
                totals.byStatus(),
                totals.overdue(),
                totals.doubles(),
                totals.objections(),
                perExpert,
                perMunicipality);
    }

    private static long[] longs(Array array) throws java.sql.SQLException {
        Long[] values = (Long[]) array.getArray();
        long[] result = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
