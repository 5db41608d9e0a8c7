package ru.digitalbridge.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.digitalbridge.common.web.EntityTags;

/**
 * The public verification answer of recently verified certificates, serialised once, with its entity tag.
 *
 * <p>An issued certificate's public fields never change; only a revocation, a reissue (which names the new number)
 * or a regenerated PDF (its SHA-256) does, and this instance forgets every entry when it makes one of those. Another
 * instance may answer from its copy for at most {@link #TTL} — no longer than the {@code public, max-age=60} every
 * anonymous read already allows a browser or a shared cache to keep it, so the cache adds no staleness the HTTP
 * contract does not already permit. Only known codes are kept: the first request for any code, known or unknown,
 * goes through the same single query, and a later faster answer tells the caller nothing the first 200 did not.
 * Bounded: beyond {@link #MAX_ENTRIES} the map is emptied (it refills from the hot codes).
 */
@ApplicationScoped
class VerificationCache {
    static final Duration TTL = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 10_000;

    /** The serialised answer, its strong entity tag and the time the certificate last changed. */
    record Entry(byte[] json, EntityTag tag, Instant modified, long expiresAtNanos) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    VerificationCache(ObjectMapper json) {
        this.json = json;
    }

    /** The cached answer for this code, or a fresh one read by {@code certificates} (404 problem when unknown). */
    Entry get(String code, CertificateService certificates) {
        long now = System.nanoTime();
        Entry cached = entries.get(code);
        if (cached != null && now - cached.expiresAtNanos() < 0) {
            return cached;
        }
        Certificate c = certificates.byCode(code);
        byte[] body;
        try {
            body = json.writeValueAsBytes(PublicCertificate.of(c, certificates.baseUrl()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Entry fresh = new Entry(
                body, new EntityTag(EntityTags.hash(body)), c.updatedAt().toInstant(), now + TTL.toNanos());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(code, fresh);
        return fresh;
    }

    /** Forgets every entry: called after a change to any certificate has committed. */
    void changed() {
        entries.clear();
    }
}
