package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.methodology.CriteriaCatalog;

/**
 * Public output carries no person's e-mail or user id: with the demo registry and its monitoring history in the
 * database, every GET operation of the contract (read from /q/openapi) is called anonymously, path parameters
 * filled with ids of the demo's published records, and every body is scanned for e-mail addresses and for the ids
 * of app_user rows.
 */
@QuarkusTest
class PublicDataTest {
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Inject
    DataSource dataSource;

    @Inject
    CriteriaCatalog catalog;

    @Test
    void noAnonymousResponseCarriesAnEmailOrAUserId() throws Exception {
        PublicDemo.load(dataSource, catalog);
        Set<String> userIds = new HashSet<>();
        Map<String, String> ids = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (ResultSet rs = connection.createStatement().executeQuery("select id::text from app_user")) {
                while (rs.next()) {
                    userIds.add(rs.getString(1));
                }
            }
            // ids of published demo records, as the public lists show them
            ids.put("organizations", text(connection, "select id::text from organization order by created_at limit 1"));
            ids.put("accounts", text(connection, "select id::text from account order by created_at limit 1"));
            ids.put("campaigns", text(connection, """
                    select c.id::text from campaign c join campaign_expert e on e.campaign_id = c.id
                     where c.stage = 'PUBLISHED' limit 1"""));
            ids.put("evaluations", text(connection, """
                    select e.id::text from evaluation e
                     where e.status = 'PUBLISHED' and exists (select 1 from objection o where o.evaluation_id = e.id)
                       and exists (select 1 from citizen_question q where q.evaluation_id = e.id)
                     order by e.id limit 1"""));
            ids.put(
                    "objections",
                    text(
                            connection,
                            "select o.id::text from objection o join evaluation e"
                                    + " on e.id = o.evaluation_id where e.id = '" + ids.get("evaluations")
                                    + "' limit 1"));
            ids.put(
                    "questions",
                    text(
                            connection,
                            "select id::text from citizen_question where evaluation_id = '" + ids.get("evaluations")
                                    + "' limit 1"));
            ids.put(
                    "criteria-sets",
                    text(connection, "select id::text from criteria_set where status = 'APPROVED' limit 1"));
        }
        assertThat(ids.values()).doesNotContainNull();

        Map<String, Object> paths = RestAssured.given()
                .accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        List<String> leaks = new ArrayList<>();
        int ok = 0;
        int called = 0;
        for (Map.Entry<String, Object> entry : paths.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> operations = (Map<String, Object>) entry.getValue();
            if (!operations.containsKey("get")) {
                continue;
            }
            String path = fill(entry.getKey(), ids);
            for (String language : List.of("ru", "en")) {
                Response response = RestAssured.given()
                        .header("Accept-Language", language)
                        .header("X-Forwarded-For", ru.digitalbridge.support.Api.uniqueAddress())
                        .get(path);
                called++;
                if (response.statusCode() == 200) {
                    ok++;
                }
                String body = response.asString();
                Matcher email = EMAIL.matcher(body);
                if (email.find()) {
                    leaks.add("GET " + path + " → e-mail " + email.group());
                }
                for (String id : userIds) {
                    if (body.contains(id)) {
                        leaks.add("GET " + path + " → user id " + id);
                        break;
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        // the scan is real: public reads answered with data, including the campaigns with experts
        assertThat(called).isGreaterThan(40);
        assertThat(ok).isGreaterThan(30);
        assertThat(RestAssured.get("/api/v1/campaigns/" + ids.get("campaigns")).asString())
                .contains("\"experts\":[]");
    }

    /** The path with its parameters filled: {id} by the collection it follows, the others by name. */
    private static String fill(String template, Map<String, String> ids) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String before = template.substring(0, parameter.start());
            String collection = before.replaceAll("/$", "");
            collection = collection.substring(collection.lastIndexOf('/') + 1);
            String value = switch (name) {
                case "revision" -> "1";
                case "questionId" -> ids.get("questions");
                case "evaluationId" -> ids.get("evaluations");
                case "file" -> "evaluations.ndjson";
                default -> ids.getOrDefault(collection, ids.get("organizations"));
            };
            parameter.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(out);
        return out.toString();
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
