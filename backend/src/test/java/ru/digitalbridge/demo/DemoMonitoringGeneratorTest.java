package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.methodology.CriterionType;
import ru.digitalbridge.methodology.Scoring;
import ru.digitalbridge.monitoring.evaluations.AnswerTimes;

/**
 * The monitoring demo history generated over the scale-1 registry with the seeded methodology (read through the
 * catalog, so the test checks against the real V009 criteria). Pure generation: nothing is written.
 */
@QuarkusTest
class DemoMonitoringGeneratorTest {

    private static final List<DemoMunicipality> SARATOV = SaratovMunicipalities.all();
    private static final DemoData REGION = DemoDataGenerator.generate(1, 2022, SARATOV);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneOffset.UTC);

    @Inject
    CriteriaCatalog catalog;

    /** Generated once for all tests (generation takes about a second). */
    static List<CriterionDefinition> criteria;

    static DemoMonitoring history;
    static Map<UUID, DemoData.Account> accounts;
    static Map<UUID, DemoData.Organization> organizations;
    static Map<UUID, DemoMonitoring.Campaign> campaigns;

    @BeforeEach
    void generate() {
        if (history != null) {
            return;
        }
        criteria = catalog.criteria(DemoMonitoringGenerator.METHODOLOGY);
        history = generate(REGION, 2022);
        accounts = byId(REGION.accounts(), DemoData.Account::id);
        organizations = byId(REGION.organizations(), DemoData.Organization::id);
        campaigns = byId(history.campaigns(), DemoMonitoring.Campaign::id);
    }

    private DemoMonitoring generate(DemoData registry, long seed) {
        return DemoMonitoringGenerator.generate(registry, registry.users(), criteria, 1, seed, NOW);
    }

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        assertThat(generate(REGION, 2022)).isEqualTo(history);
        DemoMonitoring other = generate(REGION, 7);
        assertThat(other.campaigns().get(0).id())
                .isNotEqualTo(history.campaigns().get(0).id());
        assertThat(accountsOf(other, 0)).isNotEqualTo(accountsOf(history, 0));
    }

    /** The demo load keeps only the slim registry in memory; the history made from it must be the same. */
    @Test
    void theSlimRegistryGivesTheSameHistory() {
        DemoData slim = new DemoData(
                REGION.organizations().stream().map(DemoData.Organization::slim).toList(),
                REGION.accounts().stream().map(DemoData.Account::slim).toList(),
                REGION.users());
        assertThat(slim.organizations().get(0).name()).isNull();
        assertThat(generate(slim, 2022)).isEqualTo(history);
    }

    @Test
    void fourQuarterlyCampaignsOnTheSeededMethodologyThreePublishedAndTheLastInReply() {
        assertThat(history.campaigns())
                .extracting(DemoMonitoring.Campaign::period)
                .containsExactly("2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3");
        assertThat(history.campaigns())
                .extracting(DemoMonitoring.Campaign::stage)
                .containsExactly("PUBLISHED", "PUBLISHED", "PUBLISHED", "REPLY", "EVALUATION");
        assertThat(history.campaigns()).allMatch(c -> c.criteriaSetId().equals(DemoMonitoringGenerator.METHODOLOGY));
        for (DemoMonitoring.Campaign c : history.campaigns().subList(0, 3)) {
            assertThat(c.publishedAt()).isAfter(c.replyClosesAt());
            assertThat(c.replyOpenedAt())
                    .isAfter(c.reviewDeadline().atStartOfDay().atOffset(ZoneOffset.ofHours(4)));
            assertThat(c.publishedAt().getYear()).isIn(2022, 2023);
        }
        DemoMonitoring.Campaign reply = history.campaigns().get(3);
        assertThat(reply.replyOpenedAt()).isBefore(NOW);
        assertThat(reply.replyClosesAt()).isAfter(NOW);
        assertThat(reply.replyClosesAt()).isEqualTo(reply.replyOpenedAt().plusDays(reply.replyDays()));
        assertThat(reply.publishedAt()).isNull();
        for (int k = 0; k < 5; k++) {
            assertThat(accountsOf(history, k).size())
                    .as("accounts in campaign " + k)
                    .isBetween(560, 660);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 10})
    void campaignsGrowWithTheScaleAndKeepAHandfulAtTheSmallest(double scale) {
        DemoData registry = DemoDataGenerator.generate(scale, 2022, SARATOV);
        DemoMonitoring generated =
                DemoMonitoringGenerator.generate(registry, registry.users(), criteria, scale, 2022, NOW);
        int expected = (int) Math.max(DemoMonitoringGenerator.MIN_ACCOUNTS, Math.round(600 * scale));
        for (int k = 0; k < 4; k++) {
            assertThat((double) accountsOf(generated, k).size()).isBetween(expected * 0.85, expected * 1.15 + 4);
        }
        assertThat(generated.objections()).isNotEmpty();
    }

    @Test
    void everyAnswerIsScoredAsTheProductScoresIt() {
        Map<UUID, List<DemoMonitoring.Answer>> answers = answersByEvaluation(history);
        Map<UUID, List<AnswerTimes.Question>> samples = history.questions().stream()
                .collect(Collectors.groupingBy(
                        DemoMonitoring.Question::evaluationId,
                        Collectors.mapping(
                                q -> new AnswerTimes.Question(q.askedAt(), q.answeredAt()), Collectors.toList())));
        for (DemoMonitoring.Evaluation evaluation : history.evaluations()) {
            if (evaluation.status().equals("DRAFT")) {
                continue; // partly filled or not started: see theCurrentCampaignHasWorkInEveryState
            }
            List<DemoMonitoring.Answer> rows = answers.get(evaluation.id());
            assertThat(rows).hasSameSizeAs(criteria);
            DemoData.Account account = accounts.get(evaluation.accountId());
            DemoData.Organization organization = organizations.get(account.organizationId());
            AnswerTimes times = AnswerTimes.of(samples.getOrDefault(evaluation.id(), List.of()));
            List<Scoring.Scored> scored = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                CriterionDefinition criterion = criteria.get(i);
                DemoMonitoring.Answer answer = rows.get(i);
                assertThat(answer.criterionId()).isEqualTo(criterion.id());
                assertThat(answer.maxPoints()).isEqualByComparingTo(criterion.maxPoints());
                boolean applies =
                        criterion.rule().appliesTo(account.platform(), organization.sector(), organization.kind());
                if (!applies) {
                    assertThat(answer.notApplicable()).isTrue();
                    assertThat(answer.naReason()).isNull();
                    continue;
                }
                if (criterion.type() == CriterionType.DERIVED) {
                    BigDecimal figure = times.value(criterion.rule().metric());
                    assertThat(answer.value()).isEqualTo(figure);
                    assertThat(answer.notApplicable()).isEqualTo(figure == null);
                }
                if (answer.notApplicable()) {
                    assertThat(answer.points()).isNull();
                    assertThat(answer.naReason() != null)
                            .as("an expert's N/A has a reason; a derived figure that cannot be computed has none")
                            .isEqualTo(criterion.type() != CriterionType.DERIVED);
                    continue;
                }
                assertThat(criterion.rule().points(answer.value())).contains(answer.points());
                assertThat(answer.evidenceUrl()).isEqualTo(account.url());
                boolean below = answer.points().compareTo(criterion.maxPoints()) < 0;
                assertThat(answer.recommendation()).isEqualTo(below ? criterion.recommendation() : null);
                scored.add(new Scoring.Scored(criterion.weight(), answer.points(), criterion.maxPoints()));
            }
            assertThat(evaluation.index()).isEqualTo(Scoring.index(scored));
        }
    }

    @Test
    void theSeededWeightsAreTheOnesScored() {
        BigDecimal total = criteria.stream().map(CriterionDefinition::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("100");
        assertThat(history.answers().stream()
                        .map(DemoMonitoring.Answer::criterionId)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(
                        criteria.stream().map(CriterionDefinition::id).toList());
    }

    @Test
    void aboutATenthIsEvaluatedTwiceBlindByAnotherExpertMostlyAgreeing() {
        int same = 0;
        int compared = 0;
        Map<UUID, List<DemoMonitoring.Answer>> answers = answersByEvaluation(history);
        for (DemoMonitoring.Campaign campaign : history.campaigns()) {
            if (campaign.stage().equals("EVALUATION")) {
                continue;
            }
            List<DemoMonitoring.Evaluation> all = history.evaluations().stream()
                    .filter(e -> e.campaignId().equals(campaign.id()))
                    .toList();
            Map<UUID, DemoMonitoring.Evaluation> primaries = all.stream()
                    .filter(e -> e.role().equals("PRIMARY"))
                    .collect(Collectors.toMap(DemoMonitoring.Evaluation::accountId, Function.identity()));
            List<DemoMonitoring.Evaluation> seconds =
                    all.stream().filter(e -> e.role().equals("SECOND")).toList();
            assertThat(primaries)
                    .hasSize(accountsOf(history, history.campaigns().indexOf(campaign))
                            .size());
            assertThat(seconds).hasSize((int) Math.ceil(0.1 * primaries.size()));
            for (DemoMonitoring.Evaluation second : seconds) {
                DemoMonitoring.Evaluation primary = primaries.get(second.accountId());
                assertThat(second.expertId()).isNotEqualTo(primary.expertId());
                // a reconciled pair or a published campaign settles the second evaluation
                boolean settled = second.reconciled() || campaign.stage().equals("PUBLISHED");
                assertThat(second.status()).isEqualTo(settled ? "APPROVED" : "SUBMITTED");
                assertThat(second.approvedAt() != null).isEqualTo(settled);
                List<DemoMonitoring.Answer> a = answers.get(primary.id());
                List<DemoMonitoring.Answer> b = answers.get(second.id());
                for (int i = 0; i < criteria.size(); i++) {
                    if (criteria.get(i).type() != CriterionType.DERIVED
                            && a.get(i).points() != null) {
                        compared++;
                        same += a.get(i).value().equals(b.get(i).value()) ? 1 : 0;
                    }
                }
            }
        }
        assertThat((double) same / compared).isBetween(0.8, 0.97);
    }

    @Test
    void publishedCampaignsCarryRevisionsEventsAndIndexes() throws Exception {
        Map<UUID, DemoMonitoring.Revision> revisions = byId(history.revisions(), DemoMonitoring.Revision::evaluationId);
        Map<UUID, List<DemoMonitoring.Event>> events =
                history.events().stream().collect(Collectors.groupingBy(DemoMonitoring.Event::evaluationId));
        ObjectMapper json = new ObjectMapper();
        int published = 0;
        for (DemoMonitoring.Evaluation e : history.evaluations()) {
            DemoMonitoring.Campaign campaign = campaigns.get(e.campaignId());
            if (campaign.stage().equals("EVALUATION")) {
                continue;
            }
            List<String> actions = events.get(e.id()).stream()
                    .map(DemoMonitoring.Event::action)
                    .toList();
            assertThat(events.get(e.id())).isSortedAccordingTo(Comparator.comparing(DemoMonitoring.Event::at));
            assertThat(actions).startsWith("assigned").contains("submitted");
            if (e.role().equals("SECOND")) {
                assertThat(revisions).doesNotContainKey(e.id());
                continue;
            }
            assertThat(actions).containsAnyOf("approved", "reconciled");
            assertThat(e.startedAt()).isBefore(e.submittedAt());
            assertThat(e.submittedAt()).isBefore(e.approvedAt());
            if (campaign.stage().equals("PUBLISHED")) {
                published++;
                assertThat(e.status()).isEqualTo("PUBLISHED");
                assertThat(e.revision()).isEqualTo(1);
                assertThat(e.finalIndex()).isEqualTo(e.index());
                assertThat(e.initialIndex()).isNotNull();
                assertThat(e.publishedAt()).isEqualTo(campaign.publishedAt());
                assertThat(actions).endsWith("published");
                DemoMonitoring.Revision revision = revisions.get(e.id());
                assertThat(revision.revision()).isEqualTo(1);
                assertThat(revision.index()).isEqualTo(e.index());
                JsonNode snapshot = json.readTree(revision.answers());
                assertThat(snapshot.size()).isEqualTo(criteria.size());
                for (int i = 0; i < criteria.size(); i++) {
                    JsonNode row = snapshot.get(i);
                    assertThat(row.get("criterionId").asText())
                            .isEqualTo(criteria.get(i).id().toString());
                    assertThat(row.get("code").asText())
                            .isEqualTo(criteria.get(i).code());
                    assertThat(row.has("value")
                                    && row.has("notApplicable")
                                    && row.has("naReason")
                                    && row.has("points")
                                    && row.has("maxPoints")
                                    && row.has("evidenceUrl")
                                    && row.has("evidenceNote")
                                    && row.has("recommendation"))
                            .isTrue();
                }
            } else {
                assertThat(e.status()).isEqualTo("APPROVED");
                assertThat(e.revision()).isZero();
                assertThat(e.initialIndex()).isNotNull();
                assertThat(e.finalIndex()).isNull();
                assertThat(revisions).doesNotContainKey(e.id());
                assertThat(e.approvedAt()).isBefore(campaign.replyOpenedAt());
            }
        }
        assertThat(revisions).hasSize(published);
        assertThat(history.events()).anyMatch(ev -> ev.action().equals("returned") && ev.reason() != null);
    }

    @Test
    void theReplyCampaignHasOpenAndResolvedObjectionsFromTheRepresentative() {
        DemoData.User representative = REGION.users().stream()
                .filter(u -> u.roles().contains("REPRESENTATIVE"))
                .findFirst()
                .orElseThrow();
        DemoMonitoring.Campaign reply = history.campaigns().get(3);
        Map<UUID, DemoMonitoring.Evaluation> evaluations = byId(history.evaluations(), DemoMonitoring.Evaluation::id);
        var inReply = history.objections().stream()
                .filter(o -> evaluations.get(o.evaluationId()).campaignId().equals(reply.id()))
                .toList();
        Map<String, Long> byStatus = inReply.stream()
                .collect(Collectors.groupingBy(DemoMonitoring.Objection::status, Collectors.counting()));
        assertThat(byStatus.get("OPEN")).isGreaterThanOrEqualTo(2);
        assertThat(byStatus.get("ACCEPTED")).isGreaterThanOrEqualTo(1);
        assertThat(byStatus.get("REJECTED")).isGreaterThanOrEqualTo(1);
        for (DemoMonitoring.Objection o : history.objections()) {
            DemoMonitoring.Evaluation evaluation = evaluations.get(o.evaluationId());
            assertThat(o.authorId()).isEqualTo(representative.id());
            assertThat(o.organizationId()).isEqualTo(representative.organizationId());
            assertThat(accounts.get(evaluation.accountId()).organizationId())
                    .isEqualTo(representative.organizationId());
            assertThat(evaluation.role()).isEqualTo("PRIMARY");
            assertThat(o.createdAt())
                    .isAfter(campaigns.get(evaluation.campaignId()).replyOpenedAt());
            assertThat(o.createdAt())
                    .isBefore(campaigns.get(evaluation.campaignId()).replyClosesAt());
            if (o.status().equals("OPEN")) {
                assertThat(o.resolvedAt()).isNull();
                assertThat(o.createdAt()).isBefore(NOW);
            } else {
                assertThat(o.resolvedAt()).isAfter(o.createdAt()).isBefore(NOW);
                assertThat(o.resolutionReason()).isNotBlank();
                assertThat(o.resolvedBy()).isEqualTo(evaluation.expertId());
            }
        }
        DemoMonitoring.Evaluation objected = evaluations.get(inReply.get(0).evaluationId());
        assertThat(objected.index()).isGreaterThan(objected.initialIndex());
        assertThat(REGION.users().stream().filter(u -> u.email().equals("expert@demo.bridge")))
                .allMatch(u -> u.id().equals(objected.expertId()));
        assertThat(history.events())
                .anyMatch(e ->
                        e.evaluationId().equals(objected.id()) && e.action().equals("objection-accepted"))
                .anyMatch(e ->
                        e.evaluationId().equals(objected.id()) && e.action().equals("objection-rejected"));
    }

    @Test
    void accountsRecurAndSomeImproveMarkedly() {
        Map<UUID, List<BigDecimal>> indexes = new HashMap<>();
        for (DemoMonitoring.Evaluation e : history.evaluations()) {
            if (e.role().equals("PRIMARY") && e.index() != null && !inCurrentCampaign(e)) {
                indexes.computeIfAbsent(e.accountId(), id -> new ArrayList<>()).add(e.index());
            }
        }
        var everyCampaign =
                indexes.values().stream().filter(list -> list.size() == 4).toList();
        assertThat(everyCampaign.size()).isGreaterThan(300);
        long improving = everyCampaign.stream()
                .filter(list -> list.get(0).compareTo(list.get(1)) < 0
                        && list.get(1).compareTo(list.get(2)) < 0
                        && list.get(2).compareTo(list.get(3)) < 0
                        && list.get(3).subtract(list.get(0)).compareTo(BigDecimal.valueOf(15)) >= 0)
                .count();
        assertThat(improving).isGreaterThan(everyCampaign.size() / 20);
        var spread = history.evaluations().stream()
                .filter(e -> !inCurrentCampaign(e))
                .map(DemoMonitoring.Evaluation::index)
                .filter(i -> i != null)
                .mapToDouble(BigDecimal::doubleValue)
                .summaryStatistics();
        assertThat(spread.getMin()).isLessThan(35);
        assertThat(spread.getMax()).isGreaterThan(90);
        assertThat(spread.getAverage()).isBetween(45.0, 75.0);
    }

    @Test
    void workIsSpreadOverTheDemoExpertsWhoseMunicipalitiesAreRecorded() {
        Set<UUID> experts = REGION.users().stream()
                .filter(u -> u.roles().contains("EXPERT"))
                .map(DemoData.User::id)
                .collect(Collectors.toSet());
        assertThat(history.campaignExperts()).hasSize(5 * experts.size());
        assertThat(history.campaignExperts())
                .allMatch(
                        e -> experts.contains(e.userId()) && !e.municipalities().isEmpty());
        Map<UUID, Long> load = history.evaluations().stream()
                .filter(e -> e.role().equals("PRIMARY"))
                .collect(Collectors.groupingBy(DemoMonitoring.Evaluation::expertId, Collectors.counting()));
        assertThat(load.keySet()).isEqualTo(experts);
        long total = load.values().stream().mapToLong(Long::longValue).sum();
        assertThat(load.values()).allMatch(n -> n > total * 0.15 && n < total * 0.35);
    }

    @Test
    void questionSamplesAreInSaratovTimeWithinTheirQuarter() {
        Map<UUID, DemoMonitoring.Evaluation> evaluations = byId(history.evaluations(), DemoMonitoring.Evaluation::id);
        assertThat((long) history.questions().size())
                .isGreaterThan(history.evaluations().stream()
                                .filter(e -> !e.status().equals("DRAFT"))
                                .count()
                        * 5);
        for (DemoMonitoring.Question q : history.questions()) {
            assertThat(q.askedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(4));
            assertThat(q.url())
                    .startsWith(accounts.get(evaluations.get(q.evaluationId()).accountId())
                            .url());
            String period = campaigns
                    .get(evaluations.get(q.evaluationId()).campaignId())
                    .period();
            int quarter = (q.askedAt().getMonthValue() - 1) / 3 + 1;
            assertThat(q.askedAt().getYear() + "-Q" + quarter).isEqualTo(period);
            if (q.answeredAt() == null) {
                assertThat(q.quality()).isNull();
            } else {
                assertThat(q.answeredAt()).isAfterOrEqualTo(q.askedAt());
                assertThat(q.quality()).isBetween(0, 2);
            }
        }
        long unanswered =
                history.questions().stream().filter(q -> q.answeredAt() == null).count();
        assertThat((double) unanswered / history.questions().size()).isBetween(0.1, 0.4);
    }

    @Test
    void theCurrentCampaignHasWorkInEveryStateForTheFirstDemoExpert() {
        DemoMonitoring.Campaign current = history.campaigns().get(4);
        assertThat(current.period()).isEqualTo(DemoMonitoringGenerator.CURRENT_PERIOD);
        assertThat(current.evaluationDeadline()).isAfter(NOW.toLocalDate());
        assertThat(current.replyOpenedAt()).isNull();
        assertThat(current.publishedAt()).isNull();
        UUID expert = REGION.users().stream()
                .filter(u -> u.email().equals("expert@demo.bridge"))
                .findFirst()
                .orElseThrow()
                .id();
        List<DemoMonitoring.Evaluation> inCurrent = history.evaluations().stream()
                .filter(e -> e.campaignId().equals(current.id()))
                .toList();
        assertThat(inCurrent)
                .hasSameSizeAs(accountsOf(history, 4))
                .allMatch(e -> e.role().equals("PRIMARY"));
        Map<String, Long> mine = inCurrent.stream()
                .filter(e -> e.expertId().equals(expert))
                .collect(Collectors.groupingBy(DemoMonitoring.Evaluation::status, Collectors.counting()));
        assertThat(mine.get("DRAFT")).isGreaterThanOrEqualTo(2L * DemoMonitoringGenerator.CURRENT_EACH);
        assertThat(mine.get("RETURNED")).isGreaterThanOrEqualTo(DemoMonitoringGenerator.CURRENT_EACH);
        assertThat(mine.get("SUBMITTED")).isGreaterThanOrEqualTo(DemoMonitoringGenerator.CURRENT_EACH);

        Map<UUID, List<DemoMonitoring.Answer>> answers = answersByEvaluation(history);
        Map<UUID, CriterionDefinition> byCriterion = byId(criteria, CriterionDefinition::id);
        int started = 0;
        int untouched = 0;
        for (DemoMonitoring.Evaluation e : inCurrent) {
            List<DemoMonitoring.Answer> rows = answers.getOrDefault(e.id(), List.of());
            switch (e.status()) {
                case "DRAFT" -> {
                    assertThat(rows).hasSizeLessThan(criteria.size());
                    if (rows.isEmpty()) {
                        untouched++;
                        assertThat(e.startedAt()).isNull();
                        assertThat(e.index()).isNull();
                    } else {
                        started++;
                        assertThat(e.startedAt()).isAfter(current.createdAt()).isBefore(NOW);
                        // a draft shows the index of what is filled, as the product computes it
                        List<Scoring.Scored> scored = rows.stream()
                                .filter(a -> a.points() != null)
                                .map(a -> new Scoring.Scored(
                                        byCriterion.get(a.criterionId()).weight(), a.points(), a.maxPoints()))
                                .toList();
                        assertThat(e.index()).isEqualTo(Scoring.index(scored));
                    }
                }
                case "RETURNED" -> {
                    assertThat(e.reviewComment()).isNotBlank();
                    assertThat(rows).hasSameSizeAs(criteria);
                }
                default -> {
                    assertThat(e.status()).isIn("SUBMITTED", "APPROVED");
                    assertThat(rows).hasSameSizeAs(criteria);
                    assertThat(e.submittedAt()).isBefore(NOW);
                }
            }
        }
        assertThat(started).isPositive();
        assertThat(untouched).isPositive();
    }

    private static boolean inCurrentCampaign(DemoMonitoring.Evaluation e) {
        return campaigns.get(e.campaignId()).stage().equals("EVALUATION");
    }

    private static Set<UUID> accountsOf(DemoMonitoring data, int campaign) {
        UUID id = data.campaigns().get(campaign).id();
        return data.campaignAccounts().stream()
                .filter(a -> a.campaignId().equals(id))
                .map(DemoMonitoring.CampaignAccount::accountId)
                .collect(Collectors.toSet());
    }

    private static Map<UUID, List<DemoMonitoring.Answer>> answersByEvaluation(DemoMonitoring data) {
        return data.answers().stream().collect(Collectors.groupingBy(DemoMonitoring.Answer::evaluationId));
    }

    private static <T> Map<UUID, T> byId(java.util.Collection<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
