package ru.digitalbridge.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.bulletin.BulletinTestData.Fixture;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.training.CourseGraduates;

/**
 * Compiling an issue from a published campaign through HTTP: every figure of the proposed blocks equals the rating
 * snapshot's (rows and statistics, read from the public rating API), the follow-up of the previous campaign's
 * recommendations is the one worked out in {@link BulletinTestData}, and publication freezes a personal section per
 * organization evaluated in the campaign.
 */
@QuarkusTest
class BulletinCompileTest {
    @Inject
    BulletinTestData bulletins;

    @Inject
    EvaluationTestData data;

    static Map<String, Object> block(JsonPath doc, String kind) {
        return doc.<Map<String, Object>>getList("blocks").stream()
                .filter(b -> kind.equals(b.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no block " + kind));
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object map, String... path) {
        Object value = map;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    static float f(Object number) {
        return ((Number) number).floatValue();
    }

    @Test
    void compiledNumbersAreTheSnapshotsAndFollowUpCountsRecommendations() throws java.io.IOException {
        Fixture fx = bulletins.twoCampaigns();
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        Map<String, Object> body = new HashMap<>();
        body.put("series", "main");
        body.put("title", "Итоги 2023-Q2");
        body.put("periodFrom", "2023-04-01");
        body.put("periodTo", "2023-06-30");
        body.put("campaignId", fx.second());
        body.put("reviewerId", reviewer.id());
        JsonPath draft = editor.api()
                .body(body)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(draft.getList("blocks.kind"))
                .containsExactly(
                        "SUMMARY",
                        "LEADERS",
                        "MOST_IMPROVED",
                        "MUNICIPALITIES",
                        "FAILURES",
                        "ANSWER_TIMES",
                        "FOLLOW_UP");

        JsonPath snapshots = anonymous()
                .get("/api/v1/ratings/campaigns/" + fx.second() + "/snapshots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String snapshotId = snapshots.getString("[0].id");
        assertThat(draft.getString("snapshotId")).isEqualTo(snapshotId);
        JsonPath snapshot = anonymous()
                .get("/api/v1/ratings/snapshots/" + snapshotId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath accounts = anonymous()
                .get("/api/v1/ratings/snapshots/" + snapshotId + "/rows?level=ACCOUNT&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath organizations = anonymous()
                .get("/api/v1/ratings/snapshots/" + snapshotId + "/rows?level=ORGANIZATION&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // SUMMARY: evaluations, the accounts' mean index, organizations counted
        Map<String, Object> summary = block(draft, "SUMMARY");
        assertThat(at(summary, "data", "evaluations").toString()).isEqualTo(snapshot.getString("evaluations"));
        assertThat(f(at(summary, "data", "accounts", "averageIndex"))).isEqualTo(80.0f); // (80 + 70 + 90) / 3
        assertThat(accounts.getList("items.index", Float.class)).containsExactlyInAnyOrder(90.0f, 80.0f, 70.0f);
        assertThat(f(at(summary, "data", "comparison", "previousAverageIndex"))).isEqualTo(50.0f);
        assertThat((String) at(summary, "data", "comparison", "status")).isEqualTo("COMPARABLE");
        assertThat(((Number) at(summary, "data", "organizations", "total")).intValue())
                .isEqualTo(organizations.getInt("total"));

        // LEADERS overall: the snapshot's organization rows with places 1–3, same index and place
        Map<String, Object> leaders = block(draft, "LEADERS");
        List<Map<String, Object>> groups = at(leaders, "data", "groups");
        Map<String, Object> overall = groups.stream()
                .filter(g -> "OVERALL".equals(g.get("peerGroup")))
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> leaderRows = at(overall, "rows");
        assertThat(leaderRows).hasSize(organizations.getList("items").size());
        for (Map<String, Object> row : leaderRows) {
            Map<String, Object> rated = organizations.<Map<String, Object>>getList("items").stream()
                    .filter(r -> r.get("unitId").equals(row.get("unitId")))
                    .findFirst()
                    .orElseThrow();
            assertThat(f(row.get("index"))).isEqualTo(f(rated.get("index")));
            assertThat((Object) at(row, "place", "from")).isEqualTo(at(rated, "place", "from"));
            assertThat((Object) at(row, "place", "of")).isEqualTo(at(rated, "place", "of"));
        }
        assertThat(leaderRows.get(0).get("unitId"))
                .isEqualTo(fx.organizations().get("O3").toString());
        assertThat(groups.stream().map(g -> g.get("peerGroup") + "/" + g.get("peerKey")))
                .contains("SECTOR/EDUCATION", "SECTOR/CULTURE");

        // MOST_IMPROVED: O1 55.0 → 75.0, the snapshot's delta
        Map<String, Object> improved = block(draft, "MOST_IMPROVED");
        List<Map<String, Object>> improvedGroups = at(improved, "data", "groups");
        Map<String, Object> top =
                ((List<Map<String, Object>>) improvedGroups.get(0).get("rows")).get(0);
        assertThat(top.get("unitId")).isEqualTo(fx.organizations().get("O1").toString());
        Map<String, Object> o1 = organizations.<Map<String, Object>>getList("items").stream()
                .filter(r -> r.get("unitId").equals(fx.organizations().get("O1").toString()))
                .findFirst()
                .orElseThrow();
        assertThat(f(top.get("indexDelta"))).isEqualTo(f(o1.get("indexDelta"))).isEqualTo(20.0f);
        assertThat(f(top.get("previousIndex"))).isEqualTo(55.0f);

        // FAILURES: the snapshot's common failures of the overall group, with how-to-fix and good examples
        Map<String, Object> failures = block(draft, "FAILURES");
        List<Map<String, Object>> failed = at(failures, "data", "criteria");
        List<Map<String, Object>> common = snapshot.<Map<String, Object>>getList("statistics.commonFailures").stream()
                .filter(s -> "OVERALL".equals(s.get("peerGroup")))
                .toList();
        assertThat(failed).hasSameSizeAs(common);
        for (int i = 0; i < common.size(); i++) {
            assertThat(failed.get(i).get("code")).isEqualTo(common.get(i).get("code"));
            assertThat(failed.get(i).get("failed")).isEqualTo(common.get(i).get("failed"));
            assertThat(failed.get(i).get("assessed")).isEqualTo(common.get(i).get("assessed"));
            assertThat(f(failed.get(i).get("shareMet")))
                    .isEqualTo(f(common.get(i).get("shareMet")));
        }
        Map<String, Object> phone = failed.stream()
                .filter(c -> "B.PHONE".equals(c.get("code")))
                .findFirst()
                .orElseThrow();
        assertThat(phone.get("failed")).isEqualTo(1); // D
        assertThat(phone.get("recommendation")).isEqualTo("Как исправить B.PHONE");
        List<Map<String, Object>> examples = at(phone, "examples");
        assertThat(examples.stream().map(e -> e.get("accountId")))
                .containsExactly(
                        fx.accounts().get("A").toString(),
                        fx.accounts().get("B").toString()); // 80.0, 70.0
        assertThat((String) at(failures, "markdown")).contains("Как исправить B.PHONE");

        // FOLLOW_UP: 4 recommended in 2023-Q1, 3 reassessed, 2 followed
        Map<String, Object> follow = block(draft, "FOLLOW_UP");
        assertThat((Object) at(follow, "data", "previousCampaign", "id"))
                .isEqualTo(fx.first().toString());
        assertThat(((Number) at(follow, "data", "total", "recommended")).intValue())
                .isEqualTo(4);
        assertThat(((Number) at(follow, "data", "total", "reassessed")).intValue())
                .isEqualTo(3);
        assertThat(((Number) at(follow, "data", "total", "followed")).intValue())
                .isEqualTo(2);
        assertThat(f(at(follow, "data", "total", "shareFollowed"))).isEqualTo(66.67f);
        List<Map<String, Object>> byCriterion = at(follow, "data", "byCriterion");
        assertThat(byCriterion.stream()
                        .map(c -> c.get("id") + ":" + c.get("recommended") + "/" + c.get("reassessed") + "/"
                                + c.get("followed")))
                .containsExactly("B.PHONE:2/1/1", "S.QUALITY:2/2/1");
        List<Map<String, Object>> bySector = at(follow, "data", "bySector");
        assertThat(bySector.stream().map(c -> c.get("id") + ":" + c.get("followed")))
                .containsExactly("EDUCATION:2");

        // published: one personal section per organization evaluated in campaign 2 (O1, O3), none for O2
        String id = draft.getString("id");
        editor.api()
                .body(Map.of("version", draft.getLong("version")))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200);
        reviewer.api()
                .body(Map.of("version", draft.getLong("version") + 1))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(200);
        JsonPath sections = editor.api()
                .get("/api/v1/bulletins/issues/" + id + "/sections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(sections.getList("organizationId"))
                .containsExactlyInAnyOrder(
                        fx.organizations().get("O1").toString(),
                        fx.organizations().get("O3").toString());
        JsonPath o1Section = editor.api()
                .get("/api/v1/bulletins/issues/" + id + "/sections?organization="
                        + fx.organizations().get("O1"))
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .extract()
                .jsonPath()
                .setRootPath("[0]");
        assertThat(o1Section.getList("blocks.kind"))
                .containsExactly("ORG_RECOMMENDATIONS", "ORG_FAILING_CRITERIA", "ORG_CHANGES", "ORG_FOLLOW_UP");
        Map<String, Object> orgFollow = block(o1Section, "ORG_FOLLOW_UP");
        assertThat(((Number) at(orgFollow, "data", "total", "recommended")).intValue())
                .isEqualTo(3);
        assertThat(((Number) at(orgFollow, "data", "total", "followed")).intValue())
                .isEqualTo(2);
        Map<String, Object> recommendations = block(o1Section, "ORG_RECOMMENDATIONS");
        List<Map<String, Object>> perAccount = at(recommendations, "data", "accounts");
        assertThat(perAccount).hasSize(2);
        // A still fails S.QUALITY (1 of 2): its recommendation is the methodology's how-to-fix text
        Map<String, Object> a = perAccount.stream()
                .filter(x -> fx.accounts().get("A").toString().equals(x.get("accountId")))
                .findFirst()
                .orElseThrow();
        assertThat(((List<Map<String, Object>>) a.get("recommendations"))
                        .stream().map(r -> r.get("recommendation")))
                .containsExactly("Как исправить S.QUALITY");
        Map<String, Object> changes = block(o1Section, "ORG_CHANGES");
        assertThat(f(at(changes, "data", "organization", "indexDelta"))).isEqualTo(20.0f);
        // the public issue carries no personal block
        JsonPath published = anonymous()
                .get("/api/v1/bulletins/issues/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(published.getList("blocks.kind", String.class)).noneMatch(k -> k.startsWith("ORG_"));
        assertThat(published.getList("blocks.data")).isEqualTo(draft.getList("blocks.data"));

        // the worked example of docs/bulletins.md is these figures, line for line
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/bulletins.md"));
        for (String line : workedExample(fx, draft)) {
            assertThat(docs).as("docs/bulletins.md worked example").contains(line);
        }
    }

    private static String one(Object number) {
        return String.format(java.util.Locale.ROOT, "%.1f", ((Number) number).doubleValue());
    }

    private static String two(Object number) {
        return String.format(java.util.Locale.ROOT, "%.2f", ((Number) number).doubleValue());
    }

    /** The lines of the worked example's table, written from the compiled draft (fixture keys for ids). */
    private static List<String> workedExample(Fixture fx, JsonPath draft) {
        Map<String, String> keys = new HashMap<>();
        fx.organizations().forEach((k, v) -> keys.put(v.toString(), k));
        fx.accounts().forEach((k, v) -> keys.put(v.toString(), k));
        Map<String, Object> summary = at(block(draft, "SUMMARY"), "data");
        List<String> lines = new java.util.ArrayList<>();
        lines.add("| SUMMARY | evaluations; accounts evaluated; average index (previous) | "
                + summary.get("evaluations") + "; " + at(summary, "accounts", "evaluated") + "; "
                + one(at(summary, "accounts", "averageIndex")) + " ("
                + one(at(summary, "comparison", "previousAverageIndex")) + ") |");
        List<Map<String, Object>> leaders =
                at(((List<Map<String, Object>>) at(block(draft, "LEADERS"), "data", "groups")).get(0), "rows");
        lines.add("| LEADERS | overall: organisation, index, place | "
                + String.join(
                        "; ",
                        leaders.stream()
                                .map(r -> keys.get(r.get("unitId")) + " " + one(r.get("index")) + " "
                                        + at(r, "place", "from") + " of " + at(r, "place", "of"))
                                .toList())
                + " |");
        List<Map<String, Object>> improved =
                at(((List<Map<String, Object>>) at(block(draft, "MOST_IMPROVED"), "data", "groups")).get(0), "rows");
        lines.add("| MOST_IMPROVED | overall: organisation, previous index → index (delta) | "
                + String.join(
                        "; ",
                        improved.stream()
                                .map(r -> keys.get(r.get("unitId")) + " " + one(r.get("previousIndex")) + " → "
                                        + one(r.get("index")) + " (+" + one(r.get("indexDelta")) + ")")
                                .toList())
                + " |");
        Map<String, Object> phone = ((List<Map<String, Object>>) at(block(draft, "FAILURES"), "data", "criteria"))
                .stream()
                        .filter(c -> "B.PHONE".equals(c.get("code")))
                        .findFirst()
                        .orElseThrow();
        lines.add("| FAILURES | criterion: failed of assessed (share met); good examples | B.PHONE: "
                + phone.get("failed")
                + " of " + phone.get("assessed") + " (" + two(phone.get("shareMet")) + "); "
                + String.join(
                        ", ",
                        ((List<Map<String, Object>>) phone.get("examples"))
                                .stream().map(e -> keys.get(e.get("accountId"))).toList())
                + " |");
        Map<String, Object> follow = at(block(draft, "FOLLOW_UP"), "data");
        lines.add("| FOLLOW_UP | recommended; re-assessed; followed (share) | " + at(follow, "total", "recommended")
                + "; "
                + at(follow, "total", "reassessed") + "; " + at(follow, "total", "followed") + " ("
                + two(at(follow, "total", "shareFollowed")) + ") |");
        lines.add("| FOLLOW_UP | by criterion: recommended / re-assessed / followed | "
                + String.join(
                        "; ",
                        ((List<Map<String, Object>>) follow.get("byCriterion"))
                                .stream()
                                        .map(c -> c.get("id") + " " + c.get("recommended") + "/" + c.get("reassessed")
                                                + "/" + c.get("followed"))
                                        .toList())
                + " |");
        return lines;
    }

    // ---- helpers of the tests below ----

    private static JsonPath create(Person editor, Person reviewer, Object campaign, String title, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("series", "main");
        body.put("title", title);
        body.put("periodFrom", "2023-04-01");
        body.put("periodTo", "2023-06-30");
        body.put("campaignId", campaign);
        body.put("reviewerId", reviewer.id());
        if (language != null) {
            body.put("language", language);
        }
        return editor.api()
                .body(body)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static void publish(Person editor, Person reviewer, JsonPath draft) {
        String id = draft.getString("id");
        editor.api()
                .body(Map.of("version", draft.getLong("version")))
                .post("/api/v1/bulletins/issues/" + id + "/submit")
                .then()
                .statusCode(200);
        reviewer.api()
                .body(Map.of("version", draft.getLong("version") + 1))
                .post("/api/v1/bulletins/issues/" + id + "/publish")
                .then()
                .statusCode(200);
    }

    private static final List<String> EFFECT_FIGURES = List.of(
            "minimumGroupSize",
            "evaluatedAccounts",
            "trainedDuringPeriod",
            "indexDifference",
            "answerHoursDifference",
            "trainedWithoutBefore",
            "indexChange",
            "answerHoursChange",
            "pairedIndexes",
            "medianPairedIndexChange");

    private static final List<String> GROUP_FIGURES =
            List.of("accounts", "suppressed", "indexed", "medianIndex", "timed", "medianAnswerHours");

    /** Every figure of the block equals the public training-effect endpoint's answer {@code effect}. */
    private static void sameFigures(Map<String, Object> data, Map<String, Object> effect) {
        for (String figure : EFFECT_FIGURES) {
            assertThat(data.get(figure)).as(figure).isEqualTo(effect.get(figure));
        }
        List<Map<String, Object>> groups = at(data, "groups");
        List<String> names = List.of("graduates", "notTrained", "before", "after");
        assertThat(groups.stream().map(g -> g.get("groupId")))
                .containsExactly("GRADUATES", "NOT_TRAINED", "BEFORE", "AFTER");
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> expected = at(effect, names.get(i));
            for (String figure : GROUP_FIGURES) {
                assertThat(groups.get(i).get(figure))
                        .as(names.get(i) + "." + figure)
                        .isEqualTo(expected.get(figure));
            }
            List<Map<String, Object>> rows = at(data, i < 2 ? "criteria" : "criteriaBeforeAfter");
            List<Map<String, Object>> criteria = at(expected, "criteria");
            for (Map<String, Object> c : criteria) {
                Map<String, Object> row = rows.stream()
                        .filter(r -> r.get("code").equals(c.get("code")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no criterion " + c.get("code")));
                assertThat(row.get(names.get(i) + "Assessed")).isEqualTo(c.get("assessed"));
                assertThat(row.get(names.get(i) + "Met")).isEqualTo(c.get("met"));
                assertThat(row.get(names.get(i) + "ShareMet")).isEqualTo(c.get("shareMet"));
            }
        }
    }

    /** A new revision of the campaign's published training-effect figures (docs/training.md). */
    private static void recomputeEffect(UUID campaign, String reason) {
        as(Role.COORDINATOR)
                .body(Map.of("reason", reason))
                .post("/api/v1/training/effect/campaigns/" + campaign + "/revisions")
                .then()
                .statusCode(201);
    }

    @Test
    void trainingEffectIsCompiledWithTheEndpointsFiguresAndFrozenAtPublication() {
        int year = java.time.Year.now().getValue();
        // campaign 1 ends before this month's course, campaign 2 starts after it
        Fixture fx = bulletins.twoCampaigns((year - 1) + "-Y", (year + 1) + "-Y");
        String learner = CourseGraduates.graduate(
                List.of(fx.accounts().get("A"), fx.accounts().get("B")));
        // the campaign was published before the course: its published figures are recomputed with a reason
        recomputeEffect(fx.second(), "Выпускники курса связаны со своими аккаунтами");
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        JsonPath draft = create(editor, reviewer, fx.second(), "Эффект обучения " + year, null);
        assertThat(draft.getList("blocks.kind")).endsWith("FOLLOW_UP", "TRAINING_EFFECT");

        Map<String, Object> effect = anonymous()
                .get("/api/v1/training/effect/campaigns/" + fx.second())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        Map<String, Object> block = block(draft, "TRAINING_EFFECT");
        assertThat(block.get("id")).isEqualTo("training-effect");
        assertThat(block.get("title")).isEqualTo("Эффект обучения");
        Map<String, Object> data = at(block, "data");
        sameFigures(data, effect);
        // A and B are run by the graduate (2 accounts, under the minimum of 5: counts only), D is not trained
        assertThat((Object) at(data, "groups")).isNotNull();
        List<Map<String, Object>> groups = at(data, "groups");
        assertThat(groups.stream().map(g -> g.get("groupId") + ":" + g.get("accounts") + ":" + g.get("suppressed")))
                .containsExactly("GRADUATES:2:true", "NOT_TRAINED:1:true", "BEFORE:2:true", "AFTER:2:true");
        assertThat(data.get("pairedIndexes")).isEqualTo(2);
        assertThat((String) block.get("markdown"))
                .contains("Аккаунтов выпускников: 2, необученных: 1")
                .contains("Медианы не показываются");
        // a campaign nobody trained had run: no block (the fixture's 2023 campaigns)
        Fixture untrained = bulletins.twoCampaigns();
        assertThat(create(editor, reviewer, untrained.second(), "Без обучения", null)
                        .getList("blocks.kind"))
                .doesNotContain("TRAINING_EFFECT");

        publish(editor, reviewer, draft);
        String id = draft.getString("id");
        // the training records change after publication and the figures are recomputed: the endpoint follows, the
        // published issue does not
        as(Role.COORDINATOR)
                .body(Map.of("accountIds", List.of(fx.accounts().get("A"))))
                .put("/api/v1/training/learners/" + learner + "/accounts")
                .then()
                .statusCode(200);
        recomputeEffect(fx.second(), "Выпускник больше не ведёт аккаунт B");
        anonymous()
                .get("/api/v1/training/effect/campaigns/" + fx.second())
                .then()
                .statusCode(200)
                .body("graduates.accounts", equalTo(1));
        JsonPath published = anonymous()
                .get("/api/v1/bulletins/issues/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> frozen = block(published, "TRAINING_EFFECT");
        sameFigures(at(frozen, "data"), effect);
        // rendered like the other blocks: the page and the PDF carry it
        String page = io.restassured.RestAssured.given()
                .get("/api/v1/bulletins/issues/" + id + "/html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("Эффект обучения").contains("Выпускники").contains("Оценено аккаунтов");
        io.restassured.RestAssured.given()
                .get("/api/v1/bulletins/issues/" + id + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf");
    }

    private static final java.util.regex.Pattern CYRILLIC = java.util.regex.Pattern.compile("[\\p{IsCyrillic}]");

    /** Every string value in {@code node} (names, titles, the methodology's texts: data, not the compiler's words). */
    private static void strings(Object node, List<String> out) {
        if (node instanceof String text && !text.isBlank()) {
            out.add(text);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> strings(v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> strings(v, out));
        }
    }

    /** The text left after removing the data's own strings: must be free of Cyrillic (the compiler's words are en). */
    private static String withoutData(String text, List<String> data) {
        String rest = text;
        List<String> longestFirst = new java.util.ArrayList<>(data);
        longestFirst.sort(java.util.Comparator.comparing(String::length).reversed());
        for (String d : longestFirst) {
            rest = rest.replace(d, "").replace(org.jsoup.parser.Parser.unescapeEntities(d, false), "");
        }
        return rest;
    }

    @Test
    void anEnglishIssueIsCompiledAndRenderedInEnglish() {
        Fixture fx = bulletins.twoCampaigns();
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        JsonPath draft = create(editor, reviewer, fx.second(), "Results of 2023-Q2", "en");
        assertThat(draft.getString("language")).isEqualTo("en");
        assertThat(draft.getList("blocks.title"))
                .containsExactly(
                        "Campaign results",
                        "Rating leaders",
                        "Most improved",
                        "Municipalities",
                        "Common failures and how to fix them",
                        "Answer times",
                        "Follow-up of recommendations");
        List<String> data = new java.util.ArrayList<>();
        strings(draft.getList("blocks.data"), data);
        for (Map<String, Object> b : draft.<Map<String, Object>>getList("blocks")) {
            List<String> own = new java.util.ArrayList<>(data);
            own.replaceAll(Markdown::escape);
            own.addAll(data);
            String rest = withoutData((String) b.get("markdown"), own);
            assertThat(CYRILLIC.matcher(rest).find())
                    .as(b.get("kind") + ": " + rest)
                    .isFalse();
        }
        // numbers as English writes them: a decimal point
        assertThat((String) block(draft, "SUMMARY").get("markdown"))
                .contains("**80.0**")
                .contains("(in the previous");
        assertThat((String) block(draft, "FOLLOW_UP").get("markdown")).contains("(66.67 %)");
        // a bad language is a field error that writes nothing
        Map<String, Object> bad = new HashMap<>();
        bad.put("series", "main");
        bad.put("title", "Bad language");
        bad.put("periodFrom", "2023-04-01");
        bad.put("periodTo", "2023-06-30");
        bad.put("language", "de");
        editor.api()
                .body(bad)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("language"));

        // re-compiling keeps the language; the personal sections are English too
        JsonPath recompiled = editor.api()
                .body(Map.of("version", draft.getLong("version")))
                .post("/api/v1/bulletins/issues/" + draft.getString("id") + "/compile")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(recompiled.getList("blocks.title")).contains("Campaign results");
        publish(editor, reviewer, recompiled);
        String id = draft.getString("id");
        JsonPath section = editor.api()
                .get("/api/v1/bulletins/issues/" + id + "/sections?organization="
                        + fx.organizations().get("O1"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("[0]");
        assertThat(section.getList("blocks.title"))
                .containsExactly(
                        "Recommendations for your accounts",
                        "Criteria not met",
                        "Changes since the previous campaign",
                        "Follow-up of earlier recommendations");
        List<String> sectionData = new java.util.ArrayList<>(data);
        strings(section.getList("blocks.data"), sectionData);
        for (Map<String, Object> b : section.<Map<String, Object>>getList("blocks")) {
            List<String> own = new java.util.ArrayList<>(sectionData);
            own.replaceAll(Markdown::escape);
            own.addAll(sectionData);
            String rest = withoutData((String) b.get("markdown"), own);
            assertThat(CYRILLIC.matcher(rest).find())
                    .as(b.get("kind") + ": " + rest)
                    .isFalse();
        }
        // the page, read by a Russian browser, is in the issue's language: headings, labels and texts without Russian
        // words but the data's
        String page = io.restassured.RestAssured.given()
                .header("Accept-Language", "ru")
                .get("/api/v1/bulletins/issues/" + id + "/html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String text = org.jsoup.Jsoup.parse(page).text();
        List<String> pageData = new java.util.ArrayList<>(data);
        String rest = withoutData(text, pageData);
        assertThat(CYRILLIC.matcher(rest).find()).as(rest).isFalse();
    }
}
