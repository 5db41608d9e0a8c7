package ru.digitalbridge.notification;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message as it was (or would have been) sent: both bodies, the link, and the delivery state. */
public record NotificationResponse(
        UUID id,
        NotificationKind kind,
        NotificationStatus status,
        String recipient,
        String subject,
        String language,

        @Schema(description = "The SPA page the message is about")
        String link,

        @Schema(description = "The plain-text body") String text,

        @Schema(description = "The HTML body (a complete document)")
        String html,

        int attempts,

        @Schema(nullable = true, description = "What the SMTP server said on the last failed attempt")
        String lastError,

        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime sentAt) {}
