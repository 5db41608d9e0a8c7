package ru.digitalbridge.methodology;

/** Whether a smaller or a larger measured value is better; decides how thresholds are read. */
public enum Direction {
    /** A threshold matches when value ≤ bound (hours to answer). */
    LOWER_IS_BETTER,
    /** A threshold matches when value ≥ bound (posts a week, share answered). */
    HIGHER_IS_BETTER
}
