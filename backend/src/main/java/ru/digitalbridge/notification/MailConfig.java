package ru.digitalbridge.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** E-mail settings ({@code bridge.mail.*}); the SMTP connection itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "bridge.mail")
public interface MailConfig {
    /**
     * The SMTP server ({@code SMTP_HOST}); when absent nothing is sent and every message is held for the outbox
     * viewer.
     */
    Optional<String> smtpHost();

    /** Where links in messages point: the address at which people open the SPA, without a trailing slash. */
    String publicBaseUrl();

    /** The time zone in which dates and times are written in messages. */
    @WithDefault("Europe/Saratov")
    java.time.ZoneId timeZone();

    /** How often the planner looks for who should be told what (a duration such as {@code 1m}, or {@code off}). */
    String planEvery();

    /** How long after start the planner first runs. */
    String planDelay();

    /** How far back the planner looks for one-off occasions (a return, an objection), so old ones are not sent. */
    @WithDefault("P7D")
    Duration lookback();

    /** Reminders are sent this long before a deadline (the reply window's end, the evaluation deadline). */
    @WithDefault("P2D")
    Duration remindBefore();
}
