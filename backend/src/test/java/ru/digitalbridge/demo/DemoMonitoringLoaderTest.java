package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.digitalbridge.methodology.CriteriaCatalog;
import ru.digitalbridge.methodology.CriterionDefinition;

/**
 * Loads a scale-0.05 registry and its monitoring history into the test database the way the demo start-up does
 * (COPY on one connection), checks what landed with SQL, and rolls everything back.
 */
@QuarkusTest
class DemoMonitoringLoaderTest {

    @Inject
    DataSource dataSource;

    @Inject
    CriteriaCatalog catalog;

    @Test
    void loadsFourCampaignsWithConsistentEvaluationsObjectionsAndRevisions() throws SQLException {
        List<CriterionDefinition> criteria = catalog.criteria(DemoMonitoringGenerator.METHODOLOGY);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DemoData registry = DemoDataLoaderTest.uniqueKeys(
                        DemoDataGenerator.generate(0.05, 2022, DemoDataLoaderTest.municipalities(connection)));
                DemoDataLoader.insert(connection, registry, DemoDataService.passwordHash());
                List<DemoData.User> users = DemoDataLoader.storedUsers(connection, registry.users());
                assertThat(users).hasSameSizeAs(registry.users());
                DemoMonitoring history =
                        DemoMonitoringGenerator.generate(registry, users, criteria, 0.05, 2022, OffsetDateTime.now());

                DemoDataLoader.insert(connection, history);

                UUID[] campaigns = history.campaigns().stream()
                        .map(DemoMonitoring.Campaign::id)
                        .toArray(UUID[]::new);
                var ids = connection.createArrayOf("uuid", campaigns);
                assertThat(strings(
                                connection,
                                "select period || ' ' || stage from campaign where id = any(?)" + " order by period",
                                ids))
                        .containsExactly(
                                "2022-Q3 PUBLISHED",
                                "2022-Q4 PUBLISHED",
                                "2023-Q1 PUBLISHED",
                                "2023-Q2 REPLY",
                                "2023-Q3 EVALUATION");
                assertThat(number(
                                connection,
                                "select count(*) from campaign where id = any(?)"
                                        + " and stage = 'REPLY' and reply_opened_at < now() and reply_closes_at > now()",
                                ids))
                        .isEqualTo(1);
                assertThat(number(connection, "select count(*) from campaign_account where campaign_id = any(?)", ids))
                        .isEqualTo(history.campaignAccounts().size())
                        .isGreaterThanOrEqualTo(4 * DemoMonitoringGenerator.MIN_ACCOUNTS);
                assertThat(number(connection, "select count(*) from evaluation where campaign_id = any(?)", ids))
                        .isEqualTo(history.evaluations().size());
                assertThat(number(
                                connection,
                                "select count(*) from evaluation_answer a join evaluation e"
                                        + " on e.id = a.evaluation_id where e.campaign_id = any(?)",
                                ids))
                        .isEqualTo(history.answers().size());
                assertThat(number(
                                connection,
                                "select count(*) from evaluation e where e.campaign_id = any(?) and e.status <> 'DRAFT'"
                                        + " and (select count(*) from evaluation_answer a where a.evaluation_id = e.id) <> "
                                        + criteria.size(),
                                ids))
                        .isZero();
                assertThat(number(
                                connection,
                                "select count(*) from citizen_question q join evaluation e"
                                        + " on e.id = q.evaluation_id where e.campaign_id = any(?)",
                                ids))
                        .isEqualTo(history.questions().size());

                // the stored index is what the scoring formula gives over the stored answers
                assertThat(number(
                                connection,
                                "select count(*) from evaluation e where e.campaign_id = any(?)"
                                        + " and e.index_value is distinct from (select round(sum(a.weight_points) * 100"
                                        + " / sum(a.weight), 1) from (select c.weight, c.weight * ea.points / ea.max_points"
                                        + " as weight_points from evaluation_answer ea join criterion c on c.id = ea.criterion_id"
                                        + " where ea.evaluation_id = e.id and not ea.not_applicable and ea.points is not null) a)",
                                ids))
                        .isZero();
                assertThat(number(
                                connection,
                                "select count(*) from evaluation where campaign_id = any(?)"
                                        + " and role = 'PRIMARY' and status = 'PUBLISHED' and revision = 1"
                                        + " and final_index = index_value",
                                ids))
                        .isEqualTo(number(
                                connection,
                                "select count(*) from evaluation_revision r join evaluation e"
                                        + " on e.id = r.evaluation_id where e.campaign_id = any(?) and r.revision = 1"
                                        + " and r.index_value = e.index_value"
                                        + " and jsonb_array_length(r.answers) = " + criteria.size(),
                                ids))
                        .isGreaterThan(0);
                assertThat(number(
                                connection,
                                "select count(*) from evaluation e join campaign c on c.id = e.campaign_id"
                                        + " where c.id = any(?) and c.stage = 'REPLY' and e.role = 'PRIMARY'"
                                        + " and (e.status <> 'APPROVED' or e.initial_index is null)",
                                ids))
                        .isZero();
                assertThat(number(
                                connection,
                                "select count(*) from evaluation where campaign_id = any(?)" + " and role = 'SECOND'",
                                ids))
                        .isGreaterThanOrEqualTo(4);

                // the representative's objections: on their organization's evaluation, some still open
                assertThat(strings(
                                connection,
                                "select o.status from objection o join evaluation e on e.id = o.evaluation_id"
                                        + " join account a on a.id = e.account_id join app_user u on u.id = o.author_id"
                                        + " where e.campaign_id = any(?) and 'REPRESENTATIVE' = any(u.roles)"
                                        + " and u.organization_id = a.organization_id and o.organization_id = a.organization_id"
                                        + " order by o.status",
                                ids))
                        .contains("OPEN", "OPEN", "ACCEPTED", "REJECTED")
                        .hasSize(history.objections().size());
                assertThat(number(
                                connection,
                                "select count(*) from evaluation_event v join evaluation e"
                                        + " on e.id = v.evaluation_id where e.campaign_id = any(?) and v.action = 'published'",
                                ids))
                        .isEqualTo(history.revisions().size());
            } finally {
                connection.rollback();
            }
        }
    }

    private static long number(Connection connection, String sql, java.sql.Array ids) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql, java.sql.Array ids) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, ids);
            var out = new java.util.ArrayList<String>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
            return out;
        }
    }
}
