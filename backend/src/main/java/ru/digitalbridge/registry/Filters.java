package ru.digitalbridge.registry;

import java.time.OffsetDateTime;
import java.util.UUID;
import ru.digitalbridge.common.paging.ListCursor;

/** Parsed list filters; null means "any". {@code after} is a cursor: only rows after it in (updatedAt, id) order. */
final class Filters {

    /** How a list is ordered; every order ends with the id so pages are stable. */
    enum Sort {
        NAME,
        NAME_DESC,
        UPDATED,
        UPDATED_DESC,
        RELEVANCE;

        static Sort parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return switch (text.strip()) {
                case "name" -> NAME;
                case "-name" -> NAME_DESC;
                case "updatedAt" -> UPDATED;
                case "-updatedAt" -> UPDATED_DESC;
                case "relevance" -> RELEVANCE;
                default -> throw new IllegalArgumentException(text);
            };
        }
    }

    record OrganizationFilter(
            SearchText q,
            UUID municipality,
            Sector sector,
            OrganizationKind kind,
            RecordStatus status,
            UUID parent,
            Sort sort,
            OffsetDateTime updatedSince,
            ListCursor after) {}

    record AccountFilter(
            SearchText q,
            UUID municipality,
            Sector sector,
            OrganizationKind kind,
            Platform platform,
            RecordStatus status,
            UUID organization,
            Boolean official,
            Sort sort,
            OffsetDateTime updatedSince,
            ListCursor after) {}

    private Filters() {}
}
