package ru.digitalbridge.common.paging;

import java.util.List;

/** One page of a list: the items, the total number of matches, the 0-based page number and the page size. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {}
