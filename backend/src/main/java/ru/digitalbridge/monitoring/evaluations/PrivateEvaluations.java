package ru.digitalbridge.monitoring.evaluations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationAnswerInput;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Input;
import ru.digitalbridge.monitoring.evaluations.EvaluationScorer.Result;

/**
 * The evaluation form in a private mode, for other features (training's self-assessment): the same criteria,
 * answer types, validation and scoring as an expert's evaluation, but nothing is stored here and nothing is ever
 * published — the caller keeps the answers where no public view reads them. There is no question sample, so a
 * DERIVED criterion is not applicable in a private form (as in an expert's evaluation without a sample).
 */
@ApplicationScoped
public class PrivateEvaluations {
    private final Sql db;
    private final EvaluationService evaluations;
    private final CriteriaCatalog catalog;
    private final ObjectMapper json;

    PrivateEvaluations(Sql db, EvaluationService evaluations, CriteriaCatalog catalog, ObjectMapper json) {
        this.db = db;
        this.evaluations = evaluations;
        this.catalog = catalog;
        this.json = json;
    }

    /** An approved methodology edition. */
    public record Methodology(UUID id, String name, int edition) {}

    /** The form scored: every criterion of the set in position order with the answer, the index and completeness. */
    public record Scored(List<AnswerResponse> answers, BigDecimal index, int applicable, int filled) {}

    /** One criterion of a published evaluation, as its revision froze it. */
    public record PublishedAnswer(
            String code, BigDecimal value, boolean notApplicable, BigDecimal points, BigDecimal maxPoints) {}

    /** The experts' latest published evaluation of an account (the PRIMARY's current revision). */
    public record Published(
            UUID evaluationId,
            UUID campaignId,
            String campaignTitle,
            String period,
            UUID criteriaSetId,
            BigDecimal index,
            OffsetDateTime revisedAt,
            Map<String, PublishedAnswer> answers) {}

    /** An APPROVED (not retired) criteria set by id. */
    public Optional<Methodology> approved(UUID criteriaSetId) {
        return db.one(
                "select id, name, edition from methodology_published_criteria_set_view where id = ? and status = 'APPROVED'",
                rs -> new Methodology(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)),
                criteriaSetId);
    }

    /** An APPROVED or RETIRED criteria set by id (what a stored private form was made against). */
    public Optional<Methodology> published(UUID criteriaSetId) {
        return db.one(
                "select id, name, edition from methodology_published_criteria_set_view where id = ?",
                rs -> new Methodology(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)),
                criteriaSetId);
    }

    /** The current methodology: the APPROVED criteria set approved last. */
    public Optional<Methodology> current() {
        return db.one(
                "select id, name, edition from methodology_published_criteria_set_view where status = 'APPROVED'"
                        + " order by approved_at desc nulls last, id limit 1",
                rs -> new Methodology(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)));
    }

    /** What decides applicability for an account: its platform, its organization's sector and kind. */
    public Optional<EvaluationScorer.Subject> subject(UUID accountId) {
        return db.one(
                "select platform, sector, kind from registry_account_view where id = ?",
                rs -> new EvaluationScorer.Subject(rs.getString(1), rs.getString(2), rs.getString(3)),
                accountId);
    }

    /**
     * Checks the answers as an expert's save and submission would (400 with every field problem; 422
     * {@code evaluation-incomplete} naming each applicable criterion without a value or a reasoned N/A) and scores
     * them. Recommendations are not required: the form shows the methodology's how-to-fix text instead.
     */
    public Scored submit(UUID criteriaSetId, EvaluationScorer.Subject subject, List<EvaluationAnswerInput> answers) {
        List<CriterionDefinition> criteria = catalog.criteria(criteriaSetId);
        Map<UUID, Input> inputs = evaluations.validate(criteria, subject, answers, "answers");
        Result result = EvaluationScorer.score(criteria, subject, inputs, AnswerTimes.of(List.of()));
        List<Violation> missing = evaluations.missing(result, false);
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "evaluation-incomplete", "evaluation-incomplete", missing, missing.size())
                    .with("missing", missing.size());
        }
        return view(criteriaSetId, result);
    }

    /** The form for the answers given (none: an empty form), scored, without the completeness check. */
    public Scored form(UUID criteriaSetId, EvaluationScorer.Subject subject, List<EvaluationAnswerInput> answers) {
        List<CriterionDefinition> criteria = catalog.criteria(criteriaSetId);
        Map<UUID, Input> inputs = evaluations.validate(criteria, subject, answers, "answers");
        return view(criteriaSetId, EvaluationScorer.score(criteria, subject, inputs, AnswerTimes.of(List.of())));
    }

    private Scored view(UUID criteriaSetId, Result result) {
        Map<UUID, CriteriaCatalog.CriterionTexts> texts = catalog.texts(criteriaSetId);
        List<AnswerResponse> answers = new ArrayList<>();
        for (EvaluationScorer.Scored scored : result.answers()) {
            answers.add(AnswerResponse.of(scored, texts.get(scored.criterion().id())));
        }
        return new Scored(answers, result.index(), result.applicable(), result.filled());
    }

    /** The experts' latest published evaluation of the account, if any (latest revision first, as the cabinet). */
    public Optional<Published> latestPublished(UUID accountId) {
        return db.one(
                "select v.id, v.campaign_id, c.title, c.period, c.criteria_set_id, v.index_value, v.revised_at,"
                        + " v.answers::text from monitoring_published_evaluation_view v"
                        + " join campaign c on c.id = v.campaign_id"
                        + " where v.account_id = ? order by v.revised_at desc, v.id limit 1",
                rs -> new Published(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getBigDecimal(6),
                        rs.getObject(7, OffsetDateTime.class),
                        answers(rs.getString(8))),
                accountId);
    }

    private Map<String, PublishedAnswer> answers(String text) {
        Map<String, PublishedAnswer> byCode = new java.util.LinkedHashMap<>();
        try {
            for (JsonNode a : json.readTree(text == null ? "[]" : text)) {
                String code = a.path("code").asText();
                byCode.put(
                        code,
                        new PublishedAnswer(
                                code,
                                decimal(a.get("value")),
                                a.path("notApplicable").asBoolean(false),
                                decimal(a.get("points")),
                                decimal(a.get("maxPoints"))));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a published revision's answers", e);
        }
        return byCode;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }
}
