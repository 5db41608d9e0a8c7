package ru.digitalbridge.rating;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Criterion statistics of a snapshot: per peer group the share of assessed accounts meeting each criterion (full
 * points), the most common failures (below full points), and per municipality and sector the answer times of the
 * pooled citizen-question samples (median hours over answered questions; percent answered within 24 h of all).
 */
public record RatingStatistics(
        List<CriterionStat> criteria, List<CriterionStat> commonFailures, List<AnswerStat> answerTimes) {

    /** How many of the accounts assessed on a criterion in a peer group met it and how many failed it. */
    public record CriterionStat(
            PeerGroup peerGroup,

            @Schema(description = "'' overall, else the sector or the organization kind")
            String peerKey,

            String code,
            String title,
            int assessed,
            int met,
            int failed,

            @Schema(description = "met / assessed, percent, two decimals")
            BigDecimal shareMet) {}

    /** Answer times of a municipality's or a sector's accounts. */
    public record AnswerStat(
            RatingLevel level,
            String unitId,
            String name,
            int questions,
            int answered,
            @Schema(nullable = true) BigDecimal medianHours,
            @Schema(nullable = true) BigDecimal shareAnswered24h) {}
}
