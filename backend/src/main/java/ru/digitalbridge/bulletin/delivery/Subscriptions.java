package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.Export;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.ExportedMessage;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.Preferences;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.PreferencesRequest;
import ru.digitalbridge.bulletin.delivery.SubscriptionModels.SubscribeRequest;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;
import ru.digitalbridge.common.error.Violation;
import ru.digitalbridge.outbox.OutboxClock;

/**
 * Public subscriptions with double opt-in. Subscribing always answers the same (no enumeration of addresses) and
 * mails a confirmation link that expires; the subscriber receives nothing else until it is followed. A manage link
 * (in every e-mail) shows and changes the preferences, exports everything stored and wipes it.
 */
@ApplicationScoped
public class Subscriptions {
    private static final Logger LOG = Logger.getLogger(Subscriptions.class);

    /** A subscriber gets at most one confirmation message in this time, however often someone subscribes them. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(5);

    static final String CONFIRM = "confirm";
    static final String MANAGE = "manage";

    private record Subscriber(
            UUID id,
            String email,
            String emailHash,
            String language,
            List<String> series,
            String status,
            OffsetDateTime confirmExpiresAt,
            OffsetDateTime createdAt,
            OffsetDateTime confirmedAt,
            OffsetDateTime updatedAt) {}

    private static final String SUBSCRIBER = "select id, email, email_hash, language, series, status,"
            + " confirm_expires_at, created_at, confirmed_at, updated_at from bulletin_subscriber";

    private final Sql db;
    private final Tokens tokens;
    private final DeliveryConfig config;
    private final OutboxClock clock;
    private final BulletinMessages messages;

    Subscriptions(Sql db, Tokens tokens, DeliveryConfig config, OutboxClock clock, BulletinMessages messages) {
        this.db = db;
        this.tokens = tokens;
        this.config = config;
        this.clock = clock;
        this.messages = messages;
    }

    /** Records a subscription request and queues the confirmation message; the same outcome for every address. */
    @Transactional
    public void subscribe(SubscribeRequest request) {
        String email = Addresses.normalise(request.email());
        List<Violation> violations = new ArrayList<>();
        if (!Addresses.valid(email)) {
            violations.add(new Violation("email", "{bulletin.subscription.email}"));
        }
        List<String> series = checkSeries(request.series(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        String language = request.language() == null ? "ru" : request.language();
        String hash = Addresses.hash(email);
        OffsetDateTime now = clock.now();
        Optional<Subscriber> found = find("email_hash = ? for update", hash);
        UUID id;
        if (found.isEmpty()) {
            id = UUID.randomUUID();
            String confirmNonce = Tokens.nonce();
            String manageNonce = Tokens.nonce();
            int inserted = db.update(
                    """
                    insert into bulletin_subscriber (id, email, email_hash, language, series, status, confirm_nonce,
                        confirm_token_hash, confirm_expires_at, manage_nonce, manage_token_hash, created_at, updated_at)
                    values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?)
                    on conflict (email_hash) do nothing
                    """,
                    id,
                    email,
                    hash,
                    language,
                    series.toArray(String[]::new),
                    confirmNonce,
                    Tokens.hash(tokens.token(CONFIRM, id, confirmNonce)),
                    now.plus(config.confirmWithin()),
                    manageNonce,
                    Tokens.hash(tokens.token(MANAGE, id, manageNonce)),
                    now,
                    now);
            if (inserted == 0) {
                // a simultaneous request for the same address inserted it first (and has committed): go on as that
                // subscriber, whose confirmation is already queued, instead of mailing an id that was never stored
                found = find("email_hash = ? for update", hash);
                id = found.orElseThrow().id();
            }
        } else {
            Subscriber subscriber = found.get();
            id = subscriber.id();
            boolean linkValid = "PENDING".equals(subscriber.status())
                    && subscriber.confirmExpiresAt() != null
                    && subscriber.confirmExpiresAt().isAfter(now);
            if (linkValid) {
                // the link already mailed stays valid; the latest choice is what it confirms
                db.update(
                        "update bulletin_subscriber set language = ?, series = ?, updated_at = ? where id = ?",
                        language,
                        series.toArray(String[]::new),
                        now,
                        id);
            } else if (!"CONFIRMED".equals(subscriber.status())) {
                // expired or unsubscribed: the new choice waits for a fresh confirmation
                String confirmNonce = Tokens.nonce();
                db.update(
                        """
                        update bulletin_subscriber set status = 'PENDING', language = ?, series = ?, confirm_nonce = ?,
                               confirm_token_hash = ?, confirm_expires_at = ?, updated_at = ?
                         where id = ?
                        """,
                        language,
                        series.toArray(String[]::new),
                        confirmNonce,
                        Tokens.hash(tokens.token(CONFIRM, id, confirmNonce)),
                        now.plus(config.confirmWithin()),
                        now,
                        id);
            }
            // a confirmed subscriber is told so, with the manage link, and nothing changes
        }
        boolean recent = db.exists(
                "select 1 from bulletin_message where subscriber_id = ? and kind = 'CONFIRM' and created_at > ?",
                id,
                now.minus(RESEND_AFTER));
        if (!recent) {
            boolean confirmed =
                    found.isPresent() && "CONFIRMED".equals(found.get().status());
            messages.confirmation(id, email, confirmed ? found.get().language() : language);
        }
    }

    /** Follows a confirmation link: the subscription becomes active. */
    @Transactional
    public Preferences confirm(String token) {
        Subscriber subscriber = find("confirm_token_hash = ? for update", Tokens.hash(token))
                .orElseThrow(() -> ProblemException.notFound("entity.bulletin-subscription", null));
        if (subscriber.confirmExpiresAt() == null
                || subscriber.confirmExpiresAt().isBefore(clock.now())) {
            throw new ProblemException(400, "bulletin-confirmation-expired");
        }
        db.update("""
                update bulletin_subscriber set status = 'CONFIRMED', confirmed_at = ?, updated_at = ?,
                       confirm_nonce = null, confirm_token_hash = null, confirm_expires_at = null
                 where id = ?
                """, clock.now(), clock.now(), subscriber.id());
        db.update("delete from bulletin_opt_out where email_hash = ?", subscriber.emailHash());
        return preferences(subscriber.id());
    }

    @Transactional
    public Preferences preferences(String token) {
        return preferences(byManage(token).id());
    }

    /**
     * Changes the series and language. The manage link came in an e-mail to the address, so choosing series again
     * after unsubscribing resumes the subscription.
     */
    @Transactional
    public Preferences update(String token, PreferencesRequest request) {
        Subscriber subscriber = byManage(token);
        List<Violation> violations = new ArrayList<>();
        List<String> series = checkSeries(request.series(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        boolean resume = "UNSUBSCRIBED".equals(subscriber.status());
        db.update("""
                update bulletin_subscriber set series = ?, language = ?, updated_at = ?,
                       status = case when status = 'UNSUBSCRIBED' then 'CONFIRMED' else status end,
                       confirmed_at = coalesce(confirmed_at, case when status = 'UNSUBSCRIBED' then ? end)
                 where id = ?
                """, series.toArray(String[]::new), request.language(), clock.now(), clock.now(), subscriber.id());
        if (resume) {
            db.update("delete from bulletin_opt_out where email_hash = ?", subscriber.emailHash());
        }
        return preferences(subscriber.id());
    }

    /** Everything stored about the subscriber, as JSON. */
    @Transactional
    public Export export(String token) {
        Subscriber s = byManage(token);
        List<ExportedMessage> sent = db.list(
                """
                select kind, issue_id, revision, status, unsubscribed, created_at, sent_at from bulletin_message
                 where subscriber_id = ? or address_hash = ? order by created_at, id
                """,
                rs -> new ExportedMessage(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        (Integer) rs.getObject(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class)),
                s.id(),
                s.emailHash());
        return new Export(
                s.email(), s.series(), s.language(), s.status(), s.createdAt(), s.confirmedAt(), s.updatedAt(), sent);
    }

    /**
     * Deletes the subscriber. Messages already counted stay in the delivery reports as counts only: their address
     * and its hash are erased, and messages not yet sent are cancelled.
     */
    @Transactional
    public void wipe(String token) {
        Subscriber s = byManage(token);
        messages.forget(s.id(), s.emailHash());
        db.update("delete from bulletin_opt_out where email_hash = ?", s.emailHash());
        db.update("delete from bulletin_subscriber where id = ?", s.id());
        LOG.infof("bulletin subscriber %s wiped on request", s.id());
    }

    /** A manage link's "unsubscribe": the same as the one-click link of an e-mail, without an issue to count. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean unsubscribeByManage(String token) {
        Optional<Subscriber> s = find("manage_token_hash = ? for update", Tokens.hash(token));
        s.ifPresent(found -> unsubscribeAddress(found.emailHash()));
        return s.isPresent();
    }

    /** Stops every bulletin to the address at once: subscription ended, pending messages cancelled, opted out. */
    @Transactional(Transactional.TxType.MANDATORY)
    void unsubscribeAddress(String emailHash) {
        db.update(
                "update bulletin_subscriber set status = 'UNSUBSCRIBED', updated_at = ? where email_hash = ?",
                clock.now(),
                emailHash);
        db.update(
                "insert into bulletin_opt_out (email_hash) values (?) on conflict (email_hash) do nothing", emailHash);
        messages.cancelPending(emailHash);
    }

    /** The link of the manage page for a subscriber (in every e-mail to them). */
    String manageToken(UUID subscriberId) {
        return db.one("select manage_nonce from bulletin_subscriber where id = ?", rs -> rs.getString(1), subscriberId)
                .map(nonce -> tokens.token(MANAGE, subscriberId, nonce))
                .orElse(null);
    }

    Optional<String> confirmToken(UUID subscriberId) {
        return db.one(
                        "select confirm_nonce from bulletin_subscriber where id = ? and status = 'PENDING'",
                        rs -> rs.getString(1),
                        subscriberId)
                .filter(nonce -> nonce != null)
                .map(nonce -> tokens.token(CONFIRM, subscriberId, nonce));
    }

    /** Whether the subscriber is confirmed (what the confirmation message says). */
    Optional<String> status(UUID subscriberId) {
        return db.one("select status from bulletin_subscriber where id = ?", rs -> rs.getString(1), subscriberId);
    }

    private Preferences preferences(UUID id) {
        Subscriber s = find("id = ?", id).orElseThrow();
        return new Preferences(mask(s.email()), s.series(), s.language(), s.status());
    }

    private Subscriber byManage(String token) {
        if (token == null || token.isBlank()) {
            throw ProblemException.invalidField("token", "bulletin.subscription.token");
        }
        return find("manage_token_hash = ? for update", Tokens.hash(token))
                .orElseThrow(() -> ProblemException.notFound("entity.bulletin-subscription", null));
    }

    private List<String> checkSeries(List<String> requested, List<Violation> violations) {
        List<String> series = new ArrayList<>(new LinkedHashSet<>(requested));
        for (int i = 0; i < requested.size(); i++) {
            String slug = requested.get(i);
            if (!db.exists("select 1 from bulletin_series where slug = ?", slug)) {
                violations.add(new Violation("series[" + i + "]", "{bulletin.subscription.series}"));
            }
        }
        return series;
    }

    private Optional<Subscriber> find(String where, Object... params) {
        return db.one(
                SUBSCRIBER + " where " + where,
                rs -> new Subscriber(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        List.of((String[]) rs.getArray(5).getArray()),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class),
                        rs.getObject(9, OffsetDateTime.class),
                        rs.getObject(10, OffsetDateTime.class)),
                params);
    }

    /** {@code a***@example.org}: enough for the owner to recognise, not the address. */
    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
