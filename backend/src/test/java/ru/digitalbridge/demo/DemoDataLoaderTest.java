package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Loads generated data into the test database inside a transaction that is rolled back, so the test leaves nothing
 * behind and does not care what else the database holds.
 */
@QuarkusTest
class DemoDataLoaderTest {

    @Inject
    DataSource dataSource;

    @Test
    void insertsExactlyWhatTheGeneratorProduced() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<DemoMunicipality> municipalities = municipalities(connection);
                DemoData data = uniqueKeys(DemoDataGenerator.generate(0.2, 2022, municipalities));

                int users = DemoDataLoader.insert(connection, data, DemoDataService.passwordHash());

                assertThat(users).isEqualTo(data.users().size());
                assertOrganizations(connection, data);
                assertAccounts(connection, data);
                assertUsers(connection, data);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void assertOrganizations(Connection connection, DemoData data) throws SQLException {
        Map<UUID, DemoData.Organization> expected = new HashMap<>();
        data.organizations().forEach(o -> expected.put(o.id(), o));
        int found = checkRows(
                connection,
                "select id, name, short_name, kind, sector, municipality_id, website, inn, ogrn, external_id,"
                        + " parent_id, status, created_at, updated_at, version from organization where id = any(?)",
                expected.keySet(),
                rows -> {
                    DemoData.Organization o = expected.get(rows.getObject("id", UUID.class));
                    assertThat(rows.getString("name")).isEqualTo(o.name());
                    assertThat(rows.getString("short_name")).isEqualTo(o.shortName());
                    assertThat(rows.getString("kind")).isEqualTo(o.kind());
                    assertThat(rows.getString("sector")).isEqualTo(o.sector());
                    assertThat(rows.getObject("municipality_id", UUID.class)).isEqualTo(o.municipalityId());
                    assertThat(rows.getString("website")).isEqualTo(o.website());
                    assertThat(rows.getString("inn")).isEqualTo(o.inn());
                    assertThat(rows.getString("ogrn")).isEqualTo(o.ogrn());
                    assertThat(rows.getString("external_id")).isEqualTo(o.externalId());
                    assertThat(rows.getObject("parent_id", UUID.class)).isEqualTo(o.parentId());
                    assertThat(rows.getString("status")).isEqualTo(o.status());
                    assertThat(rows.getObject("created_at", java.time.OffsetDateTime.class))
                            .isEqualTo(o.createdAt().withOffsetSameInstant(java.time.ZoneOffset.UTC));
                    assertThat(rows.getObject("updated_at", java.time.OffsetDateTime.class))
                            .isEqualTo(o.updatedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC));
                    assertThat(rows.getLong("version")).isZero();
                });
        assertThat(found).isEqualTo(data.organizations().size());
    }

    private static void assertAccounts(Connection connection, DemoData data) throws SQLException {
        Map<UUID, DemoData.Organization> organizations = new HashMap<>();
        data.organizations().forEach(o -> organizations.put(o.id(), o));
        Map<UUID, DemoData.Account> expected = new HashMap<>();
        data.accounts().forEach(a -> expected.put(a.id(), a));
        int found = checkRows(
                connection,
                "select id, organization_id, platform, url, normalized_url, display_name, status, official,"
                        + " external_id, municipality_id, search_text from account where id = any(?)",
                expected.keySet(),
                rows -> {
                    DemoData.Account a = expected.get(rows.getObject("id", UUID.class));
                    DemoData.Organization o = organizations.get(a.organizationId());
                    assertThat(rows.getObject("organization_id", UUID.class)).isEqualTo(a.organizationId());
                    assertThat(rows.getString("platform")).isEqualTo(a.platform());
                    assertThat(rows.getString("url")).isEqualTo(a.url());
                    assertThat(rows.getString("normalized_url")).isEqualTo(a.normalizedUrl());
                    assertThat(rows.getString("display_name")).isEqualTo(a.displayName());
                    assertThat(rows.getString("status")).isEqualTo(a.status());
                    assertThat(rows.getBoolean("official")).isEqualTo(a.official());
                    assertThat(rows.getString("external_id")).isEqualTo(a.externalId());
                    assertThat(rows.getObject("municipality_id", UUID.class)).isEqualTo(o.municipalityId());
                    assertThat(rows.getString("search_text")).contains(a.displayName(), o.name());
                });
        assertThat(found).isEqualTo(data.accounts().size());
    }

    private interface RowCheck {
        void check(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql}, whose one parameter is {@code any(?)} of {@code ids}, checks each row; returns the count. */
    private static int checkRows(Connection connection, String sql, Collection<UUID> ids, RowCheck check)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            int found = 0;
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found++;
                    check.check(rows);
                }
            }
            return found;
        }
    }

    private static void assertUsers(Connection connection, DemoData data) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select email, full_name, password_hash, roles, organization_id, active from app_user where id = ?")) {
            for (DemoData.User user : data.users()) {
                statement.setObject(1, user.id());
                try (var rows = statement.executeQuery()) {
                    assertThat(rows.next()).as(user.email()).isTrue();
                    assertThat(rows.getString("email")).isEqualTo(user.email());
                    assertThat(rows.getString("full_name")).isEqualTo(user.fullName());
                    assertThat((String[]) rows.getArray("roles").getArray()).containsExactlyElementsOf(user.roles());
                    assertThat(rows.getObject("organization_id", UUID.class)).isEqualTo(user.organizationId());
                    assertThat(rows.getBoolean("active")).isTrue();
                    assertThat(BcryptUtil.matches(DemoDataGenerator.DEMO_PASSWORD, rows.getString("password_hash")))
                            .isTrue();
                }
            }
        }
    }

    /**
     * The same data with external ids, URLs and e-mails made unique to this run, so that it cannot collide with rows other
     * tests (or an earlier demo load) committed in the shared test database.
     */
    static DemoData uniqueKeys(DemoData data) {
        String run = Long.toString(System.nanoTime(), 36);
        var organizations = data.organizations().stream()
                .map(o -> o.withExternalId(o.externalId() == null ? null : o.externalId() + "-" + run))
                .toList();
        var accounts = data.accounts().stream()
                .map(a -> a.withKeys(
                        a.url() + run,
                        a.normalizedUrl() + run,
                        a.externalId() == null ? null : a.externalId() + "-" + run))
                .toList();
        var users = data.users().stream()
                .map(u -> new DemoData.User(
                        u.id(), u.email().replace("@", "+" + run + "@"), u.fullName(), u.roles(), u.organizationId()))
                .toList();
        return new DemoData(organizations, accounts, users);
    }

    /** The database's municipalities; a region of this transaction's own when reference data is not installed. */
    static List<DemoMunicipality> municipalities(Connection connection) throws SQLException {
        List<DemoMunicipality> existing = DemoDataLoader.municipalities(connection);
        if (!existing.isEmpty()) {
            return existing;
        }
        UUID region = UUID.randomUUID();
        String code = "t" + Long.toString(System.nanoTime(), 36);
        try (var statement = connection.prepareStatement("insert into region (id, code, name) values (?, ?, ?)")) {
            statement.setObject(1, region);
            statement.setString(2, code);
            statement.setString(3, "Саратовская область");
            statement.execute();
        }
        try (var statement = connection.prepareStatement("insert into municipality"
                + " (id, region_id, code, name, kind, center, sort_order) values (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (DemoMunicipality m : SaratovMunicipalities.all()) {
                statement.setObject(1, m.id());
                statement.setObject(2, region);
                statement.setString(3, code + "-" + m.code());
                statement.setString(4, m.name());
                statement.setString(5, m.kind());
                statement.setString(6, m.center());
                statement.setInt(7, ++n);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return DemoDataLoader.municipalities(connection);
    }
}
