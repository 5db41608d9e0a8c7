package ru.digitalbridge.registry;

import java.util.Collection;
import java.util.List;

/**
 * A set of ACTIVE accounts chosen by the registry's own search and filters, for other features (a campaign's
 * scope): {@code q} is matched exactly as {@code GET /api/v1/accounts?q=} matches it (full text, and only
 * when that finds nothing, typo-tolerant word similarity); each filter is multi-valued and an empty list means
 * any. The same words and filters select the same accounts here and in the registry's search.
 */
public record AccountSelection(
        String q,
        Collection<java.util.UUID> municipalities,
        Collection<Sector> sectors,
        Collection<OrganizationKind> kinds,
        Collection<Platform> platforms) {

    public AccountSelection {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
    }
}
