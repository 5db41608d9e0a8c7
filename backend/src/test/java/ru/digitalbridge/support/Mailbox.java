package ru.digitalbridge.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import ru.digitalbridge.outbox.OutboxClock;
import ru.digitalbridge.outbox.OutboxWorker;

/** What a test's SMTP server (GreenMail) received, and the outbox driven until the messages a test waits for are in. */
public final class Mailbox {
    private Mailbox() {}

    /** The messages {@code smtp} received for {@code email} (compared without case). */
    public static List<MimeMessage> to(GreenMail smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(email));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /**
     * Runs the outbox worker batch after batch until {@code arrived} holds. Other tests may have left a backlog in the
     * shared database, which is delivered on the way; when nothing is due and the messages are not in, an attempt
     * has failed (a refused SMTP session) and waits out its back-off: the outbox clock is moved past it, a bounded
     * number of times.
     */
    public static void deliverUntil(OutboxWorker worker, OutboxClock clock, BooleanSupplier arrived) {
        int idle = 0;
        for (int round = 0; round < 5_000 && idle < 5 && !arrived.getAsBoolean(); round++) {
            if (worker.runOnce() > 0) {
                idle = 0;
            } else {
                idle++;
                clock.advance(Duration.ofMinutes(2));
            }
        }
    }
}
