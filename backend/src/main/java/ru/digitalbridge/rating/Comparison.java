package ru.digitalbridge.rating;

import java.math.BigDecimal;

/**
 * Change against the previous comparable campaign: the latest campaign published before this one whose methodology
 * belongs to the same family. Only under the same edition are indexes compared ({@code COMPARABLE}); a different
 * edition says so ({@code EDITION_CHANGED}) and gives no deltas, and so does a campaign without a predecessor
 * ({@code NO_PREVIOUS}). The index delta is this index minus the previous one; the place delta is the previous
 * {@code placeFrom} minus this one, so moving up is positive. A unit missing on either side has no delta.
 */
public final class Comparison {
    private Comparison() {}

    /** Whether and why a rating compares with a previous campaign. */
    public enum Status {
        COMPARABLE,
        EDITION_CHANGED,
        NO_PREVIOUS
    }

    public static Status status(Integer previousEdition, int edition) {
        if (previousEdition == null) {
            return Status.NO_PREVIOUS;
        }
        return previousEdition == edition ? Status.COMPARABLE : Status.EDITION_CHANGED;
    }

    public static BigDecimal indexDelta(Status status, BigDecimal previous, BigDecimal current) {
        if (status != Status.COMPARABLE || previous == null || current == null) {
            return null;
        }
        return current.subtract(previous);
    }

    public static Integer placeDelta(Status status, Integer previousFrom, Integer currentFrom) {
        if (status != Status.COMPARABLE || previousFrom == null || currentFrom == null) {
            return null;
        }
        return previousFrom - currentFrom;
    }
}
