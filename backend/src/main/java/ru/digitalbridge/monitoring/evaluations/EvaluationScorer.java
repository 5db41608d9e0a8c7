package ru.digitalbridge.monitoring.evaluations;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.methodology.CriterionType;
import ru.digitalbridge.methodology.Scoring;

/**
 * Scores an evaluation: for every criterion of its methodology (in position order) decides whether it applies,
 * computes its points and the index.
 *
 * <ul>
 *   <li>A criterion whose applicability rules ({@code ScoringRule.appliesTo}) exclude the account's platform or
 *       its organization's sector or kind is not applicable; its stored value is kept but earns nothing.
 *   <li>A DERIVED criterion's value is the figure of the question sample ({@link AnswerTimes#value}); when the
 *       figure cannot be computed (no questions, none answered) the criterion is not applicable.
 *   <li>Otherwise the expert's N/A (with a reason) leaves it out; a value earns {@code ScoringRule.points};
 *       no value yet leaves it unscored.
 *   <li>The index is {@link Scoring#index} over the applicable criteria that have points: unfilled criteria
 *       neither count as 0 nor enter the denominator, so a draft shows the index of what is filled.
 *   <li>Recommendations: a criterion below its maximum without a recommendation gets the criterion's how-to-fix
 *       text; a recommendation that is exactly that untouched text is dropped again once the criterion earns
 *       its maximum or becomes not applicable.
 * </ul>
 */
@ApplicationScoped
public class EvaluationScorer {
    private final CriteriaCatalog catalog;

    EvaluationScorer(CriteriaCatalog catalog) {
        this.catalog = catalog;
    }

    /** The criteria of a methodology in position order. */
    List<CriterionDefinition> criteria(UUID criteriaSetId) {
        return catalog.criteria(criteriaSetId);
    }

    /** Guidance and unit of the set's criteria, by id. */
    Map<UUID, CriteriaCatalog.CriterionTexts> texts(UUID criteriaSetId) {
        return catalog.texts(criteriaSetId);
    }

    /** What decides applicability: the account's platform, its organization's sector and kind. */
    public record Subject(String platform, String sector, String kind) {}

    /** What the expert entered for one criterion (stored or requested). */
    public record Input(
            BigDecimal value,
            boolean notApplicable,
            String naReason,
            String evidenceUrl,
            String evidenceNote,
            String recommendation) {
        public static final Input EMPTY = new Input(null, false, null, null, null, null);
    }

    /** One criterion after scoring. */
    public record Scored(
            CriterionDefinition criterion,
            boolean applicable,
            boolean notApplicable,
            String naReason,
            BigDecimal value,
            BigDecimal points,
            String evidenceUrl,
            String evidenceNote,
            String recommendation) {

        /** Counts towards completeness: applicable by the rules and, if DERIVED, computable. */
        boolean required() {
            return applicable && !(notApplicable && naReason == null);
        }

        /** Has a value with points or a reasoned N/A. */
        boolean filled() {
            return points != null || (notApplicable && naReason != null);
        }

        boolean belowMaximum() {
            return points != null && points.compareTo(criterion.maxPoints()) < 0;
        }
    }

    /** The scored criteria, the index and the completeness figures. */
    public record Result(List<Scored> answers, BigDecimal index, int applicable, int filled) {}

    public static Result score(
            List<CriterionDefinition> criteria, Subject subject, Map<UUID, Input> inputs, AnswerTimes times) {
        List<Scored> answers = new ArrayList<>();
        List<Scoring.Scored> scored = new ArrayList<>();
        int applicable = 0;
        int filled = 0;
        for (CriterionDefinition criterion : criteria) {
            Input input = inputs.getOrDefault(criterion.id(), Input.EMPTY);
            Scored answer = scoreOne(criterion, subject, input, times);
            answers.add(answer);
            if (answer.required()) {
                applicable++;
                if (answer.filled()) {
                    filled++;
                }
            }
            if (!answer.notApplicable() && answer.points() != null) {
                scored.add(new Scoring.Scored(criterion.weight(), answer.points(), criterion.maxPoints()));
            }
        }
        return new Result(answers, Scoring.index(scored), applicable, filled);
    }

    static Scored scoreOne(CriterionDefinition criterion, Subject subject, Input input, AnswerTimes times) {
        boolean applicable = criterion.rule().appliesTo(subject.platform(), subject.sector(), subject.kind());
        boolean notApplicable;
        String naReason = null;
        BigDecimal value = input.value();
        BigDecimal points = null;
        if (!applicable) {
            notApplicable = true;
        } else if (criterion.type() == CriterionType.DERIVED) {
            value = times.value(criterion.rule().metric());
            notApplicable = value == null;
            if (value != null) {
                points = criterion.rule().points(value).orElse(BigDecimal.ZERO);
            }
        } else if (input.notApplicable()) {
            notApplicable = true;
            naReason = input.naReason();
            value = null;
        } else {
            notApplicable = false;
            if (value != null) {
                points = criterion.rule().points(value).orElse(null);
            }
        }
        String recommendation = blankToNull(input.recommendation());
        String template = blankToNull(criterion.recommendation());
        boolean below = points != null && points.compareTo(criterion.maxPoints()) < 0;
        if (below && recommendation == null) {
            recommendation = template;
        } else if (!below && recommendation != null && recommendation.equals(template)) {
            boolean done = notApplicable || points != null;
            if (done) {
                recommendation = null;
            }
        }
        return new Scored(
                criterion,
                applicable,
                notApplicable,
                naReason,
                value,
                points,
                blankToNull(input.evidenceUrl()),
                blankToNull(input.evidenceNote()),
                recommendation);
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
