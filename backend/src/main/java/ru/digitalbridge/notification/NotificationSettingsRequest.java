package ru.digitalbridge.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New choices: the language of e-mail and the kinds switched off (no security notice). */
public record NotificationSettingsRequest(
        @NotNull @Pattern(regexp = "ru|en") @Schema(enumeration = {"ru", "en"})
        String language,

        @NotNull @Size(max = 32) @Schema(description = "Kinds not to receive; security notices may not be listed")
        List<@NotNull NotificationKind> switchedOff) {}
