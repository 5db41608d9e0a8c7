package ru.digitalbridge.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: a secret is {@code whsec_} + base64 of 32 random bytes; a signature is {@code v1,} +
 * base64 of HMAC-SHA256, keyed with the secret's decoded bytes, over {@code id.timestamp.body}.
 */
public final class WebhookSignature {
    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per valid secret, separated by spaces. */
    public static String header(List<String> secrets, String id, long timestamp, String body) {
        return String.join(
                " ", secrets.stream().map(s -> sign(s, id, timestamp, body)).toList());
    }

    /** Whether one of the header's {@code v1} signatures was made with {@code secret}. */
    public static boolean verify(String secret, String id, long timestamp, String body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : header.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
