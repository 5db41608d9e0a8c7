package ru.digitalbridge.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.rating.Ranking.Place;

class RankingTest {
    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values)
                .map(v -> v == null ? null : new BigDecimal(v))
                .toList();
    }

    @Test
    void tiesShareAPlaceAndTheNextPlaceSkips() {
        List<Place> places = Ranking.places(values("90.0", "75.5", "75.50", "60.0"));
        assertThat(places)
                .containsExactly(new Place(1, 1, 4), new Place(2, 3, 4), new Place(2, 3, 4), new Place(4, 4, 4));
    }

    @Test
    void unitsWithoutAnIndexAreNeitherPlacedNorCounted() {
        List<Place> places = Ranking.places(values(null, "50.0", "70.0", null));
        assertThat(places).containsExactly(null, new Place(2, 2, 2), new Place(1, 1, 2), null);
        assertThat(Ranking.places(values())).isEmpty();
        assertThat(Ranking.places(values((String) null))).containsExactly((Place) null);
    }

    @Test
    void everybodyTiedSharesTheFirstPlace() {
        assertThat(Ranking.places(values("10.0", "10.0", "10.0"))).containsOnly(new Place(1, 3, 3));
    }

    /** Against the definition: place = 1 + number strictly above, range end = number at or above. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void competitionRankingMatchesItsDefinitionOnRandomIndexes(long seed) {
        Random random = new Random(seed);
        List<BigDecimal> indexes = new ArrayList<>();
        int n = 1 + random.nextInt(200);
        for (int i = 0; i < n; i++) {
            indexes.add(random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(60), 1));
        }
        List<Place> places = Ranking.places(indexes);
        long of = indexes.stream().filter(v -> v != null).count();
        for (int i = 0; i < n; i++) {
            BigDecimal mine = indexes.get(i);
            if (mine == null) {
                assertThat(places.get(i)).isNull();
                continue;
            }
            long above = indexes.stream()
                    .filter(v -> v != null && v.compareTo(mine) > 0)
                    .count();
            long atOrAbove = indexes.stream()
                    .filter(v -> v != null && v.compareTo(mine) >= 0)
                    .count();
            assertThat(places.get(i)).isEqualTo(new Place((int) above + 1, (int) atOrAbove, (int) of));
        }
    }
}
