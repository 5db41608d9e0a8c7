package ru.digitalbridge.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the access tokens this instance has verified, so that a client sending the same token again (an expert's
 * autosaves: one token for up to {@code bridge.auth.access-token-minutes}) does not pay for the RSA signature check
 * and the parsing of its claims on every request. The key is the whole token, signature included: only the exact
 * string that passed the check is taken from memory. A remembered token is used only before its expiry ({@code exp});
 * after it the token goes to the parser again, which refuses it. Whether the user may still act is not decided here
 * but on every request by {@link AccessCheck} (deactivation, changed roles, new token generation).
 *
 * <p>At most {@value #LIMIT} tokens are kept; when full, the memory is emptied (tokens live minutes, and an emptied
 * memory costs only one verification per client).
 */
@Decorator
@Priority(10)
abstract class VerifiedTokens implements JWTParser {
    static final int LIMIT = 4096;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    @Delegate
    JWTParser parser;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (System.currentTimeMillis() / 1000 < known.getExpirationTime()) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken parsed = parser.parse(token);
        if (parsed.getExpirationTime() > 0) {
            if (verified.size() >= LIMIT) {
                verified.clear();
            }
            verified.put(token, parsed);
        }
        return parsed;
    }
}
