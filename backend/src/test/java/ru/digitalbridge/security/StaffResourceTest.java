package ru.digitalbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static ru.digitalbridge.support.Api.anonymous;
import static ru.digitalbridge.support.Api.as;
import static ru.digitalbridge.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.support.Api;

/** The staff list for pickers: active coordinators and administrators, id and name only, for staff only. */
@QuarkusTest
class StaffResourceTest {

    @Test
    void staffSeeActiveCoordinatorsAndAdministratorsByNameOnly() {
        String name = "Штат " + Api.unique();
        UUID coordinator = user(name + " координатор", List.of(Role.COORDINATOR));
        UUID admin = user(name + " администратор", List.of(Role.ADMIN));
        UUID expert = user(name + " эксперт", List.of(Role.EXPERT));
        UUID retired = user(name + " бывший", List.of(Role.COORDINATOR));
        JsonPath user = asAdmin()
                .get("/api/v1/users/" + retired)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        asAdmin()
                .body(Map.of(
                        "fullName", user.getString("fullName"),
                        "roles", List.of("COORDINATOR"),
                        "active", false,
                        "version", user.getInt("version")))
                .put("/api/v1/users/" + retired)
                .then()
                .statusCode(200);

        JsonPath both = as(Role.COORDINATOR)
                .queryParam("q", name)
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(both.getList("items.id")).containsExactlyInAnyOrder(coordinator.toString(), admin.toString());
        assertThat(both.getLong("total")).isEqualTo(2);
        // id and name, nothing else: no address, no roles
        assertThat(both.getMap("items[0]").keySet()).containsExactlyInAnyOrder("id", "displayName");
        assertThat(both.getList("items.displayName")).containsExactly(name + " администратор", name + " координатор");

        asAdmin()
                .queryParam("q", name)
                .queryParam("role", "COORDINATOR")
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(coordinator.toString()))
                .body("items[0].displayName", equalTo(name + " координатор"));
        assertThat(expert).isNotNull();
    }

    @Test
    void trainersAreListedWhenAskedForByRoleOnly() {
        String name = "Тренер " + Api.unique();
        UUID trainer = user(name + " один", List.of(Role.TRAINER));
        UUID both = user(name + " два", List.of(Role.TRAINER, Role.COORDINATOR));
        UUID expert = user(name + " эксперт", List.of(Role.EXPERT));
        as(Role.COORDINATOR)
                .queryParam("q", name)
                .queryParam("role", "TRAINER")
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(both.toString(), trainer.toString()))
                .body("items[0].keySet()", containsInAnyOrder("id", "displayName"));
        // without a role the list stays coordinators and administrators: a trainer only is not there
        as(Role.COORDINATOR)
                .queryParam("q", name)
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("items.id", contains(both.toString()));
        assertThat(expert).isNotNull();
    }

    @Test
    void searchTakesPercentUnderscoreAndBackslashLiterally() {
        String tag = "Знаки " + Api.unique();
        UUID percent = user(tag + " 100% план", List.of(Role.COORDINATOR));
        UUID digits = user(tag + " 1000 план", List.of(Role.COORDINATOR));
        UUID underscore = user(tag + " a_b", List.of(Role.COORDINATOR));
        UUID letter = user(tag + " axb", List.of(Role.COORDINATOR));
        UUID backslash = user(tag + " c\\d", List.of(Role.COORDINATOR));
        Map<String, UUID> expected = Map.of(" 100%", percent, " a_b", underscore, " c\\d", backslash);
        for (Map.Entry<String, UUID> search : expected.entrySet()) {
            // the staff picker (a coordinator) and the user list (an administrator) find the one literal match
            as(Role.COORDINATOR)
                    .queryParam("q", tag + search.getKey())
                    .get("/api/v1/staff")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(search.getValue().toString()));
            asAdmin()
                    .queryParam("q", tag.toUpperCase() + search.getKey())
                    .get("/api/v1/users")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(search.getValue().toString()));
        }
        // and the plain text still finds both of its neighbours
        as(Role.COORDINATOR)
                .queryParam("q", tag + " 100")
                .get("/api/v1/staff")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(percent.toString(), digits.toString()));
        assertThat(letter).isNotNull();
    }

    @Test
    void onlyStaffMayListTheStaff() {
        anonymous().get("/api/v1/staff").then().statusCode(401);
        for (Role role : List.of(Role.EXPERT, Role.TRAINER, Role.LEARNER, Role.REPRESENTATIVE)) {
            as(role).get("/api/v1/staff").then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void badParametersAreProblems() {
        // a role outside the staff is a field error naming the parameter
        as(Role.COORDINATOR)
                .queryParam("role", "EXPERT")
                .get("/api/v1/staff")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("role"));
        as(Role.COORDINATOR)
                .queryParam("q", "x".repeat(101))
                .get("/api/v1/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("q"));
        as(Role.COORDINATOR)
                .queryParam("size", 0)
                .get("/api/v1/staff")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    private static UUID user(String fullName, List<Role> roles) {
        String id = asAdmin()
                .body(Map.of(
                        "email",
                        "staff-" + Api.unique() + "@example.org",
                        "fullName",
                        fullName,
                        "password",
                        Api.PASSWORD,
                        "roles",
                        roles))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }
}
