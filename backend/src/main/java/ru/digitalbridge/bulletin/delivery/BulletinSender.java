package ru.digitalbridge.bulletin.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import ru.digitalbridge.bulletin.delivery.IssueLetters.Letter;
import ru.digitalbridge.bulletin.delivery.IssueLetters.Links;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.notification.MailConfig;
import ru.digitalbridge.outbox.DeliveryOutcome;

/**
 * Makes one attempt at one bulletin message over SMTP: renders it (an issue's letter is rendered once per issue,
 * revision, language and set of organisations, then only the recipient's links differ), adds the RFC 8058 headers
 * and hands it to the server. A 5xx answer is a bounce (never retried); anything else is retried by the outbox.
 */
@ApplicationScoped
class BulletinSender {
    private static final Logger LOG = Logger.getLogger(BulletinSender.class);
    private static final Pattern PERMANENT = Pattern.compile("\\b5\\d\\d\\b");
    private static final String UNSUBSCRIBE = "https://placeholder.invalid/unsubscribe";
    private static final String PREFERENCES = "https://placeholder.invalid/preferences";
    static final String UNSUBSCRIBE_PURPOSE = "unsubscribe";

    private record Row(
            String kind,
            String address,
            String language,
            UUID subscriberId,
            UUID issueId,
            Integer revision,
            List<UUID> organizations,
            String nonce,
            String status) {}

    private record LetterKey(UUID issue, int revision, List<UUID> organizations, String language) {}

    private final Sql db;
    private final Mailer mailer;
    private final MailConfig mail;
    private final DeliveryConfig config;
    private final Tokens tokens;
    private final Subscriptions subscriptions;
    private final IssueLetters letters;
    private final Map<LetterKey, Optional<Letter>> cache = new ConcurrentHashMap<>();

    BulletinSender(
            Sql db,
            Mailer mailer,
            MailConfig mail,
            DeliveryConfig config,
            Tokens tokens,
            Subscriptions subscriptions,
            IssueLetters letters) {
        this.db = db;
        this.mailer = mailer;
        this.mail = mail;
        this.config = config;
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.letters = letters;
    }

    /** The one-click token of a message: its id and an HMAC of it, nothing stored. */
    /** The RFC 5322 Message-ID of bulletin message {@code id}: the same on every attempt. */
    String messageId(UUID id) {
        String host;
        try {
            host = java.net.URI.create(mail.publicBaseUrl()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        return "<bulletin." + id + "@" + (host == null || host.isBlank() ? "digital-bridge.invalid" : host) + ">";
    }

    String unsubscribeToken(UUID messageId, String nonce) {
        return messageId + "." + tokens.token(UNSUBSCRIBE_PURPOSE, messageId, nonce);
    }

    String unsubscribeUrl(UUID messageId, String nonce) {
        return mail.publicBaseUrl() + "/api/v1/bulletins/unsubscribe?token=" + unsubscribeToken(messageId, nonce);
    }

    DeliveryOutcome send(UUID id, int attempt) {
        Optional<Row> found = row(id);
        if (found.isEmpty()
                || !"PENDING".equals(found.get().status())
                || found.get().address() == null) {
            return DeliveryOutcome.delivered(null, "cancelled before sending; nothing sent");
        }
        Row row = found.get();
        Optional<Mail> composed = compose(id, row);
        if (composed.isEmpty()) {
            return "CONFIRM".equals(row.kind())
                    ? DeliveryOutcome.delivered(null, "subscriber gone; nothing sent")
                    : DeliveryOutcome.refused(null, "issue revision not published");
        }
        Mail message = composed.get();
        // the message id is the receivers' de-duplication key; the attempt tells a re-send after a crash apart. The
        // Message-ID is derived from it, so a re-sent message is the same message to mail systems that collapse
        // duplicates by Message-ID (RFC 5322 §3.6.4)
        message.addHeader("Message-ID", messageId(id))
                .addHeader("X-Bridge-Bulletin-Message", id.toString())
                .addHeader("X-Bridge-Bulletin-Attempt", Integer.toString(attempt))
                .addHeader("Auto-Submitted", "auto-generated");
        try {
            mailer.send(message);
        } catch (RuntimeException e) {
            String detail = describe(e);
            LOG.warnf("bulletin message %s refused by the SMTP server on attempt %d: %s", id, attempt, detail);
            return PERMANENT.matcher(detail).find()
                    ? DeliveryOutcome.refused(null, detail)
                    : DeliveryOutcome.failed(null, detail);
        }
        return DeliveryOutcome.delivered(null, "accepted");
    }

    /**
     * The message as it is (or was) sent, rendered again for support: the same subject, text and links (the links are
     * derived from the stored nonces, so they are the recipient's). Empty when the message does not exist, its
     * subscriber is gone or its revision is not published. The recipient address is not part of the result.
     */
    Optional<Mail> render(UUID id) {
        return row(id).flatMap(row -> compose(id, row));
    }

    private Optional<Row> row(UUID id) {
        return db.one(
                """
                select kind, address, language, subscriber_id, issue_id, revision, organization_ids, nonce, status
                  from bulletin_message where id = ?
                """,
                rs -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class),
                        (Integer) rs.getObject(6),
                        Arrays.asList((UUID[]) rs.getArray(7).getArray()),
                        rs.getString(8),
                        rs.getString(9)),
                id);
    }

