package ru.digitalbridge.bulletin;

/**
 * What a block of a bulletin document holds. The compiler proposes the public kinds from a campaign and its rating
 * snapshot; editors add {@link #ARTICLE}s. The {@code ORG_*} kinds appear only in personal sections, never in the
 * public issue. The shape of each kind's {@code data} is documented in docs/bulletins.md.
 */
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
    ORG_FOLLOW_UP;

    /** Whether the kind belongs to a personal section (never to the public issue). */
    public boolean personal() {
        return name().startsWith("ORG_");
    }
}
