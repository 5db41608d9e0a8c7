package ru.digitalbridge.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import ru.digitalbridge.methodology.CriteriaCatalog;

/**
 * The demo registry and monitoring history at a small scale (0.05), loaded once per test database beside other tests'
 * data: external ids are made unique and the demo users' e-mails carry a marker, so a later run finds them.
 */
final class PublicDemo {
    static final String MARKER = "+publicscan@";

    /**
     * Its own seed: the generator's ids follow from the seed, and this data is committed, so it must not share ids with
     * the loader tests, which insert (and roll back) the data of seed 2022.
     */
    private static final long SEED = 7_2022;

    private PublicDemo() {}

    static void load(DataSource dataSource, CriteriaCatalog catalog) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (number(connection, "select count(*) from app_user where email like '%" + MARKER + "%'") > 0) {
                return;
            }
            connection.setAutoCommit(false);
            DemoData generated = DemoDataLoaderTest.uniqueKeys(
                    DemoDataGenerator.generate(0.05, SEED, DemoDataLoaderTest.municipalities(connection)));
            DemoData registry = new DemoData(
                    generated.organizations(),
                    generated.accounts(),
                    generated.users().stream()
                            .map(u -> new DemoData.User(
                                    u.id(),
                                    u.email().replace("@", MARKER),
                                    u.fullName(),
                                    u.roles(),
                                    u.organizationId()))
                            .toList());
            DemoDataLoader.insert(connection, registry, DemoDataService.passwordHash());
            List<DemoData.User> users = DemoDataLoader.storedUsers(connection, registry.users());
            try (DemoMonitoring history = DemoMonitoringGenerator.generate(
                    registry,
                    users,
                    catalog.criteria(DemoMonitoringGenerator.METHODOLOGY),
                    0.05,
                    SEED,
                    OffsetDateTime.now())) {
                DemoDataLoader.insert(connection, history);
            }
            connection.commit();
        }
    }

    /** The published demo campaigns (their experts are demo users), oldest period first. */
    static List<UUID> publishedCampaigns(DataSource dataSource) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection
                        .createStatement()
                        .executeQuery("select c.id from campaign c where c.stage = 'PUBLISHED' and exists (select 1"
                                + " from campaign_expert e join app_user u on u.id = e.user_id"
                                + " where e.campaign_id = c.id and u.email like '%" + MARKER + "%')"
                                + " order by c.period, c.published_at, c.id")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** The demo coordinator's e-mail as loaded here (a unique tag and the marker added). */
    static String coordinator(DataSource dataSource) throws SQLException {
        String[] parts = DemoRatings.COORDINATOR.split("@");
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select email from app_user where email like ?")) {
            statement.setString(1, parts[0] + "+%" + MARKER + parts[1]);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static long number(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
