package ru.digitalbridge.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The new state of an account and the version it was read at (a stale version is refused with 409). */
public record UpdateAccountRequest(
        @NotNull UUID organizationId,
        Platform platform,
        @NotBlank @Size(max = Limits.URL) String url,
        @NotBlank @Size(max = Limits.DISPLAY_NAME) String displayName,
        Boolean official,
        @Size(max = Limits.EXTERNAL_ID) String externalId,
        @NotNull Long version)
        implements AccountFields {}
