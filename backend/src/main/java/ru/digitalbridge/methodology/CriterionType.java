package ru.digitalbridge.methodology;

/** How a criterion is measured and turned into points. */
public enum CriterionType {
    /** Yes (1) or no (0): yes gives the maximum, no gives nothing. */
    BOOLEAN,
    /** An ordinal scale of named levels, each with its points. */
    SCALE,
    /** A measured number mapped to points by thresholds. */
    NUMERIC,
    /** Computed from the citizen-question sample, then mapped to points by thresholds. */
    DERIVED
}
