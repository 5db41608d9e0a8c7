package ru.digitalbridge.bulletin.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the public subscription endpoints. */
public final class SubscriptionModels {
    private SubscriptionModels() {}

    @Schema(name = "BulletinSubscribeRequest")
    public record SubscribeRequest(
            @Schema(description = "The subscriber's e-mail address; compared without case") @NotBlank @Size(max = 254)
            String email,

            @Schema(description = "Slugs of the series to receive") @NotNull @Size(min = 1, max = 20)
            List<@NotBlank @Size(max = 64) String> series,

            @Schema(
                    description = "Language of the e-mails (ru when absent)",
                    enumeration = {"ru", "en"})
            @Pattern(regexp = "ru|en")
            String language) {}

    @Schema(name = "BulletinConfirmRequest")
    public record ConfirmRequest(
            @Schema(description = "The token of the confirmation link") @NotBlank @Size(max = 200)
            String token) {}

    @Schema(name = "BulletinPreferencesRequest")
    public record PreferencesRequest(
            @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 64) String> series,

            @Schema(enumeration = {"ru", "en"}) @NotNull @Pattern(regexp = "ru|en")
            String language) {}

    @Schema(name = "BulletinSubscriptionPreferences")
    public record Preferences(
            @Schema(description = "The address, partly masked (a***@example.org)")
            String email,

            List<String> series,
            String language,

            @Schema(enumeration = {"PENDING", "CONFIRMED", "UNSUBSCRIBED"})
            String status) {}

    @Schema(name = "BulletinSubscriptionExport")
    public record Export(
            String email,
            List<String> series,
            String language,

            @Schema(enumeration = {"PENDING", "CONFIRMED", "UNSUBSCRIBED"})
            String status,

            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime confirmedAt,
            OffsetDateTime updatedAt,

            @Schema(description = "The messages sent or queued to the address")
            List<ExportedMessage> messages) {}

    @Schema(name = "BulletinExportedMessage")
    public record ExportedMessage(
            @Schema(enumeration = {"ISSUE", "CONFIRM", "TEST"})
            String kind,

            @Schema(nullable = true) UUID issueId,
            @Schema(nullable = true) Integer revision,
            String status,
            boolean unsubscribed,
            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime sentAt) {}

    @Schema(name = "BulletinUnsubscribed")
    public record Unsubscribed(
            @Schema(description = "Always true: the address gets no more bulletins")
            boolean done) {}
}
