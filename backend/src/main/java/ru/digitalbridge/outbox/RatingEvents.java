package ru.digitalbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The hook for the rating feature: call {@link #snapshotPublished} in the transaction that publishes a rating snapshot,
 * so that subscribers hear of it exactly when the snapshot is committed.
 */
@ApplicationScoped
public class RatingEvents {
    private final Outbox outbox;

    RatingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Writes {@link EventTypes#RATING_SNAPSHOT_PUBLISHED} for the snapshot {@code snapshotId} of {@code campaignId};
     * {@code link} is the snapshot's public API path.
     */
    public UUID snapshotPublished(UUID snapshotId, UUID campaignId, String link) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", snapshotId);
        payload.put("campaignId", campaignId);
        payload.put("link", link);
        return outbox.publish(EventTypes.RATING_SNAPSHOT_PUBLISHED, "rating-snapshot", snapshotId, payload);
    }
}
