package ru.digitalbridge.methodology;

import java.math.BigDecimal;

/**
 * One step of a NUMERIC or DERIVED criterion: a value on the good side of {@code bound} (≤ for
 * LOWER_IS_BETTER, ≥ for HIGHER_IS_BETTER) earns {@code points}. Thresholds are checked in order; the first
 * match wins; no match earns 0.
 */
public record Threshold(BigDecimal bound, BigDecimal points) {}
