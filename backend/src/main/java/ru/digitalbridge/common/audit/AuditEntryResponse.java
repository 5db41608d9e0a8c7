package ru.digitalbridge.common.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** An audit log row as the API shows it. {@code summary} holds {@code before}/{@code after} of the changed fields. */
public record AuditEntryResponse(
        long id,
        OffsetDateTime at,
        String actorEmail,
        String action,
        String entityType,
        String entityId,
        Map<String, Object> summary,
        String requestId) {

    static AuditEntryResponse from(AuditEntry entry) {
        return new AuditEntryResponse(
                entry.id,
                entry.at,
                entry.actorEmail,
                entry.action,
                entry.entityType,
                entry.entityId,
                entry.summary,
                entry.requestId);
    }
}
