package ru.digitalbridge.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.digitalbridge.monitoring.evaluations.EvaluationResourceTest.fillAll;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Person;
import ru.digitalbridge.monitoring.evaluations.EvaluationTestData.Scenario;
import ru.digitalbridge.security.Role;

/**
 * Every read of the contract that anyone may call, called anonymously with real ids of a published campaign: a 200
 * carries {@code ETag} and {@code Last-Modified}, and the same request with {@code If-None-Match} is a 304 without a
 * body. Downloads included.
 */
@QuarkusTest
class ConditionalReadsTest {
    @Inject
    EvaluationTestData data;

    @Test
    void everyAnonymousReadHasValidatorsAndAnswers304() throws Exception {
        Scenario s = data.scenario("EVALUATION", false);
        fillAll(s, s.expert(), s.primary());
        data.publish(s.campaign(), s.primary());
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/v1/accounts/{id}", s.account().toString());
        ids.put("/api/v1/organizations/{id}", s.organization().toString());
        ids.put("/api/v1/campaigns/{id}", s.campaign().toString());
        ids.put("/api/v1/criteria-sets/{id}", s.criteriaSet().toString());
        ids.put("/api/v1/evaluations/{id}", s.primary().toString());
        ids.put("/api/v1/open-data/campaigns/{id}", s.campaign().toString());
        // a published bulletin issue (an editor's issue without a campaign): its JSON, page, PDFs and feeds
        Person editor = data.person(Role.COORDINATOR, null);
        Person reviewer = data.person(Role.COORDINATOR, null);
        Map<String, Object> issue = new java.util.HashMap<>();
        issue.put("series", "main");
        issue.put("title", "Условные запросы");
        issue.put("periodFrom", "2023-01-01");
        issue.put("periodTo", "2023-03-31");
        issue.put("reviewerId", reviewer.id());
        io.restassured.path.json.JsonPath draft = editor.api()
                .body(issue)
                .post("/api/v1/bulletins/issues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String issueId = draft.getString("id");
        editor.api()
                .body(Map.of("version", draft.getLong("version")))
                .post("/api/v1/bulletins/issues/" + issueId + "/submit")
                .then()
                .statusCode(200);
        reviewer.api()
                .body(Map.of("version", draft.getLong("version") + 1))
                .post("/api/v1/bulletins/issues/" + issueId + "/publish")
                .then()
                .statusCode(200);
        ids.put("/api/v1/bulletins/issues/{id}", issueId);
        Map<String, String> query = Map.of(
                "account", s.account().toString(), "campaign", s.campaign().toString());

        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (QueryParametersTest.Read read : QueryParametersTest.reads()) {
            if (!anonymous(read.operation())) {
                continue;
            }
            String path = read.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                if (path.startsWith(id.getKey())) {
                    path = id.getValue().isEmpty() ? path : path.replace("{id}", id.getValue());
                }
            }
            path = path.replace("{revision}", "1")
                    .replace("{slug}", "main")
                    .replace("{number}", draft.getString("number"));
            RequestSpecification request = RestAssured.given();
            for (JsonNode parameter : read.operation().path("parameters")) {
                String name = parameter.path("name").asText();
                if ("path".equals(parameter.path("in").asText())
                        && parameter.path("schema").has("enum")) {
                    path = path.replace(
                            "{" + name + "}",
                            parameter.path("schema").path("enum").get(0).asText());
                }
                if ("query".equals(parameter.path("in").asText())
                        && query.containsKey(name)
                        && parameter.path("required").asBoolean()) {
                    request.queryParam(name, query.get(name));
                }
            }
            // ids of records this scenario does not create (an objection, a user): a 404, nothing to check
            path = path.replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
            Response response = request.get(path);
            if (response.statusCode() != 200) {
                continue;
            }
            String etag = response.getHeader("ETag");
            if (etag == null || response.getHeader("Last-Modified") == null) {
                failures.add(path + ": ETag " + etag + ", Last-Modified " + response.getHeader("Last-Modified"));
                continue;
            }
            RequestSpecification again = RestAssured.given().header("If-None-Match", etag);
            for (JsonNode parameter : read.operation().path("parameters")) {
                String name = parameter.path("name").asText();
                if ("query".equals(parameter.path("in").asText())
                        && query.containsKey(name)
                        && parameter.path("required").asBoolean()) {
                    again.queryParam(name, query.get(name));
                }
            }
            Response conditional = again.get(path);
            if (conditional.statusCode() != 304 || !conditional.asString().isEmpty()) {
                failures.add(path + " with If-None-Match → " + conditional.statusCode());
            }
            checked.add(path);
        }
        assertThat(failures).isEmpty();
        assertThat(checked)
                .hasSizeGreaterThan(15)
                .contains(
                        "/api/v1/organizations/export",
                        "/api/v1/accounts/export",
                        "/api/v1/open-data",
                        "/api/v1/open-data/campaigns/" + s.campaign() + "/datapackage.json",
                        "/api/v1/open-data/campaigns/" + s.campaign() + "/files/evaluations.csv",
                        "/api/v1/evaluations/" + s.primary(),
                        "/api/v1/bulletins/issues/" + issueId,
                        "/api/v1/bulletins/issues/" + issueId + "/revisions/1",
                        "/api/v1/bulletins/issues/" + issueId + "/html",
                        "/api/v1/bulletins/issues/" + issueId + "/pdf",
                        "/api/v1/bulletins/issues/" + issueId + "/revisions/1/pdf",
                        "/api/v1/bulletins/feed",
                        "/api/v1/bulletins/series/main/feed",
                        "/api/v1/bulletins/series/main/issues/" + draft.getString("number"));

        // the published issue's formats may be cached by anyone, per language; a revision's PDF never changes
        for (String format : List.of("/html", "/pdf", "/revisions/1/pdf")) {
            Response first = RestAssured.given().get("/api/v1/bulletins/issues/" + issueId + format);
            Response again = RestAssured.given()
                    .header("If-None-Match", first.getHeader("ETag"))
                    .get("/api/v1/bulletins/issues/" + issueId + format);
            for (Response r : List.of(first, again)) {
                assertThat(r.getHeader("Cache-Control")).as(format).startsWith("public");
                assertThat(r.getHeader("Vary")).as(format).contains("Accept-Language");
            }
            assertThat(again.statusCode()).isEqualTo(304);
            if (format.startsWith("/revisions")) {
                assertThat(first.getHeader("Cache-Control")).contains("immutable");
                assertThat(again.getHeader("Cache-Control")).contains("immutable");
            }
        }
    }

    /** Whether the operation's security admits a caller with no credentials (an empty requirement). */
    private static boolean anonymous(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
