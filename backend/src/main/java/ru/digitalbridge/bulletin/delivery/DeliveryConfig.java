package ru.digitalbridge.bulletin.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Bulletin subscriptions and delivery ({@code bridge.bulletin.delivery.*}); SMTP itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "bridge.bulletin.delivery")
public interface DeliveryConfig {
    /**
     * Pacing: bulletin messages (issues, confirmations, test sends) handed to the SMTP server per second, across all
     * instances ({@code BULLETIN_RATE}).
     */
    @WithDefault("10")
    int rate();

    /** How long a confirmation link of a new subscription stays valid. */
    @WithDefault("P2D")
    Duration confirmWithin();

    /**
     * The key tokens in links are derived with ({@code BULLETIN_TOKEN_SECRET}, at least 32 characters); when absent a
     * random key is generated once and kept in the database.
     */
    Optional<String> tokenSecret();

    /** A mailbox that unsubscribes its senders, added to {@code List-Unsubscribe} as a mailto: URI when set. */
    Optional<String> unsubscribeMailto();

    /**
     * How long one SMTP attempt may hold its claim: after a crash, the messages a dead instance had claimed are sent
     * by another one when this ends ({@code BULLETIN_LEASE}).
     */
    @WithDefault("PT2M")
    Duration lease();

    /** Subscription requests accepted per client address per hour (public write throttling). */
    @WithDefault("20")
    int subscribesPerHour();
}
