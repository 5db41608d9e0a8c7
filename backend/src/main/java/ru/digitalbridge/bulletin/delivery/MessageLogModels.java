package ru.digitalbridge.bulletin.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bulletin channel's message log as staff see it. */
public final class MessageLogModels {
    private MessageLogModels() {}

    /** What a message is: a subscriber's confirmation (or "already subscribed"), an issue, an editor's test send. */
    public enum MessageKind {
        CONFIRM,
        ISSUE,
        TEST
    }

    public enum MessageStatus {
        PENDING,
        SENT,
        FAILED,
        BOUNCED,
        CANCELLED,
        HELD
    }

    @Schema(name = "BulletinMessage", description = "One message of the bulletin channel")
    public record Message(
            UUID id,
            MessageKind kind,
            MessageStatus status,

            @Schema(
                    nullable = true,
                    description = "The address: in full for administrators, masked (a***@example.org) for"
                            + " coordinators; null once the message was sent or given up (only its hash is kept)")
            String recipient,

            @Schema(nullable = true, description = "The subject (null when the issue revision cannot be rendered)")
            String subject,

            @Schema(nullable = true) UUID issueId,
            @Schema(nullable = true) Integer revision,

            @Schema(enumeration = {"ru", "en"}) String language,

            @Schema(description = "Number of organisations whose personal sections the message carries")
            int sections,

            @Schema(description = "Whether the message's one-click unsubscribe link was used")
            boolean unsubscribed,

            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime sentAt) {}

    @Schema(
            name = "BulletinMessageContent",
            description = "A message rendered as it is sent, with the recipient's own links (administrators only)")
    public record Content(
            UUID id,
            MessageKind kind,
            MessageStatus status,
            @Schema(nullable = true) String recipient,
            String subject,
            String text,
            String html) {}
}
