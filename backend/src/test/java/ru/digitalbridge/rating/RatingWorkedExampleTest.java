package ru.digitalbridge.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.rating.RatingComputation.Evaluated;
import ru.digitalbridge.rating.RatingComputation.Row;

/**
 * The worked example of docs/ratings.md, computed by the real rules: every table line of the document is rendered
 * here from the computed rows and must appear in the document verbatim, so the document cannot drift from the code.
 * It also pins peer groups, ties and the minimum-data rule.
 */
class RatingWorkedExampleTest {
    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    private static int next = 0;

    private static UUID id() {
        next++;
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", next));
    }

    private static void add(
            List<Evaluated> list,
            UUID org,
            String orgName,
            String kind,
            String sector,
            UUID municipality,
            String account,
            String index) {
        list.add(new Evaluated(
                id(),
                1,
                id(),
                account,
                "VK",
                org,
                orgName,
                kind,
                sector,
                municipality,
                municipality == A ? "Район А" : "Район Б",
                index == null ? null : new BigDecimal(index)));
    }

    static List<Row> example() {
        next = 0;
        List<Evaluated> list = new ArrayList<>();
        UUID school1 = id();
        UUID school2 = id();
        UUID hospital = id();
        UUID administration = id();
        UUID theatre = id();
        UUID school3 = id();
        UUID library = id();
        add(list, school1, "Школа № 1", "MUNICIPAL_INSTITUTION", "EDUCATION", A, "Школа № 1 ВКонтакте", "80.0");
        add(list, school1, "Школа № 1", "MUNICIPAL_INSTITUTION", "EDUCATION", A, "Школа № 1 Телеграм", "70.0");
        add(list, school2, "Школа № 2", "MUNICIPAL_INSTITUTION", "EDUCATION", A, "Школа № 2 ВКонтакте", "75.0");
        add(list, hospital, "Больница", "STATE_INSTITUTION", "HEALTH", A, "Больница ВКонтакте", "60.5");
        add(
                list,
                administration,
                "Администрация",
                "LOCAL_GOVERNMENT",
                "ADMINISTRATION",
                A,
                "Администрация ВКонтакте",
                "90.0");
        add(
                list,
                administration,
                "Администрация",
                "LOCAL_GOVERNMENT",
                "ADMINISTRATION",
                A,
                "Администрация Одноклассники",
                null);
        add(list, theatre, "Театр", "MUNICIPAL_INSTITUTION", "CULTURE", A, "Театр ВКонтакте", "70.0");
        add(list, school3, "Школа № 3", "MUNICIPAL_INSTITUTION", "EDUCATION", B, "Школа № 3 ВКонтакте", "95.0");
        add(list, library, "Библиотека", "MUNICIPAL_INSTITUTION", "CULTURE", B, "Библиотека ВКонтакте", null);
        return RatingComputation.compute(list, RatingRules.CURRENT);
    }

    /** One line of the document's tables: | name | index | evaluated of total | place |. */
    static String line(Row row) {
        String place = row.place() == null
                ? "—"
                : (row.place().from() == row.place().to()
                                ? String.valueOf(row.place().from())
                                : row.place().from() + "–" + row.place().to())
                        + " of " + row.place().of();
        return "| " + row.name() + " | "
                + (row.index() == null ? "—" : row.index().toPlainString()) + " | " + row.evaluated() + " of "
                + row.total() + " | " + place + " |";
    }

    private static List<String> lines(List<Row> rows, RatingLevel level, PeerGroup group, String peerKey) {
        return rows.stream()
                .filter(r -> r.level() == level
                        && r.peerGroup() == group
                        && r.peerKey().equals(peerKey))
                .sorted((a, b) -> {
                    int pa = a.place() == null ? Integer.MAX_VALUE : a.place().from();
                    int pb = b.place() == null ? Integer.MAX_VALUE : b.place().from();
                    return pa != pb ? Integer.compare(pa, pb) : a.name().compareTo(b.name());
                })
                .map(RatingWorkedExampleTest::line)
                .toList();
    }

