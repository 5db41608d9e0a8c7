package ru.digitalbridge.methodology;

/** A figure computed from an account's citizen-question sample that a DERIVED criterion scores. */
public enum Metric {
    /** Median hours from question to first official answer, over answered questions. */
    MEDIAN_ANSWER_HOURS,
    /** 90th percentile (nearest rank) of those hours. */
    P90_ANSWER_HOURS,
    /** Percent of all questions answered within 24 hours. */
    SHARE_ANSWERED_24H,
    /** Percent of all questions never answered. */
    SHARE_UNANSWERED
}
