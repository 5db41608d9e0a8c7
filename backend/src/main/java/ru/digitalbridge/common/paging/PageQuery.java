package ru.digitalbridge.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Paging parameters shared by every list endpoint: {@code page} (0-based, at most {@value #MAX_PAGE}) and
 * {@code size} (1–{@value #MAX_SIZE}, default 50). A page past the last match is empty; {@link #offset()} is a
 * {@code long}, so no combination of the two can overflow.
 */
public class PageQuery {
    public static final int MAX_SIZE = 200;
    /** The highest page number accepted; further pages are refused with a 400 naming {@code page}. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    public PageQuery() {}

    public PageQuery(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The number of matches before this page. */
    public long offset() {
        return (long) page * size;
    }
}
