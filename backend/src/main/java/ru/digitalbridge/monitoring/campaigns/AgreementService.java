package ru.digitalbridge.monitoring.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.methodology.Level;
import ru.digitalbridge.methodology.Threshold;

/**
 * The agreement report of a campaign's blind doubles.
 *
 * <ul>
 *   <li>A pair is an account whose PRIMARY and SECOND evaluations are both at least SUBMITTED (SUBMITTED,
 *       APPROVED or PUBLISHED). After a reconciliation the PRIMARY holds the reconciled values, so a reconciled
 *       pair shows the agreement that remains after it.
 *   <li>Per criterion, a pair counts when both experts gave a value and neither marked it not applicable.
 *   <li>BOOLEAN: Cohen's kappa over no/yes. SCALE: linearly weighted kappa over the criterion's levels in value
 *       order. NUMERIC and DERIVED: linearly weighted kappa over the points earned, the categories being every
 *       point value the thresholds can give (0 and each threshold's points, plus any other value found) in
 *       order — so a near miss on the threshold ladder counts partly.
 *   <li>Overall: Cohen's kappa pooled over every counted (criterion, pair) decision, each reduced to "earned the
 *       criterion's full points" or not; comparable across criteria of every type.
 *   <li>{@code observed} is the share of exact agreement; figures are rounded half-up to 3 decimals; kappa is
 *       null when undefined (no pairs, or both experts used one and the same category only).
 * </ul>
 */
@ApplicationScoped
public class AgreementService {
    private static final String DELIVERED = "('SUBMITTED', 'APPROVED', 'PUBLISHED')";

    private static final String PAIRS = """
            select count(*)
              from evaluation p
              join evaluation s on s.campaign_id = p.campaign_id and s.account_id = p.account_id and s.role = 'SECOND'
             where p.campaign_id = ? and p.role = 'PRIMARY' and p.status in %1$s and s.status in %1$s
            """.formatted(DELIVERED);

    private static final String ANSWERS = """
            select pa.criterion_id, pa.value, pa.points, sa.value, sa.points
              from evaluation p
              join evaluation s on s.campaign_id = p.campaign_id and s.account_id = p.account_id and s.role = 'SECOND'
              join evaluation_answer pa on pa.evaluation_id = p.id
              join evaluation_answer sa on sa.evaluation_id = s.id and sa.criterion_id = pa.criterion_id
             where p.campaign_id = ? and p.role = 'PRIMARY' and p.status in %1$s and s.status in %1$s
               and not pa.not_applicable and not sa.not_applicable
               and pa.value is not null and sa.value is not null
            """.formatted(DELIVERED);

    private final Sql db;
    private final CriteriaCatalog catalog;

    AgreementService(Sql db, CriteriaCatalog catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    private record AnswerPair(
            BigDecimal firstValue, BigDecimal firstPoints, BigDecimal secondValue, BigDecimal secondPoints) {}

    public AgreementReport report(UUID campaignId) {
        UUID criteriaSet = db.one(
                        "select criteria_set_id from campaign where id = ?",
                        rs -> rs.getObject(1, UUID.class),
                        campaignId)
                .orElseThrow(() -> CampaignProblems.campaignNotFound(campaignId));
        int pairs = (int) db.count(PAIRS, campaignId);
        Map<UUID, List<AnswerPair>> answers = new HashMap<>();
        db.list(
                ANSWERS,
                rs -> answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new AnswerPair(
                                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5))),
                campaignId);
        List<AgreementReport.CriterionAgreement> criteria = new ArrayList<>();
        long[][] overall = new long[2][2];
        for (CriterionDefinition criterion : catalog.criteria(criteriaSet)) {
            List<AnswerPair> list = answers.getOrDefault(criterion.id(), List.of());
            for (AnswerPair pair : list) {
                if (pair.firstPoints() != null && pair.secondPoints() != null) {
                    overall[full(pair.firstPoints(), criterion)][full(pair.secondPoints(), criterion)]++;
                }
            }
            criteria.add(criterion(criterion, list));
        }
        Agreement.Result pooled = Agreement.cohen(overall);
        return new AgreementReport(
                pairs,
                new AgreementReport.Overall(
                        (int) pooled.items(),
                        pooled.items() == 0 ? null : round(pooled.observed()),
                        round(pooled.kappa())),
                criteria);
    }

    private static int full(BigDecimal points, CriterionDefinition criterion) {
        return points.compareTo(criterion.maxPoints()) >= 0 ? 1 : 0;
    }

    private static AgreementReport.CriterionAgreement criterion(CriterionDefinition criterion, List<AnswerPair> pairs) {
        List<BigDecimal> categories = categories(criterion, pairs);
        boolean byPoints = switch (criterion.type()) {
            case BOOLEAN, SCALE -> false;
            case NUMERIC, DERIVED -> true;
        };
        List<int[]> rated = new ArrayList<>();
        for (AnswerPair pair : pairs) {
            int first = indexOf(categories, byPoints ? pair.firstPoints() : pair.firstValue());
            int second = indexOf(categories, byPoints ? pair.secondPoints() : pair.secondValue());
            if (first >= 0 && second >= 0) {
                rated.add(new int[] {first, second});
            }
        }
        long[][] table = new long[categories.size()][categories.size()];
        for (int[] pair : rated) {
            table[pair[0]][pair[1]]++;
        }
        boolean weighted = criterion.type() != ru.digitalbridge.methodology.CriterionType.BOOLEAN;
        Agreement.Result result = weighted ? Agreement.linearlyWeighted(table) : Agreement.cohen(table);
        return new AgreementReport.CriterionAgreement(
                criterion.id(),
                criterion.code(),
                criterion.title(),
                criterion.type(),
                rated.size(),
                rated.isEmpty() ? null : round(result.observed()),
                round(result.kappa()),
                weighted);
    }

    /** The ordered categories of a criterion: no/yes, level values, or the point values of its thresholds. */
    static List<BigDecimal> categories(CriterionDefinition criterion, List<AnswerPair> pairs) {
        TreeSet<BigDecimal> values = new TreeSet<>();
        switch (criterion.type()) {
            case BOOLEAN -> {
                values.add(BigDecimal.ZERO);
                values.add(BigDecimal.ONE);
            }
            case SCALE -> {
                for (Level level : criterion.rule().levels()) {
                    values.add(BigDecimal.valueOf(level.value()));
                }
            }
            case NUMERIC, DERIVED -> {
                values.add(BigDecimal.ZERO);
                for (Threshold threshold : criterion.rule().thresholds()) {
                    values.add(normal(threshold.points()));
                }
                for (AnswerPair pair : pairs) {
                    if (pair.firstPoints() != null) {
                        values.add(normal(pair.firstPoints()));
                    }
                    if (pair.secondPoints() != null) {
                        values.add(normal(pair.secondPoints()));
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    private static BigDecimal normal(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static int indexOf(List<BigDecimal> categories, BigDecimal value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).compareTo(value) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
