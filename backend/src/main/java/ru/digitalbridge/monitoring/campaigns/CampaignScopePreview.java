package ru.digitalbridge.monitoring.campaigns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How many active accounts a scope selects, by platform and by municipality: the wizard's live count. */
public record CampaignScopePreview(long count, Map<String, Long> byPlatform, List<MunicipalityCount> byMunicipality) {

    public record MunicipalityCount(UUID id, String name, long count) {}

    /** The scope to count. */
    public record Request(@NotNull @Valid CampaignScope scope) {}
}
