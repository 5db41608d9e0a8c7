package ru.digitalbridge.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A position in a list ordered by {@code (updated_at, id)}: the last row a client has read, as an opaque base64url
 * token ({@code u1.<microseconds since the epoch>.<id>} inside). Rows after it are those changed later, or at the same
 * instant with a greater id. Pure: no CDI, no database.
 */
public record ListCursor(OffsetDateTime updatedAt, UUID id) {
    private static final String VERSION = "u1";

    /** The cursor after a row. */
    public static ListCursor after(OffsetDateTime updatedAt, UUID id) {
        return new ListCursor(updatedAt, id);
    }

    public String encode() {
        Instant at = updatedAt.toInstant();
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((VERSION + "." + micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor in a token, empty when the token is not one this API issued. */
    public static Optional<ListCursor> decode(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            String[] parts = text.split("\\.", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].length() != 36) {
                return Optional.empty();
            }
            long micros = Long.parseLong(parts[1]);
            UUID id = UUID.fromString(parts[2]);
            OffsetDateTime at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            return Optional.of(new ListCursor(at, id));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
