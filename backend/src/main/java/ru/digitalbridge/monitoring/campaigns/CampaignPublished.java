package ru.digitalbridge.monitoring.campaigns;

import java.util.UUID;

/**
 * Fired (synchronously, inside the publishing transaction) once a campaign's evaluations are published with their
 * first revision; observers such as the rating compute from the published revisions in the same transaction.
 */
public record CampaignPublished(UUID campaignId) {}
