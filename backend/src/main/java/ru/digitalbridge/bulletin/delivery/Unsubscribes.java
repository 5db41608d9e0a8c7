package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.digitalbridge.common.db.Sql;
import ru.digitalbridge.common.error.ProblemException;

/**
 * One-click unsubscribe (RFC 8058). The token of an e-mail's link is {@code <message id>.<HMAC>}: it names the message
 * (so the report counts the unsubscribe) and its address, whose bulletins stop at once — the subscription
 * ends, messages not yet sent are cancelled and the address is remembered as opted out. A manage token works too.
 */
@ApplicationScoped
class Unsubscribes {
    private static final Logger LOG = Logger.getLogger(Unsubscribes.class);

    private record Target(String nonce, String addressHash) {}

    private final Sql db;
    private final Tokens tokens;
    private final Subscriptions subscriptions;

    Unsubscribes(Sql db, Tokens tokens, Subscriptions subscriptions) {
        this.db = db;
        this.tokens = tokens;
        this.subscriptions = subscriptions;
    }

    @Transactional
    void unsubscribe(String token) {
        Optional<UUID> message = messageOf(token);
        if (message.isPresent()) {
            Optional<Target> target = db.one(
                    "select nonce, address_hash from bulletin_message where id = ? for update",
                    rs -> new Target(rs.getString(1), rs.getString(2)),
                    message.get());
            if (target.isPresent()) {
                String expected = message.get() + "."
                        + tokens.token(
                                BulletinSender.UNSUBSCRIBE_PURPOSE,
                                message.get(),
                                target.get().nonce());
                if (MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
                    db.update("update bulletin_message set unsubscribed = true where id = ?", message.get());
                    subscriptions.unsubscribeAddress(target.get().addressHash());
                    LOG.infof("bulletin: unsubscribed through message %s", message.get());
                    return;
                }
            }
        } else if (subscriptions.unsubscribeByManage(token)) {
            return;
        }
        throw ProblemException.notFound("entity.bulletin-subscription", null);
    }

    private static Optional<UUID> messageOf(String token) {
        int dot = token.indexOf('.');
        if (dot != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(token.substring(0, dot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
