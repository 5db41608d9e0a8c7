package ru.digitalbridge.monitoring.evaluations;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.methodology.CriterionDefinition;
import ru.digitalbridge.methodology.CriterionGroup;
import ru.digitalbridge.methodology.CriterionType;
import ru.digitalbridge.methodology.Direction;
import ru.digitalbridge.methodology.Level;
import ru.digitalbridge.methodology.Metric;
import ru.digitalbridge.methodology.Threshold;

/**
 * One criterion of an evaluation: the criterion as the methodology defines it and the expert's answer.
 * {@code applicable} follows the criterion's applicability rules for the account; {@code notApplicable} is
 * true when the rules leave it out, when the expert marked it N/A (with {@code naReason}), or for a DERIVED
 * criterion whose figure the question sample cannot give. Written by {@link AnswerResponseJson}.
 */
@JsonSerialize(using = AnswerResponseJson.class)
public record AnswerResponse(
        UUID criterionId,
        int position,
        String code,
        CriterionGroup group,
        String title,
        CriterionType type,
        BigDecimal weight,
        BigDecimal maxPoints,
        boolean applicable,
        boolean notApplicable,
        @Schema(nullable = true) String naReason,
        @Schema(nullable = true) BigDecimal value,
        @Schema(nullable = true) BigDecimal points,
        @Schema(nullable = true) String evidenceUrl,
        @Schema(nullable = true) String evidenceNote,
        @Schema(nullable = true) String recommendation,
        List<Level> levels,
        List<Threshold> thresholds,
        @Schema(nullable = true) Direction direction,
        @Schema(nullable = true) String unit,
        @Schema(nullable = true) Metric metric,
        String guidance,
        boolean normative) {

    /** A criterion as scored just now (not a frozen published answer), with its guidance and unit. */
    static AnswerResponse of(EvaluationScorer.Scored scored, CriteriaCatalog.CriterionTexts text) {
        CriterionDefinition c = scored.criterion();
        return new AnswerResponse(
                c.id(),
                c.position(),
                c.code(),
                c.group(),
                c.title(),
                c.type(),
                c.weight(),
                c.maxPoints(),
                scored.applicable(),
                scored.notApplicable(),
                scored.naReason(),
                scored.value(),
                scored.points(),
                scored.evidenceUrl(),
                scored.evidenceNote(),
                scored.recommendation(),
                c.rule().levels(),
                c.rule().thresholds(),
                c.rule().direction(),
                text == null ? null : text.unit(),
                c.rule().metric(),
                text == null ? "" : text.guidance(),
                c.normative());
    }
}
