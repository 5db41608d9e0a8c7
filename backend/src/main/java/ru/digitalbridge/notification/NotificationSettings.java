package ru.digitalbridge.notification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's choices: the language of their e-mail and, for every kind, whether they receive it. */
public record NotificationSettings(
        @Schema(enumeration = {"ru", "en"}) String language, List<KindSetting> kinds) {

    /** One kind: whether the user receives it; security notices are always received and cannot be switched off. */
    public record KindSetting(NotificationKind kind, boolean enabled, boolean security) {}
}
