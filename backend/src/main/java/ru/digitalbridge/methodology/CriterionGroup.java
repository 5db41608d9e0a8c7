package ru.digitalbridge.methodology;

/** The part of an account's work a criterion looks at. */
public enum CriterionGroup {
    PROFILE,
    ACTIVITY,
    CONTENT,
    FEEDBACK,
    OPENNESS,
    SECURITY
}
