package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.digitalbridge.registry.Registry.createAccount;
import static ru.digitalbridge.registry.Registry.createOrganization;
import static ru.digitalbridge.registry.Registry.newAccount;
import static ru.digitalbridge.registry.Registry.newOrganization;
import static ru.digitalbridge.registry.Registry.uniqueName;
import static ru.digitalbridge.registry.Registry.vkUrl;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

/**
 * Lists for machines: the registry read page by page with a cursor ({@code after=}, the {@code next} link) in order of
 * change, and incrementally with {@code updatedSince}. Each test lists only the children of its own parent
 * organization (or the accounts of its own organization), so other tests' rows never interfere.
 */
@QuarkusTest
class CursorPagingTest {

    /** A parent organization and {@code n} children; returns the parent's id and the children's ids in order. */
    private static List<String> children(String parent, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(child(parent));
        }
        return ids;
    }

    private static String child(String parent) {
        Map<String, Object> body = newOrganization(uniqueName("Филиал"));
        body.put("parentId", parent);
        return createOrganization(body).getString("id");
    }

    private static void rename(String id) {
        JsonPath current = anonymous()
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> body = newOrganization(uniqueName("Переименован"));
        body.put("parentId", current.getString("parent.id"));
        body.put("version", current.getLong("version"));
        as(Role.COORDINATOR)
                .body(body)
                .put("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);
    }

    private static JsonPath get(String pathAndQuery) {
        // the next links are already encoded
        return anonymous()
                .urlEncodingEnabled(false)
                .get(pathAndQuery)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A row as read: its id and version (an updated row is read again, with its new version). */
    private record Read(String id, long version, OffsetDateTime updatedAt) {}

    @Test
    void cursorPagingNeverSkipsOrRepeatsWhileRowsAreInsertedAndUpdated() {
        String parent =
                createOrganization(newOrganization(uniqueName("Управление"))).getString("id");
        List<String> original = children(parent, 7);
        List<Read> read = new ArrayList<>();
        String next = "/api/v1/organizations?parent=" + parent + "&sort=updatedAt&size=3";
        List<String> inserted = new ArrayList<>();
        String updatedAfterRead = null;
        String updatedBeforeRead = null;
        int pages = 0;
        while (next != null) {
            Response response =
                    anonymous().get(next).then().statusCode(200).extract().response();
            JsonPath page = response.jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                read.add(new Read(
                        (String) item.get("id"),
                        ((Number) item.get("version")).longValue(),
                        OffsetDateTime.parse((String) item.get("updatedAt"))));
            }
            next = page.getString("next");
            if (next != null) {
                assertThat(response.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
                assertThat(next).contains("parent=" + parent).contains("size=3").contains("after=");
            }
            pages++;
            if (pages == 1) {
                // between pages, others write: two new rows, one row already read changes, one not yet read changes
                inserted.add(child(parent));
                inserted.add(child(parent));
                updatedAfterRead = read.get(0).id();
                rename(updatedAfterRead);
                updatedBeforeRead = original.get(5);
                rename(updatedBeforeRead);
            }
            if (pages == 2) {
                inserted.add(child(parent));
            }
            assertThat(pages).isLessThan(10);
        }
        // nothing was skipped: every row that exists now was read, in its current version
        Set<String> all = new HashSet<>(original);
        all.addAll(inserted);
        assertThat(read.stream().map(Read::id).collect(java.util.stream.Collectors.toSet()))
                .isEqualTo(all);
        String again = updatedAfterRead;
        String once = updatedBeforeRead;
        // nothing was repeated: no version of a row twice; only the row changed after it was read comes again
        assertThat(new HashSet<>(read)).hasSameSizeAs(read);
        Map<String, Integer> times = new HashMap<>();
        read.forEach(r -> times.merge(r.id(), 1, Integer::sum));
        for (Map.Entry<String, Integer> entry : times.entrySet()) {
            assertThat(entry.getValue())
                    .as(entry.getKey())
                    .isEqualTo(entry.getKey().equals(again) ? 2 : 1);
        }
        assertThat(read.stream().filter(r -> r.id().equals(again)).map(Read::version))
                .containsExactly(0L, 1L);
        assertThat(read.stream().filter(r -> r.id().equals(once)).map(Read::version))
                .containsExactly(1L);
        // in order of change
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i).updatedAt()).isAfterOrEqualTo(read.get(i - 1).updatedAt());
        }
        // 7 + 3 inserted + 1 read again = 11 rows in pages of 3: the last page is not full and has no next
        assertThat(read).hasSize(11);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void updatedSinceReturnsOnlyLaterChangesInOrderOfChange() {
        String parent =
                createOrganization(newOrganization(uniqueName("Управление"))).getString("id");
        List<String> ids = children(parent, 4);
        JsonPath third = get("/api/v1/organizations/" + ids.get(2));
        String since = third.getString("updatedAt");
        rename(ids.get(0));
        JsonPath page = anonymous()
                .queryParam("parent", parent)
                .queryParam("updatedSince", since)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("next", nullValue())
                .extract()
                .jsonPath();
        // the third and fourth as created, then the first (changed last); the second is older than the instant
        assertThat(page.getList("items.id", String.class)).containsExactly(ids.get(2), ids.get(3), ids.get(0));
        assertThat(page.getLong("total")).isEqualTo(3);
        // with an explicit sort updatedSince is a filter only
        assertThat(anonymous()
                        .queryParam("parent", parent)
                        .queryParam("updatedSince", since)
                        .queryParam("sort", "-updatedAt")
                        .get("/api/v1/organizations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .containsExactly(ids.get(0), ids.get(3), ids.get(2));
        // and the cursor of a page in that order continues it
        JsonPath first = get("/api/v1/organizations?parent=" + parent + "&updatedSince="
                + java.net.URLEncoder.encode(since, java.nio.charset.StandardCharsets.UTF_8) + "&size=2");
        assertThat(first.getList("items.id", String.class)).containsExactly(ids.get(2), ids.get(3));
        JsonPath second = get(first.getString("next"));
        assertThat(second.getList("items.id", String.class)).containsExactly(ids.get(0));
        assertThat(second.getString("next")).isNull();
    }

    @Test
    void pageNumbersStillWorkAndHaveNoCursorOutsideTheOrderOfChange() {
        String parent =
                createOrganization(newOrganization(uniqueName("Управление"))).getString("id");
        List<String> ids = children(parent, 5);
        JsonPath byName = get("/api/v1/organizations?parent=" + parent + "&size=2&page=1");
        assertThat(byName.getList("items")).hasSize(2);
        assertThat(byName.getLong("total")).isEqualTo(5);
        assertThat(byName.getInt("page")).isEqualTo(1);
        assertThat(byName.getString("next")).isNull();
        // sort=updatedAt with a page number: the page, and the cursor after it
        JsonPath byChange = get("/api/v1/organizations?parent=" + parent + "&size=2&page=1&sort=updatedAt");
        assertThat(byChange.getList("items.id", String.class)).containsExactly(ids.get(2), ids.get(3));
        JsonPath rest = get(byChange.getString("next"));
        assertThat(rest.getList("items.id", String.class)).containsExactly(ids.get(4));
        assertThat(rest.getInt("page")).isZero();
    }

    @Test
    void aBadCursorOrInstantIsA400NamingIt() {
        for (String token : List.of(
                "nonsense", "dTEuMTIzLng", "%%%", "dTEuMTIzLjEyMzQ1Njc4LTEyMzQtMTIzNC0xMjM0LTEyMzQ1Njc4OTAxWg")) {
            anonymous()
                    .queryParam("after", token)
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("after"));
        }
        String parent =
                createOrganization(newOrganization(uniqueName("Управление"))).getString("id");
        children(parent, 2);
        String next = get("/api/v1/organizations?parent=" + parent + "&sort=updatedAt&size=1")
                .getString("next");
        String after = next.substring(next.indexOf("after=") + "after=".length());
        // a cursor pages in order of change only, and without a page number
        anonymous()
                .get("/api/v1/organizations?sort=name&after=" + after)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("after"));
        anonymous()
                .get("/api/v1/accounts?page=2&after=" + after)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("page"));
        for (String list : List.of("organizations", "accounts", "evaluations")) {
            anonymous()
                    .queryParam("updatedSince", "yesterday")
                    .get("/api/v1/" + list)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("updatedSince"));
            anonymous()
                    .queryParam("after", "bm90LWEtY3Vyc29y")
                    .get("/api/v1/" + list)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("after"));
        }
    }

    @Test
    void accountsPageByCursorWithTheirFilters() {
        String organization = Registry.organization();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(createAccount(newAccount(organization, vkUrl())).getString("id"));
        }
        List<String> read = new ArrayList<>();
        String next = "/api/v1/accounts?organization=" + organization + "&updatedSince=2000-01-01T00:00:00Z&size=2";
        int pages = 0;
        while (next != null) {
            JsonPath page = get(next);
            read.addAll(page.getList("items.id", String.class));
            next = page.getString("next");
            pages++;
            if (pages == 1) {
                ids.add(createAccount(newAccount(organization, vkUrl())).getString("id"));
            }
        }
        assertThat(read).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);
        // another organization's accounts are not in the list
        assertThat(get("/api/v1/accounts?organization=" + Registry.organization() + "&sort=updatedAt")
                        .getList("items"))
                .isEmpty();
    }
}
