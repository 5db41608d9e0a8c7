package ru.digitalbridge.bulletin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.digitalbridge.common.db.Sql;

/**
 * The tokens of subscription and unsubscribe links: {@code HMAC-SHA256(key, purpose|id|nonce)} in base64url. The
 * database keeps the nonce and the token's SHA-256 (for lookup), never the token: a new nonce revokes the old link,
 * and a link can be written into every e-mail again without keeping it.
 */
@ApplicationScoped
class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sql db;
    private final DeliveryConfig config;
    private volatile byte[] key;

    Tokens(Sql db, DeliveryConfig config) {
        this.db = db;
        this.config = config;
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token(String purpose, Object id, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] out = mac.doFinal((purpose + "|" + id + "|" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Hex SHA-256 of a token or of a normalised address. */
    static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private byte[] key() {
        byte[] found = key;
        if (found != null) {
            return found;
        }
        if (config.tokenSecret().isPresent() && config.tokenSecret().get().length() >= 32) {
            found = config.tokenSecret().get().getBytes(StandardCharsets.UTF_8);
        } else {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            db.update(
                    "insert into bulletin_delivery_key (id, secret) values (1, ?) on conflict (id) do nothing", fresh);
            found = db.one("select secret from bulletin_delivery_key where id = 1", rs -> rs.getBytes(1))
                    .orElseThrow();
        }
        key = found;
        return found;
    }
}
