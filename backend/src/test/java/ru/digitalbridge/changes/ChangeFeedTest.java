package ru.digitalbridge.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.digitalbridge.security.Role;

/** The change feed: catch-up from a cursor with tombstones, no skips or repeats under concurrent writes, bad input. */
@QuarkusTest
class ChangeFeedTest {
    private static final String BALAKOVO = "64000000-0000-4000-8000-000000000005";

    /** A change as a machine records it. */
    record Seen(String id, String change) {}

    private static JsonPath page(String next) {
        return given().accept("application/json")
                .get(next)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The cursor at the end of the feed of organizations changed in the last minute. */
    private static String tail() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString();
        String next = "/api/v1/changes?entity=organization&limit=1000&updatedSince=" + since;
        JsonPath page;
        do {
            page = page(next);
            next = page.getString("next");
        } while (!page.getBoolean("caughtUp"));
        return page.getString("cursor");
    }

    /**
     * Reads from the cursor until caught up and {@code done} holds for what was seen; changes of transactions still
     * running elsewhere in the cluster become visible when those end, so this reads again until then (bounded).
     */
    private static List<Seen> readUntil(String cursor, int limit, Predicate<List<Seen>> done)
            throws InterruptedException {
        List<Seen> seen = new ArrayList<>();
        String next = "/api/v1/changes?entity=organization&limit=" + limit + "&after=" + cursor;
        for (int round = 0; round < 300; round++) {
            JsonPath page = page(next);
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(item -> seen.add(new Seen((String) item.get("id"), (String) item.get("change"))));
            next = page.getString("next");
            if (page.getBoolean("caughtUp")) {
                if (done.test(seen)) {
                    return seen;
                }
                Thread.sleep(100);
            }
        }
        return seen;
    }

    private static Map<String, Object> organization(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "MUNICIPAL_INSTITUTION");
        body.put("sector", "EDUCATION");
        body.put("municipalityId", BALAKOVO);
        return body;
    }

    private static JsonPath create(String name) {
        return as(Role.COORDINATOR)
                .body(organization(name))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static void archive(String id, long version) {
        as(Role.COORDINATOR)
                .body(Map.of("version", version))
                .post("/api/v1/organizations/" + id + "/archive")
                .then()
                .statusCode(200);
    }

    @Test
    void aMachineCatchesUpFromItsCursorWithTombstones() throws InterruptedException {
        JsonPath archived = create("Школа " + ru.digitalbridge.support.Api.unique());
        String cursor = tail();
        JsonPath created = create("Школа " + ru.digitalbridge.support.Api.unique());
        archive(archived.getString("id"), archived.getLong("version"));
        String createdId = created.getString("id");
        String archivedId = archived.getString("id");
        List<Seen> seen = readUntil(
                cursor,
                100,
                s -> s.contains(new Seen(createdId, "UPSERT")) && s.contains(new Seen(archivedId, "ARCHIVED")));
        assertThat(seen).contains(new Seen(createdId, "UPSERT"), new Seen(archivedId, "ARCHIVED"));
        assertThat(seen.stream().filter(s -> s.id().equals(createdId))).hasSize(1);
        given().accept("application/json")
                .get("/api/v1/changes?entity=organization&limit=1000&after=" + cursor)
                .then()
                .statusCode(200)
                .header("Link", startsWith("</api/v1/changes?after="))
                .body(
                        "items.find { it.id == '" + archivedId + "' }.href",
                        equalTo("/api/v1/organizations/" + archivedId))
                .body("items.find { it.id == '" + archivedId + "' }.entity", equalTo("organization"));
    }

    @Test
    void pagingNeverSkipsOrRepeatsUnderConcurrentInsertsAndUpdates() throws Exception {
        String cursor = tail();
        Random random = new Random(20261202L);
        Map<String, String> finalChange = new ConcurrentHashMap<>();
        Map<String, Integer> writes = new ConcurrentHashMap<>();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        List<Boolean> archiveNext = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            archiveNext.add(random.nextBoolean());
        }
        for (int w = 0; w < 2; w++) {
            int writer = w;
            work.add(writers.submit(() -> {
                for (int i = writer; i < 24; i += 2) {
                    JsonPath created = create("Школа " + ru.digitalbridge.support.Api.unique());
                    String id = created.getString("id");
                    finalChange.put(id, "UPSERT");
                    writes.merge(id, 1, Integer::sum);
                    if (archiveNext.get(i)) {
                        archive(id, created.getLong("version"));
                        finalChange.put(id, "ARCHIVED");
                        writes.merge(id, 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        // read in small pages while the writers write
        List<Seen> during = new ArrayList<>();
        String next = "/api/v1/changes?entity=organization&limit=3&after=" + cursor;
        while (!work.stream().allMatch(Future::isDone)) {
            JsonPath page = page(next);
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(item -> during.add(new Seen((String) item.get("id"), (String) item.get("change"))));
            next = page.getString("next");
            if (page.getBoolean("caughtUp")) {
                Thread.sleep(20);
            }
        }
        for (Future<?> done : work) {
            done.get();
        }
        writers.shutdown();
        String resume = next.replaceFirst(".*after=([^&]+).*", "$1");
        Set<String> mine = finalChange.keySet();
        List<Seen> rest = readUntil(resume, 3, s -> {
            List<Seen> all = new ArrayList<>(during);
            all.addAll(s);
            return mine.stream().allMatch(id -> last(all, id).equals(finalChange.get(id)));
        });
        List<Seen> all = new ArrayList<>(during);
        all.addAll(rest);
        for (String id : mine) {
            assertThat(last(all, id)).as("last change seen of %s", id).isEqualTo(finalChange.get(id));
            assertThat(all.stream().filter(s -> s.id().equals(id)).count())
                    .as("times %s was seen", id)
                    .isBetween(1L, (long) writes.get(id));
        }
    }

    private static String last(List<Seen> seen, String id) {
        String change = "";
        for (Seen s : seen) {
            if (s.id().equals(id)) {
                change = s.change();
            }
        }
        return change;
    }

    @ParameterizedTest
    @CsvSource({
        "after=bm90LWEtY3Vyc29y, after",
        "updatedSince=yesterday, updatedSince",
        "entity=users, entity",
        "limit=0, limit",
        "limit=1001, limit"
    })
    void badParametersAre400NamingThem(String query, String field) {
        given().accept("application/json")
                .urlEncodingEnabled(false)
                .get("/api/v1/changes?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void theFeedIsPublicAndCarriesNoPersonalData() {
        create("Школа " + ru.digitalbridge.support.Api.unique());
        given().accept("application/json")
                .get("/api/v1/changes?limit=5")
                .then()
                .statusCode(200)
                .body(
                        "items.size()",
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.greaterThan(0), org.hamcrest.Matchers.lessThanOrEqualTo(5)))
                .body(
                        "items.every { it.keySet() == ['entity', 'id', 'change', 'changedAt', 'href'] as Set }",
                        equalTo(true));
    }
}