    @Test
    void theExampleComputesTheNumbersOfTheDocument() throws IOException {
        List<Row> rows = example();
        assertThat(lines(rows, RatingLevel.ACCOUNT, PeerGroup.OVERALL, ""))
                .containsExactly(
                        "| Школа № 3 ВКонтакте | 95.0 | 1 of 1 | 1 of 7 |",
                        "| Администрация ВКонтакте | 90.0 | 1 of 1 | 2 of 7 |",
                        "| Школа № 1 ВКонтакте | 80.0 | 1 of 1 | 3 of 7 |",
                        "| Школа № 2 ВКонтакте | 75.0 | 1 of 1 | 4 of 7 |",
                        "| Театр ВКонтакте | 70.0 | 1 of 1 | 5–6 of 7 |",
                        "| Школа № 1 Телеграм | 70.0 | 1 of 1 | 5–6 of 7 |",
                        "| Больница ВКонтакте | 60.5 | 1 of 1 | 7 of 7 |",
                        "| Администрация Одноклассники | — | 0 of 1 | — |",
                        "| Библиотека ВКонтакте | — | 0 of 1 | — |");
        assertThat(lines(rows, RatingLevel.ORGANIZATION, PeerGroup.OVERALL, ""))
                .containsExactly(
                        "| Школа № 3 | 95.0 | 1 of 1 | 1 of 6 |",
                        "| Администрация | 90.0 | 1 of 2 | 2 of 6 |",
                        "| Школа № 1 | 75.0 | 2 of 2 | 3–4 of 6 |",
                        "| Школа № 2 | 75.0 | 1 of 1 | 3–4 of 6 |",
                        "| Театр | 70.0 | 1 of 1 | 5 of 6 |",
                        "| Больница | 60.5 | 1 of 1 | 6 of 6 |",
                        "| Библиотека | — | 0 of 1 | — |");
        assertThat(lines(rows, RatingLevel.ORGANIZATION, PeerGroup.SECTOR, "EDUCATION"))
                .containsExactly(
                        "| Школа № 3 | 95.0 | 1 of 1 | 1 of 3 |",
                        "| Школа № 1 | 75.0 | 2 of 2 | 2–3 of 3 |",
                        "| Школа № 2 | 75.0 | 1 of 1 | 2–3 of 3 |");
        assertThat(lines(rows, RatingLevel.ORGANIZATION, PeerGroup.KIND, "LOCAL_GOVERNMENT"))
                .containsExactly("| Администрация | 90.0 | 1 of 2 | 1 of 1 |");
        assertThat(lines(rows, RatingLevel.MUNICIPALITY, PeerGroup.OVERALL, ""))
                .containsExactly("| Район А | 74.1 | 5 of 5 | 1 of 1 |", "| Район Б | 95.0 | 1 of 2 | — |");
        assertThat(lines(rows, RatingLevel.SECTOR, PeerGroup.OVERALL, ""))
                .containsExactly(
                        "| ADMINISTRATION | 90.0 | 1 of 1 | — |",
                        "| CULTURE | 70.0 | 1 of 2 | — |",
                        "| EDUCATION | 81.7 | 3 of 3 | — |",
                        "| HEALTH | 60.5 | 1 of 1 | — |");
        // municipalities and sectors have only the overall table; accounts and organizations all three
        assertThat(rows.stream()
                        .filter(r -> r.level() == RatingLevel.MUNICIPALITY)
                        .map(Row::peerGroup))
                .containsOnly(PeerGroup.OVERALL);
        assertThat(rows.stream().filter(r -> r.level() == RatingLevel.ACCOUNT).count())
                .isEqualTo(9 * 3);

        String document = Files.readString(Path.of("../docs/ratings.md"));
        List<String> expected = new ArrayList<>();
        expected.addAll(lines(rows, RatingLevel.ACCOUNT, PeerGroup.OVERALL, ""));
        expected.addAll(lines(rows, RatingLevel.ORGANIZATION, PeerGroup.OVERALL, ""));
        expected.addAll(lines(rows, RatingLevel.ORGANIZATION, PeerGroup.SECTOR, "EDUCATION"));
        expected.addAll(lines(rows, RatingLevel.MUNICIPALITY, PeerGroup.OVERALL, ""));
        expected.addAll(lines(rows, RatingLevel.SECTOR, PeerGroup.OVERALL, ""));
        for (String line : expected) {
            assertThat(document).as("docs/ratings.md shows the computed line").contains(line);
        }
        // the delta of the example: Школа № 1 was 70.0 at place 4 in the previous campaign of the same edition
        Comparison.Status status = Comparison.status(1, 1);
        assertThat(Comparison.indexDelta(status, new BigDecimal("70.0"), new BigDecimal("75.0")))
                .isEqualByComparingTo("5.0");
        assertThat(Comparison.placeDelta(status, 4, 3)).isEqualTo(1);
        assertThat(document).contains("index delta +5.0, place delta +1");
    }

    @Test
    void theMinimumDataRuleIsAParameterOfTheRules() {
        RatingRules lenient = new RatingRules(
                "EVALUATION_INDEX",
                "MEAN_OF_RANKED_UNITS_BELOW",
                "COMPETITION_1224",
                "HALF_UP_1_DECIMAL",
                List.of(PeerGroup.OVERALL),
                1,
                1,
                1,
                "SAME_METHODOLOGY_FAMILY_AND_EDITION");
        next = 0;
        List<Row> strict = example();
        List<Evaluated> none = new ArrayList<>();
        assertThat(RatingComputation.compute(none, lenient)).isEmpty();
        List<Row> rows = RatingComputation.compute(
                strict.stream()
                        .filter(r -> r.level() == RatingLevel.ACCOUNT && r.peerGroup() == PeerGroup.OVERALL)
                        .map(r -> new Evaluated(
                                r.evaluationId(),
                                1,
                                UUID.fromString(r.unitId()),
                                r.name(),
                                r.platform(),
                                r.organizationId(),
                                "org " + r.organizationId(),
                                r.kind(),
                                r.sector(),
                                r.municipalityId(),
                                r.municipalityName(),
                                r.index()))
                        .toList(),
                lenient);
        // with a minimum of one organization, Район Б (95.0) ranks first and Район А second
        assertThat(lines(rows, RatingLevel.MUNICIPALITY, PeerGroup.OVERALL, ""))
                .containsExactly("| Район Б | 95.0 | 1 of 2 | 1 of 2 |", "| Район А | 74.1 | 5 of 5 | 2 of 2 |");
        assertThat(rows.stream().map(Row::peerGroup)).containsOnly(PeerGroup.OVERALL);
    }
}
