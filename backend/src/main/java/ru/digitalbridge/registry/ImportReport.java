package ru.digitalbridge.registry;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of an import, row by row. {@code applied} is true only when the import was not a dry run
 * and no row had errors; otherwise nothing was written.
 */
public record ImportReport(boolean dryRun, boolean applied, Totals totals, List<RowReport> rows) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        ERROR
    }

    public record Totals(int created, int updated, int unchanged, int errors) {}

    /** One row of the file: its number as a spreadsheet shows it, what happened, and what was wrong. */
    public record RowReport(
            int row,
            Outcome outcome,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true)
            UUID id,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true)
            String key,

            List<CellMessage> errors) {}

    /** A problem in one column of a row, in the request's language. */
    public record CellMessage(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true)
            String column,

            String message) {}
}
