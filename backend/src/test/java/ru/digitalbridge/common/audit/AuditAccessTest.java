package ru.digitalbridge.common.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;
import static ru.digitalbridge.support.Api.createUser;
import static ru.digitalbridge.support.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.security.Role;

/** The audit log shows each reader only entries about records the reader may read, personal fields to admins only. */
@QuarkusTest
class AuditAccessTest {

    @Inject
    DataSource dataSource;

    private static String coordinatorKey() {
        return asAdmin()
                .body(Map.of("name", "Аудит " + unique(), "roles", List.of("COORDINATOR")))
                .post("/api/v1/api-clients")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    private static RequestSpecification withKey(String key) {
        return given().accept("application/json").header("X-API-Key", key);
    }

    @Test
    void coordinatorsAndCoordinatorKeysSeeNoUserOrApiClientEntriesAdminsDo() {
        String email = "audited-" + unique() + "@bridge.test";
        UUID user = createUser(email, List.of(Role.LEARNER), null);
        String key = coordinatorKey();

        for (RequestSpecification reader : List.of(as(Role.COORDINATOR), withKey(key))) {
            for (String type : List.of("user", "api-client")) {
                reader.queryParam("entityType", type)
                        .get("/api/v1/audit")
                        .then()
                        .statusCode(200)
                        .body("items", empty())
                        .body("total", equalTo(0));
            }
            reader.queryParam("entityId", user.toString())
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .body("items", empty());
            reader.queryParam("size", 100)
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .body("items.entityType", everyItem(not(org.hamcrest.Matchers.in(List.of("user", "api-client")))))
                    .body("toString()", not(org.hamcrest.Matchers.containsString(email)));
        }
        asAdmin()
                .queryParam("entityId", user.toString())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.entityType", hasItem("user"))
                .body("items[0].summary.after.email", equalTo(email));
        asAdmin()
                .queryParam("entityType", "api-client")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", not(empty()));
    }

    @Test
    void theActorFilterTakesWildcardsLiterally() {
        // entries exist (this class writes some), yet no actor's address holds a percent sign or a backslash
        createUser("wildcard-" + unique() + "@bridge.test", List.of(Role.LEARNER), null);
        asAdmin().get("/api/v1/audit").then().statusCode(200).body("total", not(equalTo(0)));
        for (String actor : List.of("%", "\\", "%@%")) {
            asAdmin()
                    .queryParam("actor", actor)
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0))
                    .body("items", empty());
        }
    }

    @Test
    void personalFieldsInOtherEntriesAreMaskedForAllButAdmins() throws Exception {
        String email = "expert-" + unique() + "@bridge.test";
        String entity = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement("insert into audit_log (action, entity_type, entity_id, summary)"
                                + " values ('experts', 'campaign', ?, ?::jsonb)")) {
            insert.setString(1, entity);
            insert.setString(
                    2,
                    "{\"after\":{\"experts\":[{\"userId\":\"" + UUID.randomUUID() + "\",\"fullName\":\"Эксперт\","
                            + "\"email\":\"" + email + "\",\"phone\":\"+7 900 000-00-00\"}]}}");
            insert.executeUpdate();
        }
        as(Role.COORDINATOR)
                .queryParam("entityId", entity)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].summary.after.experts[0].email", equalTo("***"))
                .body("items[0].summary.after.experts[0].phone", equalTo("***"))
                .body("items[0].summary.after.experts[0].fullName", equalTo("Эксперт"));
        withKey(coordinatorKey())
                .queryParam("entityId", entity)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].summary.after.experts[0].email", equalTo("***"));
        asAdmin()
                .queryParam("entityId", entity)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].summary.after.experts[0].email", equalTo(email))
                .body("items[0].id", notNullValue());
    }
}
