package ru.digitalbridge.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.outbox.DeliveryOutcome;
import ru.digitalbridge.outbox.OutboxChannel;
import ru.digitalbridge.outbox.OutboxEvent;
import ru.digitalbridge.outbox.OutboxMessage;

/**
 * The outbox's mail channel: each PENDING notification is one outbox delivery (target: the notification's id),
 * written with it by {@link Notifications}; the outbox claims it, retries with back-off and gives up after its window,
 * and this channel makes each attempt over SMTP and mirrors the outcome onto the notification (attempts, last error,
 * SENT or FAILED) for the viewer. Mail is never fanned out from domain events: the planner decides who is told.
 */
@ApplicationScoped
public class MailChannel implements OutboxChannel {
    public static final String NAME = "mail";
    private static final Logger LOG = Logger.getLogger(MailChannel.class);

    private record Queued(UUID id, String kind, String recipient, String subject, String text, String html) {}

    private final Sql db;
    private final Mailer mailer;

    MailChannel(Sql db, Mailer mailer) {
        this.db = db;
        this.mailer = mailer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> subscribers(OutboxEvent event) {
        return List.of();
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        Optional<Queued> queued = db.one(
                """
                select id, kind, recipient, subject, body_text, body_html from notification
                 where id = ? and status = 'PENDING'
                """,
                rs -> new Queued(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)),
                UUID.fromString(message.target()));
        if (queued.isEmpty()) {
            return DeliveryOutcome.refused(null, "no pending notification " + message.target());
        }
        Queued mail = queued.get();
        try {
            mailer.send(Mail.withText(mail.recipient(), mail.subject(), mail.text())
                    .setHtml(mail.html())
                    .addHeader("X-Bridge-Notification", mail.kind())
                    .addHeader("X-Bridge-Notification-Id", mail.id().toString())
                    .addHeader("Auto-Submitted", "auto-generated"));
        } catch (RuntimeException e) {
            LOG.warnf(
                    "notification %s (%s) refused by the SMTP server on attempt %d: %s",
                    mail.id(), mail.kind(), message.attempt(), e.getClass().getSimpleName());
            return DeliveryOutcome.failed(null, describe(e));
        }
        LOG.infof("notification %s (%s) sent on attempt %d", mail.id(), mail.kind(), message.attempt());
        return DeliveryOutcome.delivered(null, "accepted");
    }

    @Override
    public void recorded(OutboxMessage message, DeliveryOutcome outcome, boolean dead) {
        boolean delivered = outcome.kind() == DeliveryOutcome.Kind.DELIVERED;
        NotificationStatus status =
                delivered ? NotificationStatus.SENT : (dead ? NotificationStatus.FAILED : NotificationStatus.PENDING);
        db.update(
                """
                update notification set attempts = ?, last_error = ?, status = ?,
                                        sent_at = case when ? then now() else sent_at end
                 where id = ? and status = 'PENDING'
                """,
                message.attempt(),
                delivered ? null : outcome.detail(),
                status,
                delivered,
                UUID.fromString(message.target()));
    }

    /** What the SMTP client said, for the administrators' viewer. */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
