package ru.digitalbridge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.Training.Person;

/**
 * The training effect through HTTP against a hand-computed fixture. Two learners complete a course (attendance marked
 * by the trainer: the course month is this month) and are linked to six accounts; a third learner, enrolled but not
 * completed, to one more. Campaigns: two years before (BEFORE), this year (DURING), two years on (AFTER) and three
 * years on (LATER), published through the API. The numbers below are worked out by hand in the comments and in
 * docs/training.md ("Training effect", worked example).
 */
@QuarkusTest
class TrainingEffectResourceTest {
    @Inject
    EvaluationTestData data;

    private static Fixture fixture;

    private record Fixture(
            Map<String, UUID> campaigns, List<UUID> graduates, List<UUID> others, List<String> learnerIds) {}

    /** One account's published evaluation: index, median answer hours (null: not applicable) and points. */
    private record Row(UUID account, String index, String hours, Integer phone, Integer median, Integer meals) {}

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        UUID set = UUID.randomUUID();
        Map<String, UUID> criteria = data.criteriaSet(set);
        List<UUID> graduates = new ArrayList<>();
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            graduates.add(data.account(data.organization("EDUCATION")));
        }
        for (int i = 0; i < 5; i++) {
            others.add(data.account(data.organization("CULTURE")));
        }
        // the course: two learners complete it this month, a third does not
        String programme = Training.approvedProgramme(1);
        Person trainer = Training.person(Role.TRAINER);
        String cohort = Training.cohort(programme, trainer, 100, false, false);
        String session = Training.session(trainer, cohort, 3);
        List<String> learners = new ArrayList<>();
        List<List<UUID>> links = List.of(graduates.subList(0, 3), graduates.subList(3, 6), List.of(others.get(0)));
        for (int l = 0; l < 3; l++) {
            Map<String, Object> body = Training.learnerBody("effect-" + unique() + "@example.org");
            String enrolment = Training.enrol(trainer, cohort, body);
            String learner = trainer.call()
                    .get("/api/v1/training/cohorts/" + cohort + "/roster")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("findAll { it.enrolmentId == '" + enrolment + "' }.learner.id", String.class)
                    .get(0);
            learners.add(learner);
            as(Role.COORDINATOR)
                    .body(Map.of("accountIds", links.get(l)))
                    .put("/api/v1/training/learners/" + learner + "/accounts")
                    .then()
                    .statusCode(200);
            trainer.call()
                    .body(Map.of(
                            "marks", List.of(Map.of("enrolmentId", enrolment, "status", l < 2 ? "PRESENT" : "ABSENT"))))
                    .put("/api/v1/training/sessions/" + session + "/attendance")
                    .then()
                    .statusCode(200);
        }
        int year = YearMonth.now(Completions.ZONE).getYear();
        Map<String, UUID> campaigns = new LinkedHashMap<>();
        List<UUID> g = graduates;
        List<UUID> o = others;
        // BEFORE: the six graduates' accounts two years ago
        campaigns.put(
                "BEFORE",
                publish(
                        set,
                        criteria,
                        (year - 2) + "-Y",
                        List.of(
                                new Row(g.get(0), "60.0", "10", 0, 1, null),
                                new Row(g.get(1), "65.0", "20", 0, 1, null),
                                new Row(g.get(2), "70.0", "30", 1, 0, null),
                                new Row(g.get(3), "55.0", "40", 0, 0, null),
                                new Row(g.get(4), "70.5", "50", 0, 0, null),
                                new Row(g.get(5), "72.0", "60", 1, 0, null))));
        // DURING: the course falls within the period: one graduate's account in neither group
        campaigns.put(
                "DURING",
                publish(
                        set,
                        criteria,
                        year + "-Y",
                        List.of(
                                new Row(g.get(0), "70.0", "10", 1, 1, null),
                                new Row(o.get(0), "50.0", "20", 0, 1, null),
                                new Row(o.get(1), "50.0", "20", 0, 1, null),
                                new Row(o.get(2), "50.0", "20", 0, 1, null),
                                new Row(o.get(3), "50.0", "20", 0, 1, null),
                                new Row(o.get(4), "50.0", "20", 0, 1, null))));
        // AFTER: graduates 60, 70, 75.5, 80, 85, 90 → 77.75; not trained 40, 50, 55, 65, 70 → 55.00
        campaigns.put(
                "AFTER",
                publish(
                        set,
                        criteria,
                        (year + 2) + "-Y",
                        List.of(
                                new Row(g.get(0), "80.0", "4", 1, 2, 1),
                                new Row(g.get(1), "70.0", "6", 1, 2, 1),
                                new Row(g.get(2), "90.0", "10", 1, 1, 0),
                                new Row(g.get(3), "60.0", "12", 1, 1, null),
                                new Row(g.get(4), "75.5", "30", 0, 0, null),
                                new Row(g.get(5), "85.0", null, 1, null, null),
                                new Row(o.get(0), "50.0", "20", 0, 1, null),
                                new Row(o.get(1), "65.0", "30", 0, 0, null),
                                new Row(o.get(2), "55.0", "40", 1, 0, null),
                                new Row(o.get(3), "70.0", "50", 0, 0, null),
                                new Row(o.get(4), "40.0", "8", 1, 2, null))));
        // LATER: three graduates (too few) against five not trained; no account's first campaign after the course
        campaigns.put(
                "LATER",
                publish(
                        set,
                        criteria,
                        (year + 3) + "-Y",
                        List.of(
                                new Row(g.get(0), "90.0", "5", 1, 2, null),
                                new Row(g.get(1), "90.0", "5", 1, 2, null),
                                new Row(g.get(2), "90.0", "5", 1, 2, null),
                                new Row(o.get(0), "60.0", "20", 1, 1, null),
                                new Row(o.get(1), "60.0", "20", 1, 1, null),
                                new Row(o.get(2), "60.0", "20", 1, 1, null),
                                new Row(o.get(3), "60.0", "20", 1, 1, null),
                                new Row(o.get(4), "60.0", "20", 1, 1, null))));
        fixture = new Fixture(campaigns, graduates, others, learners);
    }

    /** A campaign in FINAL with approved evaluations and their answers, published through the API. */
    private UUID publish(UUID set, Map<String, UUID> criteria, String period, List<Row> rows) {
        UUID campaign = UUID.randomUUID();
        data.update(
                "insert into campaign (id, title, period, criteria_set_id, stage) values (?, ?, ?, ?, 'FINAL')",
                campaign,
                "Эффект " + period + " " + unique(),
                period,
                set);
        UUID expert = data.person(Role.EXPERT, null).id();
        for (Row row : rows) {
            data.update(
                    "insert into campaign_account (campaign_id, account_id) values (?, ?)", campaign, row.account());
            UUID evaluation = data.evaluation(campaign, row.account(), expert, "PRIMARY");
            data.approve(evaluation, row.index());
            answer(evaluation, criteria.get("B.PHONE"), row.phone() == null ? null : "1", row.phone(), "1");
            answer(evaluation, criteria.get("D.MEDIAN"), row.hours(), row.median(), "2");
            if (row.meals() != null) {
                answer(evaluation, criteria.get("E.MEALS"), "1", row.meals(), "1");
            }
        }
        as(Role.COORDINATOR)
                .body(Map.of("to", "PUBLISHED", "version", 0))
                .post("/api/v1/campaigns/" + campaign + "/transition")
                .then()
                .statusCode(200);
        return campaign;
    }

    private void answer(UUID evaluation, UUID criterion, String value, Integer points, String max) {
        data.update(
                "insert into evaluation_answer (evaluation_id, criterion_id, value, not_applicable, points, max_points)"
                        + " values (?, ?, cast(? as numeric), ?, cast(? as numeric), cast(? as numeric))",
                evaluation,
                criterion,
                value,
                points == null,
                points == null ? null : points.toString(),
                max);
    }

    private static JsonPath effect(String name) {
        return anonymous()
                .get("/api/v1/training/effect/campaigns/" + fixture.campaigns().get(name))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> criterion(JsonPath effect, String group, String code) {
        return effect.<Map<String, Object>>getList(group + ".criteria").stream()
                .filter(c -> code.equals(c.get("code")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void graduatesAgainstNotTrainedAndBeforeAgainstAfterMatchTheHandComputedFigures() throws IOException {
        JsonPath after = effect("AFTER");
        assertThat(after.getInt("minimumGroupSize")).isEqualTo(5);
        assertThat(after.getInt("evaluatedAccounts")).isEqualTo(11);
        // (a) graduates: 60, 70, 75.5, 80, 85, 90 → (75.5 + 80) / 2; not trained 40, 50, 55, 65, 70 → 55
        assertThat(after.getInt("graduates.accounts")).isEqualTo(6);
        assertThat(after.getBoolean("graduates.suppressed")).isFalse();
        assertThat(after.getString("graduates.medianIndex")).isEqualTo("77.75");
        // the third learner did not complete: their account counts as not trained
        assertThat(after.getInt("notTrained.accounts")).isEqualTo(5);
        assertThat(after.getString("notTrained.medianIndex")).isEqualTo("55.0");
        assertThat(after.getString("indexDifference")).isEqualTo("22.75");
        // answer hours: graduates 4, 6, 10, 12, 30 (one not applicable) → 10; not trained 8, 20, 30, 40, 50 → 30
        assertThat(after.getInt("graduates.timed")).isEqualTo(5);
        assertThat(after.getString("graduates.medianAnswerHours")).isEqualTo("10.0");
        assertThat(after.getString("notTrained.medianAnswerHours")).isEqualTo("30.0");
        assertThat(after.getString("answerHoursDifference")).isEqualTo("-20.0");
        // criteria: phone met by 5 of 6 graduates and 2 of 5 others; meals assessed on 3 only: count, no share
        assertThat(criterion(after, "graduates", "B.PHONE"))
                .containsEntry("assessed", 6)
                .containsEntry("met", 5)
                .containsEntry("shareMet", 83.33f);
        assertThat(criterion(after, "notTrained", "B.PHONE"))
                .containsEntry("assessed", 5)
                .containsEntry("met", 2)
                .containsEntry("shareMet", 40.0f);
        assertThat(criterion(after, "graduates", "D.MEDIAN"))
                .containsEntry("assessed", 5)
                .containsEntry("met", 2)
                .containsEntry("shareMet", 40.0f);
        assertThat(criterion(after, "graduates", "E.MEALS"))
                .containsEntry("assessed", 3)
                .containsEntry("met", 2)
                .containsEntry("shareMet", null);
        assertThat(criterion(after, "notTrained", "E.MEALS")).containsEntry("assessed", 0);
        // (b) the six accounts two years before: 55, 60, 65, 70, 70.5, 72 → 67.5; after 77.75 → +10.25
        assertThat(after.getInt("before.accounts")).isEqualTo(6);
        assertThat(after.getInt("after.accounts")).isEqualTo(6);
        assertThat(after.getString("before.medianIndex")).isEqualTo("67.5");
        assertThat(after.getString("after.medianIndex")).isEqualTo("77.75");
        assertThat(after.getString("indexChange")).isEqualTo("10.25");
        // each account's change: +20, +5, +20, +5, +5, +13 → (5 + 13) / 2
        assertThat(after.getInt("pairedIndexes")).isEqualTo(6);
        assertThat(after.getString("medianPairedIndexChange")).isEqualTo("9.0");
        // hours before 10 … 60 → 35; after 10 → −25; phone before 2 of 6
        assertThat(after.getString("before.medianAnswerHours")).isEqualTo("35.0");
        assertThat(after.getString("answerHoursChange")).isEqualTo("-25.0");
        assertThat(criterion(after, "before", "B.PHONE"))
                .containsEntry("met", 2)
                .containsEntry("shareMet", 33.33f);
        assertThat(after.getInt("trainedWithoutBefore")).isZero();
        assertThat(after.getInt("trainedDuringPeriod")).isZero();
        // the worked example of docs/training.md is these figures, line for line
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/training.md"));
        assertThat(docs)
                .contains(line(after, "graduates", "graduates"))
                .contains(line(after, "notTrained", "not trained"))
                .contains("| difference | | " + two(after, "indexDifference") + " | "
                        + two(after, "answerHoursDifference") + " | |")
                .contains(line(after, "before", "before"))
                .contains(line(after, "after", "after"))
                .contains("| difference | | " + two(after, "indexChange") + " | " + two(after, "answerHoursChange")
                        + " | |");
    }

    /** A row of the worked example's tables as the API answers it. */
    private static String line(JsonPath effect, String group, String name) {
        Map<String, Object> phone = criterion(effect, group, "B.PHONE");
        return "| " + name + " | " + effect.getInt(group + ".accounts") + " | " + two(effect, group + ".medianIndex")
                + " | " + two(effect, group + ".medianAnswerHours") + " | " + phone.get("met") + " of "
                + phone.get("assessed") + " (" + String.format(java.util.Locale.ROOT, "%.2f", phone.get("shareMet"))
                + " %) |";
    }

    private static String two(JsonPath effect, String path) {
        return String.format(java.util.Locale.ROOT, "%.2f", effect.getDouble(path));
    }

    @Test
    void groupsUnderTheMinimumShowCountsOnly() {
        // LATER: three graduates' accounts — counted, not compared; the pairs were counted in AFTER already
        JsonPath later = effect("LATER");
        assertThat(later.getInt("graduates.accounts")).isEqualTo(3);
        assertThat(later.getBoolean("graduates.suppressed")).isTrue();
        assertThat((Object) later.get("graduates.medianIndex")).isNull();
        assertThat((Object) later.get("graduates.medianAnswerHours")).isNull();
        assertThat(criterion(later, "graduates", "B.PHONE"))
                .containsEntry("assessed", 3)
                .containsEntry("shareMet", null);
        assertThat(later.getString("notTrained.medianIndex")).isEqualTo("60.0");
        assertThat((Object) later.get("indexDifference")).isNull();
        assertThat(later.getInt("after.accounts")).isZero();
        assertThat(later.getBoolean("after.suppressed")).isTrue();
        assertThat((Object) later.get("indexChange")).isNull();
        // DURING: the course month is within the period: the account is in neither group
        JsonPath during = effect("DURING");
        assertThat(during.getInt("trainedDuringPeriod")).isEqualTo(1);
        assertThat(during.getInt("graduates.accounts")).isZero();
        assertThat(during.getInt("notTrained.accounts")).isEqualTo(5);
        // BEFORE: nobody was trained yet
        JsonPath before = effect("BEFORE");
        assertThat(before.getInt("graduates.accounts")).isZero();
        assertThat(before.getInt("notTrained.accounts")).isEqualTo(6);
        assertThat(before.getString("periodStart"))
                .isEqualTo(LocalDate.of(YearMonth.now(Completions.ZONE).getYear() - 2, 1, 1)
                        .toString());
    }

    @Test
    void anyoneReadsItWithAnETagAndNoPersonalData() {
        String path = "/api/v1/training/effect/campaigns/" + fixture.campaigns().get("AFTER");
        var first = anonymous().get(path).then().statusCode(200).extract();
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        anonymous().header("If-None-Match", etag).get(path).then().statusCode(304);
        // the list: every published campaign, newest period first, with the headline
        JsonPath list = anonymous()
                .get("/api/v1/training/effect")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract()
                .jsonPath();
        Map<String, Object> headline = list.<Map<String, Object>>getList("").stream()
                .filter(c -> fixture.campaigns().get("AFTER").toString().equals(c.get("campaignId")))
                .findFirst()
                .orElseThrow();
        assertThat(headline)
                .containsEntry("graduates", 6)
                .containsEntry("notTrained", 5)
                .containsEntry("beforeAfter", 6)
                .containsEntry("indexDifference", 22.75f)
                .containsEntry("indexChange", 10.25f);
        List<String> periods = list.getList("period");
        assertThat(periods.indexOf(periodOf("LATER"))).isLessThan(periods.indexOf(periodOf("BEFORE")));
        // no learner's name, e-mail or id anywhere in the public answers and files
        List<String> bodies = new ArrayList<>();
        bodies.add(first.asString());
        bodies.add(list.prettify());
        String base = "/api/v1/open-data/training-effect/" + fixture.campaigns().get("AFTER");
        for (String file : List.of("accounts.csv", "figures.ndjson", "accounts.ndjson")) {
            bodies.add(anonymous()
                    .get(base + "/files/" + file)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        for (String body : bodies) {
            assertThat(body).doesNotContain("Иванова", "Мария", "@example.org", "SNILS", "snils");
            for (String learner : fixture.learnerIds()) {
                assertThat(body).doesNotContain(learner);
            }
        }
        // an unknown or unpublished campaign: 404 problem; writes are not served
        anonymous()
                .get("/api/v1/training/effect/campaigns/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        anonymous().post(path).then().statusCode(405);
    }

    private static String periodOf(String name) {
        return effect(name).getString("period");
    }

    @Test
    void openDataCarriesTheFiguresAndTheScriptRecomputesThem() throws IOException, InterruptedException {
        String base = "/api/v1/open-data/training-effect/" + fixture.campaigns().get("AFTER");
        JsonPath descriptor = anonymous()
                .get(base + "/datapackage.json")
                .then()
                .statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("creativecommons.org/licenses/by/4.0"))
                .extract()
                .jsonPath();
        assertThat(descriptor.getList("resources.path"))
                .containsExactly(
                        "files/accounts.csv", "files/accounts.ndjson", "files/figures.csv", "files/figures.ndjson");
        assertThat(descriptor.getString("licenses[0].name")).isEqualTo("CC-BY-4.0");
        var csv = anonymous()
                .get(base + "/files/figures.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract();
        String figures = csv.asString();
        assertThat(figures)
                .contains("GRADUATES_VS_NOT_TRAINED,GRADUATES,MEDIAN_INDEX,,6,,77.75,false")
                .contains("GRADUATES_VS_NOT_TRAINED,DIFFERENCE,MEDIAN_INDEX,,5,,22.75,false")
                .contains("GRADUATES_VS_NOT_TRAINED,GRADUATES,CRITERION_MET_SHARE,E.MEALS,3,2,,true")
                .contains("BEFORE_AFTER,PAIRED,MEDIAN_INDEX_CHANGE,,6,,9.00,false");
        // the descriptor's hash is the hash of the bytes served, and the file answers 304 to its tag
        String sha = java.util.HexFormat.of().formatHex(sha256(csv.asByteArray()));
        assertThat(descriptor.getList("resources.hash")).contains("sha256:" + sha);
        anonymous()
                .header("If-None-Match", csv.header("ETag"))
                .get(base + "/files/figures.csv")
                .then()
                .statusCode(304);
        anonymous().get(base + "/files/evaluations.csv").then().statusCode(404);
        // the catalogue lists it
        assertThat(anonymous()
                        .get("/api/v1/open-data")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("datasets.id", String.class))
                .contains("training-effect-" + fixture.campaigns().get("AFTER"));
        // scripts/verify-training-effect.py recomputes every figure from the open data
        String server = "http://localhost:" + io.restassured.RestAssured.port;
        Process process = new ProcessBuilder(
                        "python3",
                        "../scripts/verify-training-effect.py",
                        server,
                        fixture.campaigns().get("AFTER").toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("verified").contains("11 accounts");
    }

    /**
     * What is published is frozen: changing the training records after publication (a learner unlinked from two of
     * the accounts) leaves the published figures and files as they were; a coordinator's recompute with a reason takes
     * revision 2, which differs, carries the reason and a changelog, while revision 1 stays downloadable; a
     * correction of an evaluation takes revision 3; every revision verifies from the open data.
     */
    @Test
    void publishedFiguresStayFrozenUntilACoordinatorRecomputesWithAReason() throws IOException, InterruptedException {
        int year = YearMonth.now(Completions.ZONE).getYear();
        List<UUID> g = fixture.graduates();
        List<UUID> o = fixture.others();
        UUID set = UUID.randomUUID();
        Map<String, UUID> criteria = data.criteriaSet(set);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(new Row(g.get(i), (70 + i) + ".0", String.valueOf(5 + i), 1, 2, null));
        }
        for (int i = 0; i < 5; i++) {
            rows.add(new Row(o.get(i), (50 + i) + ".0", String.valueOf(20 + i), 0, 1, null));
        }
        UUID campaign = publish(set, criteria, (year + 5) + "-Y", rows);
        String path = "/api/v1/training/effect/campaigns/" + campaign;
        String files = "/api/v1/open-data/training-effect/" + campaign;
        JsonPath published =
                anonymous().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(published.getInt("revision")).isEqualTo(1);
        assertThat((Object) published.get("revisionReason")).isNull();
        assertThat(published.getInt("graduates.accounts")).isEqualTo(6);
        assertThat(published.getString("graduates.medianIndex")).isEqualTo("72.5");
        var figures = anonymous()
                .get(files + "/files/figures.csv")
                .then()
                .statusCode(200)
                .extract();
        String accounts = anonymous()
                .get(files + "/files/accounts.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // the training records change: the first learner no longer runs the second and third accounts
        String learner = fixture.learnerIds().get(0);
        as(Role.COORDINATOR)
                .body(Map.of("accountIds", List.of(g.get(0))))
                .put("/api/v1/training/learners/" + learner + "/accounts")
                .then()
                .statusCode(200);
        try {
            // the published figures, files and tags stay as they were
            assertThat(anonymous().get(path).then().statusCode(200).extract().asString())
                    .isEqualTo(anonymous().get(path).then().extract().asString());
            JsonPath still =
                    anonymous().get(path).then().statusCode(200).extract().jsonPath();
            assertThat(still.getInt("revision")).isEqualTo(1);
            assertThat(still.getInt("graduates.accounts")).isEqualTo(6);
            assertThat(still.getString("graduates.medianIndex")).isEqualTo("72.5");
            var again = anonymous()
                    .get(files + "/files/figures.csv")
                    .then()
                    .statusCode(200)
                    .extract();
            assertThat(again.asByteArray()).isEqualTo(figures.asByteArray());
            assertThat(again.header("ETag")).isEqualTo(figures.header("ETag"));
            anonymous()
                    .header("If-None-Match", figures.header("ETag"))
                    .get(files + "/files/figures.csv")
                    .then()
                    .statusCode(304);
            assertThat(anonymous()
                            .get(files + "/files/accounts.csv")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .isEqualTo(accounts);

            // who may recompute: coordinators and administrators, with a reason
            String revisions = path + "/revisions";
            anonymous().body(Map.of("reason", "x")).post(revisions).then().statusCode(401);
            for (Role role : List.of(Role.EXPERT, Role.TRAINER, Role.LEARNER)) {
                as(role).body(Map.of("reason", "x")).post(revisions).then().statusCode(403);
            }
            as(Role.COORDINATOR)
                    .body(Map.of("reason", "  "))
                    .post(revisions)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", org.hamcrest.Matchers.hasItem("reason"));
            as(Role.COORDINATOR)
                    .body(Map.of())
                    .post("/api/v1/training/effect/campaigns/" + UUID.randomUUID() + "/revisions")
                    .then()
                    .statusCode(400);
            as(Role.COORDINATOR)
                    .body(Map.of("reason", "x"))
                    .post("/api/v1/training/effect/campaigns/" + UUID.randomUUID() + "/revisions")
                    .then()
                    .statusCode(404);
            assertThat(anonymous().get(path).then().extract().jsonPath().getInt("revision"))
                    .isEqualTo(1);

            String reason = "Связи слушателя с аккаунтами исправлены " + unique();
            JsonPath taken = as(Role.COORDINATOR)
                    .body(Map.of("reason", reason))
                    .post(revisions)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            assertThat(taken.getInt("revision")).isEqualTo(2);
            assertThat(taken.getString("cause")).isEqualTo("RECOMPUTE");
            assertThat(taken.getString("reason")).isEqualTo(reason);
            // the changelog: the two accounts moved from graduates to not trained, and the figures that moved
            assertThat(taken.getList("changes.accounts.accountId", String.class))
                    .containsExactlyInAnyOrder(g.get(1).toString(), g.get(2).toString());
            assertThat(taken.getList("changes.accounts.standingBefore", String.class))
                    .containsOnly("GRADUATE");
            assertThat(taken.getList("changes.accounts.standingAfter", String.class))
                    .containsOnly("NOT_TRAINED");
            Map<String, Object> graduates = taken.<Map<String, Object>>getList("changes.figures").stream()
                    .filter(f -> "GRADUATES".equals(f.get("group")) && "ACCOUNTS".equals(f.get("measure")))
                    .findFirst()
                    .orElseThrow();
            assertThat(graduates).containsEntry("nBefore", 6).containsEntry("nAfter", 4);

            // the public figures are now revision 2, with the reason; revision 1 is still served as it was
            JsonPath now =
                    anonymous().get(path).then().statusCode(200).extract().jsonPath();
            assertThat(now.getInt("revision")).isEqualTo(2);
            assertThat(now.getString("revisionReason")).isEqualTo(reason);
            assertThat(now.getInt("graduates.accounts")).isEqualTo(4);
            assertThat(now.getBoolean("graduates.suppressed")).isTrue();
            assertThat(now.getInt("notTrained.accounts")).isEqualTo(7);
            JsonPath first = anonymous()
                    .get(revisions + "/1")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(first.getInt("graduates.accounts")).isEqualTo(6);
            assertThat(first.getString("graduates.medianIndex")).isEqualTo("72.5");
            anonymous().get(revisions + "/3").then().statusCode(404);
            anonymous().body(Map.of()).put(revisions + "/1").then().statusCode(409);
            assertThat(anonymous()
                            .get(revisions)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("revision", Integer.class))
                    .containsExactly(2, 1);
            assertThat(anonymous()
                            .get(files + "/revisions/1/files/figures.csv")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray())
                    .isEqualTo(figures.asByteArray());
            assertThat(anonymous()
                            .get(files + "/files/figures.csv")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .isNotEqualTo(figures.asString())
                    .contains("GRADUATES_VS_NOT_TRAINED,GRADUATES,ACCOUNTS,,4,,,true");
            JsonPath old = anonymous()
                    .get(files + "/revisions/1/datapackage.json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(old.getList("resources.hash"))
                    .contains("sha256:" + java.util.HexFormat.of().formatHex(sha256(figures.asByteArray())));

            // a correction of one of the campaign's published evaluations takes the next revision, with its reason
            UUID corrected =
                    data.id("select id from evaluation where campaign_id = ? and account_id = ?", campaign, o.get(0));
            String correction = "Телефон указан в закреплённой записи " + unique();
            as(Role.COORDINATOR)
                    .body(Map.of(
                            "reason",
                            correction,
                            "answers",
                            List.of(Map.of("criterionId", criteria.get("B.PHONE"), "value", 1))))
                    .post("/api/v1/evaluations/" + corrected + "/corrections")
                    .then()
                    .statusCode(200);
            JsonPath changelog =
                    anonymous().get(revisions).then().statusCode(200).extract().jsonPath();
            assertThat(changelog.getList("revision", Integer.class)).containsExactly(3, 2, 1);
            assertThat(changelog.getString("[0].cause")).isEqualTo("CORRECTION");
            assertThat(changelog.getString("[0].reason")).isEqualTo(correction);
            assertThat(changelog.getString("[1].reason")).isEqualTo(reason);
            // the public changelog names no one: not the coordinator who recomputed (id, e-mail, name)
            JsonPath me = as(Role.COORDINATOR)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(changelog.prettify())
                    .doesNotContain(me.getString("id"), me.getString("email"), me.getString("fullName"));
            assertThat(anonymous()
                            .get(revisions + "/2")
                            .then()
                            .extract()
                            .jsonPath()
                            .getString("revisionReason"))
                    .isEqualTo(reason);

            // every revision verifies from the open data alone, revisions 1 and 2 against the evaluation revision
            // they name (the corrected one is read from its published revision 1)
            assertThat(verify(campaign.toString())).contains("verified revision r3@");
            assertThat(verify(campaign.toString(), "--revision", "2")).contains("verified revision r2@");
            assertThat(verify(campaign.toString(), "--revision", "1")).contains("verified revision r1@");
        } finally {
            as(Role.COORDINATOR)
                    .body(Map.of("accountIds", g.subList(0, 3)))
                    .put("/api/v1/training/learners/" + learner + "/accounts")
                    .then()
                    .statusCode(200);
        }
    }

    /** Runs scripts/verify-training-effect.py against this server; its output, asserting it exited 0. */
    private static String verify(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "python3",
                "../scripts/verify-training-effect.py",
                "http://localhost:" + io.restassured.RestAssured.port));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
