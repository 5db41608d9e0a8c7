package ru.digitalbridge.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.training.EffectFigures.EffectCriterion;
import ru.digitalbridge.training.EffectFigures.EffectGroup;

/**
 * The training effect (issue 10, §4; docs/training.md, "Training effect"), computed from published data only: each
 * published PRIMARY evaluation in its current published revision (index, criterion points, the DERIVED median answer
 * hours) read through {@code monitoring_published_evaluation_view}, and for each account the month its owner first
 * completed a course — which the open-data dataset publishes with every account, so anyone can recompute the figures.
 *
 * <ul>
 *   <li>An account's <em>course month</em>: the earliest month in which a learner linked to it completed a cohort
 *       (an ENROLLED enrolment with a completion date).
 *   <li>(a) In a campaign: GRADUATE when the course month is before the period's first month, TRAINED_DURING when
 *       within the period (in neither group), NOT_TRAINED otherwise (no course, or one after the period).
 *   <li>(b) The accounts for which the campaign is the first published campaign (by period start, then publication)
 *       whose period starts after the course month, compared with their evaluation in the latest published campaign
 *       whose period ended before it.
 *   <li>Medians: of the accounts' values; an even count takes the mean of the middle two; two decimals, half up.
 *       Shares: accounts meeting a criterion (points = maximum) of those assessed on it (applicable, with points).
 *   <li>A group of fewer than {@value #MINIMUM_GROUP} accounts, or a criterion assessed on fewer, shows counts only.
 * </ul>
 */
@ApplicationScoped
public class TrainingEffect {
    /** The smallest group whose figures are shown. */
    public static final int MINIMUM_GROUP = 5;

    /** An account's standing in comparison (a). */
    public enum Standing {
        GRADUATE,
        TRAINED_DURING,
        NOT_TRAINED
    }

    private final Sql db;
    private final ObjectMapper json;

