package ru.digitalbridge.bulletin.delivery;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the editorial delivery endpoints and of the signed-in user's bulletin choices. */
public final class DeliveryModels {
    private DeliveryModels() {}

    @Schema(name = "BulletinDeliveryRequest")
    public record StartRequest(
            @Schema(description = "The published revision to send (the latest when absent)", nullable = true) @Min(1)
            Integer revision) {}

    @Schema(name = "BulletinTestSendRequest")
    public record TestSendRequest(
            @Schema(description = "Organisation whose personal section to include (none when absent)", nullable = true)
            UUID organization) {}

    @Schema(name = "BulletinTestSendResponse")
    public record TestSendResponse(
            @Schema(description = "The revision the test message shows")
            int revision,

            @Schema(description = "Whether an SMTP server is configured (otherwise the message is only held)")
            boolean queued) {}

    @Schema(name = "BulletinDeliveryReport", description = "Aggregate counts only; no per-person tracking")
    public record Report(UUID issueId, List<RevisionReport> revisions) {}

    @Schema(name = "BulletinRevisionDelivery")
    public record RevisionReport(
            int revision,
            OffsetDateTime startedAt,

            @Schema(description = "Messages written: one per address")
            long recipients,

            @Schema(description = "Waiting for their turn (paced)")
            long pending,

            long sent,

            @Schema(description = "Given up after the retry window")
            long failed,

            @Schema(description = "Refused permanently by the mail server")
            long bounced,

            @Schema(description = "Messages whose one-click unsubscribe link was used")
            long unsubscribed,

            @Schema(description = "Cancelled before sending (the address unsubscribed or was wiped)")
            long cancelled,

            @Schema(description = "Kept without sending: no SMTP server is configured")
            long held) {}

    @Schema(name = "BulletinMySettings")
    public record MySettings(
            @Schema(description = "Organisations whose personal sections the user chose to receive")
            List<UUID> organizations,

            @Schema(description = "Whether bulletins are sent to the user's address at all")
            boolean receive) {}

    @Schema(name = "BulletinMySettingsRequest")
    public record MySettingsRequest(
            @NotNull @Size(max = 50) List<@NotNull UUID> organizations,
            @NotNull Boolean receive) {}
}
