package ru.digitalbridge.monitoring.campaigns;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.digitalbridge.registry.OrganizationKind;
import ru.digitalbridge.registry.Platform;
import ru.digitalbridge.registry.Sector;

/**
 * Which accounts a campaign evaluates: registry filters (each multi-valued, an empty list means any) plus
 * accounts listed one by one. Only ACTIVE accounts are ever in scope.
 *
 * <p>The filters take part when at least one of them is set, or when no account is listed (an empty scope means
 * the whole registry); a scope of listed accounts only is exactly those accounts. {@code q} is matched like the
 * registry's full-text search ({@code websearch_to_tsquery('russian', q)} against the account's and its
 * organization's names).
 */
@Schema(name = "CampaignScope")
public record CampaignScope(
        @Schema(nullable = true, description = "Words of the account's or organization's name") @Size(max = 200)
        String q,

        @Size(max = 100) List<@NotNull UUID> municipalities,
        @Size(max = 50) List<@NotNull Sector> sectors,
        @Size(max = 20) List<@NotNull OrganizationKind> kinds,
        @Size(max = 20) List<@NotNull Platform> platforms,

        @Schema(description = "Accounts added by hand, on top of what the filters match") @Size(max = 100_000)
        List<@NotNull UUID> accountIds) {

    public CampaignScope {
        q = q == null || q.isBlank() ? null : q.strip();
        municipalities = copy(municipalities);
        sectors = copy(sectors);
        kinds = copy(kinds);
        platforms = copy(platforms);
        accountIds = copy(accountIds);
    }

    /** A read-only copy that keeps null elements, so that validation can name them. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** Whether the registry filters select accounts (see the class comment). */
    boolean filtersApply() {
        return q != null
                || !municipalities.isEmpty()
                || !sectors.isEmpty()
                || !kinds.isEmpty()
                || !platforms.isEmpty()
                || accountIds.isEmpty();
    }
}
