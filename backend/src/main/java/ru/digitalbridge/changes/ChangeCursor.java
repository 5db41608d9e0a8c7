package ru.digitalbridge.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in the change feed: the transaction id and sequence number of the last change read, as an opaque
 * base64url token ({@code c1.<xid>.<seq>} inside). Pure: no CDI, no database.
 */
record ChangeCursor(long xid, long seq) {
    static final ChangeCursor START = new ChangeCursor(0, 0);

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("c1." + xid + "." + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor in a token, empty when the token is not one this API issued. */
    static Optional<ChangeCursor> decode(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            String[] parts = text.split("\\.");
            if (parts.length != 3 || !"c1".equals(parts[0])) {
                return Optional.empty();
            }
            long xid = Long.parseLong(parts[1]);
            long seq = Long.parseLong(parts[2]);
            return xid < 0 || seq < 0 ? Optional.empty() : Optional.of(new ChangeCursor(xid, seq));
        } catch (IllegalArgumentException notBase64OrNumber) {
            return Optional.empty();
        }
    }
}
