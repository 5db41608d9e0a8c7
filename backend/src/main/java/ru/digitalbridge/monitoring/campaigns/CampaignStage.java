package ru.digitalbridge.monitoring.campaigns;

/**
 * The stages of a monitoring campaign, in order. A campaign moves forward one stage at a time; there is no way
 * back (a mistake found after publication is fixed by a correction, a new revision of the evaluation).
 */
public enum CampaignStage {
    PREPARATION,
    EVALUATION,
    REVIEW,
    REPLY,
    FINAL,
    PUBLISHED;

    /** The only stage this one may move to, or null for the last one. */
    public CampaignStage next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
