package ru.digitalbridge.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.digitalbridge.common.error.ProblemException;

/**
 * The person behind the current request: the user id of a sign-in token, never an API client (machine clients act for
 * an organisation, not a person, so they have no own settings, profile or choices).
 */
@RequestScoped
public class SignedInPerson {
    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    SignedInPerson(JsonWebToken jwt, SecurityIdentity identity) {
        this.jwt = jwt;
        this.identity = identity;
    }

    /** The signed-in user's id, or empty for an API client or an anonymous caller. */
    public Optional<UUID> find() {
        // the injected token throws for any other principal (an API key's), so the principal's kind is asked first
        if (identity.isAnonymous()
                || identity.getAttribute("apiClientId") != null
                || !(identity.getPrincipal() instanceof JsonWebToken)) {
            return Optional.empty();
        }
        return Optional.ofNullable(jwt.getSubject()).map(UUID::fromString);
    }

    /** The signed-in user's id; 403 problem for an API client (or a caller without a user). */
    public UUID id() {
        return find().orElseThrow(() -> new ProblemException(403, "forbidden"));
    }
}