    private Optional<Mail> compose(UUID id, Row row) {
        return "CONFIRM".equals(row.kind()) ? confirmation(row) : issue(id, row);
    }

    private Optional<Mail> issue(UUID id, Row row) {
        Optional<Letter> letter = cache.computeIfAbsent(
                new LetterKey(row.issueId(), row.revision(), row.organizations(), row.language()),
                key -> letters.letter(
                        key.issue(),
                        key.revision(),
                        key.organizations(),
                        key.language(),
                        new Links(
                                mail.publicBaseUrl() + "/bulletins/issues/" + key.issue(), UNSUBSCRIBE, PREFERENCES)));
        if (cache.size() > 2_000) {
            cache.clear();
        }
        if (letter.isEmpty()) {
            return Optional.empty();
        }
        String visibleUnsubscribe =
                mail.publicBaseUrl() + "/bulletins/unsubscribe?token=" + unsubscribeToken(id, row.nonce());
        String manage = row.subscriberId() == null ? null : subscriptions.manageToken(row.subscriberId());
        String preferences = manage == null
                ? mail.publicBaseUrl() + "/my/bulletins"
                : mail.publicBaseUrl() + "/bulletins/preferences?token=" + manage;
        Letter l = letter.get();
        String html = l.html().replace(UNSUBSCRIBE, visibleUnsubscribe).replace(PREFERENCES, preferences);
        String text = l.text().replace(UNSUBSCRIBE, visibleUnsubscribe).replace(PREFERENCES, preferences);
        StringBuilder listUnsubscribe = new StringBuilder("<" + unsubscribeUrl(id, row.nonce()) + ">");
        config.unsubscribeMailto()
                .ifPresent(box -> listUnsubscribe
                        .append(", <mailto:")
                        .append(box)
                        .append("?subject=unsubscribe%20")
                        .append(unsubscribeToken(id, row.nonce()))
                        .append(">"));
        return Optional.of(Mail.withText(recipient(row), l.subject(), text)
                .setHtml(html)
                .addHeader("List-Unsubscribe", listUnsubscribe.toString())
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .addHeader("Precedence", "bulk"));
    }

    private Optional<Mail> confirmation(Row row) {
        if (row.subscriberId() == null) {
            return Optional.empty();
        }
        Optional<String> status = subscriptions.status(row.subscriberId());
        if (status.isEmpty()) {
            return Optional.empty();
        }
        ResourceBundle words = words(row.language());
        String manage =
                mail.publicBaseUrl() + "/bulletins/preferences?token=" + subscriptions.manageToken(row.subscriberId());
        Optional<String> confirm = subscriptions.confirmToken(row.subscriberId());
        String subject;
        String body;
        if (confirm.isPresent()) {
            String link = mail.publicBaseUrl() + "/bulletins/confirm?token=" + confirm.get();
            subject = words.getString("confirm.subject");
            body = MessageFormat.format(
                    words.getString("confirm.body"),
                    link,
                    config.confirmWithin().toHours(),
                    manage);
        } else {
            subject = words.getString("already.subject");
            body = MessageFormat.format(words.getString("already.body"), manage);
        }
        return Optional.of(Mail.withText(recipient(row), subject, body).setHtml(html(row.language(), body)));
    }

    private static String recipient(Row row) {
        return row.address() == null ? "undisclosed-recipients:;" : row.address();
    }

    /** The plain text as a minimal HTML page: paragraphs, links made clickable, everything escaped. */
    static String html(String language, String text) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"" + language + "\"><body>");
        for (String paragraph : text.split("\n\n")) {
            out.append("<p>");
            for (String word : paragraph.split(" ")) {
                String escaped = escape(word);
                if (word.startsWith("https://") || word.startsWith("http://")) {
                    out.append("<a href=\"")
                            .append(escaped)
                            .append("\">")
                            .append(escaped)
                            .append("</a> ");
                } else {
                    out.append(escaped).append(' ');
                }
            }
            out.append("</p>");
        }
        return out.append("</body></html>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\n", "<br>");
    }

    static ResourceBundle words(String language) {
        return ResourceBundle.getBundle(
                "bulletin_delivery",
                "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ru"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
