package ru.digitalbridge.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Competition ranking ("1, 2, 2, 4"): a unit's place is one more than the number of units with a strictly higher
 * index; units with equal indexes share the place and the range they cover ("2–3 of 4"). Units without an index
 * (not enough data) get no place and are not counted in "of".
 */
public final class Ranking {
    private Ranking() {}

    /** A place range: {@code from}–{@code to} of {@code of}; {@code from == to} when nobody shares the index. */
    public record Place(int from, int to, int of) {}

    /** The places of {@code indexes}, in the same order; {@code null} for a {@code null} index. */
    public static List<Place> places(List<BigDecimal> indexes) {
        List<BigDecimal> ranked = new ArrayList<>();
        for (BigDecimal index : indexes) {
            if (index != null) {
                ranked.add(index);
            }
        }
        ranked.sort((a, b) -> b.compareTo(a));
        int of = ranked.size();
        List<Place> places = new ArrayList<>(indexes.size());
        for (BigDecimal index : indexes) {
            if (index == null) {
                places.add(null);
                continue;
            }
            int first = firstAtMost(ranked, index);
            int last = first;
            while (last + 1 < of && ranked.get(last + 1).compareTo(index) == 0) {
                last++;
            }
            places.add(new Place(first + 1, last + 1, of));
        }
        return places;
    }

    /** The position of the first value not above {@code index} in a descending list (binary search). */
    private static int firstAtMost(List<BigDecimal> descending, BigDecimal index) {
        int low = 0;
        int high = descending.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (descending.get(mid).compareTo(index) > 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
