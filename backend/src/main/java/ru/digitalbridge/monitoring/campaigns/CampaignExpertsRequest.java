package ru.digitalbridge.monitoring.campaigns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The full list of a campaign's experts (replaces the previous one) and the campaign version. */
public record CampaignExpertsRequest(
        @NotNull @Size(max = 500) List<@NotNull @Valid ExpertEntry> experts,
        @NotNull Long version) {

    public CampaignExpertsRequest {
        experts = experts == null ? null : CampaignScope.copy(experts);
    }

    /** An expert and the municipalities they know (empty: none in particular). */
    public record ExpertEntry(
            @NotNull UUID userId, @Size(max = 100) List<@NotNull UUID> municipalities) {
        public ExpertEntry {
            municipalities = CampaignScope.copy(municipalities);
        }
    }
}
