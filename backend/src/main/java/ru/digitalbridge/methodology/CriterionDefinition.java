package ru.digitalbridge.methodology;

import java.math.BigDecimal;
import java.util.UUID;

/** A criterion as other features use it: identity, texts an evaluation shows, weight and scoring rule. */
public record CriterionDefinition(
        UUID id,
        int position,
        String code,
        CriterionGroup group,
        String title,
        String recommendation,
        boolean normative,
        BigDecimal weight,
        ScoringRule rule) {

    public CriterionType type() {
        return rule.type();
    }

    public BigDecimal maxPoints() {
        return rule.maxPoints();
    }
}
