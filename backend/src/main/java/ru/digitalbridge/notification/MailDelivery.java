package ru.digitalbridge.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;

/**
 * Sends PENDING messages over SMTP when a server is configured. Each message is claimed in its own transaction with
 * {@code FOR UPDATE SKIP LOCKED}, so instances never send the same attempt twice; a process killed while sending
 * leaves the row PENDING, sent again later (at least once; the {@code X-Bridge-Notification-Id} header is stable for
 * de-duplication). A refusal is logged and retried with exponential back-off and jitter until
 * {@code bridge.mail.max-attempts}, then the message is FAILED and shown as such in the outbox viewer.
 */
@ApplicationScoped
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class);
    /** Messages sent per round at most; the rest wait for the next round. */
    private static final int PER_ROUND = 1000;

    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private record Claimed(
            UUID id, String kind, String recipient, String subject, String text, String html, int attempts) {}

    private final Sql db;
    private final Mailer mailer;
    private final MailConfig config;

    MailDelivery(Sql db, Mailer mailer, MailConfig config) {
        this.db = db;
        this.mailer = mailer;
        this.config = config;
    }

    @Scheduled(
            identity = "notification-delivery",
            every = "${bridge.mail.deliver-every}",
            delayed = "${bridge.mail.plan-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.smtpHost().isPresent()) {
            deliverDue(OffsetDateTime.now());
        }
    }

    /** Sends the messages due at {@code now} (the clock is a parameter so tests can move it); the number sent. */
    public int deliverDue(OffsetDateTime now) {
        int sent = 0;
        for (int i = 0; i < PER_ROUND; i++) {
            Optional<Boolean> outcome = QuarkusTransaction.requiringNew().call(() -> deliverOne(now));
            if (outcome.isEmpty()) {
                break;
            }
            if (outcome.get()) {
                sent++;
            }
        }
        return sent;
    }

    private Optional<Boolean> deliverOne(OffsetDateTime now) {
        Optional<Claimed> claimed = db.one(
                """
                select id, kind, recipient, subject, body_text, body_html, attempts from notification
                 where status = 'PENDING' and next_attempt_at <= ?
                 order by next_attempt_at, id limit 1 for update skip locked
                """,
                rs -> new Claimed(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)),
                now);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Claimed message = claimed.get();
        int attempt = message.attempts() + 1;
        try {
            mailer.send(Mail.withText(message.recipient(), message.subject(), message.text())
                    .setHtml(message.html())
                    .addHeader("X-Bridge-Notification", message.kind())
                    .addHeader("X-Bridge-Notification-Id", message.id().toString())
                    .addHeader("Auto-Submitted", "auto-generated"));
        } catch (RuntimeException e) {
            String error = describe(e);
            boolean last = attempt >= config.maxAttempts();
            db.update(
                    """
                    update notification set attempts = ?, last_error = ?, status = ?, next_attempt_at = ?
                     where id = ?
                    """,
                    attempt,
                    error,
                    last ? NotificationStatus.FAILED : NotificationStatus.PENDING,
                    last ? null : now.plus(backoff(attempt)),
                    message.id());
            LOG.warnf(
                    "notification %s (%s) refused on attempt %d of %d%s: %s",
                    message.id(),
                    message.kind(),
                    attempt,
                    config.maxAttempts(),
                    last ? ", given up" : ", will retry",
                    e.getClass().getSimpleName());
            return Optional.of(false);
        }
        db.update("""
                update notification set attempts = ?, last_error = null, status = 'SENT', sent_at = now(),
                                        next_attempt_at = null
                 where id = ?
                """, attempt, message.id());
        LOG.infof("notification %s (%s) sent on attempt %d", message.id(), message.kind(), attempt);
        return Optional.of(true);
    }

    /** The wait after failed attempt {@code attempt}: the first retry delay doubled per attempt, plus 0–20 %. */
    Duration backoff(int attempt) {
        Duration base = config.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (base.compareTo(LONGEST_WAIT) > 0) {
            base = LONGEST_WAIT;
        }
        long jitter =
                (long) (base.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble());
        return base.plusMillis(jitter);
    }

    /** What the SMTP client said, for the administrators' viewer (at most 500 characters). */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
