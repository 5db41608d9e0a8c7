package ru.digitalbridge.monitoring.campaigns;

import jakarta.validation.constraints.NotNull;

/** Move a campaign to the next stage; {@code version} is the campaign version the client last saw. */
public record CampaignTransitionRequest(
        @NotNull CampaignStage to, @NotNull Long version) {}
