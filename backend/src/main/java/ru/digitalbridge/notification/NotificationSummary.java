package ru.digitalbridge.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message in the outbox viewer's list. */
public record NotificationSummary(
        UUID id,
        NotificationKind kind,
        NotificationStatus status,
        String recipient,
        String subject,
        String language,
        int attempts,
        OffsetDateTime createdAt,

        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true)
        OffsetDateTime sentAt) {}
