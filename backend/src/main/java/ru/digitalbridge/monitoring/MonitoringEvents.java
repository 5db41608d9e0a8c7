package ru.digitalbridge.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.outbox.EventTypes;
import ru.digitalbridge.outbox.Outbox;

/**
 * Writes monitoring's domain events to the outbox, in the transaction of the change. Payloads carry ids and links,
 * never people (the expert of an evaluation is not named; a channel that needs them reads them by the id).
 */
@ApplicationScoped
public class MonitoringEvents {
    private final Outbox outbox;
    private final Sql db;

    MonitoringEvents(Outbox outbox, Sql db) {
        this.outbox = outbox;
        this.db = db;
    }

    /** One evaluation changed; {@code type} is one of the {@code EVALUATION_*} constants of {@link EventTypes}. */
    public void evaluation(String type, UUID evaluationId) {
        evaluations(type, List.of(evaluationId));
    }

    /** Several evaluations changed alike (assignment, publication of a campaign): one event each. */
    public void evaluations(String type, List<UUID> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return;
        }
        for (Object[] row : db.list(
                "select id, campaign_id, account_id, status, revision from evaluation where id = any(?) order by id",
                rs -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getInt(5)
                },
                (Object) Sql.uuids(evaluationIds))) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("id", row[0]);
            payload.put("campaignId", row[1]);
            payload.put("accountId", row[2]);
            payload.put("status", row[3]);
            payload.put("revision", row[4]);
            payload.put("link", "/api/v1/evaluations/" + row[0]);
            outbox.publish(type, "evaluation", row[0], payload);
        }
    }

    /** The evaluations of a campaign in one role ({@code PRIMARY}, {@code SECOND}). */
    public List<UUID> evaluationsOf(UUID campaignId, String role) {
        return db.list(
                "select id from evaluation where campaign_id = ? and role = ?",
                rs -> rs.getObject(1, UUID.class),
                campaignId,
                role);
    }

    public void campaignStageChanged(UUID campaignId, String from, String to) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", campaignId);
        payload.put("from", from);
        payload.put("to", to);
        payload.put("link", "/api/v1/campaigns/" + campaignId);
        outbox.publish(EventTypes.CAMPAIGN_STAGE_CHANGED, "campaign", campaignId, payload);
    }

    /** {@code type}: {@link EventTypes#OBJECTION_FILED} or {@link EventTypes#OBJECTION_RESOLVED}. */
    public void objection(String type, UUID objectionId, UUID evaluationId, String status) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", objectionId);
        payload.put("evaluationId", evaluationId);
        payload.put("status", status);
        payload.put("link", "/api/v1/objections/" + objectionId);
        outbox.publish(type, "objection", objectionId, payload);
    }
}
