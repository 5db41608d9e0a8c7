package ru.digitalbridge.common.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit log row as the API shows it. {@code summary} holds {@code before}/{@code after} of the changed fields. */
public record AuditEntryResponse(
        long id,
        OffsetDateTime at,
        @Schema(nullable = true) String actorEmail,
        String action,
        String entityType,
        String entityId,
        Map<String, Object> summary,
        @Schema(nullable = true) String requestId) {}
