package ru.digitalbridge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.digitalbridge.registry.Registry.organization;
import static ru.digitalbridge.registry.Registry.token;
import static ru.digitalbridge.support.Api.anonymous;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Registry lists count matches up to 1,000 past the current page (issue 7, §6): beyond that the total is 1,000
 * with {@code totalIsLowerBound} (the SPA says «более 1 000»); below it the total is exact.
 */
@QuarkusTest
class CappedCountTest {
    @Inject
    AgroalDataSource dataSource;

    /** {@code n} accounts of a new organization whose names contain {@code word}, inserted in one statement. */
    private String accounts(int n, String word) throws SQLException {
        String organization = organization();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into account (id, organization_id, platform, url, normalized_url, display_name,"
                                + " municipality_id) select gen_random_uuid(), o.id, 'VK', 'https://vk.com/' || ? || i,"
                                + " 'vk.com/' || ? || i, 'Аккаунт ' || ? || ' ' || i, o.municipality_id"
                                + " from organization o, generate_series(1, ?) i where o.id = ?")) {
            String prefix = "capped" + UUID.randomUUID().toString().replace("-", "");
            insert.setString(1, prefix);
            insert.setString(2, prefix);
            insert.setString(3, word);
            insert.setInt(4, n);
            insert.setObject(5, UUID.fromString(organization));
            insert.executeUpdate();
        }
        return organization;
    }

    @Test
    void moreThanAThousandMatchesAreCountedToTheCapAndMarked() throws SQLException {
        String word = token();
        String organization = accounts(1005, word);
        anonymous()
                .queryParam("organization", organization)
                .queryParam("size", 20)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items", hasSize(20))
                .body("total", equalTo(1000))
                .body("totalIsLowerBound", equalTo(true));
        anonymous()
                .queryParam("q", word)
                .queryParam("size", 20)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", equalTo(1000))
                .body("totalIsLowerBound", equalTo(true));
        // the last page is not full: its total is exact
        anonymous()
                .queryParam("organization", organization)
                .queryParam("size", 20)
                .queryParam("page", 50)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("total", equalTo(1005))
                .body("totalIsLowerBound", equalTo(false));
    }

    @Test
    void fewerMatchesHaveAnExactTotal() throws SQLException {
        String organization = accounts(45, token());
        anonymous()
                .queryParam("organization", organization)
                .queryParam("size", 20)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", equalTo(45))
                .body("totalIsLowerBound", equalTo(false));
    }

    /**
     * A search page is chosen among the accounts before their names are joined (RegistryQueries.ACCOUNT_PAGE), with a
     * plan made for each request's words: page after page, again and again (past the fifth execution, when
     * PostgreSQL may switch a prepared statement to a generic plan), the pages hold the whole list in order.
     */
    @Test
    void searchPagesCutTheOrderedListWithoutGapsOrRepeats() throws SQLException {
        String word = token();
        String organization = accounts(45, word);
        String municipality = anonymous()
                .get("/api/v1/organizations/" + organization)
                .then()
                .statusCode(200)
                .extract()
                .path("municipality.id");
        List<String> all = anonymous()
                .queryParam("q", word)
                .queryParam("municipality", municipality)
                .queryParam("size", 45)
                .get("/api/v1/accounts")
                .then()
                .statusCode(200)
                .body("total", equalTo(45))
                .extract()
                .path("items.id");
        for (int round = 0; round < 2; round++) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page < 7; page++) {
                List<String> ids = anonymous()
                        .queryParam("q", word)
                        .queryParam("municipality", municipality)
                        .queryParam("size", 7)
                        .queryParam("page", page)
                        .get("/api/v1/accounts")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(45))
                        .body("items[0].organization.id", equalTo(organization))
                        .extract()
                        .path("items.id");
                paged.addAll(ids);
            }
            assertThat(paged).containsExactlyElementsOf(all);
        }
    }
}
