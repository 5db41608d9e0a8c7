package ru.digitalbridge.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.digitalbridge.common.paging.PageQuery;
import ru.digitalbridge.support.Api;

/** Paging bounds and the characters refused in client text (ClientText), through HTTP on several endpoints. */
@QuarkusTest
class ClientInputTest {
    static final List<String> PAGED_LISTS = List.of(
            "/api/v1/organizations",
            "/api/v1/accounts",
            "/api/v1/criteria-sets",
            "/api/v1/campaigns",
            "/api/v1/assignments",
            "/api/v1/evaluations",
            "/api/v1/objections",
            "/api/v1/audit",
            "/api/v1/users");

    static Stream<String> pagedLists() {
        return PAGED_LISTS.stream();
    }

    @ParameterizedTest
    @MethodSource("pagedLists")
    void aPageBeyondTheBoundIsA400NamingPage(String list) {
        for (String page : List.of("2147483647", "21474837", String.valueOf(PageQuery.MAX_PAGE + 1))) {
            Api.asAdmin()
                    .queryParam("page", page)
                    .queryParam("size", 200)
                    .get(list)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("page"));
        }
    }

    @ParameterizedTest
    @MethodSource("pagedLists")
    void theLastAllowedPageIsEmpty(String list) {
        Api.asAdmin()
                .queryParam("page", PageQuery.MAX_PAGE)
                .queryParam("size", 200)
                .get(list)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(PageQuery.MAX_PAGE));
    }

    /** The refused characters, as JSON escapes. */
    static final List<String> REFUSED = List.of(
            "\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u202e", "\\u2066", "\\u200b", "\\u200d",
            "\\u2060", "\\ufeff", "\\ud800", "\\udc00");

    record Target(String name, String method, String path, String template, String field) {}

    static final String EVALUATION = "/api/v1/evaluations/" + UUID.randomUUID() + "/answers";
    static final List<Target> TARGETS = List.of(
            new Target(
                    "sign-in",
                    "POST",
                    "/api/v1/auth/login",
                    "{\"email\":\"x%sy@example.org\",\"password\":\"p\"}",
                    "email"),
            new Target("organization", "POST", "/api/v1/organizations", "{\"name\":\"Школа%s\"}", "name"),
            new Target(
                    "account",
                    "POST",
                    "/api/v1/accounts",
                    "{\"url\":\"https://vk.com/club1%s\",\"displayName\":\"x\"}",
                    "url"),
            new Target("user", "POST", "/api/v1/users", "{\"email\":\"a@b.ru\",\"fullName\":\"Иван%s\"}", "fullName"),
            new Target("criteria set", "POST", "/api/v1/criteria-sets", "{\"name\":\"Набор%s\"}", "name"),
            new Target("campaign", "POST", "/api/v1/campaigns", "{\"title\":\"Кампания%s\"}", "title"),
            new Target(
                    "evaluation answers",
                    "PUT",
                    EVALUATION,
                    "{\"version\":0,\"answers\":[{\"criterionId\":\"" + UUID.randomUUID()
                            + "\",\"recommendation\":\"текст%s\"}]}",
                    "answers[0].recommendation"));

    static Stream<Arguments> bodies() {
        return TARGETS.stream().flatMap(t -> REFUSED.stream().map(c -> Arguments.of(t.name(), t, c)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("bodies")
    void aRefusedCharacterInABodyIsA400NamingTheField(String name, Target target, String character) {
        Api.asAdmin()
                .header("X-Forwarded-For", Api.uniqueAddress())
                .body(target.template().formatted(character))
                .request(target.method(), target.path())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(target.field()))
                .body("detail", not(containsString("Exception")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%E2%80%AE", "%E2%80%8B", "%0A", "%1B"})
    void aRefusedCharacterInAQueryOrPathParameterIsA400NamingIt(String character) {
        List<String[]> cases = List.of(
                new String[] {"/api/v1/audit?actor=a" + character, "actor"},
                new String[] {"/api/v1/organizations?q=школа" + character, "q"},
                new String[] {"/api/v1/accounts?q=" + character, "q"},
                new String[] {"/api/v1/users?q=x" + character, "q"},
                new String[] {"/api/v1/organizations/" + UUID.randomUUID() + character, "id"});
        for (String[] c : cases) {
            admin().get(c[0])
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(c[1]));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Школа № 1\tкорпус 2", "Line one\nline two\r\n", "Эмодзи 👍 и ё", "Ǆ ﬁ ẞ"})
    void ordinaryTextIsAccepted(String text) {
        Api.asAdmin()
                .body(java.util.Map.of(
                        "name",
                        text + " " + Api.unique(),
                        "kind",
                        "MUNICIPAL_INSTITUTION",
                        "sector",
                        "EDUCATION",
                        "municipalityId",
                        "64000000-0000-4000-8000-000000000005"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
    }

    private static RequestSpecification admin() {
        return given().urlEncodingEnabled(false).header("Authorization", "Bearer " + Api.adminToken());
    }
}
