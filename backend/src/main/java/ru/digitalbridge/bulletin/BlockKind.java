package ru.digitalbridge.bulletin;

/** PLACEHOLDER written by brender (see BulletinDocument); bcore's version replaces it on merge. */
public enum BlockKind {
    SUMMARY,
    LEADERS,
    MOST_IMPROVED,
    MUNICIPALITIES,
    FAILURES,
    ANSWER_TIMES,
    TRAINING_EFFECT,
    FOLLOW_UP,
    ARTICLE,
    ORG_RECOMMENDATIONS,
    ORG_FAILING_CRITERIA,
    ORG_CHANGES,
    ORG_FOLLOW_UP
}
