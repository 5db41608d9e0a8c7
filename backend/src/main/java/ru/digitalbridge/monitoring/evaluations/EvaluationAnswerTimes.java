package ru.digitalbridge.monitoring.evaluations;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer-time figures of an evaluation's citizen-question sample ({@link AnswerTimes}); null when not computable. */
public record EvaluationAnswerTimes(
        int questions,
        int answered,
        @Schema(nullable = true) BigDecimal medianHours,
        @Schema(nullable = true) BigDecimal p90Hours,
        @Schema(nullable = true) BigDecimal shareAnswered24h,
        @Schema(nullable = true) BigDecimal shareUnanswered) {

    public static EvaluationAnswerTimes from(AnswerTimes times) {
        return new EvaluationAnswerTimes(
                times.questions(),
                times.answered(),
                times.medianHours(),
                times.p90Hours(),
                times.shareAnswered24h(),
                times.shareUnanswered());
    }
}
