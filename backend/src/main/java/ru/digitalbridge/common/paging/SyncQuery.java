package ru.digitalbridge.common.paging;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;

/**
 * The parameters of a list read by machines: {@code after} (the opaque cursor of the previous page's {@code next})
 * and {@code updatedSince} (only rows changed at or after an instant). With either, the list is ordered by {@code
 * (updatedAt, id)}, oldest first, unless {@code updatedSince} comes with an explicit sort; {@code after} pages only in
 * that order and only without a page number. Blank values mean none, as for every filter.
 */
public class SyncQuery {
    @QueryParam("after")
    @Parameter(description = "The cursor of the previous page: copy it from that page's next link (opaque)")
    public String after;

    @QueryParam("updatedSince")
    @Parameter(
            description = "Only records changed at or after this instant (ISO-8601 with offset, e.g."
                    + " 2026-01-01T00:00:00Z); lists them oldest change first unless sort is given")
    public String updatedSince;

    /** The parsed parameters; {@code sortGiven} and {@code page} are the request's, to check they fit the cursor. */
    public Sync parse(String sort, boolean sortByUpdateAscending, int page) {
        List<Violation> violations = new ArrayList<>();
        ListCursor cursor = null;
        if (after != null && !after.isBlank()) {
            cursor = ListCursor.decode(after.strip()).orElse(null);
            if (cursor == null) {
                violations.add(new Violation("after", "{paging.cursor}"));
            } else if (sort != null && !sort.isBlank() && !sortByUpdateAscending) {
                violations.add(new Violation("after", "{paging.cursor-sort}"));
            } else if (page != 0) {
                violations.add(new Violation("page", "{paging.cursor-page}"));
            }
        }
        OffsetDateTime since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            try {
                since = OffsetDateTime.parse(updatedSince.strip());
            } catch (DateTimeParseException e) {
                violations.add(new Violation("updatedSince", "{paging.updated-since}"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        boolean updateOrder = cursor != null || (since != null && (sort == null || sort.isBlank()));
        return new Sync(cursor, since, updateOrder);
    }

    /**
     * Parsed: the cursor and the instant (null = none); {@code updateOrder} when the list must be ordered by
     * {@code (updatedAt, id)} whatever the default sort.
     */
    public record Sync(ListCursor after, OffsetDateTime updatedSince, boolean updateOrder) {
        public static final Sync NONE = new Sync(null, null, false);
    }
}
