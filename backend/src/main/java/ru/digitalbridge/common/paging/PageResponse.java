package ru.digitalbridge.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, the total number of matches, the 0-based page number and the page size. Lists
 * that cap their count (the registry's: at {@value #COUNT_CAP} matches past the current page) set
 * {@code totalIsLowerBound} when there are more matches than {@code total}; clients then say "more than total".
 * Lists for machines (in order of change) also name the {@code next} page by cursor; then {@code total} counts the
 * matches from this page on.
 */
public record PageResponse<T>(
        List<T> items,
        long total,
        int page,
        int size,

        @Schema(
                description = "true when there are more matches than total (the count stopped at the cap);"
                        + " show it as 'more than total'")
        boolean totalIsLowerBound,

        @Schema(
                nullable = true,
                description = "The request for the page after this one by cursor (after=), when the list is in order"
                        + " of change (sort=updatedAt, after= or updatedSince=) and more rows follow; else null")
        String next) {
    /** How many matches past the current page a capped count counts at most. */
    public static final int COUNT_CAP = 1000;

    public PageResponse(List<T> items, long total, int page, int size) {
        this(items, total, page, size, false, null);
    }

    public PageResponse(List<T> items, long total, int page, int size, boolean totalIsLowerBound) {
        this(items, total, page, size, totalIsLowerBound, null);
    }
}
