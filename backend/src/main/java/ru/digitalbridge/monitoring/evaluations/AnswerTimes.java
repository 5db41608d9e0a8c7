package ru.digitalbridge.monitoring.evaluations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import ru.digitalbridge.methodology.Metric;

/**
 * Answer-time figures of a citizen-question sample. Hours are measured from the question to the first
 * official answer and kept to two decimals.
 *
 * <ul>
 *   <li>median: over answered questions; with an even count, the mean of the two middle values;
 *   <li>90th percentile: nearest rank over answered questions (the ⌈0.9·n⌉-th smallest);
 *   <li>share answered within 24 h and share never answered: percent of all questions, two decimals.
 * </ul>
 *
 * A figure that cannot be computed (no questions, or none answered for the hour figures) is {@code null}; a
 * DERIVED criterion whose figure is {@code null} is not applicable for that evaluation.
 */
public record AnswerTimes(
        int questions,
        int answered,
        BigDecimal medianHours,
        BigDecimal p90Hours,
        BigDecimal shareAnswered24h,
        BigDecimal shareUnanswered) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);

    /** One question: when it was asked and when it was first answered officially ({@code null} if never). */
    public record Question(OffsetDateTime askedAt, OffsetDateTime answeredAt) {}

    public static AnswerTimes of(Collection<Question> sample) {
        List<BigDecimal> hours = new ArrayList<>();
        for (Question question : sample) {
            if (question.answeredAt() != null) {
                long seconds = Duration.between(question.askedAt(), question.answeredAt())
                        .getSeconds();
                if (seconds < 0) {
                    throw new IllegalArgumentException("an answer cannot come before its question");
                }
                hours.add(BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 6, RoundingMode.HALF_UP));
            }
        }
        hours.sort(null);
        int total = sample.size();
        int answered = hours.size();
        BigDecimal median = null;
        BigDecimal p90 = null;
        if (answered > 0) {
            median = answered % 2 == 1
                    ? hours.get(answered / 2)
                    : hours.get(answered / 2 - 1).add(hours.get(answered / 2)).divide(BigDecimal.valueOf(2));
            int rank = (int) Math.ceil(0.9 * answered);
            p90 = hours.get(rank - 1);
        }
        BigDecimal within = null;
        BigDecimal never = null;
        if (total > 0) {
            long fast = hours.stream().filter(h -> h.compareTo(DAY_HOURS) <= 0).count();
            within = percent(fast, total);
            never = percent(total - answered, total);
        }
        return new AnswerTimes(total, answered, hours2(median), hours2(p90), within, never);
    }

    /** The figure a DERIVED criterion scores, or {@code null} when it cannot be computed. */
    public BigDecimal value(Metric metric) {
        return switch (metric) {
            case MEDIAN_ANSWER_HOURS -> medianHours;
            case P90_ANSWER_HOURS -> p90Hours;
            case SHARE_ANSWERED_24H -> shareAnswered24h;
            case SHARE_UNANSWERED -> shareUnanswered;
        };
    }

    private static BigDecimal percent(long part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours2(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