    TrainingEffect(Sql db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** A published campaign and its period. */
    public record Campaign(
            UUID id,
            String title,
            String period,
            CampaignPeriod months,
            OffsetDateTime publishedAt,
            UUID criteriaSet) {}

    /** One published evaluation as the effect reads it. */
    public record Evaluated(
            UUID campaignId,
            UUID evaluationId,
            int revision,
            UUID accountId,
            String accountName,
            UUID organizationId,
            String organizationName,
            BigDecimal index,
            BigDecimal answerHours,
            Map<String, Boolean> criteria) {}

    /**
     * One account of a campaign with what the effect used: its evaluation, the course month, its standing, whether this
     * campaign is its first after the course and, when it is, its evaluation in the latest campaign before the course.
     */
    public record AccountRow(
            Evaluated evaluation,
            YearMonth courseMonth,
            Standing standing,
            boolean firstAfterCourse,
            Campaign before,
            Evaluated beforeEvaluation) {}

    /** The computation of one campaign: the figures and the rows they came from. */
    public record Computation(Campaign campaign, EffectFigures figures, List<AccountRow> accounts) {}

    /**
     * The figures and their input rows as they are now, computed live; 404 problem unless the campaign is published.
     * Public output never serves this: it serves the frozen revisions ({@link EffectRevisions}) taken from it.
     */
    public Computation compute(UUID campaignId) {
        Campaign campaign = campaign(campaignId)
                .orElseThrow(() -> ProblemException.notFound("opendata.entity.campaign", campaignId));
        return compute(campaign);
    }

    /**
     * The computation of a campaign being published, inside the publishing transaction (its stage is not yet
     * PUBLISHED, so it is read from the campaign itself; its evaluations are published already).
     */
    Computation atPublication(UUID campaignId) {
        Campaign campaign = db.one(
                        "select id, title, period, published_at, criteria_set_id from campaign where id = ?",
                        TrainingEffect::campaign,
                        campaignId)
                .orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
        return compute(campaign);
    }

    /** Published campaigns, newest period first. */
    public List<Campaign> campaigns() {
        return db.list(CAMPAIGNS, TrainingEffect::campaign).stream()
                .sorted(ORDER.reversed())
                .toList();
    }

    public Optional<Campaign> campaign(UUID id) {
        return db.one(CAMPAIGNS + " where id = ?", TrainingEffect::campaign, id);
    }

    private static final String CAMPAIGNS =
            "select id, title, period, published_at, criteria_set_id from monitoring_published_campaign_view";

    /** Campaigns in time: by the start of the period, then publication, then id. */
    static final Comparator<Campaign> ORDER = Comparator.comparing(
                    (Campaign c) -> c.months().first())
            .thenComparing(Campaign::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Campaign::id);

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("period"),
                CampaignPeriod.of(rs.getString("period")),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("criteria_set_id", UUID.class));
    }

    Computation compute(Campaign campaign) {
        List<Evaluated> evaluated = evaluations("v.campaign_id = ?", campaign.id());
        Map<UUID, YearMonth> courses = courseMonths();
        // every published evaluation of the accounts trained at some point, for the before/after pairs
        List<UUID> trained = evaluated.stream()
                .map(Evaluated::accountId)
                .filter(courses::containsKey)
                .toList();
        Map<UUID, Campaign> campaigns = new HashMap<>();
        for (Campaign c : db.list(CAMPAIGNS, TrainingEffect::campaign)) {
            campaigns.put(c.id(), c);
        }
        campaigns.put(campaign.id(), campaign);
        Map<UUID, List<Evaluated>> history = new HashMap<>();
        if (!trained.isEmpty()) {
            for (Evaluated e : evaluations("v.account_id = any(?)", (Object) Sql.uuids(trained))) {
                if (campaigns.containsKey(e.campaignId())) {
                    history.computeIfAbsent(e.accountId(), k -> new ArrayList<>())
                            .add(e);
                }
            }
        }
        List<AccountRow> rows = new ArrayList<>();
        for (Evaluated e : evaluated) {
            YearMonth course = courses.get(e.accountId());
            Standing standing = course == null || campaign.months().before(course)
                    ? Standing.NOT_TRAINED
                    : campaign.months().after(course) ? Standing.GRADUATE : Standing.TRAINED_DURING;
            Campaign before = null;
            Evaluated beforeEvaluation = null;
            Campaign firstAfter = null;
            if (standing == Standing.GRADUATE) {
                for (Evaluated h : history.getOrDefault(e.accountId(), List.of())) {
                    Campaign c = campaigns.get(h.campaignId());
                    if (c.months().after(course) && (firstAfter == null || ORDER.compare(c, firstAfter) < 0)) {
                        firstAfter = c;
                    }
                    if (c.months().before(course) && (before == null || ORDER.compare(c, before) > 0)) {
                        before = c;
                        beforeEvaluation = h;
                    }
                }
            }
            boolean first = firstAfter != null && firstAfter.id().equals(campaign.id());
            rows.add(
                    new AccountRow(e, course, standing, first, first ? before : null, first ? beforeEvaluation : null));
        }
        return new Computation(campaign, figures(campaign, rows), rows);
    }

    private EffectFigures figures(Campaign campaign, List<AccountRow> rows) {
        List<Evaluated> graduates = new ArrayList<>();
        List<Evaluated> notTrained = new ArrayList<>();
        List<Evaluated> before = new ArrayList<>();
        List<Evaluated> after = new ArrayList<>();
        int during = 0;
        int withoutBefore = 0;
        List<BigDecimal> changes = new ArrayList<>();
        for (AccountRow row : rows) {
            switch (row.standing()) {
                case GRADUATE -> graduates.add(row.evaluation());
                case NOT_TRAINED -> notTrained.add(row.evaluation());
                case TRAINED_DURING -> during++;
            }
            if (row.firstAfterCourse()) {
                if (row.beforeEvaluation() == null) {
                    withoutBefore++;
                } else {
                    before.add(row.beforeEvaluation());
                    after.add(row.evaluation());
                    if (row.evaluation().index() != null
                            && row.beforeEvaluation().index() != null) {
                        changes.add(row.evaluation()
                                .index()
                                .subtract(row.beforeEvaluation().index()));
                    }
                }
            }
        }
        Map<String, String> titles = titles(campaign, before);
        List<String> codesA = codes(graduates, notTrained);
        List<String> codesB = codes(before, after);
        EffectGroup g = group(graduates, codesA, titles);
        EffectGroup n = group(notTrained, codesA, titles);
        EffectGroup b = group(before, codesB, titles);
        EffectGroup a = group(after, codesB, titles);
        return new EffectFigures(
                campaign.id(),
                campaign.title(),
                campaign.period(),
                campaign.months().start(),
                campaign.months().end(),
                campaign.publishedAt(),
                MINIMUM_GROUP,
                rows.size(),
                g,
                n,
                during,
                difference(g.medianIndex(), n.medianIndex()),
                difference(g.medianAnswerHours(), n.medianAnswerHours()),
                b,
                a,
                withoutBefore,
                difference(a.medianIndex(), b.medianIndex()),
                difference(a.medianAnswerHours(), b.medianAnswerHours()),
                changes.size(),
                changes.size() < MINIMUM_GROUP ? null : median(changes),
                0,
                null,
                null);
    }

    private static BigDecimal difference(BigDecimal first, BigDecimal second) {
        return first == null || second == null ? null : first.subtract(second);
    }

    /** The criterion codes assessed in either group, in code order. */
    private static List<String> codes(List<Evaluated> first, List<Evaluated> second) {
        TreeSet<String> codes = new TreeSet<>();
        first.forEach(e -> codes.addAll(e.criteria().keySet()));
        second.forEach(e -> codes.addAll(e.criteria().keySet()));
        return List.copyOf(codes);
    }

    private static EffectGroup group(List<Evaluated> accounts, List<String> codes, Map<String, String> titles) {
        boolean suppressed = accounts.size() < MINIMUM_GROUP;
        List<BigDecimal> indexes = accounts.stream()
                .map(Evaluated::index)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<BigDecimal> hours = accounts.stream()
                .map(Evaluated::answerHours)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<EffectCriterion> criteria = new ArrayList<>();
        for (String code : codes) {
            int assessed = 0;
            int met = 0;
            for (Evaluated e : accounts) {
                Boolean m = e.criteria().get(code);
                if (m != null) {
                    assessed++;
                    met += m ? 1 : 0;
                }
            }
            BigDecimal share = suppressed || assessed < MINIMUM_GROUP
                    ? null
                    : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(assessed), 2, RoundingMode.HALF_UP);
            criteria.add(new EffectCriterion(code, titles.getOrDefault(code, code), assessed, met, share));
        }
        return new EffectGroup(
                accounts.size(),
                suppressed,
                indexes.size(),
                suppressed || indexes.size() < MINIMUM_GROUP ? null : median(indexes),
                hours.size(),
                suppressed || hours.size() < MINIMUM_GROUP ? null : median(hours),
                criteria);
    }

    /** The median: the middle value, or the mean of the middle two; two decimals, half up. */
    public static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        BigDecimal m = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.setScale(2, RoundingMode.HALF_UP);
    }

    /** Criterion titles by code: this campaign's methodology, then the before campaigns' for codes it lacks. */
    private Map<String, String> titles(Campaign campaign, List<Evaluated> before) {
        Map<String, String> titles = new HashMap<>();
        db.list(
                """
                select c.code, c.title from criterion c
                 where c.criteria_set_id in (select criteria_set_id from campaign where id = any(?))
                 order by (c.criteria_set_id = ?), c.code
                """,
                rs -> titles.put(rs.getString(1), rs.getString(2)),
                (Object) Sql.uuids(new TreeSet<>(concat(campaign.id(), before))),
                campaign.criteriaSet());
        return titles;
    }

    private static List<UUID> concat(UUID campaign, List<Evaluated> before) {
        List<UUID> ids = new ArrayList<>();
        ids.add(campaign);
        before.forEach(e -> ids.add(e.campaignId()));
        return ids;
    }

    /** Each account's course month: the earliest completion by a learner linked to it. */
    Map<UUID, YearMonth> courseMonths() {
        Map<UUID, YearMonth> months = new HashMap<>();
        db.list("""
                select la.account_id, min(e.completed_on)
                  from training_learner_account la
                  join training_enrolment e on e.learner_id = la.learner_id
                 where e.status = 'ENROLLED' and e.completed_on is not null
                 group by la.account_id
                """, rs -> months.put(rs.getObject(1, UUID.class), YearMonth.from(rs.getObject(2, LocalDate.class))));
        return months;
    }

    /**
     * Published evaluations (current revision): the index, the value of the criterion measuring the median answer
     * hours (metric MEDIAN_ANSWER_HOURS, when applicable), and per assessed criterion code whether it was met.
     */
    private List<Evaluated> evaluations(String where, Object... params) {
        return db.list(
                """
                select v.campaign_id, v.id, v.revision, v.account_id, v.account_name, v.organization_id,
                       v.organization_name, v.index_value,
                       (select (a ->> 'value')::numeric
                          from jsonb_array_elements(v.answers) a
                          join criterion c on c.id = (a ->> 'criterionId')::uuid
                         where c.metric = 'MEDIAN_ANSWER_HOURS' and not coalesce((a ->> 'notApplicable')::boolean, false)
                           and a ->> 'value' is not null
                         limit 1) as hours,
                       (select coalesce(jsonb_object_agg(a ->> 'code',
                                        (a ->> 'points')::numeric >= (a ->> 'maxPoints')::numeric), '{}'::jsonb)
                          from jsonb_array_elements(v.answers) a
                         where not coalesce((a ->> 'notApplicable')::boolean, false) and a ->> 'points' is not null)
                       as criteria
                  from monitoring_published_evaluation_view v
                """ + " where " + where + " order by v.account_id, v.id",
                rs -> new Evaluated(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getObject(6, UUID.class),
                        rs.getString(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        criteria(rs.getString(10))),
                params);
    }

    private Map<String, Boolean> criteria(String text) {
        try {
            return new TreeMap<>(json.readValue(text, new TypeReference<LinkedHashMap<String, Boolean>>() {}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("criteria", e);
        }
    }
}
