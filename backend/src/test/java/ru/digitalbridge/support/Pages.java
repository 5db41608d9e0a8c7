package ru.digitalbridge.support;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every item of a paged list ({@code items}, {@code total}), read page after page. The test database is shared by
 * all test classes, which fill the same lists: whether a test's own item is on the first page depends on how much
 * the classes run before it created (and on the list's order), so a test looking for its item reads them all.
 */
public final class Pages {
    private static final int SIZE = 200;

    private Pages() {}

    /** The items of {@code path} for the caller {@code request} makes (with its query parameters), all pages. */
    public static List<Map<String, Object>> all(Supplier<RequestSpecification> request, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; page < 1_000; page++) {
            JsonPath json = request.get()
                    .queryParam("size", SIZE)
                    .queryParam("page", page)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> got = json.getList("items");
            items.addAll(got);
            if (got.isEmpty() || (long) (page + 1) * SIZE >= json.getLong("total")) {
                break;
            }
        }
        return items;
    }
}
