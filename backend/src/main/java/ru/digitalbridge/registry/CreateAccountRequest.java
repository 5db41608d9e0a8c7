package ru.digitalbridge.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A new account. The platform is inferred from the URL's host when absent; a stated platform must match
 * the host. {@code official} defaults to true.
 */
public record CreateAccountRequest(
        @NotNull UUID organizationId,
        Platform platform,
        @NotBlank @Size(max = Limits.URL) String url,
        @NotBlank @Size(max = Limits.DISPLAY_NAME) String displayName,
        Boolean official,
        @Size(max = Limits.EXTERNAL_ID) String externalId)
        implements AccountFields {}
