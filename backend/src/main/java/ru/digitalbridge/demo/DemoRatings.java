package ru.digitalbridge.demo;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.digitalbridge.monitoring.evaluations.EvaluationCaller;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationAnswerInput;
import ru.digitalbridge.monitoring.evaluations.EvaluationRequests.EvaluationCorrectionRequest;
import ru.digitalbridge.monitoring.evaluations.EvaluationService;
import ru.digitalbridge.rating.RatingSnapshots;

/**
 * The demo's ratings, after the bulk load has committed: a snapshot of every published demo campaign, oldest period
 * first so that each compares with the one before, then one correction after publication by the demo coordinator
 * (the first evaluation of the newest published campaign that failed a yes/no criterion now meets it), which gives
 * that campaign's rating a second revision with a changelog entry. Each snapshot holds one campaign's evaluations
 * (thousands at scale 10), each computed in its own transaction.
 */
@ApplicationScoped
public class DemoRatings {
    static final String CORRECTION_REASON =
            "Организация показала, что телефон приёмной был указан в закреплённой записи на момент проверки";

    static final String COORDINATOR = "coordinator@demo.bridge";

    private final AgroalDataSource dataSource;
    private final RatingSnapshots snapshots;
    private final EvaluationService evaluations;

    DemoRatings(AgroalDataSource dataSource, RatingSnapshots snapshots, EvaluationService evaluations) {
        this.dataSource = dataSource;
        this.snapshots = snapshots;
        this.evaluations = evaluations;
    }

    /** Returns the number of snapshots computed (the correction's included). */
    @ActivateRequestContext
    public int rate() {
        List<UUID> published = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select id from campaign where stage = 'PUBLISHED' order by period, published_at, id");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                published.add(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the demo campaigns: " + e.getMessage(), e);
        }
        return rate(published, COORDINATOR);
    }

    /**
     * Rates the given published campaigns (oldest period first) and corrects the newest as the coordinator with the
     * given e-mail; returns the number of snapshots computed.
     */
    @ActivateRequestContext
    int rate(List<UUID> published, String coordinatorEmail) {
        if (published.isEmpty()) {
            return 0;
        }
        UUID evaluation = null;
        UUID criterion = null;
        UUID coordinator = null;
        String coordinatorName = null;
        try (Connection connection = dataSource.getConnection()) {
            try (var statement = connection.prepareStatement("""
                            select e.id, a.criterion_id
                              from evaluation e
                              join evaluation_answer a on a.evaluation_id = e.id
                              join criterion cr on cr.id = a.criterion_id
                             where e.campaign_id = ? and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
                               and cr.type = 'BOOLEAN' and a.value = 0 and not a.not_applicable
                             order by e.id, cr.position
                             limit 1
                            """)) {
                statement.setObject(1, published.get(published.size() - 1));
                try (var rows = statement.executeQuery()) {
                    if (rows.next()) {
                        evaluation = rows.getObject(1, UUID.class);
                        criterion = rows.getObject(2, UUID.class);
                    }
                }
            }
            try (var statement = connection.prepareStatement("select id, full_name from app_user where email = ?")) {
                statement.setString(1, coordinatorEmail);
                try (var rows = statement.executeQuery()) {
                    if (rows.next()) {
                        coordinator = rows.getObject(1, UUID.class);
                        coordinatorName = rows.getString(2);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the demo campaigns: " + e.getMessage(), e);
        }
        for (UUID campaign : published) {
            snapshots.compute(campaign, null);
        }
        if (evaluation == null || coordinator == null) {
            return published.size();
        }
        evaluations.correct(
                new EvaluationCaller(coordinator, coordinatorName, Set.of("COORDINATOR"), null),
                evaluation,
                new EvaluationCorrectionRequest(
                        null,
                        CORRECTION_REASON,
                        List.of(new EvaluationAnswerInput(criterion, BigDecimal.ONE, null, null, null, null, null))));
        return published.size() + 1;
    }
}
