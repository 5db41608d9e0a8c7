package ru.digitalbridge.notification;

import java.util.List;
import java.util.UUID;

/**
 * Something a person should be told once: the kind, the recipient, a key naming the occasion (the same occasion
 * planned twice, by two instances or two runs, has the same key and is queued once), the SPA page it is about and the
 * arguments of the kind's texts ({@link java.time.OffsetDateTime}, {@link java.time.LocalDate} and {@link MailTexts.Key}
 * are written in the recipient's language).
 */
public record Occasion(NotificationKind kind, UUID userId, String key, String path, List<Object> args) {
    public Occasion {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }
}
