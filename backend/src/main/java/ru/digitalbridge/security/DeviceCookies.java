package ru.digitalbridge.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): after a successful sign-in the
 * browser gets {@value #NAME}, an HttpOnly cookie that proves it once signed in with that e-mail. Its value is
 * {@code nonce.expiry.mac}, the MAC an HMAC-SHA256 of the lower-case e-mail, nonce and expiry under a key derived
 * from the token signing key, so every instance can check it and nothing is stored. Sign-ins that present a valid
 * device cookie for the e-mail are throttled on the device's own, smaller budget and are not blocked by failures of
 * other clients against that e-mail (see LoginThrottle).
 */
@ApplicationScoped
class DeviceCookies {
    static final String NAME = "bridge_device";
    static final Duration LIFETIME = Duration.ofDays(180);

    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    /** A new device cookie value for {@code email}. */
    String issue(String email) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        long expires = Instant.now().plus(LIFETIME).getEpochSecond();
        return id + "." + expires + "." + mac(email, id, expires);
    }

    /** The device id of a valid, unexpired cookie issued for {@code email}, else empty. */
    Optional<String> verify(String cookie, String email) {
        if (cookie == null || email == null || cookie.length() > 200) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (expires < Instant.now().getEpochSecond()) {
            return Optional.empty();
        }
        byte[] expected = mac(email, parts[0], expires).getBytes(StandardCharsets.US_ASCII);
        byte[] given = parts[2].getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(parts[0]) : Optional.empty();
    }

    private String mac(String email, String id, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] out = mac.doFinal((email.trim().toLowerCase(Locale.ROOT) + "|" + id + "|" + expires)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() throws GeneralSecurityException {
        byte[] current = key;
        if (current == null) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("digital-bridge device cookie".getBytes(StandardCharsets.UTF_8));
            digest.update(JwtKeys.get().privateKey().getEncoded());
            current = digest.digest();
            key = current;
        }
        return current;
    }
}
