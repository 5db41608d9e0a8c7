package ru.digitalbridge.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import ru.digitalbridge.common.audit.AuditService;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;

/** Each user's notification choices; a user without a row receives everything, in Russian. */
@ApplicationScoped
public class NotificationSettingsService {
    static final String ENTITY = "notification-settings";

    private record Stored(String language, List<String> off) {}

    private final Sql db;
    private final AuditService audit;

    NotificationSettingsService(Sql db, AuditService audit) {
        this.db = db;
        this.audit = audit;
    }

    @Transactional
    public NotificationSettings get(UUID userId) {
        return settings(stored(userId));
    }

    @Transactional
    public NotificationSettings update(UUID userId, NotificationSettingsRequest request) {
        if (request.switchedOff().stream().anyMatch(NotificationKind::security)) {
            throw ProblemException.invalidField("switchedOff", "notification.security-required");
        }
        NotificationSettings before = settings(stored(userId));
        Set<String> off = new TreeSet<>();
        request.switchedOff().forEach(kind -> off.add(kind.name()));
        db.update("""
                insert into notification_setting (user_id, language, switched_off) values (?, ?, ?)
                on conflict (user_id) do update
                   set language = excluded.language, switched_off = excluded.switched_off, updated_at = now()
                """, userId, request.language(), off.toArray(String[]::new));
        NotificationSettings after = settings(stored(userId));
        audit.record(ENTITY, userId, "UPDATE", before, after);
        return after;
    }

    private Stored stored(UUID userId) {
        return db.one(
                        "select language, switched_off from notification_setting where user_id = ?",
                        rs -> new Stored(rs.getString(1), List.of((String[])
                                rs.getArray(2).getArray())),
                        userId)
                .orElse(new Stored("ru", List.of()));
    }

    private static NotificationSettings settings(Stored stored) {
        return new NotificationSettings(
                stored.language(),
                Arrays.stream(NotificationKind.values())
                        .map(kind -> new NotificationSettings.KindSetting(
                                kind, kind.security() || !stored.off().contains(kind.name()), kind.security()))
                        .toList());
    }
}
