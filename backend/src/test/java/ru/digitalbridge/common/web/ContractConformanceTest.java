package ru.digitalbridge.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.security.Role;
import ru.digitalbridge.support.ContractOperations;
import ru.digitalbridge.support.DocumentedResponses;

/**
 * Real requests and responses checked against the contract the application serves ({@code /q/openapi}, the same
 * document the build writes to openapi.yaml): success bodies, problem responses, and the request side, which must
 * refuse what the server refuses (unknown properties, ids that are not UUIDs, values outside an enum).
 */
@QuarkusTest
class ContractConformanceTest {
    /** Балаковский муниципальный район (V003). */
    private static final String BALAKOVO = "64000000-0000-4000-8000-000000000005";

    private static OpenApiInteractionValidator both;
    private static OpenApiInteractionValidator responses;
    private static JsonPath served;

    /** Loaded on first use: RestAssured knows the test port only once a test runs. */
    @BeforeEach
    void loadContract() {
        if (both != null) {
            return;
        }
        String contract = ContractOperations.documentText();
        served = JsonPath.from(contract);
        both = OpenApiInteractionValidator.createForInlineApiSpecification(contract)
                .build();
        // For requests the contract refuses on purpose: only the response is checked.
        responses = OpenApiInteractionValidator.createForInlineApiSpecification(contract)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    private static OpenApiValidationFilter conforming() {
        return new OpenApiValidationFilter(both);
    }

    private static OpenApiValidationFilter responseConforming() {
        return new OpenApiValidationFilter(responses);
    }

    private static Map<String, Object> organization() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Контрактная школа " + UUID.randomUUID());
        body.put("kind", "MUNICIPAL_INSTITUTION");
        body.put("sector", "EDUCATION");
        body.put("municipalityId", BALAKOVO);
        return body;
    }

    @Test
    void accountSearchMatchesTheContract() {
        anonymous().filter(conforming()).get("/api/v1/accounts?size=5").then().statusCode(200);
    }

    @Test
    void organizationCreateAndReadMatchTheContract() {
        String id = as(Role.COORDINATOR)
                .filter(conforming())
                .body(organization())
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        anonymous()
                .filter(conforming())
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);
        anonymous()
                .filter(conforming())
                .get("/api/v1/organizations?municipality=" + BALAKOVO + "&sort=-updatedAt&size=3")
                .then()
                .statusCode(200);
    }

    @Test
    void aValidationProblemMatchesTheContract() {
        Map<String, Object> body = organization();
        body.put("name", "");
        as(Role.COORDINATOR)
                .filter(responseConforming())
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aNotFoundProblemMatchesTheContract() {
        anonymous()
                .filter(conforming())
                .get("/api/v1/organizations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAccessProblemMatchesTheContract() {
        as(Role.EXPERT)
                .filter(conforming())
                .body(organization())
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAuthenticationProblemMatchesTheContract() {
        anonymous()
                .filter(responseConforming())
                .body(organization())
                .post("/api/v1/organizations")
                .then()
                .statusCode(401);
    }

    @Test
    void theSignedInUserMatchesTheContract() {
        as(Role.EXPERT).filter(conforming()).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void unknownPropertiesAreRefusedByTheServerAndTheContract() {
        Map<String, Object> body = organization();
        body.put("nickname", "unknown");
        as(Role.COORDINATOR)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // The validator does not apply an explicit additionalProperties: false of an OpenAPI 3.1 request schema, so
        // the contract's own words are checked.
        assertThat(served.getBoolean("components.schemas.CreateOrganizationRequest.additionalProperties"))
                .as("the contract refuses unknown properties")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/organizations?municipality=not-a-uuid",
                "/api/v1/accounts?organization=42",
                "/api/v1/accounts?sort=size",
                "/api/v1/organizations/export?format=pdf",
                "/api/v1/accounts?size=201"
            })
    void queriesTheServerRefusesAreRefusedByTheContract(String url) {
        anonymous().get(url).then().statusCode(400).body("status", equalTo(400));
        String path = url.substring(0, url.indexOf('?'));
        String[] query = url.substring(url.indexOf('?') + 1).split("=", 2);
        Request request = SimpleRequest.Builder.get(path)
                .withQueryParam(query[0], query[1])
                .build();
        assertThat(both.validateRequest(request).hasErrors())
                .as("the contract refuses %s", url)
                .isTrue();
    }

    /**
     * The check every test's responses go through ({@link DocumentedResponses}, installed for all tests): a status the
     * operation does not list is refused even though {@code default} would match it, and so is a content type the
     * contract does not give for that status.
     */
    @Test
    void everyResponseMustBeInTheContract() throws Exception {
        String id = UUID.randomUUID().toString();
        Response missing = anonymous().get("/api/v1/organizations/" + id);
        assertThat(missing.statusCode()).isEqualTo(404);
        DocumentedResponses.Contract served = DocumentedResponses.Contract.load(URI.create(
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/q/openapi?format=json"));
        assertThat(DocumentedResponses.check(served, "GET", "/api/v1/organizations/" + id, missing))
                .as("a documented 404 problem")
                .isNull();

        // the same operation in a contract that lists only its 200 (and default)
        String onlyOk = """
                {"/api/v1/organizations/{id}": {"get": {"operationId": "getOrganization", "responses": {
                  "200": {"content": {"application/json": {}}}, "default": {"content": {"application/problem+json": {}}}}}},
                 "/api/v1/organizations/export": {"get": {"operationId": "exportOrganizations", "responses": {}}}}
                """;
        DocumentedResponses.Contract narrow = new DocumentedResponses.Contract(new ObjectMapper().readTree(onlyOk));
        assertThat(DocumentedResponses.check(narrow, "GET", "/api/v1/organizations/" + id, missing))
                .as("404 is not listed; default does not count")
                .startsWith("Undocumented status: GET /api/v1/organizations/{id} (getOrganization) answered 404");
        assertThat(narrow.operation("GET", "/api/v1/organizations/export").getKey())
                .as("a literal path segment beats a template")
                .isEqualTo("/api/v1/organizations/export");

        // a 404 documented without the problem content type
        String plain = onlyOk.replace(
                "\"200\": {\"content\": {\"application/json\": {}}}", "\"404\": {\"content\": {\"text/plain\": {}}}");
        assertThat(DocumentedResponses.check(
                        new DocumentedResponses.Contract(new ObjectMapper().readTree(plain)),
                        "GET",
                        "/api/v1/organizations/" + id,
                        missing))
                .as("the content type must be one the contract gives")
                .startsWith("Undocumented content type");
    }
}
