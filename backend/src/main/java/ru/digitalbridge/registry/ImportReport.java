package ru.digitalbridge.registry;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of an import, row by row. {@code applied} is true only when the import was not a dry run
 * and no row had errors; otherwise nothing was written. Besides the rows it says what was read: the
 * workbook's sheets and the one used, the header row, the columns ignored (each with the nearest known
 * header, when one is close) and the rows under the data that were not data.
 */
public record ImportReport(
        boolean dryRun,
        boolean applied,
        Totals totals,
        List<RowReport> rows,

        @Schema(description = "The workbook's sheet names in order; empty for CSV.")
        List<String> sheets,

        @Schema(nullable = true, description = "The sheet read; null for CSV.")
        String sheet,

        @Schema(description = "The row the header was found on (rows above it were skipped); 0 when none.")
        int headerRow,

        List<IgnoredColumn> ignoredColumns,
        List<TrailingRow> trailingRows) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        ERROR
    }

    /** Counts by outcome; {@code moved} counts accounts that change organization (among the updated). */
    public record Totals(int created, int updated, int unchanged, int errors, int moved) {}

    /** One row of the file: its number as a spreadsheet shows it, what happened, and what was wrong. */
    public record RowReport(
            int row,
            Outcome outcome,
            @Schema(nullable = true) UUID id,
            @Schema(nullable = true) String key,
            List<CellMessage> errors,

            @Schema(description = "What was accepted but deserves a look (e.g. the link decided the platform).")
            List<CellMessage> warnings,

            @Schema(nullable = true, description = "The account moves to another organization.")
            Move move) {}

    /** A problem in one column of a row, in the request's language; the column as the file's header names it. */
    public record CellMessage(@Schema(nullable = true) String column, String message) {}

    /** An account's move from one organization to another, which the file asked for explicitly. */
    public record Move(String from, String to) {}

    /** A header that names no known column: its cells were ignored. */
    public record IgnoredColumn(
            String header, @Schema(nullable = true) String suggestion) {}

    /** A row under the data that is not data (a signature line, a note): ignored. */
    public record TrailingRow(int row, String text) {}
}
