package ru.digitalbridge.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.outbox.Outbox;

/**
 * Queues messages, in the caller's transaction, so a message exists exactly when the change it tells of was
 * committed. A message is rendered at once in the recipient's language and kept: PENDING for delivery through the
 * outbox ({@link MailChannel}, written in the same transaction) when an SMTP server is configured, HELD for the outbox viewer when not, SWITCHED_OFF when the recipient switched the kind off
 * (security notices never are). Inactive users are only ever told that they were deactivated.
 */
@ApplicationScoped
public class Notifications {
    private static final Logger LOG = Logger.getLogger(Notifications.class);

    private record Recipient(String email, String fullName, boolean active, String language, List<String> off) {}

    private final Sql db;
    private final MailRenderer renderer;
    private final MailConfig config;
    private final Outbox outbox;

    Notifications(Sql db, MailRenderer renderer, MailConfig config, Outbox outbox) {
        this.db = db;
        this.renderer = renderer;
        this.config = config;
        this.outbox = outbox;
    }

    /** Tells a user that their password was set or changed (a security notice). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passwordChanged(UUID userId) {
        queue(new Occasion(
                NotificationKind.PASSWORD_CHANGED,
                userId,
                NotificationKind.PASSWORD_CHANGED + ":" + userId + ":" + UUID.randomUUID(),
                "/sign-in",
                List.of()));
    }

    /** Tells a user that their account was deactivated (a security notice). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accountDeactivated(UUID userId) {
        queue(new Occasion(
                NotificationKind.ACCOUNT_DEACTIVATED,
                userId,
                NotificationKind.ACCOUNT_DEACTIVATED + ":" + userId + ":" + UUID.randomUUID(),
                "/",
                List.of()));
    }

    /**
     * Tells every active administrator that the platform disabled a webhook endpoint ({@code reason} GONE or FAILURES);
     * queued once per disabling ({@code version} is the endpoint's version after it), linking to the webhooks screen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void webhookDisabled(
            UUID endpointId, long version, String url, String clientName, String reason, int failures) {
        NotificationKind kind = NotificationKind.WEBHOOK_DISABLED;
        List<UUID> administrators = db.list(
                "select id from security_user_view where active and 'ADMIN' = any(roles)",
                rs -> rs.getObject(1, UUID.class));
        for (UUID administrator : administrators) {
            queue(new Occasion(
                    kind,
                    administrator,
                    kind + ":" + endpointId + ":" + version + ":" + administrator,
                    "/admin/webhooks",
                    List.of(url, clientName, new MailTexts.Key("webhook.reason." + reason), failures)));
        }
    }

    /**
     * Tells a learner, at the e-mail address on their certificate, that it was issued; {@code path} is the public
     * verify page. Sent in the language given (the certificate's), whether or not the address is a user's; queued
     * once per certificate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void certificateIssued(
            String email, String fullName, String language, UUID certificateId, String path, List<Object> args) {
        NotificationKind kind = NotificationKind.CERTIFICATE_ISSUED;
        String lang = "en".equals(language) ? "en" : "ru";
        UUID userId = db.one(
                        "select id from security_user_view where lower(email) = lower(?)",
                        rs -> rs.getObject(1, UUID.class),
                        email)
                .orElse(null);
        NotificationStatus status =
                config.smtpHost().isPresent() ? NotificationStatus.PENDING : NotificationStatus.HELD;
        MailRenderer.Rendered message = renderer.render(kind, lang, fullName, path, args);
        UUID id = UUID.randomUUID();
        int inserted = db.update(
                """
                insert into notification (id, dedup_key, kind, user_id, recipient, language, subject, body_text,
                                          body_html, link, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing
                """,
                id,
                kind + ":" + certificateId,
                kind,
                userId,
                email,
                lang,
                message.subject(),
                message.text(),
                message.html(),
                message.link(),
                status);
        if (inserted > 0 && status == NotificationStatus.PENDING) {
            outbox.send(
                    MailChannel.NAME,
                    id.toString(),
                    "notification.certificate_issued",
                    "notification",
                    id,
                    java.util.Map.of("kind", kind));
        }
        if (inserted > 0) {
            LOG.infof("notification %s queued: %s for certificate %s, %s", id, kind, certificateId, status);
        }
    }

    /** Queues the message of an occasion unless one with its key exists; whether it was queued now. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean queue(Occasion occasion) {
        Optional<Recipient> found = db.one(
                """
                select u.email, u.full_name, u.active, coalesce(s.language, 'ru'), coalesce(s.switched_off, '{}')
                  from security_user_view u left join notification_setting s on s.user_id = u.id
                 where u.id = ?
                """,
                rs -> new Recipient(
                        rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), List.of((String[])
                                rs.getArray(5).getArray())),
                occasion.userId());
        if (found.isEmpty()) {
            return false;
        }
        Recipient recipient = found.get();
        NotificationKind kind = occasion.kind();
        if (!recipient.active() && kind != NotificationKind.ACCOUNT_DEACTIVATED) {
            return false;
        }
        NotificationStatus status;
        if (!kind.security() && recipient.off().contains(kind.name())) {
            status = NotificationStatus.SWITCHED_OFF;
        } else if (config.smtpHost().isPresent()) {
            status = NotificationStatus.PENDING;
        } else {
            status = NotificationStatus.HELD;
        }
        MailRenderer.Rendered message =
                renderer.render(kind, recipient.language(), recipient.fullName(), occasion.path(), occasion.args());
        UUID id = UUID.randomUUID();
        int inserted = db.update(
                """
                insert into notification (id, dedup_key, kind, user_id, recipient, language, subject, body_text,
                                          body_html, link, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing
                """,
                id,
                occasion.key(),
                kind,
                occasion.userId(),
                recipient.email(),
                recipient.language(),
                message.subject(),
                message.text(),
                message.html(),
                message.link(),
                status);
        if (inserted > 0 && status == NotificationStatus.PENDING) {
            outbox.send(
                    MailChannel.NAME,
                    id.toString(),
                    "notification." + kind.name().toLowerCase(java.util.Locale.ROOT),
                    "notification",
                    id,
                    java.util.Map.of("kind", kind));
        }
        if (inserted > 0) {
            LOG.infof("notification %s queued: %s to user %s, %s", id, kind, occasion.userId(), status);
        }
        return inserted > 0;
    }
}
